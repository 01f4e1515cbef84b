// Runs index.js and decodes every link it printed the way X reads it: the parameters must be
// the quote (or a word-boundary prefix of it with …), the page url with its anchor, the handle
// without @ and the hashtags without #; the post X composes from them must be valid.
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import twitter from 'twitter-text'
import {page, quotes} from './links.js'

const failures = []
const check = (ok, message) => {
  if (!ok) failures.push(message)
}

const printed = execFileSync(process.execPath, [fileURLToPath(new URL('index.js', import.meta.url))], {
  encoding: 'utf8'
})
const lines = printed.trim().split('\n')
check(lines.length === quotes.length, `expected ${quotes.length} links, got ${lines.length}`)

for (const [position, quote] of quotes.entries()) {
  const line = lines[position] ?? ''
  const label = `link for "${quote.id}"`
  check(line.startsWith(quote.id + ': '), `${label} is missing or out of order`)
  const url = new URL(line.slice(quote.id.length + 2))
  const search = url.searchParams

  check(url.origin + url.pathname === 'https://x.com/intent/tweet', `${label} does not open the X composer`)
  check(search.get('url') === `${page}#${quote.id}`, `${label} does not point back to its anchor`)
  check(search.get('via') === 'tweetstorm', `${label} has via ${search.get('via')}`)
  check(search.get('hashtags') === 'writing,editing', `${label} has hashtags ${search.get('hashtags')}`)

  const text = search.get('text') ?? ''
  if (text.endsWith('…')) {
    // Shortened: a prefix of the quote that stops at a word boundary.
    const kept = text.slice(0, -1)
    check(quote.text.startsWith(kept) && /^[\s,;:]/.test(quote.text.slice(kept.length)), `${label} was cut inside a word`)
  } else {
    check(text === quote.text, `${label} changed the quote: ${JSON.stringify(text)}`)
  }

  // The post X composes: text, url, hashtags, then "via @handle".
  const tags = search.get('hashtags').split(',').map((tag) => '#' + tag).join(' ')
  const post = `${text} ${search.get('url')} ${tags} via @${search.get('via')}`
  const parsed = twitter.parseTweet(post, twitter.configs.version3)
  check(parsed.valid, `${label} composes an invalid post (${parsed.weightedLength}/280)`)
}
check(lines.some((line) => decodeURIComponent(line).includes('…')), 'the long quote was not shortened')

if (failures.length > 0) {
  console.error(`share-links: ${failures.length} problem(s)\n- ` + failures.join('\n- '))
  process.exit(1)
}
console.log(`share-links: ${quotes.length} links decode to valid posts that credit @tweetstorm and point back to their quotes`)
