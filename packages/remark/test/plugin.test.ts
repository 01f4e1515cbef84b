import {intentUrl, OptionsError} from '@tweetstorm/core'
import type {Root as HastRoot} from 'hast'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import twitter from 'twitter-text'
import {unified, type PluggableList} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkTweetstorm, {resolveOptions, tweetableElement, tweetstormElement} from '../src/index.js'
import {toHtml} from './process.js'

/** The `text` parameter of the first share link in `html`. */
function sharedTexts(html: string): string[] {
  return [...html.matchAll(/href="(https:\/\/x\.com\/intent\/tweet\?[^"]*)"/g)].map(
    (match) => new URL(match[1]!.replaceAll('&#x26;', '&')).searchParams.get('text') ?? ''
  )
}

async function hastOf(markdown: string, options?: Parameters<typeof resolveOptions>[0]): Promise<HastRoot> {
  const processor = unified().use(remarkParse).use(remarkTweetstorm, options).use(remarkRehype)
  return (await processor.run(processor.parse(markdown))) as HastRoot
}

describe('tweetableElement and tweetstormElement', () => {
  const options = {url: 'https://example.com/post/', via: 'tweetstorm', hashtags: ['writing']}

  it('build the same HTML as a `:::tweetable` block with that text', async () => {
    for (const text of ['Ship small, ship often.', 'First paragraph.\n\nSecond one, longer.', 'a < b & "c"', 'One line\nand the next.']) {
      const fromMarkdown = hastToHtml(await hastOf(`:::tweetable\n${text}\n:::`, options))
      expect(hastToHtml(tweetableElement(text, options))).toBe(fromMarkdown)
    }
  })

  it('build the same HTML as a `:::tweetstorm` block with that text', async () => {
    for (const text of ['Meetings are a tax. Writing is a gift!', 'One. Two.\n\nThree? Four.', 'No end mark here', 'A line\nbroken. In two.']) {
      const fromMarkdown = hastToHtml(await hastOf(`:::tweetstorm\n${text}\n:::`, options))
      expect(hastToHtml(tweetstormElement(text, options))).toBe(fromMarkdown)
    }
  })

  it('give the quote an id its share link points back to', () => {
    const element = tweetableElement('Ship small.', {url: 'https://example.com/post/'})
    const id = element.properties['id']
    expect(typeof id).toBe('string')
    const link = element.children.find((child) => child.type === 'element' && child.tagName === 'a')
    expect(link?.type === 'element' && new URL(String(link.properties['href'])).searchParams.get('url')).toBe(
      `https://example.com/post/#${String(id)}`
    )
  })

  it('validate options like the plugin', () => {
    expect(() => tweetableElement('x', {via: 'not a handle'})).toThrow(OptionsError)
    expect(() => tweetstormElement('x', {hashtags: 'a' as never})).toThrow(/hashtags/)
  })
})

describe('options', () => {
  it('reports every bad option at once, naming each', () => {
    let error: unknown
    try {
      resolveOptions({via: 'has space', url: 'javascript:' + 'x'.repeat(100), limit: 3, colour: 'red'} as never)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(OptionsError)
    const problems = (error as OptionsError).problems
    expect(problems.map((problem) => problem.path).sort()).toEqual(['', 'limit', 'url', 'via'])
    for (const problem of problems) expect(problem.message).toMatch(/^Unexpected .*, expected /)
    // A long value is shown shortened, not echoed whole.
    expect((error as Error).message).toContain('Unexpected "javascript:xxx')
    expect((error as Error).message).not.toContain('x'.repeat(100))
  })

  it('throws when the plugin is configured, before any file is read', () => {
    expect(() => unified().use(remarkParse).use(remarkTweetstorm, {classPrefix: '1bad'}).freeze()).toThrow(
      /Unexpected "1bad" for `classPrefix`, expected a class name/
    )
  })

  it('refuses an id or class for the whole plugin: they belong on a block', () => {
    expect(() => unified().use(remarkParse).use(remarkTweetstorm, {id: 'quote', className: 'wide'}).freeze()).toThrow(
      /Unexpected option `id` for the plugin[\s\S]*Unexpected option `className` for the plugin/
    )
  })

  it('checks hashtags with the rules X uses', () => {
    expect(() => resolveOptions({hashtags: ['2024']})).toThrow(OptionsError)
    expect(resolveOptions({hashtags: ['#year2024'], via: '@me'})).toMatchObject({hashtags: ['year2024'], via: 'me'})
  })

  it('fills in defaults', () => {
    expect(resolveOptions()).toMatchObject({classPrefix: 'tweetstorm', platforms: ['x'], hashtags: [], related: []})
    // No `limit`: each network's own (280 on X).
    expect(resolveOptions().limit).toBeUndefined()
  })
})

describe('share links', () => {
  it('use a custom buildUrl, with the fitted parameters', async () => {
    const {html} = await toHtml(':::tweetable\nShip small.\n:::', {
      via: 'me',
      buildUrl: (params) => `https://share.example/?t=${encodeURIComponent(params.text ?? '')}&via=${params.via ?? ''}`
    })
    expect(html).toContain('href="https://share.example/?t=Ship%20small.&#x26;via=me"')
  })

  it('are left out, with a warning, when buildUrl returns something that is not a web link', async () => {
    const {html, messages} = await toHtml(':::tweetable\nShip small.\n:::', {buildUrl: () => 'javascript:alert(1)'})
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<a ')
    expect(messages).toEqual([
      '1:1 Unexpected link "javascript:alert(1)" from `buildUrl`, expected an http(s) URL; rendering this quote without a share link'
    ])
  })

  it('shorten a quote too long for one post, and say so with its position', async () => {
    const long = Array.from({length: 60}, (_, index) => `word${index}`).join(' ') + '.'
    const {html, messages} = await toHtml(`Intro.\n\n:::tweetable\n${long}\n:::`, {url: 'https://example.com/post/'})
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^3:1 Unexpected quote of \d+ characters with its link, expected at most 280/)
    const [shared] = sharedTexts(html)
    expect(shared).toMatch(/…$/)
    expect(long.startsWith(shared!.slice(0, -1))).toBe(true)
    // The page still shows every word.
    expect(html).toContain(long)
    // What X composes from the link fits one post.
    expect(twitter.parseTweet(`${shared} https://example.com/post/#x`).valid).toBe(true)
  })

  it('in a rant block, share each sentence with the intent for its text, pointing back to its own id', async () => {
    const options = {url: 'https://example.com/post/', via: 'tweetstorm', hashtags: ['writing'], related: ['someone']}
    // The second block repeats a sentence, which the page renames (`-2`), and a long sentence is cut.
    const long = Array.from({length: 70}, (_, index) => `word${index}`).join(' ') + '.'
    const markdown = `:::tweetstorm\nShip small. Ship often! Why wait?\n:::\n\n:::tweetstorm\nShip small. ${long}\n:::`
    const {html} = await toHtml(markdown, options)
    const links = [...html.matchAll(/<span class="tweetstorm-sentence" id="([^"]+)">([^<]*)<\/span> <a href="([^"]+)"/g)]
    expect(links.slice(0, 4).map((match) => match[2])).toEqual(['Ship small.', 'Ship often!', 'Why wait?', 'Ship small.'])
    expect(links.slice(4).map((match) => match[2]).join(' ')).toBe(long)
    expect(links.length).toBeGreaterThan(5)
    expect(new Set(links.map((match) => match[1])).size).toBe(links.length)
    for (const [, id, text, href] of links) {
      const link = new URL(href!.replaceAll('&#x26;', '&'))
      const shared = link.searchParams.get('text')!
      // A piece of the long sentence is shared with `…`; a whole sentence as it is.
      expect(shared === text || shared === `${text}…`).toBe(true)
      expect(link.href).toBe(intentUrl({text: shared, url: `https://example.com/post/#${id}`, via: 'tweetstorm', hashtags: ['writing'], related: ['someone']}))
    }
  })

  it('do not warn about a quote that fits', async () => {
    const {messages} = await toHtml(':::tweetable\n' + 'a'.repeat(250) + '\n:::')
    expect(messages).toEqual([])
  })

  it('point back to the page given in the file data, over the url option', async () => {
    const {html} = await toHtml(':tweet[Hi.]', {url: 'https://example.com/'}, {url: 'https://example.com/p/'})
    expect(html).toContain(encodeURIComponent('https://example.com/p/#'))
  })

  it('warn about a page URL in the file data that is not a web URL', async () => {
    const {html, messages} = await toHtml(':tweet[Hi.]', {}, {url: 'javascript:alert(1)'})
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/Unexpected page URL/)
    expect(html).not.toContain('javascript')
  })
})

describe('directive syntax', () => {
  const markdown = ':::tweetable\nShip small.\n:::\n\nMeet at 10:30pm :tweet[Go.] and :::note is prose.\n\n:::note\nkept\n:::\n'

  async function run(plugins: PluggableList): Promise<{html: string; extensions: number}> {
    const processor = unified().use(remarkParse).use(plugins).use(remarkRehype).use(rehypeStringify)
    const file = await processor.process(new VFile(markdown))
    const data = processor.data() as {micromarkExtensions?: unknown[]}
    return {html: String(file), extensions: data.micromarkExtensions?.length ?? 0}
  }

  it('is brought by the plugin, registered once', async () => {
    const alone = await run([remarkTweetstorm])
    expect(alone.extensions).toBe(1)
    expect(alone.html).toContain('<figure class="tweetstorm-quote"')
    expect(alone.html).toContain('Meet at 10:30pm <span')
    expect(alone.html).toContain('<div><p>kept</p></div>')
  })

  it('is not registered again after remark-directive', async () => {
    const alone = await run([remarkTweetstorm])
    const after = await run([remarkDirective, remarkTweetstorm])
    expect(after.extensions).toBe(1)
    expect(after.html).toBe(alone.html)
  })

  it('gives the same HTML when remark-directive comes after the plugin', async () => {
    const alone = await run([remarkTweetstorm])
    const before = await run([remarkTweetstorm, remarkDirective])
    expect(before.html).toBe(alone.html)
  })

  it('leaves directives it does not know to later plugins', async () => {
    const processor = unified().use(remarkParse).use(remarkTweetstorm)
    const tree = await processor.run(processor.parse(':abbr[HTML]{title="HyperText"}\n\n::toc\n\n:::note\nx\n:::'))
    const types = JSON.stringify(tree)
    expect(types).toContain('"type":"textDirective","name":"abbr"')
    expect(types).toContain('"type":"leafDirective","name":"toc"')
    expect(types).toContain('"type":"containerDirective","name":"note"')
  })

  it('shows a `:tweet` inside a link as text, since links cannot nest', async () => {
    const {html, messages} = await toHtml('See [the :tweet[best part]](https://example.com/).')
    expect(html).toBe('<p>See <a href="https://example.com/">the best part</a>.</p>')
    expect(messages).toEqual([
      '1:10 Unexpected `:tweet` inside a link, expected it outside: a link cannot hold its share link; showing its text only'
    ])
  })

  it('keeps colons in prose exactly as written', async () => {
    for (const prose of ['Meet at 10:30pm', 'a:b', 'see http://example.com:8080/x', 'ratio 3:2:1', 'Note:This', 'x :y{} z']) {
      const {html} = await toHtml(prose)
      expect(html).toBe(`<p>${prose}</p>`)
    }
  })
})
