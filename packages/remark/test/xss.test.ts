import fc from 'fast-check'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {tweetableElement, tweetstormElement} from '../src/index.js'
import {toHtml} from './process.js'

// Hostile pieces an author (or a CMS feeding Markdown) could put in a quote or an attribute.
const fragments = [
  '"',
  "'",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  ' onmouseover="alert(1)"',
  'onclick=alert(1)',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '</a>',
  '</figure>',
  '<a href="javascript:alert(1)">',
  '<b',
  '>',
  '{',
  '}',
  '[',
  ']',
  '#x',
  '.y',
  '=',
  '&',
  '&amp;',
  ':',
  ':tweet[',
  '\n',
  ' ',
  '. ',
  'word',
  'https://example.com/a?b=1#c',
  '@handle',
  '#tag'
]

const hostile = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({maxLength: 8})), {maxLength: 12})
  .map((parts) => parts.join(''))

const runs = 250
let cases = 0

// Tags our markup adds, and the tags Markdown itself makes (CommonMark and GFM, raw HTML off).
// Anything else (script, iframe, style, object…) would have come through the plugin. Comparing
// with the same text rendered without the plugin is too strict: a label is parsed on its own, so
// `*` in a label and `*` after it pair differently with and without directives.
const ours = new Set(['figure', 'blockquote', 'p', 'a', 'span', 'div'])
const markdown = new Set([
  'p', 'em', 'strong', 'code', 'pre', 'a', 'img', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'blockquote', 'del', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
  'sup', 'section'
])

function elements(tree: Root): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (node: Element) => {
    found.push(node)
  })
  return found
}

function plainHtml(markdown: string): string {
  return String(unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).processSync(markdown))
}

/**
 * Parse the HTML back and check it is inert: no tag beyond ours and Markdown's, no event handler, every link of ours an X intent, and no
 * `javascript:` in any attribute the plain rendering did not already have.
 */
// Where a share link may go: X's intent, or the share page of a network in `platforms`.
const shareTargets = [
  /^https:\/\/x\.com\/intent\/tweet\?/,
  /^https:\/\/bsky\.app\/intent\/compose\?/,
  /^https:\/\/mastodon\.social\/share\?/,
  /^https:\/\/www\.threads\.com\/intent\/post\?/,
  /^https:\/\/www\.linkedin\.com\//
]

function expectInert(html: string, baselineHtml: string, targets: readonly RegExp[] = shareTargets.slice(0, 1)): void {
  const baseline = elements(fromHtml(baselineHtml, {fragment: true}))
  const baselineValues = new Set(baseline.flatMap((node) => Object.values(node.properties).map(String)))
  for (const node of elements(fromHtml(html, {fragment: true}))) {
    if (!ours.has(node.tagName)) expect(markdown).toContain(node.tagName)
    for (const [name, value] of Object.entries(node.properties)) {
      expect(name.toLowerCase().startsWith('on')).toBe(false)
      if (/^\s*javascript:/i.test(String(value))) expect(baselineValues).toContain(String(value))
    }
    const classes = (node.properties['className'] as string[] | undefined) ?? []
    if (classes.includes('tweetstorm-link')) {
      expect(node.tagName).toBe('a')
      const href = String(node.properties['href'])
      expect(targets.some((target) => target.test(href)), href).toBe(true)
      expect(node.properties['target']).toBe('_blank')
      expect(node.properties['rel']).toEqual(['noopener', 'noreferrer'])
    }
  }
  cases++
}

// Each Markdown case renders twice (with and without the plugin); give them time on a slow CI.
describe('output is inert whatever the author writes', {timeout: 60_000}, () => {
  it('in a quote and its attributes', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (text, attribute, url) => {
        const markdown = `:::tweetable{via="${attribute}" hashtags="${attribute},a" url="${url}" #${attribute} .${attribute}}\n${text}\n:::`
        const {html} = await toHtml(markdown, {url: 'https://example.com/post/'})
        expectInert(html, plainHtml(markdown) + plainHtml(text))
      }),
      {numRuns: runs}
    )
  })

  it('in an inline sentence and its attributes', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (text, attribute) => {
        const markdown = `Before :tweet[${text}]{via='${attribute}' related="${attribute}"} after.`
        const {html} = await toHtml(markdown)
        expectInert(html, plainHtml(markdown) + plainHtml(`Before ${text} after.`))
      }),
      {numRuns: runs}
    )
  })

  it('in a rant block', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (first, second) => {
        const text = `${first}. ${second}! Done.`
        const {html} = await toHtml(`:::tweetstorm\n${text}\n:::`, {via: 'tweetstorm'})
        expectInert(html, plainHtml(text))
      }),
      {numRuns: runs}
    )
  })

  it('in a quote shared to every network', async () => {
    const everywhere = {url: 'https://example.com/post/', platforms: ['x', 'bluesky', 'mastodon', 'threads', 'linkedin'], instance: 'mastodon.social'} as const
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (text, attribute) => {
        const markdown = `:::tweetable{hashtags="${attribute},a" #${attribute}}\n${text}\n:::\n\n:::tweetstorm\n${text}. Done.\n:::`
        const {html} = await toHtml(markdown, {...everywhere, platforms: [...everywhere.platforms]})
        expectInert(html, plainHtml(markdown) + plainHtml(text), shareTargets)
      }),
      {numRuns: runs}
    )
  })

  it('in the element builders, which take plain text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const element of [tweetableElement(text), tweetstormElement(text)]) {
          const html = hastToHtml(element)
          expectInert(html, '')
          // Plain text reaches the page as text: only our own tags, as many as were built.
          const parsed = fromHtml(html, {fragment: true})
          for (const node of elements(parsed)) expect(ours).toContain(node.tagName)
          expect(elements(parsed).length).toBe(elements({type: 'root', children: [element]}).length)
        }
      }),
      {numRuns: runs}
    )
  })

  it('ran every case', () => {
    // 4 Markdown properties plus 2 builders per text: reported in the package README.
    expect(cases).toBe(runs * 6)
  })
})
