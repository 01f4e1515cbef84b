import {OptionsError, splitThread} from '@tweetstorm/core'
import {describe, expect, it} from 'vitest'
import ThreadPreview from '../components/ThreadPreview.astro'
import {threadPreview} from '../src/lib/thread-preview.js'
import {byClass, elements, parse, render, textOf} from './helpers.js'

const rant =
  'Static sites are fast because the work happens once, at build time, not on every request. ' +
  'That also means the HTML you ship is the HTML you tested, which makes a whole class of bugs disappear. ' +
  'But a build step is not free: every page you add makes every deploy a little slower. ' +
  'Incremental builds help, yet they need a cache you can trust, and caches are where bugs like to hide. ' +
  'So measure before you optimise, and keep the build boring.'

function cards(html: string) {
  return elements(parse(html)).filter((element) => element.properties['dataTweetIndex'] !== undefined)
}

describe('ThreadPreview', () => {
  it('renders one card per post, each with its index, text and weighted count', async () => {
    // Counts checked by hand against twitter-text v3: ASCII weighs 1, CJK 2, an emoji 2, any URL 23.
    const tweets = ['Hello world', '日本語', 'Ship it 🚀', 'Read https://example.com/a/very/long/path/that/keeps/going']
    const found = cards(await render(ThreadPreview, {tweets}))
    expect(found.map((card) => card.properties['dataTweetIndex'])).toEqual(['0', '1', '2', '3'])
    expect(found.map((card) => textOf(byClass(card, 'tweetstorm-tweet-text')[0]!))).toEqual(tweets)
    expect(found.map((card) => textOf(byClass(card, 'tweetstorm-tweet-count')[0]!))).toEqual([
      '11/280' + '11 of 280 characters',
      '6/280' + '6 of 280 characters',
      '10/280' + '10 of 280 characters',
      '28/280' + '28 of 280 characters'
    ])
  })

  it('shows the count as "length/limit" to sighted users and as words to screen readers', async () => {
    const [card] = cards(await render(ThreadPreview, {tweets: ['Hello world'], limit: 100}))
    const [visible, spoken] = elements(byClass(card!, 'tweetstorm-tweet-count')[0]!).slice(1)
    expect(visible?.properties['ariaHidden']).toBe('true')
    expect(textOf(visible!)).toBe('11/100')
    expect(textOf(spoken!)).toBe('11 of 100 characters')
  })

  it('splits `text` the way splitThread does, passing the split options through', async () => {
    const options = {limit: 120, numbering: '(n/N)', numberingPosition: 'start'} as const
    const expected = splitThread(rant, options).tweets
    expect(expected.length).toBeGreaterThan(2)
    const found = cards(await render(ThreadPreview, {text: rant, ...options}))
    expect(found.map((card) => textOf(byClass(card, 'tweetstorm-tweet-text')[0]!))).toEqual(
      expected.map((tweet) => tweet.text)
    )
    for (const card of found) {
      const count = textOf(byClass(card, 'tweetstorm-tweet-count')[0]!)
      expect(count).toMatch(/^(\d+)\/120/)
      expect(Number(count.split('/')[0])).toBeLessThanOrEqual(120)
    }
  })

  it('accepts the tweets of a thread object as they are', async () => {
    const thread = splitThread(rant)
    const found = cards(await render(ThreadPreview, {tweets: thread.tweets}))
    expect(found).toHaveLength(thread.tweets.length)
  })

  it('marks a post that is too long instead of hiding the problem', async () => {
    const [card] = cards(await render(ThreadPreview, {tweets: ['x'.repeat(281)]}))
    expect(card?.properties['dataValid']).toBe('false')
    expect(card?.properties['className']).toContain('tweetstorm-tweet-invalid')
    expect(textOf(byClass(card!, 'tweetstorm-tweet-count')[0]!)).toBe(
      '281/280' + '281 of 280 characters, too long to post'
    )
  })

  it('renders hostile text as text, never as markup', async () => {
    const hostile = '<script>alert(1)</script> "quoted" & <img src=x onerror=alert(1)> </ol><li data-tweet-index="9">'
    const html = await render(ThreadPreview, {tweets: [hostile]})
    const tree = parse(html)
    const names = new Set(elements(tree).map((element) => element.tagName))
    expect([...names].sort()).toEqual(['li', 'ol', 'p', 'span'])
    expect(cards(html)).toHaveLength(1)
    expect(textOf(byClass(tree, 'tweetstorm-tweet-text')[0]!)).toBe(hostile)
  })

  it('ignores the data-astro-cid attribute Astro adds on pages with scoped styles', () => {
    const props = {tweets: ['Hello'], 'data-astro-cid-abc123': ''} as Parameters<typeof threadPreview>[0]
    expect(threadPreview(props).cards).toHaveLength(1)
  })

  it('says so when there is nothing to post', async () => {
    const tree = parse(await render(ThreadPreview, {text: '  \n\n '}))
    const [root] = elements(tree)
    expect(root?.tagName).toBe('p')
    expect(root?.properties['dataTweetCount']).toBe('0')
    expect(textOf(root!)).toBe('Nothing to post yet.')
  })

  it('uses the class prefix and keeps an extra class', async () => {
    const [root] = elements(parse(await render(ThreadPreview, {tweets: ['a'], classPrefix: 'ts', class: 'wide'})))
    expect(root?.properties['className']).toEqual(['ts-thread', 'wide'])
  })

  it('rejects props it cannot honour, naming each one', () => {
    expect(() => threadPreview({text: 'a', tweets: ['a']})).toThrow(
      "Unexpected props, expected exactly one of `text` (split for you) or `tweets` (already split)"
    )
    expect(() => threadPreview({})).toThrow(OptionsError)
    let error: unknown
    try {
      threadPreview({text: 'a', limit: 10, numbring: 'n/N'} as never)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(OptionsError)
    expect((error as OptionsError).problems).toEqual([
      {path: 'limit', message: 'Unexpected 10 for `limit`, expected a whole number from 40 to 25000'},
      {
        path: '',
        message:
          'Unexpected option `numbring`, expected one of `text`, `tweets`, `limit`, `numbering`, `numberingPosition`, `continuation`, `platform`, `classPrefix`, `class`'
      }
    ])
    expect((error as Error).message).toContain('Invalid ThreadPreview options:')
    expect(() => threadPreview({tweets: [{txt: 'a'}]} as never)).toThrow(
      'Unexpected an object in `tweets`, expected a post as a string or an object with a `text` string → at tweets.0'
    )
  })
})
