import path from 'node:path'
import {splitThread} from '@tweetstorm/core'
import type {Page} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {browser, origin, useSharedSite} from './browser'
import {documentedPackages, postSlugs, resultsDir} from './site'


useSharedSite()

async function open(pathname: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({viewport: {width, height: 900}, colorScheme})
  const page = await context.newPage()
  await page.goto(origin + pathname)
  return page
}

/** The number of cards in each row of a grid, read from where the cards are drawn. */
function rowSizes(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((items) => {
    const rows = new Map<number, number>()
    for (const item of items) {
      const top = Math.round(item.getBoundingClientRect().top)
      rows.set(top, (rows.get(top) ?? 0) + 1)
    }
    return [...rows.values()]
  })
}

/** `rgb(r, g, b)` → [r, g, b]. */
function channels(color: string): number[] {
  return (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
}

describe('home page', () => {
  it('shows an example thread cut only at sentence ends', async () => {
    const page = await open('/', 1280)
    const texts = await page.locator('.example [data-tweet-index] .tweetstorm-tweet-text').allTextContents()
    expect(texts.length).toBeGreaterThan(1)
    for (const text of texts) expect(text.replace(/\s*\d+\/\d+$/, '')).toMatch(/[.!?]$/)
    // And it is what the splitter makes of the sample shown beside it.
    const sample = (await page.locator('.sample').textContent())!.trim()
    expect(texts).toEqual(splitThread(sample, {limit: 140}).tweets.map((tweet) => tweet.text))
    await page.context().close()
  })

  it('links to the getting-started guide', async () => {
    const page = await open('/', 1280)
    expect(await page.locator('main a[href="/docs/getting-started/"]').count()).toBeGreaterThan(0)
    await page.context().close()
  })

  it.each([
    ['/', '.features > li'],
    ['/', '.packages > li'],
    ['/docs/', '.packages > li']
  ])('%s: the %s grid leaves no orphan card at any width', async (pathname, selector) => {
    const page = await open(pathname, 1280)
    for (const width of [360, 700, 900, 1280]) {
      await page.setViewportSize({width, height: 900})
      const rows = await rowSizes(page, selector)
      // Every row is as full as the first one (one column on a phone is fine too).
      expect(rows.every((size) => size === rows[0]), `${width} px: ${rows.join(', ')}`).toBe(true)
    }
    await page.context().close()
  })
})

describe('docs', () => {
  it.each([...documentedPackages, 'getting-started'])('/docs/%s/ has the docs list, its sections and prev/next', async (name) => {
    const page = await open(`/docs/${name}/`, 1280)
    const nav = page.getByRole('navigation', {name: 'Docs'})
    expect(await nav.locator('a').count()).toBe(documentedPackages.length + 1)
    expect(await nav.locator('a[aria-current="page"]').getAttribute('href')).toBe(`/docs/${name}/`)
    expect(await page.getByRole('navigation', {name: 'Previous and next'}).locator('a').count()).toBeGreaterThan(0)
    // The text and its sidebar use the width: no more than a fifth of a 1280 px screen is left empty.
    const used = await page.evaluate(() => {
      const docs = document.querySelector('.docs')!.getBoundingClientRect()
      const text = document.querySelector('.docs__main .prose')!.getBoundingClientRect()
      return (text.right - docs.left) / innerWidth
    })
    expect(used).toBeGreaterThan(0.7)
    await page.context().close()

    // On a phone the list of docs sits above the text and takes little room.
    const phone = await open(`/docs/${name}/`, 360)
    const side = await phone.locator('.docs__side').boundingBox()
    expect(side!.height).toBeLessThan(160)
    await phone.context().close()
  })

  it('highlights code at build time, with a colour scheme of its own in dark mode', async () => {
    const colours = []
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/docs/getting-started/', 1280, scheme)
      const keyword = page.locator('pre.astro-code span', {hasText: /^import$/}).first()
      expect(await keyword.count()).toBe(1)
      colours.push(await keyword.evaluate((span) => getComputedStyle(span).color))
      expect(await page.locator('script').count()).toBe(0)
      await page.context().close()
    }
    expect(colours[0]).not.toBe(colours[1])
  })
})

describe('details', () => {
  // Astro 7 drops the line break between a tag and an expression on the next line, which glued
  // "2026 ·4 min read" together on post pages; the words a reader sees keep their spaces.
  it('keeps the spaces in the date and reading-time line of every post and of the blog index', async () => {
    for (const pathname of [...postSlugs.map((slug) => `/blog/${slug}/`), '/blog/']) {
      const page = await open(pathname, 1280)
      for (const meta of await page.locator('.meta').allTextContents()) {
        expect(meta.replace(/\s+/g, ' ').trim()).toMatch(/^\w+ \d{1,2}, \d{4} · \d+ min read · View/)
      }
      await page.context().close()
    }
  })

  it('marks an inline :tweet[…] sentence, more strongly while its link is hovered or focused', async () => {
    const page = await open('/blog/quotes-that-travel/', 1280)
    const sentence = page.locator('p > .tweetstorm-sentence').first()
    const look = () => sentence.evaluate((span) => `${getComputedStyle(span).backgroundColor}|${getComputedStyle(span).borderBottomStyle}`)
    const plain = await page.locator('p').first().evaluate((p) => getComputedStyle(p).backgroundColor)
    const marked = await look()
    expect(marked.split('|')[0]).not.toBe(plain)
    expect(marked.split('|')[1]).not.toBe('none')
    await sentence.locator('xpath=following-sibling::a[1]').focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    expect(await look()).not.toBe(marked)
    await page.screenshot({path: path.join(resultsDir, 'inline-quote-focus.png')})
    await page.context().close()
  })

  it.each(['light', 'dark'] as const)('draws a focus ring that reads as focus, not as an error (%s)', async (scheme) => {
    const page = await open('/', 1280, scheme)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const [red, green, blue] = channels(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor))
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid')
    // Blue, like the links: more blue than red, and no orange-red.
    expect(blue!).toBeGreaterThan(red!)
    expect(blue!).toBeGreaterThan(green! - 40)
    await page.context().close()
  })
})
