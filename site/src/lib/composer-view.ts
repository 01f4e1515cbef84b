import {intentUrl, type ThreadTweet} from '@tweetstorm/core'
import {escapeHtml, highlightPost} from './highlight'

/**
 * The inner HTML of one composer card. Kept as a string builder so the composer can rebuild only the
 * cards whose text changed; every piece of user text goes through `escapeHtml` / `highlightPost`.
 */
export function cardHtml(tweet: ThreadTweet, total: number, limit: number): string {
  const number = tweet.index + 1
  const over = tweet.length > limit
  const used = Math.min(100, Math.round((tweet.length / limit) * 100))
  const intent = intentUrl({text: tweet.text}, {fit: false})
  return (
    `<p class="card__label">Tweet ${number} of ${total}</p>` +
    `<p class="card__text">${highlightPost(tweet.text)}</p>` +
    `<div class="card__foot">` +
    `<span class="card__count${over ? ' card__count--over' : ''}">` +
    `<span class="card__bar" aria-hidden="true"><span style="width:${used}%"></span></span>` +
    `<span class="visually-hidden">Weighted length </span>${tweet.length} ` +
    `<span class="visually-hidden">of </span><span aria-hidden="true">/ </span>${limit}</span>` +
    `<a class="button button--quiet card__intent" href="${escapeHtml(intent)}" target="_blank" rel="noopener noreferrer">` +
    `Post<span class="visually-hidden"> tweet ${number} on X (opens in a new window)</span></a>` +
    `<button type="button" class="button--quiet card__copy" data-copy="${tweet.index}">` +
    `Copy<span class="visually-hidden"> tweet ${number}</span></button>` +
    `</div>`
  )
}

/**
 * Bring a list of cards in line with a thread, touching only cards whose text, position in the
 * thread or limit changed. Typing at the end of a long draft then rebuilds a card or two, not all.
 */
export function renderCards(list: HTMLElement, tweets: readonly ThreadTweet[], limit: number): void {
  const total = tweets.length
  const existing = list.children
  for (const tweet of tweets) {
    const key = `${total}|${limit}`
    let card = existing[tweet.index] as HTMLElement | undefined
    if (!card) {
      card = document.createElement('li')
      card.className = 'card'
      card.dataset['tweetIndex'] = String(tweet.index)
      list.append(card)
    }
    // Where the card's words start in the draft: the composer keeps them in view when options change.
    card.dataset['sourceStart'] = String(tweet.source.start)
    if (card.dataset['tweetText'] !== tweet.text || card.dataset['key'] !== key) {
      card.dataset['tweetText'] = tweet.text
      card.dataset['tweetLength'] = String(tweet.length)
      card.dataset['key'] = key
      card.innerHTML = cardHtml(tweet, total, limit)
    }
  }
  while (list.children.length > total) list.lastElementChild?.remove()
}

/** What the live region says: only the count, so screen readers hear a change, not every keystroke. */
export function threadSummary(count: number): string {
  if (count === 0) return 'No tweets yet.'
  return count === 1 ? '1 tweet.' : `${count} tweets.`
}
