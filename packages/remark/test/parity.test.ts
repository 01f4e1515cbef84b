import {fromHtml} from 'hast-util-from-html'
import {toHtml as serialize} from 'hast-util-to-html'
import {markdownToHtml} from 'satteri'
import {describe, expect, it} from 'vitest'
import {satteriTweetstorm, type SatteriOptions} from '../src/satteri.js'
import {fixtureCases, readFixture} from './fixture-cases.js'
import {toHtml} from './process.js'

// Every fixture of `fixtures.test.ts` through both processors: the remark plugin on unified
// (remark-parse → remark-rehype → rehype-stringify) and the Sätteri plugin on Sätteri. One
// markup definition means the same bytes out, and the same warnings at the same places.
const cases = fixtureCases

/** Markdown → HTML through Sätteri with the Sätteri plugin, warnings as `line:column reason`. */
export function satteriHtml(
  markdown: string,
  options?: SatteriOptions,
  data?: Record<string, unknown>,
  {gfm = false}: {gfm?: boolean} = {}
): {html: string; messages: string[]} {
  const messages: string[] = []
  const plugin = satteriTweetstorm({
    ...options,
    onMessage(message) {
      messages.push(`${message.line ?? '?'}:${message.column ?? '?'} ${message.reason}`)
    }
  })
  const {html} = markdownToHtml(markdown, {
    features: {directive: true, gfm},
    mdastPlugins: [plugin],
    data: {...data}
  })
  return {html, messages}
}

// The two serializers write the same characters differently (`&amp;` or `&#x26;`, `>` or `&gt;`
// in text); read back and written by one serializer, equal documents give equal bytes.
function normalize(html: string): string {
  // Raw `<script>` text is not read back, so its `&amp;` is written as the other serializer would.
  return serialize(fromHtml(html.trimEnd(), {fragment: true})).replaceAll('&amp;', '&#x26;')
}

// Where the processors' own parsers disagree, outside this plugin's markup: each entry says what
// differs, and the test checks that this is the only difference.
const parserDifferences: Record<string, {reason: string; unified: string; satteri: string; satteriWarns: string[]}> = {
  hostile: {
    reason: 'micromark keeps the invalid attribute list `{.x" #"y}` as text; Sätteri reads it, and the plugin refuses its values',
    unified: '</a>{.x" #"y}</p>',
    satteri: '</a></p>',
    satteriWarns: [
      '5:1 Unexpected "\\"y" in attribute `id` on `:tweet`, expected an id of letters, digits, - or _ starting with a letter; ignoring it',
      '5:1 Unexpected "x\\"" in attribute `class` on `:tweet`, expected class names of letters, digits, - or _ separated by spaces; ignoring it'
    ]
  }
}

describe('parity of the remark and Sätteri plugins', () => {
  it('runs every fixture', () => {
    expect(cases.length).toBeGreaterThan(20)
  })

  for (const name of cases) {
    it(name, async () => {
      const {input, options, data, gfm} = await readFixture(name)
      // Raw HTML kept, as Astro keeps it on both processors.
      const unified = await toHtml(input, options, data, {gfm, allowDangerousHtml: true})
      const satteri = satteriHtml(input, options, data, {gfm})
      let expected = normalize(unified.html)
      const known = parserDifferences[name]
      if (known) {
        expect(expected).toContain(known.unified)
        expected = expected.replace(known.unified, known.satteri)
      }
      expect(normalize(satteri.html)).toBe(expected)
      // Byte for byte too, but for how each serializer escapes `&` in attributes.
      if (!known) expect(satteri.html.trimEnd().replaceAll('&amp;', '&#x26;')).toBe(unified.html.trimEnd())
      expect(satteri.messages).toEqual([...unified.messages, ...(known?.satteriWarns ?? [])])
    })
  }
})
