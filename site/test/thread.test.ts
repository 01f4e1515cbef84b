import {readFileSync} from 'node:fs'
import path from 'node:path'
import {composeIntent, countTweet, splitThread} from '@tweetstorm/core'
import {threadFromMarkdown} from '@tweetstorm/remark'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {browser, origin, useSharedSite, openRecordedPage} from './browser'
import {postSlugs, postsDir} from './site'


useSharedSite()

/** The Markdown body of a post, as Astro hands it to the page (frontmatter removed). */
function postBody(slug: string): string {
  const source = readFileSync(path.join(postsDir, slug + '.md'), 'utf8')
  return source.replace(/^---\n[\s\S]*?\n---\n/, '')
}

describe('thread view', () => {
  it.each(postSlugs)('/blog/%s/thread/ shows exactly what splitThread makes of the post', async (slug) => {
    const expected = splitThread(threadFromMarkdown(postBody(slug))).tweets.map((tweet) => tweet.text)
    expect(expected.length).toBeGreaterThan(3)

    const context = await browser.newContext()
    const {page, record} = await openRecordedPage(context, origin)
    await page.goto(`${origin}/blog/${slug}/thread/`)

    const cards = page.locator('[data-tweet-index]')
    await expect.poll(() => cards.count()).toBe(expected.length)
    const seen = await cards.evaluateAll((elements) =>
      elements.map((element) => ({index: element.getAttribute('data-tweet-index'), text: element.textContent ?? ''}))
    )
    for (const [index, text] of expected.entries()) {
      const card = seen[index]!
      expect(card.index).toBe(String(index))
      expect(card.text).toContain(text)
      // The count on the card is X's own weighted length, checked here with twitter-text directly.
      const parsed = twitter.parseTweet(text, twitter.configs.version3)
      expect(parsed.valid).toBe(true)
      expect(card.text).toContain(`${parsed.weightedLength}/280`)
    }

    // The copy-friendly text is the whole thread, tweets separated by blank lines.
    expect(await page.locator('textarea#whole-thread').inputValue()).toBe(expected.join('\n\n'))

    // Every post has its own share action, opening X with exactly that post; the first also carries
    // the article's address, and the post X composes from it (text, space, 23 for the link) is valid.
    const article = `https://tweetstorm.dev/blog/${slug}/`
    const shares = await page.locator('.thread-post a.thread-post__share').evaluateAll((links) =>
      links.map((link) => ({href: link.getAttribute('href') ?? '', name: link.textContent?.replace(/\s+/g, ' ').trim() ?? ''}))
    )
    expect(shares).toHaveLength(expected.length)
    for (const [index, share] of shares.entries()) {
      const intent = new URL(share.href)
      expect(intent.origin + intent.pathname).toBe('https://x.com/intent/tweet')
      expect(intent.searchParams.get('text')).toBe(expected[index])
      expect(intent.searchParams.get('url')).toBe(index === 0 ? article : null)
      expect(share.name).toContain(`${index + 1}/${expected.length}`)
    }
    const composed = `${expected[0]} ${article}`
    expect(twitter.parseTweet(composed, twitter.configs.version3).valid).toBe(true)
    // The thread links to the article, on the page and in the first post.
    expect(await page.locator(`.thread-post__link a[href="${article}"]`).count()).toBe(1)

    // An author line on every post: an avatar drawn locally (initials, nothing fetched), name and handle.
    const posts = page.locator('.thread-post')
    expect(await posts.locator('.avatar').allTextContents()).toEqual(expected.map(() => 'T'))
    expect(await page.locator('.thread-post img').count()).toBe(0)
    expect(await posts.first().locator('.thread-post__author').textContent()).toMatch(/tweetstorm\s+@tweetstorm/)
    // A thread line joins each post to the next, and stops at the last one.
    const lines = await posts.evaluateAll((items) =>
      items.map((item) => {
        const rail = item.querySelector('.thread-post__rail')!
        const line = getComputedStyle(rail, '::after')
        return line.display === 'none' ? 0 : parseFloat(line.height)
      })
    )
    expect(lines.slice(0, -1).every((height) => height > 20)).toBe(true)
    expect(lines.at(-1)).toBe(0)
    // Nothing that only makes sense on the article page ("Try it on the quotes above").
    for (const text of expected) expect(text).not.toMatch(/\btry it\b|\bthe (quotes|links|buttons) (above|below)\b/i)

    expect(record.errors).toEqual([])
    await context.close()
  })

  it.each(postSlugs)('/blog/%s/thread/ links to the same thread on every other network, and marks the one shown', async (slug) => {
    const context = await browser.newContext()
    const {page, record} = await openRecordedPage(context, origin)
    await page.goto(`${origin}/blog/${slug}/thread/`)
    const networks = page.getByRole('navigation', {name: 'The thread on another network'}).getByRole('link')
    expect(await networks.allTextContents()).toEqual(['X', 'Bluesky', 'Mastodon', 'Threads'])
    const hrefs = await networks.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))
    expect(hrefs).toEqual([`/blog/${slug}/thread/`, ...['bluesky', 'mastodon', 'threads'].map((name) => `/blog/${slug}/thread/${name}/`)])
    expect(await networks.evaluateAll((links) => links.map((link) => link.getAttribute('aria-current')))).toEqual(['page', null, null, null])
    await networks.filter({hasText: 'Bluesky'}).click()
    await page.waitForURL(`**/blog/${slug}/thread/bluesky/`)
    expect(await page.locator('h1').textContent()).toMatch(/, as a thread on Bluesky$/)
    expect(await networks.evaluateAll((links) => links.map((link) => link.getAttribute('aria-current')))).toEqual([null, 'page', null, null])
    expect(record.errors).toEqual([])
    await context.close()
  })

  // What each network's share page is, and how it carries the article's address on the first post.
  const shares = {
    bluesky: {page: 'https://bsky.app/intent/compose', text: (post: string, article?: string) => (article ? `${post} ${article}` : post), url: () => null},
    threads: {page: 'https://www.threads.com/intent/post', text: (post: string) => post, url: (article?: string) => article ?? null}
  } as const
  const cases = postSlugs.flatMap((slug) => (['bluesky', 'mastodon', 'threads'] as const).map((platform) => [slug, platform] as const))

  it.each(cases)('/blog/%s/thread/%s/ shows the thread as that network would take it', async (slug, platform) => {
    const thread = splitThread(threadFromMarkdown(postBody(slug)), {platform})
    const expected = thread.tweets.map((tweet) => tweet.text)
    expect(thread.limit).toBe(platform === 'bluesky' ? 300 : 500)
    expect(expected.length).toBeGreaterThan(1)

    const context = await browser.newContext()
    const {page, record} = await openRecordedPage(context, origin)
    await page.goto(`${origin}/blog/${slug}/thread/${platform}/`)
    const cards = page.locator('[data-tweet-index]')
    await expect.poll(() => cards.count()).toBe(expected.length)
    const seen = await cards.allTextContents()
    for (const [index, text] of expected.entries()) {
      expect(seen[index]).toContain(text)
      const {length, valid} = countTweet(text, {platform})
      expect(valid).toBe(true)
      expect(seen[index]).toContain(`${length}/${thread.limit}`)
      // Bluesky's limit is 300 characters as a reader sees them (grapheme clusters); with links shortened
      // by the app, a post never holds more than its own clusters.
      if (platform === 'bluesky') expect(length).toBeLessThanOrEqual([...new Intl.Segmenter().segment(text)].length)
    }
    expect(await page.locator('textarea#whole-thread').inputValue()).toBe(expected.join('\n\n'))
    const network = {bluesky: 'Bluesky', mastodon: 'Mastodon', threads: 'Threads'}[platform]
    expect(await page.locator('.lede').textContent()).toMatch(
      new RegExp(`as ${expected.length} posts of at most ${thread.limit} characters, each with its length as ${network} counts it: `)
    )

    const article = `https://tweetstorm.dev/blog/${slug}/`
    const links = await page.locator('.thread-post a.thread-post__share').evaluateAll((anchors) =>
      anchors.map((anchor) => ({href: anchor.getAttribute('href') ?? '', name: anchor.textContent?.replace(/\s+/g, ' ').trim() ?? ''}))
    )
    if (platform === 'mastodon') {
      // No share page to link to without the reader's server: the page says so and points to the composer.
      expect(links).toEqual([])
      expect(await page.locator('.prose a[href="/composer/"]').count()).toBe(1)
      expect(await page.locator('header.prose').textContent()).toMatch(/Mastodon has no share page of its own/)
    } else {
      const share = shares[platform]
      expect(links).toHaveLength(expected.length)
      for (const [index, link] of links.entries()) {
        const url = new URL(link.href)
        expect(url.origin + url.pathname).toBe(share.page)
        const withArticle = index === 0 ? article : undefined
        expect(url.searchParams.get('text')).toBe(share.text(expected[index]!, withArticle))
        expect(url.searchParams.get('url')).toBe(share.url(withArticle))
        expect(link.name).toContain(`${index + 1}/${expected.length}`)
        expect(link.name).toContain(`on ${platform === 'bluesky' ? 'Bluesky' : 'Threads'}`)
      }
      // The first post, with the article's address as the network composes it, is still a valid post.
      expect(composeIntent({text: expected[0], url: article}, {platform, fit: false}).valid).toBe(true)
      expect(await page.locator(`.thread-post__link a[href="${article}"]`).count()).toBe(1)
    }
    expect(record.errors).toEqual([])
    await context.close()
  })
})
