import {mkdirSync} from 'node:fs'
import path from 'node:path'
import {countTweet, platformProfile, platforms, splitThread, type Platform, type SplitOptions} from '@tweetstorm/core'
import type {BrowserContext, Page} from 'playwright-core'
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {limitChoices} from '../src/lib/composer-settings'
import {browser, origin, openRecordedPage, runAxe, useSharedSite, type PageRecord} from './browser'
import {resultsDir} from './site'

let context: BrowserContext
let page: Page
let record: PageRecord

/** Screenshots of the composer on every platform, kept for the report. */
const shotsDir = process.env['SHOTS_DIR'] ?? resultsDir

useSharedSite()

beforeAll(() => {
  mkdirSync(shotsDir, {recursive: true})
})

beforeEach(async () => {
  context = await browser.newContext({viewport: {width: 1280, height: 900}})
  ;({page, record} = await openRecordedPage(context, origin))
  await page.goto(origin + '/composer/')
})

afterEach(async () => {
  expect(record.errors).toEqual([])
  await context.close()
})

const draft = `Shipping on Friday is fine when the release is boring. 🚢 Make it boring: small changes, a flag for anything risky, and a rollback you have tried this month.

The checklist lives at https://example.com/a/rather/long/path/to/our/release-checklist-for-fridays and takes ten minutes. 日本のチームも同じリストを使っています。 Thanks to @jane@example.social for the first draft, and to everyone who tags #release notes.

If a release still scares you, it is too big. Cut it in two and ship the first half today.`

function cardTexts(): Promise<string[]> {
  return page.locator('#cards [data-tweet-index]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-tweet-text') ?? ''))
}

function expectedTexts(text: string, options: SplitOptions): string[] {
  return splitThread(text, options).tweets.map((tweet) => tweet.text)
}

async function choose(platform: Platform) {
  await page.getByRole('radio', {name: platformProfile(platform).label, exact: true}).check()
}

/** The limits the select offers, as numbers. */
function offeredLimits(): Promise<number[]> {
  return page.locator('#limit option').evaluateAll((options) => options.map((option) => Number((option as HTMLOptionElement).value)))
}

describe('composer platform switch', () => {
  it('offers every platform core has, X first and chosen', async () => {
    const radios = page.getByRole('radio')
    expect(await radios.count()).toBe(platforms.length)
    for (const [index, platform] of platforms.entries()) {
      expect(await radios.nth(index).getAttribute('value')).toBe(platform)
    }
    expect(await page.getByRole('radio', {name: 'X', exact: true}).isChecked()).toBe(true)
    expect(await offeredLimits()).toEqual(limitChoices('x'))
  })

  for (const platform of platforms.filter((name) => name !== 'x')) {
    it(`switching to ${platform} changes the limit, the counts, the cards and their share links`, async () => {
      // Long enough to be a thread even at LinkedIn's 3,000.
      const long = Array.from({length: 7}, (_, i) => draft.replace('Friday', `Friday no. ${i + 1}`)).join('\n\n')
      await page.locator('#draft').fill(long)
      await expect.poll(cardTexts).toEqual(expectedTexts(long, {platform: 'x'}))
      await choose(platform)
      if (platform === 'mastodon') await page.locator('#instance').fill('mastodon.social')
      const {limit, label} = platformProfile(platform)
      expect(await offeredLimits()).toEqual(limitChoices(platform))
      expect(await page.locator('#limit').inputValue()).toBe(String(limit.default))
      const expected = expectedTexts(long, {platform, limit: limit.default})
      expect(expected.length).toBeGreaterThan(1)
      await expect.poll(cardTexts).toEqual(expected)
      await expect.poll(() => page.locator('#draft-weighted').textContent()).toBe(countTweet(long, {platform}).length.toLocaleString('en'))
      // The words around the figures keep their spaces (Astro 7 drops a line break next to an element).
      expect((await page.locator('#draft-stats').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
        `${[...new Intl.Segmenter('en', {granularity: 'grapheme'}).segment(long)].length.toLocaleString('en')} characters in the draft, ${countTweet(long, {platform}).length.toLocaleString('en')} as ${label} counts them.`
      )

      const cards = page.locator('#cards [data-tweet-index]')
      for (const [index, text] of expected.entries()) {
        const card = cards.nth(index)
        const count = countTweet(text, {platform})
        expect(count.valid, text).toBe(true)
        // The counter reads "n / limit", n as the platform counts the post.
        expect(await card.getAttribute('data-tweet-length')).toBe(String(count.length))
        expect((await card.locator('.card__count').textContent())!.replace(/\s+/g, ' ')).toContain(`${count.length} of / ${limit.default}`)
        if (!platformProfile(platform).carries.text) {
          // LinkedIn's share link carries a page address only: no Post link, and the page says to copy instead.
          expect(await card.locator('a.card__intent').count()).toBe(0)
          continue
        }
        const link = card.getByRole('link', {name: `Post post ${index + 1} on ${label} (opens in a new window)`})
        const href = new URL((await link.getAttribute('href'))!)
        expect(href.protocol).toBe('https:')
        expect(href.searchParams.get('text')).toContain(text.slice(0, 40))
      }
      expect(await page.locator('#copy-hint').isVisible()).toBe(!platformProfile(platform).carries.text)
      expect(await page.locator('#post-hint').isVisible()).toBe(platformProfile(platform).carries.text)
      expect(await page.locator('#summary').textContent()).toBe(`${expected.length} posts.`)
    })
  }

  it('opens each network\'s own composer with the post as split', async () => {
    const text = 'One short post.'
    await page.locator('#draft').fill(text)
    // LinkedIn's share link takes a page address only, so its cards have no Post link (see above).
    const targets: Partial<Record<Platform, string>> = {
      x: 'https://x.com/intent/tweet',
      bluesky: 'https://bsky.app/intent/compose',
      mastodon: 'https://mastodon.social/share',
      threads: 'https://www.threads.com/intent/post'
    }
    for (const platform of platforms.filter((name) => targets[name])) {
      await choose(platform)
      if (platform === 'mastodon') await page.locator('#instance').fill('mastodon.social')
      await expect.poll(() => page.locator('#cards a.card__intent').count()).toBe(1)
      // The card of the network chosen before stays until the new one is drawn: wait for the link to
      // point at this network's composer, then check it.
      const intent = async () => new URL((await page.locator('#cards a.card__intent').getAttribute('href'))!)
      await expect.poll(async () => {
        const url = await intent()
        return url.origin + url.pathname
      }, {message: platform}).toBe(targets[platform])
      const href = await intent()
      expect(href.searchParams.get('text'), platform).toBe((await cardTexts())[0])
    }
    await choose('linkedin')
    await expect.poll(() => page.locator('#copy-hint').isVisible()).toBe(true)
    expect(await page.locator('#cards a.card__intent').count()).toBe(0)
    expect((await page.locator('#copy-hint').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
      "The share link of LinkedIn carries only a page address, not a post's text: use Copy and paste each post into LinkedIn."
    )
  })

  it('keeps a Bluesky post of 300 characters (grapheme clusters) whole, and splits one of 301', async () => {
    await choose('bluesky')
    await page.locator('#numbering').selectOption('none')
    // 👨‍👩‍👧 is one character of 8 UTF-16 units (X weighs it 2); "abc" three; each gap one. 6 per unit.
    const units = '👨‍👩‍👧 abc '.repeat(50)
    const exact = units.slice(0, -1) + 'x'
    expect([...new Intl.Segmenter('en', {granularity: 'grapheme'}).segment(exact)]).toHaveLength(300)
    await page.locator('#draft').fill(exact)
    await expect.poll(cardTexts).toEqual([exact])
    expect((await page.locator('#cards .card__count').textContent())!.replace(/\s+/g, ' ')).toContain('300 of / 300')
    expect(await page.locator('#cards .card__count--over').count()).toBe(0)
    // On X the same text weighs far more than 280: an emoji is 2 there.
    expect(countTweet(exact).valid).toBe(false)

    await page.locator('#draft').fill(exact + 'y')
    await expect.poll(() => page.locator('#cards [data-tweet-index]').count()).toBe(2)
    for (const text of await cardTexts()) expect(countTweet(text, {platform: 'bluesky'}).valid, text).toBe(true)
  })

  it('counts Bluesky links as the app shows them, or in full when asked, and offers that on Bluesky only', async () => {
    const text = 'The guide: https://example.com/a/rather/long/path/to/our/release-checklist-for-fridays-and-weekends-and-holidays-too'
    await page.locator('#draft').fill(text)
    expect(await page.getByLabel('Count links in full').isVisible()).toBe(false)
    await choose('bluesky')
    const box = page.getByLabel('Count links in full')
    await expect.poll(() => box.isVisible()).toBe(true)
    expect(await box.isChecked()).toBe(false)
    const length = () => page.locator('#cards [data-tweet-index]').first().getAttribute('data-tweet-length')
    await expect.poll(length).toBe(String(countTweet(text, {platform: 'bluesky'}).length))
    await box.check()
    const full = countTweet(text, {platform: 'bluesky', links: 'full'}).length
    expect(full).toBeGreaterThan(countTweet(text, {platform: 'bluesky'}).length)
    await expect.poll(length).toBe(String(full))
    await expect.poll(() => page.locator('#draft-weighted').textContent()).toBe(String(full))
    // Kept across a reload, and hidden again off Bluesky.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('tweetstorm:composer'))).toContain('"links":"full"')
    await page.reload()
    expect(await page.getByLabel('Count links in full').isChecked()).toBe(true)
    await choose('threads')
    await expect.poll(() => page.getByLabel('Count links in full').isVisible()).toBe(false)
    await expect.poll(length).toBe(String(countTweet(text, {platform: 'threads'}).length))
  })

  it('asks for a Mastodon server inline, counts without one, and links once one is given', async () => {
    await page.locator('#draft').fill(draft)
    expect(await page.locator('#instance').isVisible()).toBe(false)
    await choose('mastodon')
    await expect.poll(() => page.locator('#instance').isVisible()).toBe(true)
    const message = page.locator('#instance-message')
    await expect.poll(() => message.textContent()).toContain('Enter your server, such as mastodon.social')
    // The field says what it needs: its label, and the message as its description.
    expect(await page.getByLabel('Your Mastodon server').getAttribute('aria-describedby')).toBe('instance-message')
    // Splitting and counting need no server; only the Post links wait for it.
    await expect.poll(cardTexts).toEqual(expectedTexts(draft, {platform: 'mastodon'}))
    expect(await page.locator('#cards a.card__intent').count()).toBe(0)
    expect(await page.locator('#cards button.card__copy').count()).toBeGreaterThan(0)

    await page.locator('#instance').fill('not a server')
    await expect.poll(() => message.textContent()).toContain('That is not a server name')
    expect(await page.locator('#instance').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#cards a.card__intent').count()).toBe(0)

    await page.locator('#instance').fill('fosstodon.org')
    await expect.poll(() => page.locator('#cards a.card__intent').count()).toBe((await cardTexts()).length)
    expect(await message.textContent()).toBe('')
    expect(await page.locator('#instance').getAttribute('aria-invalid')).toBe('false')
    const href = new URL((await page.locator('#cards a.card__intent').first().getAttribute('href'))!)
    expect(href.origin + href.pathname).toBe('https://fosstodon.org/share')
    expect(href.searchParams.get('text')).toBe((await cardTexts())[0])

    // Back on X the server field goes away, and links go to X again.
    await choose('x')
    await expect.poll(() => page.locator('#instance').isVisible()).toBe(false)
    await expect.poll(() => page.locator('#cards a.card__intent').first().getAttribute('href')).toMatch(/^https:\/\/x\.com\/intent\/tweet\?/)
  })

  it('keeps the platform, the server and the limit across a reload', async () => {
    await page.locator('#draft').fill(draft)
    await choose('mastodon')
    await page.locator('#instance').fill('fosstodon.org')
    const longer = limitChoices('mastodon').find((limit) => limit > platformProfile('mastodon').limit.default)!
    await page.locator('#limit').selectOption(String(longer))
    const expected = expectedTexts(draft, {platform: 'mastodon', limit: longer})
    await expect.poll(cardTexts).toEqual(expected)
    await expect.poll(() => page.evaluate(() => localStorage.getItem('tweetstorm:composer'))).toContain('fosstodon.org')
    await page.reload()
    expect(await page.getByRole('radio', {name: 'Mastodon'}).isChecked()).toBe(true)
    expect(await page.locator('#instance').inputValue()).toBe('fosstodon.org')
    expect(await page.locator('#limit').inputValue()).toBe(String(longer))
    await expect.poll(cardTexts).toEqual(expected)
  })

  it('is one tab stop whose arrow keys move between networks', async () => {
    await page.getByRole('radio', {name: 'X', exact: true}).focus()
    await page.keyboard.press('ArrowRight')
    expect(await page.getByRole('radio', {name: 'Bluesky'}).isChecked()).toBe(true)
    await expect.poll(() => page.locator('#limit').inputValue()).toBe(String(platformProfile('bluesky').limit.default))
    // Bluesky's own setting comes next, then the draft.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('links-full')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft')
  })

  it('passes axe on every platform, in light and dark', async () => {
    await page.locator('#draft').fill(draft)
    for (const platform of platforms) {
      await choose(platform)
      await expect.poll(cardTexts).toEqual(expectedTexts(draft, {platform}))
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({colorScheme})
        expect(await runAxe(page), `${platform} ${colorScheme}`).toEqual([])
        await page.screenshot({path: path.join(shotsDir, `composer-${platform}-${colorScheme}.png`), fullPage: true})
      }
    }
  })
})
