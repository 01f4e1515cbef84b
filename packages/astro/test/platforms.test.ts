import {countTweet, OptionsError} from '@tweetstorm/core'
import remarkTweetstorm from '@tweetstorm/remark'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import ClickToTweet from '../components/ClickToTweet.astro'
import ThreadPreview from '../components/ThreadPreview.astro'
import Tweetstorm from '../components/Tweetstorm.astro'
import tweetstorm, {resolveOptions, threadPreview} from '../src/index.js'
import {componentDefaults} from '../src/lib/integration.js'
import {clickToTweetHtml} from '../src/lib/quotes.js'
import {byClass, elements, parse, render, textOf} from './helpers.js'

const page = 'https://example.com/blog/post/'

async function markdown(source: string, options: Record<string, unknown>) {
  return String(await unified().use(remarkParse).use(remarkTweetstorm, options).use(remarkRehype).use(rehypeStringify).process(source))
}

/** Each share link: where it goes and what it is called. */
function links(html: string) {
  return elements(parse(html))
    .filter((element) => element.tagName === 'a')
    .map((link) => ({url: new URL(String(link.properties['href'])), name: String(link.properties['ariaLabel']), label: textOf(link)}))
}

describe('ClickToTweet and Tweetstorm on several networks', () => {
  const options = {platforms: ['x', 'bluesky', 'mastodon'], instance: 'hachyderm.io', url: page}

  it('give the same markup as the Markdown blocks with the same options', async () => {
    const text = 'Small changes are easy to review.'
    expect(await render(ClickToTweet, {text, ...options})).toBe(await markdown(`:::tweetable\n${text}\n:::`, options))
    expect(await render(Tweetstorm, {text: 'One. Two.', ...options})).toBe(await markdown(':::tweetstorm\nOne. Two.\n:::', options))
  })

  it('render one link per network, in order, each named after its network', async () => {
    const found = links(await render(ClickToTweet, {text: 'Ship small.', ...options, platforms: 'mastodon, x'}))
    expect(found.map((link) => link.url.origin + link.url.pathname)).toEqual(['https://hachyderm.io/share', 'https://x.com/intent/tweet'])
    expect(found.map((link) => link.label)).toEqual(['Share on Mastodon', 'Share on X'])
    expect(found.map((link) => link.name)).toEqual([
      'Share on Mastodon: this quote (opens in a new window)',
      'Share on X: this quote (opens in a new window)'
    ])
  })

  it('fail naming `instance` when Mastodon has no server', () => {
    expect(() => clickToTweetHtml({text: 'Hi.', platforms: ['mastodon']})).toThrow(/^Invalid ClickToTweet options:[\s\S]*→ at instance/)
  })

  it('refuse a hostile instance', () => {
    for (const instance of ['evil.example/"><script>', 'javascript:alert(1)', 'a@b.example']) {
      expect(() => clickToTweetHtml({text: 'Hi.', platforms: ['mastodon'], instance}), instance).toThrow(OptionsError)
    }
  })
})

describe('the integration’s platforms', () => {
  it('are checked while Astro loads the config', () => {
    expect(() => tweetstorm({platforms: ['mastodon']})).toThrow(/→ at instance/)
    expect(() => tweetstorm({platforms: ['x', 'myspace' as never]})).toThrow(/→ at platforms\.1/)
    expect(resolveOptions({platforms: ['bluesky'], styles: false}).remark).toEqual({platforms: ['bluesky']})
  })

  it('reach the components, where a prop overrides them', async () => {
    const defaults = componentDefaults(resolveOptions({platforms: ['bluesky', 'mastodon'], instance: 'mastodon.social'}))
    expect(defaults.options).toEqual({platforms: ['bluesky', 'mastodon'], instance: 'mastodon.social'})
    const inherited = links(clickToTweetHtml({text: 'Ship small.', url: page}, {defaults}))
    expect(inherited.map((link) => link.url.host)).toEqual(['bsky.app', 'mastodon.social'])
    const overridden = links(clickToTweetHtml({text: 'Ship small.', url: page, platforms: ['x']}, {defaults}))
    expect(overridden.map((link) => link.url.host)).toEqual(['x.com'])
  })
})

describe('ThreadPreview on another network', () => {
  it('counts and limits posts as that network does', async () => {
    // Checked by hand against Bluesky's rules: 300 grapheme clusters, a family emoji is one.
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'
    const tweets = ['Hello world', family, 'x'.repeat(290)]
    const html = await render(ThreadPreview, {tweets, platform: 'bluesky'})
    const counts = byClass(parse(html), 'tweetstorm-tweet-count').map((count) => textOf(elements(count)[1]!))
    expect(counts).toEqual(['11/300', '1/300', '290/300'])
    // The same 290 characters are too long for X.
    expect(threadPreview({tweets: ['x'.repeat(290)]}).cards[0]?.valid).toBe(false)
    expect(elements(parse(html))[0]?.properties['ariaLabel']).toBe('Bluesky thread preview, 3 posts')
  })

  it('splits `text` to fit that network', () => {
    const text = 'Every sentence here is short. '.repeat(30)
    const {cards, limit} = threadPreview({text, platform: 'threads'})
    expect(limit).toBe(500)
    for (const card of cards) expect(countTweet(card.text, {platform: 'threads'}).length).toBeLessThanOrEqual(500)
    expect(cards.length).toBeLessThan(threadPreview({text}).cards.length)
  })

  it('takes the integration’s first platform, unless the prop says otherwise', () => {
    expect(threadPreview({tweets: ['a']}, {platform: 'linkedin'}).limit).toBe(3000)
    expect(threadPreview({tweets: ['a'], platform: 'x'}, {platform: 'linkedin'}).limit).toBe(280)
  })

  it('checks `limit` against the network’s bounds, and refuses an unknown network', () => {
    expect(() => threadPreview({tweets: ['a'], platform: 'bluesky', limit: 500})).toThrow(/→ at limit/)
    expect(threadPreview({tweets: ['a'], platform: 'bluesky', limit: 250}).limit).toBe(250)
    expect(() => threadPreview({tweets: ['a'], platform: 'friendster' as never})).toThrow(/→ at platform/)
  })
})
