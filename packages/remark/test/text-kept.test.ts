import fc from 'fast-check'
import type {Element, ElementContent, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {toHtml} from './process.js'

// Inline Markdown an author might write around sentences.
const pieces = [
  'Word',
  'two words',
  '. ',
  '! ',
  '? ',
  '*emphasis*',
  '*open',
  'close*',
  '**strong.** ',
  '`code. x`',
  '[a link. Two](https://example.com/x)',
  '![alt. text](i.png)',
  ' ',
  '\n',
  '10:30pm',
  'a:b',
  ':tweet[inline.]',
  'e.g. ',
  'https://example.com/a.b',
  '…',
  '😀',
  '"quoted." '
]
const paragraph = fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 20}).map((parts) => parts.join(''))

function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && node.tagName === 'img') return String(node.properties['alt'] ?? '')
  return 'children' in node ? node.children.map((child) => textOf(child as ElementContent)).join('') : ''
}

/** Drop our share links and the space put before each, leaving only what the author wrote. */
function withoutShareLinks(node: Root | Element): void {
  const kept: typeof node.children = []
  for (const child of node.children) {
    if (child.type === 'element' && ((child.properties['className'] as string[] | undefined) ?? []).includes('tweetstorm-link')) {
      const previous = kept.at(-1)
      if (previous?.type === 'text' && previous.value.endsWith(' ')) previous.value = previous.value.slice(0, -1)
      continue
    }
    if (child.type === 'element') withoutShareLinks(child)
    kept.push(child as never)
  }
  node.children = kept as never
}

describe('a rant block keeps every word', () => {
  it('shows the same text as the paragraph without the plugin, plus only its links', async () => {
    await fc.assert(
      fc.asyncProperty(paragraph, async (text) => {
        const {html} = await toHtml(`:::tweetstorm\n${text}\n:::`)
        const {html: plain} = await toHtml(`:::note\n${text}\n:::`, {bareDirectivesAsText: true})
        const ours = fromHtml(html, {fragment: true})
        withoutShareLinks(ours)
        // `:::note` renders as a plain div; `:tweet[…]` inside a rant shows as its text.
        const expected = fromHtml(plain, {fragment: true})
        withoutShareLinks(expected)
        expect(textOf(ours).replace(/\s+/g, ' ').trim()).toBe(textOf(expected).replace(/\s+/g, ' ').trim())
      }),
      {numRuns: 300}
    )
  }, 60_000)

  it('never throws on odd Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, {maxLength: 4}), async (paragraphs) => {
        const body = paragraphs.join('\n\n')
        await toHtml(`${body}\n\n:::tweetable\n${body}\n:::\n\n:::tweetstorm\n${body}\n:::\n`, {url: 'https://example.com/'})
      }),
      {numRuns: 150}
    )
  }, 60_000)
})
