import fc from 'fast-check'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {threadFromMarkdown} from '../src/index.js'
import {toHtml} from './process.js'

// Hostile Markdown, built from the pieces that broke things before: every directive kind with
// and without ids (often the same one), spaces of every kind at the edges, controls, CJK runs,
// unbalanced brackets and fences. `FUZZ_RUNS` raises the number of documents (`pnpm fuzz`).
const runs = Number(process.env['FUZZ_RUNS'] ?? 150)

const words = ['Ship it.', 'Two words', 'e.g. this', '東京は', '😀', '"quoted."', ')', '…', 'a.b.', 'https://example.com/a', '#tag', '@user', '10:30pm']
const spaces = [' ', '\u00a0', '\u2007', '\u202f', '\t', '\u200b', '\u001f', '\u3000', ' '.repeat(50)]
const inline = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...spaces),
  fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '{', '}', ':', '\n'),
  fc.constantFrom(':tweet[', ':tweet[]', ':tweet[Hi.]{#x}', ':tweet[\u001f]', ':tweets[x]'),
  fc.string({maxLength: 6})
)
const text = fc.array(inline, {maxLength: 12}).map((parts) => parts.join(''))
const attributes = fc.constantFrom('', '{#x}', '{#x}', '{#y}', '{.c}', '{via=tweetstorm}', '{#x via=a b}', '{hashtags=2024}', '{class="a   !"}')
const block = fc.oneof(
  fc.tuple(fc.constantFrom(':::tweetable', ':::tweetstorm', ':::tweetabel', '::tweetable', ':::note'), attributes, text).map(
    ([name, attrs, body]) => `${name}${attrs}\n${body}\n:::`
  ),
  fc.tuple(fc.constantFrom(':::tweetstorm', ':::tweetable'), attributes, text, text).map(
    ([name, attrs, a, b]) => `${name}${attrs}\n${a}\n\n:::tweetable{#x}\n${b}\n:::\n:::`
  ),
  text,
  fc.constantFrom('- item :tweet[one.]', '> quote :tweet[two.]{#x}', '# Heading', '```\ncode\n```', '---', '[link :tweet[in]](https://e.com)')
)
const document = fc.array(block, {maxLength: 6}).map((blocks) => blocks.join('\n\n'))
// Prose without code, stray colons or words glued to a directive (a URL would take it in), so
// every `:tweet[]` in it is a directive.
const prose = fc
  .array(fc.constantFrom(...words, ' ', '\u00a0', ':tweet[]', ':tweet[Hi.]', ':tweet[]{#x}', '\n\n', '\n:::tweetable\n', '\n:::\n'), {maxLength: 20})
  // No indentation: four spaces would make an indented code block, which is kept as written.
  .map((parts) => parts.join(' ').replace(/^[ \u00a0]+/gm, ''))
const options = fc.constantFrom<Record<string, unknown>>(
  {},
  {url: 'https://example.com/post/'},
  {url: 'https://example.com/post/', via: 'tweetstorm', hashtags: ['writing'], limit: 60},
  {buildUrl: () => 5},
  {buildUrl: () => 'javascript:alert(1)'}
)

function elements(root: Root | Element): Element[] {
  const found: Element[] = []
  for (const child of root.children) {
    if (child.type !== 'element') continue
    found.push(child, ...elements(child))
  }
  return found
}

describe('hostile Markdown (property tests, seeded)', () => {
  it('never throws, keeps ids unique across every directive kind, and shares only trimmed, visible text that links back to its own element', async () => {
    await fc.assert(
      fc.asyncProperty(document, options, async (markdown, settings) => {
        const {html} = await toHtml(markdown, settings as never)
        const all = elements(fromHtml(html, {fragment: true}))
        const ids = all.flatMap((element) => (element.properties['id'] === undefined ? [] : [String(element.properties['id'])]))
        expect(new Set(ids).size).toBe(ids.length)
        for (const link of all.filter((element) => element.tagName === 'a' && String(element.properties['className']).includes('tweetstorm-link'))) {
          const href = new URL(String(link.properties['href']))
          expect(['https:', 'http:']).toContain(href.protocol)
          const shared = href.searchParams.get('text') ?? ''
          // Any Unicode space (NBSP, U+2007, U+202F included: JavaScript's \s has them all).
          expect(shared).not.toMatch(/^\s|\s$/u)
          expect(shared).toMatch(/[^\p{White_Space}\p{Cc}\p{Cf}]/u)
          const back = href.searchParams.get('url')
          if (back) expect(ids).toContain(decodeURIComponent(new URL(back).hash.slice(1)))
        }
      }),
      {seed: 20261130, numRuns: runs}
    )
  }, 120_000)

  it('threadFromMarkdown never throws and never leaves a literal `:tweet[]` or our directive fences in a post', () => {
    fc.assert(
      fc.property(prose, (markdown) => {
        const thread = threadFromMarkdown(markdown)
        expect(thread).not.toContain(':tweet[]')
        expect(thread).not.toMatch(/^:::(tweetable|tweetstorm)/m)
      }),
      {seed: 20261130, numRuns: runs * 2}
    )
  }, 120_000)
})
