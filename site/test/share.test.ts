import {readFileSync} from 'node:fs'
import path from 'node:path'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {browser, origin, useSharedSite, openRecordedPage} from './browser'
import {postSlugs, postsDir} from './site'

const site = 'https://tweetstorm.dev'
const via = 'tweetstorm'


useSharedSite()

interface Expected {
  text: string
  hashtags: string[]
}

/**
 * What each share link of a post should carry, read straight from its Markdown: a `:::tweetable`
 * block shares its whole text, `:tweet[…]` its brackets, and a `:::tweetstorm` block each sentence.
 */
function expectedShares(markdown: string): Expected[] {
  const found: Array<Expected & {at: number}> = []
  for (const match of markdown.matchAll(/^:::tweetable(?:\{([^}]*)\})?\n([\s\S]*?)\n:::$/gm)) {
    const hashtags = /hashtags=([\w,]+)/.exec(match[1] ?? '')?.[1]?.split(',') ?? []
    found.push({at: match.index, text: collapse(match[2]!), hashtags})
  }
  for (const match of markdown.matchAll(/^:::tweetstorm\n([\s\S]*?)\n:::$/gm)) {
    const sentences = collapse(match[1]!).split(/(?<=[.!?])\s+(?=[A-Z])/)
    sentences.forEach((text, offset) => found.push({at: match.index + offset / 100, text, hashtags: []}))
  }
  for (const match of markdown.matchAll(/:tweet\[([^\]]+)\]/g)) {
    found.push({at: match.index, text: collapse(match[1]!), hashtags: []})
  }
  return found.sort((a, b) => a.at - b.at).map(({text, hashtags}) => ({text, hashtags}))
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Typographic quotes are the renderer's choice; compare the words, not the apostrophe style. */
function plainQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
}

describe('share links', () => {
  it.each(postSlugs)('/blog/%s/ links back to the post and composes valid posts', async (slug) => {
    const markdown = readFileSync(path.join(postsDir, slug + '.md'), 'utf8')
    const expected = expectedShares(markdown)
    expect(expected.length).toBeGreaterThan(1)

    const context = await browser.newContext()
    const {page, record} = await openRecordedPage(context, origin)
    await page.goto(`${origin}/blog/${slug}/`)
    const links = await page.locator('.post-body a[href^="https://x.com/intent/tweet"]').evaluateAll((anchors) =>
      anchors.map((anchor) => {
        const a = anchor as HTMLAnchorElement
        const id = new URL(new URL(a.href).searchParams.get('url') ?? 'x:').hash.slice(1)
        const target = id ? document.getElementById(id) : null
        return {
          href: a.href,
          target: a.target,
          rel: a.rel,
          name: a.getAttribute('aria-label') ?? a.textContent ?? '',
          targetText: target?.textContent ?? null
        }
      })
    )
    expect(links).toHaveLength(expected.length)

    for (const [index, link] of links.entries()) {
      const want = expected[index]!
      const intent = new URL(link.href)
      expect(intent.origin + intent.pathname).toBe('https://x.com/intent/tweet')
      const text = intent.searchParams.get('text') ?? ''
      expect(plainQuotes(text)).toBe(plainQuotes(want.text))
      expect(intent.searchParams.get('via')).toBe(via)
      const hashtags = intent.searchParams.get('hashtags')
      expect(hashtags ? hashtags.split(',') : []).toEqual(want.hashtags)

      // The link back is the absolute post URL plus the id of the quoted element, which exists on the page.
      const url = new URL(intent.searchParams.get('url') ?? '')
      expect(url.origin + url.pathname).toBe(`${site}/blog/${slug}/`)
      expect(url.hash).toMatch(/^#[A-Za-z][\w-]*$/)
      expect(plainQuotes(collapse(link.targetText ?? ''))).toContain(plainQuotes(want.text))

      // What X composes from the intent (text, hashtags, link, " via @handle") must be a valid post.
      const post = [text, ...want.hashtags.map((tag) => '#' + tag), url.href, `via @${via}`].join(' ')
      expect(twitter.parseTweet(post, twitter.configs.version3).valid).toBe(true)

      expect(link.target).toBe('_blank')
      expect(link.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer'])
      expect(link.name).toMatch(/tweet/i)
    }

    // The footer shares the post itself: its title and its absolute URL.
    const shareHref = await page.getByRole('link', {name: /share this post on x/i}).getAttribute('href')
    const share = new URL(shareHref!)
    const title = /^title: (.*)$/m.exec(markdown)![1]
    expect(share.searchParams.get('text')).toBe(title)
    expect(share.searchParams.get('url')).toBe(`${site}/blog/${slug}/`)
    expect(share.searchParams.get('via')).toBe(via)
    expect(record.errors).toEqual([])
    await context.close()
  })
})

describe('the home page quote', () => {
  it('shares its text and links back to itself on the home page', async () => {
    const context = await browser.newContext()
    const {page, record} = await openRecordedPage(context, origin)
    await page.goto(origin + '/')
    const link = page.locator('main figure a[href^="https://x.com/intent/tweet"]')
    expect(await link.count()).toBe(1)
    const intent = new URL((await link.getAttribute('href'))!)
    const text = 'A thread is a row of small arguments that each stand up by themselves.'
    expect(intent.searchParams.get('text')).toBe(text)
    expect(intent.searchParams.get('via')).toBe(via)
    const url = new URL(intent.searchParams.get('url')!)
    expect(url.origin + url.pathname).toBe(site + '/')
    expect(collapse((await page.locator(url.hash).textContent()) ?? '')).toContain(text)
    expect(twitter.parseTweet(`${text} ${url.href} via @${via}`, twitter.configs.version3).valid).toBe(true)
    expect(record.errors).toEqual([])
    await context.close()
  })
})
