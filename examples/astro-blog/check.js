// Builds the blog (Astro's build API, as `astro build` does), then reads the post's HTML and checks what
// a reader gets: every directive became a share link (none is left as raw `:::` or `:tweet[…]` text),
// each link opens the X composer with exactly the text next to it, points back to that text's anchor on
// the post's public URL, composes a valid post, and opens safely in a new window; the default
// stylesheet is on the page.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build} from 'astro'
import {fromHtml} from 'hast-util-from-html'
import twitter from 'twitter-text'

const here = fileURLToPath(new URL('.', import.meta.url))
const postUrl = 'https://example.com/blog/writing-online/'

// Astro's own build API: the same build as `astro build`, in this process.
process.env.ASTRO_TELEMETRY_DISABLED = '1'
try {
  await build({root: here, logLevel: 'warn'})
} catch (error) {
  console.error(error)
  console.error('astro-blog: astro build failed')
  process.exit(1)
}

const failures = []
const check = (ok, message) => {
  if (!ok) failures.push(message)
}

function* elements(node) {
  if (node.type === 'element') yield node
  for (const child of node.children ?? []) yield* elements(child)
}
const classes = (node) => node.properties?.className ?? []
const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''))
const squash = (text) => text.replace(/\s+/g, ' ').trim()

const html = readFileSync(new URL('dist/blog/writing-online/index.html', import.meta.url), 'utf8')
const tree = fromHtml(html)
const article = [...elements(tree)].find((node) => node.tagName === 'article')
check(article !== undefined, 'the post has no <article>')
const articleText = textOf(article ?? {children: []})
check(!/:::|:tweet\[|\{hashtags=/.test(articleText), 'raw directive syntax is left in the post')
check(articleText.includes('We publish at 10:30pm anyway.'), 'prose with a colon ("10:30pm") did not stay text')
const byId = new Map([...elements(tree)].filter((node) => node.properties?.id).map((node) => [node.properties.id, node]))

// What each link should share: the quote's blockquote, or the sentence its aria-describedby names.
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
check(quotes.length === 1, `expected 1 quote box (:::tweetable), found ${quotes.length}`)
check(
  quotes[0]?.text === 'Every paragraph has to survive being read alone, with no heading above it and no conclusion below it.',
  `the quote box shares ${JSON.stringify(quotes[0]?.text)}`
)
// One inline :tweet[…] plus the three sentences of the :::tweetstorm block, in reading order.
check(
  sentences.map((entry) => entry.text).join(' | ') ===
    'Length is not effort. | Write the whole thing first, in one place. | Split it where a reader would take a breath! | Then link back to the long version.',
  `unexpected sentences: ${sentences.map((entry) => entry.text).join(' | ')}`
)
const storm = [...elements(tree)].find((node) => classes(node).includes('tweetstorm-storm'))
check(storm !== undefined, 'the :::tweetstorm block did not become a tweetstorm-storm block')

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
  check(search.get('url') === `${postUrl}#${id}`, `${label} points to ${search.get('url')}, not ${postUrl}#${id}`)
  check(search.get('via') === 'tweetstorm', `${label} credits ${search.get('via')}`)
  check(search.get('hashtags') === hashtags, `${label} has hashtags ${search.get('hashtags')}`)
  check(link.properties.target === '_blank', `${label} does not open in a new window`)
  check(['noopener', 'noreferrer'].every((value) => link.properties.rel?.includes(value)), `${label} lacks rel="noopener noreferrer"`)

  const tags = (search.get('hashtags') ?? '').split(',').map((tag) => '#' + tag).join(' ')
  const post = `${search.get('text')} ${search.get('url')} ${tags} via @${search.get('via')}`
  const parsed = twitter.parseTweet(post, twitter.configs.version3)
  check(parsed.valid, `${label} composes an invalid post (${parsed.weightedLength}/280)`)
}
check(!/<script/i.test(html), 'the post ships a script')
// The integration injects its stylesheet; Astro inlines or links it, either way its rules reach the page.
const styles = [...elements(tree)].filter((node) => node.tagName === 'style').map(textOf).join('\n')
const sheets = [...elements(tree)].filter((node) => node.tagName === 'link' && node.properties.rel?.includes('stylesheet'))
const css = styles + sheets.map((node) => readFileSync(new URL('dist' + node.properties.href, import.meta.url), 'utf8')).join('\n')
check(/\.tweetstorm-quote/.test(css), 'the default stylesheet is not on the page')

const index = readFileSync(new URL('dist/index.html', import.meta.url), 'utf8')
check(index.includes('href="/blog/writing-online/"'), 'the home page does not link to the post')

if (failures.length > 0) {
  console.error(`astro-blog: ${failures.length} problem(s)\n- ` + failures.join('\n- '))
  process.exit(1)
}
console.log(`astro-blog: astro build ok; ${expectations.length} share links, each sharing its own text and pointing back to its anchor on ${postUrl}`)
