import {fromHtml} from 'hast-util-from-html'
import type {Element, Root} from 'hast'
import {OptionsError, tweetables} from '@tweetstorm/core'
import {describe, expect, it} from 'vitest'
import {resolveOptions, tweetstormElement} from '../src/index.js'
import {toHtml} from './process.js'

function elements(root: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (test(child)) found.push(child)
      walk(child)
    }
  }
  walk(root)
  return found
}

const idsOf = (html: string): string[] =>
  elements(fromHtml(html, {fragment: true}), (element) => element.properties['id'] !== undefined).map((element) =>
    String(element.properties['id'])
  )

/** The `#fragment` each share link points back to. */
const backLinksOf = (html: string): string[] =>
  elements(fromHtml(html, {fragment: true}), (element) => element.tagName === 'a').map(
    (element) => new URL(new URL(String(element.properties['href'])).searchParams.get('url') ?? 'https://x.invalid/').hash.slice(1)
  )

describe('a custom buildUrl that does not return a string', () => {
  for (const [name, returned] of [
    ['a number', 5],
    ['undefined', undefined],
    ['an object', {href: 'https://example.com/'}],
    ['null', null]
  ] as const) {
    it(`returning ${name} gives the no-share-link warning, not a crash`, async () => {
      const {html, messages} = await toHtml(':::tweetable\nShip it.\n:::\n\n:tweet[Inline one.]', {
        buildUrl: (() => returned) as never
      })
      expect(html).not.toContain('<a ')
      expect(html).toContain('Ship it.')
      expect(messages).toHaveLength(2)
      for (const message of messages) expect(message).toMatch(/Unexpected link .* from `buildUrl`, expected an http\(s\) URL; rendering this/)
    })
  }

  it('that throws gives the no-share-link warning with its message', async () => {
    const {html, messages} = await toHtml(':::tweetable\nShip it.\n:::', {
      buildUrl: () => {
        throw new Error('no endpoint')
      }
    })
    expect(html).not.toContain('<a ')
    expect(messages).toEqual(['1:1 Unexpected error "no endpoint" from `buildUrl`, expected it to return an http(s) URL; rendering this quote without a share link'])
  })
})

describe('ids are unique per document across every directive kind', () => {
  it('two `:::tweetstorm{#x}` blocks get `x` and `x-2`, with a warning', async () => {
    const {html, messages} = await toHtml(':::tweetstorm{#x}\nOne.\n:::\n\n:::tweetstorm{#x}\nTwo.\n:::')
    expect(idsOf(html).filter((id) => id.startsWith('x'))).toEqual(['x', 'x-2'])
    expect(messages).toEqual(['5:1 Unexpected id `x` on `:::tweetstorm`, expected an id no other block of the page has; using `x-2`'])
  })

  it('`:::tweetstorm{#x}` then `:::tweetable{#x}` and `:tweet[…]{#x}` never repeat `x`, and links point back to their own element', async () => {
    const {html} = await toHtml(':::tweetstorm{#x}\nOne. Two.\n:::\n\n:::tweetable{#x}\nThree.\n:::\n\nSay :tweet[four.]{#x}', {
      url: 'https://example.com/post/'
    })
    const ids = idsOf(html)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain('x')
    expect(ids).toContain('x-2')
    expect(ids).toContain('x-3')
    // Every link goes back to an element of the page, and not to the rant block's own id.
    const backLinks = backLinksOf(html)
    expect(backLinks).toHaveLength(4)
    for (const target of backLinks) expect(ids).toContain(target)
    expect(backLinks).not.toContain('x')
  })

  it('a sentence whose id is the block’s own gets a counter, in the element builder too', () => {
    const own = tweetables('Hi.')[0]!.id
    const element = tweetstormElement('Hi.', {id: own})
    const ids = elements({type: 'root', children: [element]}, (node) => node.properties['id'] !== undefined).map((node) =>
      String(node.properties['id'])
    )
    expect(ids).toEqual([own, `${own}-2`])
  })
})

describe('nothing to share is never shared', () => {
  for (const [name, content] of [
    ['a control character', '\u001f'],
    ['a no-break space', '\u00a0'],
    ['a figure space', '\u2007'],
    ['a narrow no-break space', '\u202f'],
    ['zero-width characters', '\u200b\u200d']
  ] as const) {
    it(`\`:tweet[…]\` holding only ${name} warns and renders no span and no link`, async () => {
      const {html, messages} = await toHtml(`Before :tweet[${content}] after.`)
      expect(html).not.toContain('<span')
      expect(html).not.toContain('<a ')
      expect(messages).toEqual([expect.stringMatching(/Unexpected empty `:tweet`/)])
    })

    it(`\`:::tweetable\` holding only ${name} warns and renders no link`, async () => {
      const {html, messages} = await toHtml(`:::tweetable\n${content}\n:::`)
      expect(html).not.toContain('<a ')
      expect(messages).toEqual([expect.stringMatching(/Unexpected empty `:::tweetable`/)])
    })
  }

  it('a quote never shares text that starts or ends with NBSP, U+2007 or U+202F', async () => {
    const {html} = await toHtml(':::tweetable\n\u00a0\u2007Ship it.\u202f\u00a0\n:::\n\n:tweet[\u202fInline.\u2007]\n\n:::tweetstorm\nOne.\u00a0 \u2007Two.\u202f\n:::')
    const texts = elements(fromHtml(html, {fragment: true}), (element) => element.tagName === 'a').map(
      (element) => new URL(String(element.properties['href'])).searchParams.get('text') ?? ''
    )
    expect(texts).toEqual(['Ship it.', 'Inline.', 'One.', 'Two.'])
  })
})

describe('typos of our directives are reported', () => {
  for (const [markdown, written, expected] of [
    [':::tweetabel\nShip it.\n:::', ':::tweetabel', ':::tweetable'],
    [':::tweetstrom\nShip it.\n:::', ':::tweetstrom', ':::tweetstorm'],
    [':::Tweetable\nShip it.\n:::', ':::Tweetable', ':::tweetable'],
    ['::tweetable[Ship it.]', '::tweetable', ':::tweetable'],
    [':::tweet\nShip it.\n:::', ':::tweet', ':tweet[…]'],
    ['Say :tweets[ship it.] now.', ':tweets', ':tweet[…]']
  ] as const) {
    it(`\`${written}\` warns with a did-you-mean \`${expected}\``, async () => {
      const {messages} = await toHtml(markdown)
      expect(messages).toEqual([
        expect.stringContaining(`Unexpected directive \`${written}\`, expected \`${expected}\` (did you mean it?)`)
      ])
    })
  }

  it('leaves other plugins’ directives and colons in prose alone', async () => {
    const {messages} = await toHtml(':::note\nHi.\n:::\n\n::toc\n\nAt 10:30pm see :abbr[HTML]{title="x"} and :tweeter.', undefined)
    expect(messages).toEqual([])
  })

  it('`:tweet[]` is reported as empty and not kept as the literal text `:tweet[]`', async () => {
    const {html, messages} = await toHtml('Say :tweet[] now.')
    expect(html).toBe('<p>Say  now.</p>')
    expect(messages).toEqual([expect.stringContaining('Unexpected empty `:tweet`')])
  })
})

describe('option errors say what was wrong, where, in one voice', () => {
  const problemsOf = (options: unknown): string[] => {
    try {
      resolveOptions(options as never)
    } catch (error) {
      if (error instanceof OptionsError) return error.problems.map((problem) => problem.message)
      throw error
    }
    throw new Error('Expected an OptionsError')
  }

  it('reports a bad `via` and a hashtag X refuses together, not one per run', () => {
    expect(problemsOf({via: '@tweet storm', hashtags: ['#2024']})).toEqual([
      'Unexpected "@tweet storm" for `via`, expected an X handle of 1–15 letters, digits or _ (like `@tweetstorm`)',
      'Unexpected "2024" in `hashtags`, expected one valid hashtag without # (a single word of letters, digits or _, not only digits)'
    ])
  })

  it('describes a symbol as a symbol, not as "an object"', () => {
    expect(problemsOf({via: Symbol('x')})).toEqual([
      'Unexpected a symbol for `via`, expected an X handle of 1–15 letters, digits or _ (like `@tweetstorm`)'
    ])
  })

  it('names the options object when it is not one', () => {
    // Worded by core's `parseOptions`, as for every package.
    expect(problemsOf(5)).toEqual(['Unexpected 5 for `options`, expected an options object such as `{limit: 280}`'])
  })

  it('lists the label names after an unknown label', () => {
    expect(problemsOf({labels: {qoute: 'Share'}})).toEqual([
      'Unexpected label `qoute`, expected one of `quote`, `quoteName`, `sentence`, `sentenceName`'
    ])
  })

  it('lists each known option once after an unknown one, and never offers `id`, which the plugin refuses', () => {
    const [message] = problemsOf({urll: 'https://example.com/'})
    expect(message).toBe(
      'Unexpected option `urll`, expected one of `url`, `via`, `hashtags`, `related`, `labels`, `classPrefix`, `buildUrl`, `limit`, `platforms`, `instance`, `links`, `bareDirectivesAsText`'
    )
  })
})
