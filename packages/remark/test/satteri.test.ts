import {markdownToHtml} from 'satteri'
import {afterEach, describe, expect, it, vi} from 'vitest'
import * as api from '../src/satteri.js'
import {satteriTweetstorm} from '../src/satteri.js'

const features = {directive: true}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('@tweetstorm/remark/satteri', () => {
  it('exposes the public API', () => {
    expect(Object.keys(api).sort()).toEqual(['satteriTweetstorm'])
  })

  it('works without options', () => {
    const {html} = markdownToHtml(':::tweetable\nShip small.\n:::', {features, mdastPlugins: [satteriTweetstorm()]})
    expect(html.trimEnd()).toMatch(
      /^<figure class="tweetstorm-quote"[^>]*><blockquote class="tweetstorm-quote-text">\n<p>Ship small.<\/p>\n<\/blockquote><a href="https:\/\/x\.com\/intent\/tweet\?[^"]*"[^>]*>Tweet this<\/a><\/figure>$/
    )
  })

  it('links back to `data.url`, the page URL a plugin before it sets', () => {
    const {html} = markdownToHtml(':tweet[Ship small.]', {
      features,
      mdastPlugins: [satteriTweetstorm({url: 'https://example.com/'})],
      data: {url: '/blog/post/'}
    })
    expect(html).toContain('url=https%3A%2F%2Fexample.com%2Fblog%2Fpost%2F%23t-ship-small-')
  })

  it('reads the page URL from Astro’s frontmatter, as the remark plugin does', () => {
    const {html} = markdownToHtml(':tweet[Ship small.]', {
      features,
      mdastPlugins: [satteriTweetstorm({url: 'https://example.com/'})],
      data: {astro: {frontmatter: {url: '/notes/one/'}}}
    })
    expect(html).toContain('url=https%3A%2F%2Fexample.com%2Fnotes%2Fone%2F%23')
  })

  it('hands warnings to `onMessage` with the file, line and column', () => {
    const messages: Array<{file: string | undefined; line: number | undefined; column: number | undefined; ruleId: string | undefined}> = []
    markdownToHtml('# Post\n\n:::tweetable\n' + 'word '.repeat(100) + '\n:::\n', {
      features,
      fileURL: new URL('file:///site/src/pages/post.md'),
      mdastPlugins: [
        satteriTweetstorm({
          onMessage(message) {
            messages.push({file: message.file, line: message.line, column: message.column, ruleId: message.ruleId})
          }
        })
      ]
    })
    expect(messages).toEqual([{file: '/site/src/pages/post.md', line: 3, column: 1, ruleId: 'quote-too-long'}])
  })

  it('renders a document whose URL is not a file', () => {
    const messages: Array<string | undefined> = []
    const {html} = markdownToHtml(':::tweetable\n:::\n\nText.', {
      features,
      fileURL: new URL('https://example.com/remote.md'),
      mdastPlugins: [satteriTweetstorm({onMessage: (message) => messages.push(message.file)})]
    })
    expect(html.trimEnd()).toBe('<p>Text.</p>')
    expect(messages).toEqual([''])
  })

  it('prints warnings with console.warn without `onMessage`, as Sätteri keeps them to itself', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    markdownToHtml(':::tweetable\n:::\n', {features, mdastPlugins: [satteriTweetstorm()]})
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^1:1-2:4: Unexpected empty `:::tweetable`/)
  })

  it('keeps the text of directives no plugin handled, as remark-rehype does', () => {
    const {html} = markdownToHtml(':::note\nKept.\n:::', {features, mdastPlugins: [satteriTweetstorm()]})
    expect(html.trimEnd()).toBe('<div><p>Kept.</p></div>')
  })

  it('leaves directives another plugin rendered to that plugin', () => {
    const note = {
      name: 'note',
      containerDirective(node: {name: string}, context: {setProperty(node: unknown, key: 'data', value: unknown): void}) {
        if (node.name === 'note') context.setProperty(node, 'data', {hName: 'aside'})
      }
    }
    const {html} = markdownToHtml(':::note\nKept.\n:::', {features, mdastPlugins: [note, satteriTweetstorm()]})
    expect(html.trimEnd()).toBe('<aside><p>Kept.</p></aside>')
  })

  it('throws on invalid options, as the remark plugin does', () => {
    expect(() => satteriTweetstorm({via: 'not a handle!'})).toThrow(/via/)
    expect(() => satteriTweetstorm({onMessage: 'log' as never})).toThrow(/onMessage/)
  })
})
