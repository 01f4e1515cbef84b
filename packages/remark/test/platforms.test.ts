import {countTweet, intentUrl, OptionsError, platforms, type Platform} from '@tweetstorm/core'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import remarkTweetstorm, {resolveOptions, tweetableElement, tweetstormElement, type Options} from '../src/index.js'
import {satteriTweetstorm} from '../src/satteri.js'
import {toHtml} from './process.js'

const page = 'https://example.com/post/'
const everywhere = {url: page, platforms: [...platforms], instance: 'mastodon.social'} satisfies Options

/** The share links of a document, in order, with what a reader and a screen reader get. */
function linksOf(html: string) {
  const found: Array<{href: string; label: string; name: string; classes: string[]}> = []
  visit(fromHtml(html, {fragment: true}), 'element', (node: Element) => {
    const classes = (node.properties['className'] as string[] | undefined) ?? []
    if (node.tagName !== 'a' || !classes.some((name) => name.endsWith('-link'))) return
    const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
    found.push({href: String(node.properties['href']), label: text, name: String(node.properties['ariaLabel']), classes})
  })
  return found
}

// Where each network's share page lives, from each network's own documentation (core's profiles
// cite them); the test only checks that a link goes there, then reads its text back.
const hosts: Record<Platform, (url: URL) => boolean> = {
  x: (url) => url.origin + url.pathname === 'https://x.com/intent/tweet',
  bluesky: (url) => url.origin + url.pathname === 'https://bsky.app/intent/compose',
  mastodon: (url) => url.origin + url.pathname === 'https://mastodon.social/share',
  threads: (url) => url.origin + url.pathname === 'https://www.threads.com/intent/post',
  linkedin: (url) => url.hostname === 'www.linkedin.com'
}

/**
 * The post a network composes from a share link: X and Threads append the `url` parameter (X its
 * hashtags and `via` too); Bluesky and Mastodon take the whole post in `text`.
 */
function postOf(platform: Platform, href: string): string {
  const params = new URL(href).searchParams
  const parts = [params.get('text') ?? '']
  if (platform === 'x' || platform === 'threads') parts.push(params.get('url') ?? '')
  if (platform === 'x') {
    parts.push(...(params.get('hashtags')?.split(',').map((tag) => '#' + tag) ?? []))
    if (params.get('via')) parts.push('via @' + params.get('via'))
  }
  return parts.filter((part) => part !== '').join(' ')
}

/** Check that the links come one per network, in order, each to its network with a post that fits it. */
function expectOnePerNetwork(links: ReturnType<typeof linksOf>, order: readonly Platform[], instance?: string) {
  expect(links).toHaveLength(order.length)
  links.forEach((link, index) => {
    const platform = order[index]!
    const url = new URL(link.href)
    expect(hosts[platform](url), `${platform}: ${link.href}`).toBe(true)
    if (platform === 'mastodon') expect(url.host).toBe(instance)
    expect(link.classes).toContain(`tweetstorm-link-${platform}`)
    const post = postOf(platform, link.href)
    if (platform !== 'linkedin' || post !== '') expect(countTweet(post, {platform}).valid, `${platform}: ${post}`).toBe(true)
  })
}

describe('platforms', () => {
  it('renders one share link per network, in the order given, named after the network', async () => {
    const {html, messages} = await toHtml(':::tweetable\nShip small, ship often.\n:::', everywhere)
    expect(messages).toEqual([])
    const links = linksOf(html)
    expectOnePerNetwork(links, platforms, 'mastodon.social')
    expect(links.map((link) => link.label)).toEqual([
      'Share on X',
      'Share on Bluesky',
      'Share on Mastodon',
      'Share on Threads',
      'Share on LinkedIn'
    ])
    expect(links.map((link) => link.name)).toEqual(
      ['X', 'Bluesky', 'Mastodon', 'Threads', 'LinkedIn'].map((name) => `Share on ${name}: this quote (opens in a new window)`)
    )
    // Every accessible name starts with the visible text (voice control finds the link by it).
    for (const link of links) expect(link.name.startsWith(link.label)).toBe(true)
  })

  it('keeps the order it is given', async () => {
    const order = ['mastodon', 'x', 'bluesky'] as const
    const {html} = await toHtml(':tweet[Ship small.]', {...everywhere, platforms: [...order]})
    const links = linksOf(html)
    expectOnePerNetwork(links, order, 'mastodon.social')
    expect(links.map((link) => link.label)).toEqual(['Mastodon', 'X', 'Bluesky'])
    expect(links.map((link) => link.name)).toEqual([
      'Mastodon: share this sentence (opens in a new window)',
      'X: share this sentence (opens in a new window)',
      'Bluesky: share this sentence (opens in a new window)'
    ])
  })

  it('links back to the same quote from every network', async () => {
    const {html} = await toHtml(':::tweetable\nShip small, ship often.\n:::', everywhere)
    const id = /<figure class="tweetstorm-quote" id="([^"]+)"/.exec(html)?.[1]
    expect(id).toBeDefined()
    for (const link of linksOf(html)) expect(decodeURIComponent(link.href)).toContain(`${page}#${id!}`)
  })

  it('fits each link’s text to its own network', async () => {
    // 290 characters: fits Bluesky's 300 once its link is shortened, not X's 280 with a link of 23.
    const quote = ('Word ' + 'abcdefgh '.repeat(31)).trim() + '.'
    const {html, messages} = await toHtml(`:::tweetable\n${quote}\n:::`, {...everywhere, platforms: ['x', 'linkedin']})
    const [x, linkedin] = linksOf(html)
    expect(new URL(x!.href).searchParams.get('text')).toMatch(/…$/)
    expect(countTweet(postOf('x', x!.href), {platform: 'x'}).valid).toBe(true)
    // LinkedIn's 3000 leave the quote whole, if its link carries text at all.
    const linkedinText = new URL(linkedin!.href).searchParams.get('text')
    if (linkedinText !== null) expect(linkedinText).toContain(quote)
    expect(messages).toEqual([
      expect.stringMatching(/^1:1 Unexpected quote of \d+ characters with its link on X, expected at most 280 to fit one post/)
    ])
  })

  it('fits each link to its own limit when `limit` names networks', async () => {
    // 600 characters: over X's 280, within the 1000 this Mastodon server allows.
    const quote = ('Words ' + 'abcdefghi '.repeat(59)).trim() + '.'
    const options = {...everywhere, platforms: ['x', 'mastodon'], limit: {mastodon: 1000}} satisfies Options
    const {html, messages} = await toHtml(`:::tweetable\n${quote}\n:::`, options)
    const [x, mastodon] = linksOf(html)
    expect(new URL(x!.href).searchParams.get('text')).toMatch(/…$/)
    expect(new URL(mastodon!.href).searchParams.get('text')).toContain(quote)
    expect(countTweet(postOf('mastodon', mastodon!.href), {platform: 'mastodon', limit: 1000}).valid).toBe(true)
    expect(countTweet(postOf('mastodon', mastodon!.href), {platform: 'mastodon'}).valid).toBe(false)
    expect(messages).toEqual([expect.stringMatching(/with its link on X, expected at most 280 /)])
  })

  it('gives every sentence of a rant block its links, each fitting its network', async () => {
    const long = 'This sentence goes on ' + 'and on '.repeat(60) + 'until it stops.'
    const {html} = await toHtml(`:::tweetstorm\nShort one. ${long} Done.\n:::`, {...everywhere, platforms: ['bluesky', 'x']})
    const links = linksOf(html)
    expect(links.length % 2).toBe(0)
    expect(links.length).toBeGreaterThanOrEqual(8)
    for (let index = 0; index < links.length; index += 2) {
      expectOnePerNetwork(links.slice(index, index + 2), ['bluesky', 'x'])
    }
  })

  it("gives each rant sentence the X link core builds for its text, whichever network sized the sentences", async () => {
    // X the strictest network (the page reuses core's own link), then Bluesky the strictest (X's
    // link is built again); a repeated sentence is renamed by the page (`-2`).
    const long = 'This sentence goes on ' + 'and on '.repeat(60) + 'until it stops.'
    const source = `:::tweetstorm\nShort one. ${long} Done.\n:::\n\n:::tweetstorm\nShort one.\n:::`
    for (const limit of [undefined, {bluesky: 150}]) {
      const {html} = await toHtml(source, {url: page, via: 'me', hashtags: ['tag'], platforms: ['x', 'bluesky'], ...(limit ? {limit} : {})})
      const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]))
      const xLinks = linksOf(html).filter((link) => link.classes.includes('tweetstorm-link-x'))
      expect(xLinks.length).toBeGreaterThanOrEqual(5)
      expect(new Set(xLinks.map((link) => link.href)).size).toBe(xLinks.length)
      for (const link of xLinks) {
        const params = new URL(link.href).searchParams
        const back = params.get('url') ?? ''
        expect(ids.has(back.slice(back.indexOf('#') + 1))).toBe(true)
        expect(link.href).toBe(intentUrl({text: params.get('text') ?? '', url: back, via: 'me', hashtags: ['tag']}))
      }
    }
  })

  it("gives every rant sentence's X link from a custom `buildUrl`", async () => {
    const buildUrl = (params: {text?: string}) => 'https://share.example/?t=' + encodeURIComponent(params.text ?? '')
    const {html} = await toHtml(':::tweetstorm\nOne thing. Another thing.\n:::', {url: page, buildUrl})
    const hrefs = linksOf(html).map((link) => link.href)
    expect(hrefs).toEqual(['https://share.example/?t=One%20thing.', 'https://share.example/?t=Another%20thing.'])
  })

  it('gives a rant block cut for another network than X each link and hashtag once', async () => {
    // Bluesky alone: the sentences are found with Bluesky's counting, whose share page folds the
    // link and hashtags into the text; they must not come back into the next link's text.
    const {html} = await toHtml(':::tweetstorm\nOne thing. Another thing.\n:::', {url: page, hashtags: ['tag'], platforms: ['bluesky']})
    const texts = linksOf(html).map((link) => new URL(link.href).searchParams.get('text') ?? '')
    expect(texts).toHaveLength(2)
    for (const [index, sentence] of ['One thing.', 'Another thing.'].entries()) {
      expect(texts[index]).toMatch(new RegExp(`^${sentence} https://example\\.com/post/#t-[a-z0-9-]+ #tag$`))
    }
  })

  it('gives the element builders the same links as Markdown', async () => {
    const processor = unified().use(remarkParse).use(remarkTweetstorm, everywhere).use(remarkRehype)
    const markdown = async (source: string) => hastToHtml(await processor.run(processor.parse(source)))
    expect(hastToHtml(tweetableElement('Ship small.\n\nShip often.', everywhere))).toBe(await markdown(':::tweetable\nShip small.\n\nShip often.\n:::'))
    expect(hastToHtml(tweetstormElement('One thing. Another.', everywhere))).toBe(await markdown(':::tweetstorm\nOne thing. Another.\n:::'))
  })

  it('leaves the markup of X alone byte for byte, with `platforms` unset or `[\'x\']`', async () => {
    const source = ':::tweetable{hashtags=a}\nShip small.\n:::\n\nSay :tweet[this.]\n\n:::tweetstorm\nOne. Two.\n:::'
    const unset = await toHtml(source, {url: page, via: 'me'})
    const x = await toHtml(source, {url: page, via: 'me', platforms: ['x']})
    expect(x.html).toBe(unset.html)
    expect(unset.html).toContain('aria-label="Tweet this quote (opens in a new window)">Tweet this</a>')
    expect(unset.html).not.toContain('tweetstorm-link-x')
  })

  it('lets labels say the network where it goes', async () => {
    const labels = {quote: 'Post to {network}', quoteName: 'Post to {network}, this quote, in a new window'}
    const {html} = await toHtml(':::tweetable\nShip.\n:::', {platforms: ['threads', 'x'], labels})
    expect(linksOf(html).map((link) => [link.label, link.name])).toEqual([
      ['Post to Threads', 'Post to Threads, this quote, in a new window'],
      ['Post to X', 'Post to X, this quote, in a new window']
    ])
  })
})

describe('platform options', () => {
  function problemsOf(options: unknown) {
    try {
      resolveOptions(options as Options)
    } catch (error) {
      expect(error).toBeInstanceOf(OptionsError)
      return (error as OptionsError).problems
    }
    throw new Error('expected an OptionsError')
  }

  it('defaults to X alone', () => {
    expect(resolveOptions().platforms).toEqual(['x'])
  })

  it('needs the Mastodon server, and says so naming `instance`', () => {
    expect(problemsOf({platforms: ['x', 'mastodon']})).toEqual([
      {
        path: 'instance',
        message: expect.stringMatching(/^Unexpected no `instance`, expected the host name of a Mastodon server, such as `'mastodon.social'`/)
      }
    ])
    expect(() => unified().use(remarkParse).use(remarkTweetstorm, {platforms: ['mastodon']}).freeze()).toThrow(/`instance`/)
    expect(() => satteriTweetstorm({platforms: ['mastodon']})).toThrow(/`instance`/)
  })

  it('refuses an unknown network, naming the known ones and the closest', () => {
    const [problem] = problemsOf({platforms: ['x', 'blusky']})
    expect(problem?.path).toBe('platforms.1')
    expect(problem?.message).toMatch(/^Unexpected "blusky" in `platforms`, expected /)
    for (const name of platforms) expect(problem?.message).toContain(`'${name}'`)
    expect(problem?.message).toContain("did you mean 'bluesky'?")
  })

  it('refuses an empty list and a network listed twice', () => {
    expect(problemsOf({platforms: []}).map((problem) => problem.path)).toEqual(['platforms'])
    expect(problemsOf({platforms: ['x', 'x']}).map((problem) => problem.path)).toEqual(['platforms'])
  })

  it('checks `limit` against every network given', () => {
    expect(resolveOptions({platforms: ['x', 'bluesky'], limit: 250}).limit).toBe(250)
    const [problem] = problemsOf({platforms: ['x', 'bluesky'], limit: 500})
    expect(problem).toEqual({path: 'limit', message: expect.stringMatching(/^Unexpected 500 for `limit`, expected .* on Bluesky/)})
  })

  it('takes a limit per network, each within that network’s bounds', () => {
    expect(problemsOf({platforms: ['x', 'bluesky'], limit: {bluesky: 500}})).toEqual([
      {path: 'limit.bluesky', message: expect.stringMatching(/^Unexpected 500 for `limit.bluesky`, expected a whole number of characters from \d+ to 300 on Bluesky/)}
    ])
    expect(problemsOf({platforms: ['x'], limit: {threads: 400}})).toEqual([
      {path: 'limit.threads', message: expect.stringMatching(/^Unexpected `threads` in `limit`, expected only networks of `platforms`/)}
    ])
    expect(problemsOf({limit: {myspace: 400}}).map((problem) => problem.path)).toEqual(['limit'])
  })

  it('wants `{network}` in every label when the links go to several networks', () => {
    expect(problemsOf({platforms: ['x', 'bluesky'], labels: {quote: 'Share'}})).toEqual([
      {path: 'labels.quote', message: expect.stringMatching(/^Unexpected "Share" for `labels.quote`, expected a text holding `\{network\}`/)}
    ])
    expect(resolveOptions({platforms: ['bluesky'], labels: {quote: 'Share'}}).labels.quote).toBe('Share')
  })

  it('reports the rules between options with the other problems, at once', () => {
    expect(problemsOf({platforms: ['mastodon'], via: 'not a handle'}).map((problem) => problem.path).sort()).toEqual(['instance', 'via'])
  })
})

describe('hostile platform options', () => {
  it('refuses an instance that is not a bare host name, so no link can go elsewhere', () => {
    for (const instance of [
      'javascript:alert(1)',
      'https://mastodon.social',
      'mastodon.social/share?x=1',
      'evil.example"><script>alert(1)</script>',
      'mastodon.social@evil.example',
      'mastodon.social#',
      'a b',
      ''
    ]) {
      expect(() => resolveOptions({platforms: ['mastodon'], instance}), instance).toThrow(/instance/)
    }
  })

  it('renders hostile labels as text', async () => {
    const hostile = '{network}"><script>alert(1)</script><img src=x onerror=alert(1)>'
    const {html} = await toHtml(':::tweetable\nShip.\n:::\n\n:::tweetstorm\nOne. Two.\n:::', {
      platforms: ['x', 'bluesky'],
      labels: {quote: hostile, quoteName: hostile, sentence: hostile, sentenceName: hostile}
    })
    const tags = new Set<string>()
    visit(fromHtml(html, {fragment: true}), 'element', (node: Element) => {
      tags.add(node.tagName)
      for (const name of Object.keys(node.properties)) expect(name).not.toMatch(/^on/i)
    })
    expect([...tags].sort()).toEqual(['a', 'blockquote', 'div', 'figure', 'p', 'span'])
    expect(linksOf(html).map((link) => link.label)).toContain('X"><script>alert(1)</script><img src=x onerror=alert(1)>')
  })
})
