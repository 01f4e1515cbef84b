import {intentUrl, platformProfile, type LinkCounting, type Platform, type ThreadTweet} from '@tweetstorm/core'
import type {ComposerSettings} from './composer-settings'
import {escapeHtml, highlightPost} from './highlight'

/** What every card of one thread shares: the limit, the network, and how a post's share link is made. */
export interface CardContext {
  limit: number
  platform: Platform
  /** The Mastodon server, for share links there. */
  instance: string
  /** How links were counted (Bluesky), so a card's count is redrawn when that changes. */
  links?: LinkCounting
}

/** The context of a thread's cards, from the composer settings. */
export function cardContext(settings: ComposerSettings): CardContext {
  return {limit: settings.limit, platform: settings.platform, instance: settings.instance.trim(), links: settings.links}
}

/**
 * Whether share links can be made: Mastodon's need the writer's server, given as a host name such
 * as `mastodon.social` (core judges it). Counting and splitting never need it.
 */
export function instanceState(context: CardContext): 'ok' | 'missing' | 'invalid' {
  if (!platformProfile(context.platform).needsInstance) return 'ok'
  if (context.instance === '') return 'missing'
  return postLink('-', context) === undefined ? 'invalid' : 'ok'
}

/**
 * The link that opens the network's composer with `text` (exactly as split: `fit: false`), or
 * `undefined` when it cannot be made: Mastodon without a valid server, or a network whose share link
 * carries no text.
 */
export function postLink(text: string, {platform, instance}: CardContext): string | undefined {
  if (!carriesText(platform)) return undefined
  try {
    return intentUrl({text}, {platform, fit: false, ...(instance === '' ? {} : {instance})})
  } catch {
    return undefined
  }
}

/** Whether the network's share link can carry a post's text (LinkedIn's carries only a page address). */
export function carriesText(platform: Platform): boolean {
  return platformProfile(platform).carries.text
}

/** The word for one post: X's is still the tweet; everywhere else a post is a post. */
export function postNoun(platform: Platform): string {
  return platform === 'x' ? 'tweet' : 'post'
}

/**
 * The inner HTML of one composer card. Kept as a string builder so the composer can rebuild only the
 * cards whose text changed; every piece of user text goes through `escapeHtml` / `highlightPost`.
 */
export function cardHtml(tweet: ThreadTweet, total: number, context: CardContext): string {
  const {limit} = context
  const number = tweet.index + 1
  const over = tweet.length > limit
  const used = Math.min(100, Math.round((tweet.length / limit) * 100))
  const link = postLink(tweet.text, context)
  const noun = postNoun(context.platform)
  const label = platformProfile(context.platform).label
  return (
    `<p class="card__label">${noun === 'tweet' ? 'Tweet' : 'Post'} ${number} of ${total}</p>` +
    `<p class="card__text">${highlightPost(tweet.text)}</p>` +
    `<div class="card__foot">` +
    `<span class="card__count${over ? ' card__count--over' : ''}">` +
    `<span class="card__bar" aria-hidden="true"><span style="width:${used}%"></span></span>` +
    `<span class="visually-hidden">Length </span>${tweet.length} ` +
    `<span class="visually-hidden">of </span><span aria-hidden="true">/ </span>${limit}</span>` +
    (link === undefined
      ? ''
      : `<a class="button button--quiet card__intent" href="${escapeHtml(link)}" target="_blank" rel="noopener noreferrer">` +
        `Post<span class="visually-hidden"> ${noun} ${number} on ${escapeHtml(label)} (opens in a new window)</span></a>`) +
    `<button type="button" class="button--quiet card__copy" data-copy="${tweet.index}">` +
    `Copy<span class="visually-hidden"> ${noun} ${number}</span></button>` +
    `</div>`
  )
}

/**
 * Bring a list of cards in line with a thread, touching only cards whose text, position in the
 * thread or limit changed. Typing at the end of a long draft then rebuilds a card or two, not all.
 */
export function renderCards(list: HTMLElement, tweets: readonly ThreadTweet[], context: CardContext): void {
  const total = tweets.length
  const existing = list.children
  // A card is rebuilt when anything it shows besides its text changes: the count, limit, network, server or link counting.
  const key = `${total}|${context.limit}|${context.platform}|${context.instance}|${context.links ?? ''}`
  for (const tweet of tweets) {
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
      card.innerHTML = cardHtml(tweet, total, context)
    }
  }
  while (list.children.length > total) list.lastElementChild?.remove()
}

/** What the live region says: only the count, so screen readers hear a change, not every keystroke. */
export function threadSummary(count: number, platform: Platform = 'x'): string {
  const noun = postNoun(platform)
  if (count === 0) return `No ${noun}s yet.`
  return count === 1 ? `1 ${noun}.` : `${count} ${noun}s.`
}
