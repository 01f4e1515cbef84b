import {readFileSync} from 'node:fs'
import path from 'node:path'
import {splitThread} from '@tweetstorm/core'
import {threadFromMarkdown} from '@tweetstorm/remark'
import type {Browser} from 'playwright-core'
import twitter from 'twitter-text'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchBrowser, openRecordedPage} from './browser'
import {serveStatic, type StaticServer} from '../scripts/static-server.mjs'
import {distDir, postSlugs, postsDir} from './site'

let server: StaticServer
let browser: Browser

beforeAll(async () => {
  server = await serveStatic(distDir)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

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
    const {page, record} = await openRecordedPage(context, server.origin)
    await page.goto(`${server.origin}/blog/${slug}/thread/`)

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

    // "Post the first tweet" opens X's composer with the first tweet exactly as split.
    const href = await page.getByRole('link', {name: /post the first tweet/i}).getAttribute('href')
    const intent = new URL(href!)
    expect(intent.origin + intent.pathname).toBe('https://x.com/intent/tweet')
    expect(intent.searchParams.get('text')).toBe(expected[0])
    expect(record.errors).toEqual([])
    await context.close()
  })
})
