// Does rendering grow linearly with the input? For each adversarial family, CPU time of a
// 100 KB document over that of a 20 KB one: linear work gives about 5, quadratic about 25.
// Runs against dist/ (build first): `pnpm --filter @tweetstorm/remark bench`.
// CPU time (process.cpuUsage), best of three, so other work on the machine matters less.
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import remarkTweetstorm, {threadFromMarkdown} from '../dist/index.js'

const options = {url: 'https://example.com/post/', via: 'tweetstorm', hashtags: ['writing']}
const processor = unified().use(remarkParse).use(remarkTweetstorm, options).use(remarkRehype).use(rehypeStringify)
const render = (markdown) => processor.processSync(markdown)

/** Each family builds a document of about `size` characters. */
const families = {
  'quote: x, spaces, y': (size) => `:::tweetable\nx${' '.repeat(size)}y\n:::\n`,
  'quote: spaces and tabs, no line end': (size) => `:::tweetable\na${' \t'.repeat(size / 2)}b\n:::\n`,
  'quote: CJK run': (size) => `:::tweetable\n${'東'.repeat(size)}\n:::\n`,
  'inline: CJK run': (size) => `:tweet[${'東'.repeat(size)}]\n`,
  'storm: x, spaces, y': (size) => `:::tweetstorm\nx${' '.repeat(size)}y\n:::\n`,
  'storm: sentences': (size) => `:::tweetstorm\n${'Short one. '.repeat(size / 11)}\n:::\n`,
  'quote: double quotes': (size) => `:::tweetable\n${'"'.repeat(size)}\n:::\n`,
  'class attribute: spaces then !': (size) => `:::tweetable{class="a${' '.repeat(size)}!"}\nHi.\n:::\n`,
  'id attribute: -1 repeated': (size) => `:::tweetable{#a${'-1'.repeat(size / 2)}}\nHi.\n:::\n:::tweetable{#a${'-1'.repeat(size / 2)}}\nHi.\n:::\n`
}

const thread = {
  'threadFromMarkdown: x, spaces, y': (size) => `x${' '.repeat(size)}y\n`,
  'threadFromMarkdown: list item of spaces': (size) => `- a${' '.repeat(size)}b\n`
}

function cpu(run) {
  let best = Infinity
  for (let round = 0; round < 3; round++) {
    const start = process.cpuUsage()
    run()
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

const rows = []
for (const [name, build] of [
  ...Object.entries(families).map(([name, build]) => [name, (size) => render(build(size))]),
  ...Object.entries(thread).map(([name, build]) => [name, (size) => threadFromMarkdown(build(size))])
]) {
  build(1000) // warm up
  const small = cpu(() => build(20_000))
  const large = cpu(() => build(100_000))
  rows.push({family: name, '20 KB ms': small.toFixed(1), '100 KB ms': large.toFixed(1), ratio: (large / Math.max(small, 0.1)).toFixed(1)})
}
console.table(rows)
