import {readFileSync} from 'node:fs'
import path from 'node:path'
import {splitThread} from '@tweetstorm/core'
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
})
