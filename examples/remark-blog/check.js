// Runs index.js, parses the HTML it printed and checks every share link: it opens the X composer,
// shares exactly the text next to it, points back to that text's anchor on the page, credits
// @tweetstorm with the right hashtags, composes a valid post, and opens safely in a new window.
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {fromHtml} from 'hast-util-from-html'
import twitter from 'twitter-text'
import {page} from './render.js'

const failures = []
const check = (ok, message) => {
  if (!ok) failures.push(message)
}

const printed = execFileSync(process.execPath, [fileURLToPath(new URL('index.js', import.meta.url))], {
  encoding: 'utf8'
})
const tree = fromHtml(printed, {fragment: true})

function* elements(node) {
  if (node.type === 'element') yield node
  for (const child of node.children ?? []) yield* elements(child)
}
const classes = (node) => node.properties?.className ?? []
const textOf = (node) =>
  node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join('')
const squash = (text) => text.replace(/\s+/g, ' ').trim()
const byId = new Map([...elements(tree)].filter((node) => node.properties?.id).map((node) => [node.properties.id, node]))

// What each link should share: the quote's blockquote, or the sentence its aria-describedby names.
// The quote's {hashtags=editing} attribute replaces the plugin's hashtags for that block.
const expectations = []
for (const node of elements(tree)) {
  if (node.tagName === 'figure' && classes(node).includes('tweetstorm-quote')) {
    const quote = [...elements(node)].find((child) => child.tagName === 'blockquote')
    const link = [...elements(node)].find((child) => child.tagName === 'a')
    expectations.push({kind: 'quote', id: node.properties.id, text: squash(textOf(quote)), link, hashtags: 'editing'})
  }
  if (node.tagName === 'a' && classes(node).includes('tweetstorm-link') && node.properties.ariaDescribedBy) {
    const id = node.properties.ariaDescribedBy[0]
    const sentence = byId.get(id)
    check(sentence !== undefined, `a link describes itself by a missing element #${id}`)
    expectations.push({kind: 'sentence', id, text: squash(textOf(sentence ?? {children: []})), link: node, hashtags: 'writing'})
  }
}

const quotes = expectations.filter((entry) => entry.kind === 'quote')
const sentences = expectations.filter((entry) => entry.kind === 'sentence')
check(quotes.length === 1, `expected 1 quote box, found ${quotes.length}`)
// One inline :tweet[…] plus the three sentences of the tweetstorm block.
check(sentences.length === 4, `expected 4 tweetable sentences, found ${sentences.length}`)
check(
  sentences.map((entry) => entry.text).join(' | ') ===
    'Length is not effort. | Write the whole thing first, in one place. | Split it where a reader would take a breath! | Then link back to the long version.',
  `unexpected sentences: ${sentences.map((entry) => entry.text).join(' | ')}`
)
const allLinks = [...elements(tree)].filter((node) => node.tagName === 'a')
check(allLinks.length === expectations.length, `expected ${expectations.length} links, found ${allLinks.length}`)

for (const {kind, id, text, link, hashtags} of expectations) {
  const label = `${kind} #${id}`
  if (!link) {
    check(false, `${label} has no share link`)
    continue
  }
  const href = new URL(link.properties.href)
  const search = href.searchParams
  check(href.origin + href.pathname === 'https://x.com/intent/tweet', `${label} does not open the X composer`)
  check(search.get('text') === text, `${label} shares ${JSON.stringify(search.get('text'))}, not ${JSON.stringify(text)}`)
  check(search.get('url') === `${page}#${id}`, `${label} points to ${search.get('url')}`)
  check(search.get('via') === 'tweetstorm', `${label} credits ${search.get('via')}`)
  check(search.get('hashtags') === hashtags, `${label} has hashtags ${search.get('hashtags')}`)
  check(link.properties.target === '_blank', `${label} does not open in a new window`)
  check(['noopener', 'noreferrer'].every((value) => link.properties.rel?.includes(value)), `${label} lacks rel="noopener noreferrer"`)
  check(/new window/.test(link.properties.ariaLabel ?? ''), `${label} does not say it opens a new window`)

  const tags = search.get('hashtags').split(',').map((tag) => '#' + tag).join(' ')
  const post = `${search.get('text')} ${search.get('url')} ${tags} via @${search.get('via')}`
  const parsed = twitter.parseTweet(post, twitter.configs.version3)
  check(parsed.valid, `${label} composes an invalid post (${parsed.weightedLength}/280)`)
}
check(!/<script/i.test(printed), 'the HTML contains a script')

if (failures.length > 0) {
  console.error(`remark-blog: ${failures.length} problem(s)\n- ` + failures.join('\n- '))
  process.exit(1)
}
console.log(`remark-blog: ${expectations.length} share links, each sharing its own text and pointing back to its anchor`)
