import {mkdirSync} from 'node:fs'
import path from 'node:path'
import {splitThread, type SplitOptions} from '@tweetstorm/core'
import type {BrowserContext, Page} from 'playwright-core'
import twitter from 'twitter-text'
import {beforeAll, beforeEach, afterEach, describe, expect, it} from 'vitest'
import {exampleDraft} from '../src/lib/example-draft'
import {browser, origin, useSharedSite, openRecordedPage, runAxe, type PageRecord} from './browser'
import {resultsDir} from './site'

let context: BrowserContext
let page: Page
let record: PageRecord

useSharedSite()

beforeAll(() => {
  mkdirSync(resultsDir, {recursive: true})
})

beforeEach(async () => {
  context = await browser.newContext({viewport: {width: 1280, height: 900}})
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: origin})
  ;({page, record} = await openRecordedPage(context, origin))
  await page.goto(origin + '/composer/')
})

afterEach(async () => {
  expect(record.errors).toEqual([])
  await context.close()
})

const rant = `Every team I have worked with writes release notes the same way: a bullet list of ticket titles that nobody outside the team can read. Nobody reads them, so nobody complains, so nobody fixes them.

Release notes are the one document every user of your product might actually open. They deserve a sentence about why each change matters, written for someone who was not in the planning meeting. See https://example.com/changelog-guide for the long version.

Start small: pick the three changes people will notice, explain each in plain words, and link to the details. Thank the people who reported the bugs by name, like @someone did last week. Tag it #release so it can be found. That is the whole trick, and it takes ten minutes.`

/** The texts of the composer's cards, in order, read from their data attributes. */
function cardTexts(): Promise<string[]> {
  return page.locator('#cards [data-tweet-index]').evaluateAll((cards) =>
    cards.map((card) => card.getAttribute('data-tweet-text') ?? '')
  )
}

function expectedTexts(text: string, options?: SplitOptions): string[] {
  return splitThread(text, options).tweets.map((tweet) => tweet.text)
}

function expectValid(texts: string[], limit: number) {
  for (const text of texts) {
    const parsed = twitter.parseTweet(text, {...twitter.configs.version3, maxWeightedTweetLength: limit})
    expect(parsed.valid, text).toBe(true)
  }
}

describe('composer', () => {
  it('updates as you type and matches splitThread', async () => {
    // Screen readers hear the count through a polite live region, which changes only with the count.
    expect(await page.locator('#summary').getAttribute('aria-live')).toBe('polite')
    await expect.poll(() => page.locator('#summary').textContent()).toBe('No tweets yet.')
    await page.locator('#draft').pressSequentially('Hello there. ')
    await expect.poll(cardTexts).toEqual(expectedTexts('Hello there. '))
    expect(await cardTexts()).toHaveLength(1)

    await page.locator('#draft').fill(rant)
    const expected = expectedTexts(rant)
    expect(expected.length).toBeGreaterThan(2)
    await expect.poll(cardTexts).toEqual(expected)
    expectValid(expected, 280)
    await expect.poll(() => page.locator('#summary').textContent()).toBe(`${expected.length} tweets.`)

    // Typing more keeps the preview in step.
    await page.locator('#draft').press('End')
    await page.locator('#draft').pressSequentially(' One more sentence for the road.')
    await expect.poll(cardTexts).toEqual(expectedTexts(rant + ' One more sentence for the road.'))
    await page.screenshot({path: path.join(resultsDir, 'composer-typed.png'), fullPage: true})
  })

  it('loads the example, and its cards pass axe in light and dark', async () => {
    await page.getByRole('button', {name: 'Load an example'}).click()
    await expect.poll(cardTexts).toEqual(expectedTexts(exampleDraft))
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft')
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme})
      expect(await runAxe(page)).toEqual([])
      await page.screenshot({path: path.join(resultsDir, `composer-example-${colorScheme}.png`), fullPage: true})
    }
    // Cards with long URLs must wrap, not widen a phone-sized page.
    await page.setViewportSize({width: 360, height: 740})
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.screenshot({path: path.join(resultsDir, 'composer-example-360.png'), fullPage: true})
  })

  it('applies the limit, numbering and continuation options', async () => {
    await page.locator('#draft').fill(rant)
    await page.locator('#limit').selectOption('140')
    await page.locator('#numbering').selectOption('(n/N)')
    await page.locator('#numberingPosition').selectOption('start')
    await page.locator('#continuation').fill('»')
    const options: SplitOptions = {limit: 140, numbering: '(n/N)', numberingPosition: 'start', continuation: '»'}
    const expected = expectedTexts(rant, options)
    await expect.poll(cardTexts).toEqual(expected)
    expect(expected[0]).toMatch(/^\(1\/\d+\) /)
    expectValid(expected, 140)

    // No numbering, no continuation mark.
    await page.locator('#numbering').selectOption('none')
    await page.locator('#continuation').fill('')
    await expect.poll(cardTexts).toEqual(expectedTexts(rant, {limit: 140, numbering: false, numberingPosition: 'start', continuation: false}))
  })

  it('shows each count, highlights entities and links each tweet to an intent', async () => {
    await page.locator('#draft').fill(rant)
    const expected = expectedTexts(rant)
    await expect.poll(cardTexts).toEqual(expected)

    const cards = page.locator('#cards [data-tweet-index]')
    for (const [index, text] of expected.entries()) {
      const card = cards.nth(index)
      const weighted = twitter.parseTweet(text, twitter.configs.version3).weightedLength
      expect(await card.getAttribute('data-tweet-length')).toBe(String(weighted))
      expect(await card.locator('.card__count').textContent()).toMatch(new RegExp(`\\b${weighted}\\b.*\\b280\\b`))
      const intent = new URL((await card.locator('a.card__intent').getAttribute('href'))!)
      expect(intent.origin + intent.pathname).toBe('https://x.com/intent/tweet')
      expect(intent.searchParams.get('text')).toBe(text)
    }
    const entities = await page.locator('#cards .entity').evaluateAll((spans) =>
      spans.map((span) => `${span.className}:${span.textContent}`)
    )
    expect(entities).toEqual(
      expect.arrayContaining([
        'entity entity--url:https://example.com/changelog-guide',
        'entity entity--mention:@someone',
        'entity entity--hashtag:#release'
      ])
    )
  })

  it('keeps the draft and options across a reload', async () => {
    await page.locator('#draft').fill(rant)
    await page.locator('#limit').selectOption('140')
    await page.locator('#numbering').selectOption('[n/N]')
    const expected = expectedTexts(rant, {limit: 140, numbering: '[n/N]'})
    await expect.poll(cardTexts).toEqual(expected)
    await page.reload()
    expect(await page.locator('#draft').inputValue()).toBe(rant)
    expect(await page.locator('#limit').inputValue()).toBe('140')
    expect(await page.locator('#numbering').inputValue()).toBe('[n/N]')
    await expect.poll(cardTexts).toEqual(expected)
  })

  it('copies one tweet or the whole thread', async () => {
    await page.locator('#draft').fill(rant)
    const expected = expectedTexts(rant)
    await expect.poll(cardTexts).toEqual(expected)
    await page.locator('#cards [data-tweet-index="1"] button.card__copy').click()
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Copied tweet 2.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected[1])
    await page.getByRole('button', {name: 'Copy all tweets'}).click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected.join('\n\n'))
  })

  it('works with the keyboard alone', async () => {
    // From the top of the page, Tab must reach the draft, the options and the copy buttons in order.
    const reached: string[] = []
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Tab')
      const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || '')
      reached.push(id)
      if (id === 'draft') break
    }
    expect(reached.at(-1)).toBe('draft')
    await page.keyboard.type('Typed without a mouse. ')
    await expect.poll(cardTexts).toEqual(expectedTexts('Typed without a mouse. '))
    const order: string[] = []
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Tab')
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || ''))
    }
    expect(order.slice(0, 6)).toEqual(['limit', 'numbering', 'numberingPosition', 'continuation', 'example', 'clear'])
    expect(order).toContain('copy-all')
    await page.keyboard.press('ArrowDown')
    // Activate "Copy all tweets" with Enter once it has focus.
    await page.locator('#copy-all').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Copied all 1 tweets.')
  })

  it('re-renders a 20,000-character draft on every keystroke, ending on exactly what splitThread gives', async () => {
    const paragraphs = rant.split('\n\n')
    let long = ''
    for (let i = 0; long.length < 20_000; i++) long += (long ? '\n\n' : '') + `${i + 1}. ` + paragraphs[i % paragraphs.length]
    long = long.slice(0, 20_000)
    await page.locator('#draft').fill(long)
    await expect.poll(cardTexts).toEqual(expectedTexts(long))
    await page.evaluate(() => performance.clearMeasures())

    await page.locator('#draft').press('Control+End')
    // A real typist's pace (about 16 keys a second), so each key gets its own frame.
    await page.locator('#draft').pressSequentially(' and then some more words typed at the end of it', {delay: 60})
    await page.locator('#draft').press('Control+Home')
    await page.locator('#draft').pressSequentially('Edit at the start. ', {delay: 60})
    const durations = await page.evaluate(() =>
      performance.getEntriesByName('composer:update').map((entry) => entry.duration)
    )
    const splits = await page.evaluate(() => performance.getEntriesByName('composer:split').map((entry) => entry.duration))
    // The thread follows the typing, not only its end: updates are coalesced per animation frame, so keys
    // 60 ms apart mostly get one each (67 of 68 on an idle machine), fewer when the machine is loaded.
    expect(durations.length).toBeGreaterThan(20)
    const sorted = [...durations].sort((a, b) => a - b)
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
    const splitMedian = [...splits].sort((a, b) => a - b)[Math.floor(splits.length / 2)]!
    const stats = {updates: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1)!, splitMedian}
    // For the record only: wall time in a shared browser is no test (the composer's speed is a row of
    // `pnpm bench`, in CPU time, against a baseline in the same run).
    console.log(`composer split+render on a 20,000-character draft (ms): ${JSON.stringify(stats, (_, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`)
    await expect.poll(cardTexts).toEqual(expectedTexts('Edit at the start. ' + long + ' and then some more words typed at the end of it'))
  })
})

describe('composer drafts', () => {
  /** The draft the composer has stored, read straight from local storage. */
  const storedDraft = () =>
    page.evaluate(() => (JSON.parse(localStorage.getItem('tweetstorm:composer') ?? '{}') as {draft?: string}).draft)

  it('"Load an example" is undoable with the Undo button, and storage keeps the writer\'s draft meanwhile', async () => {
    await page.locator('#draft').fill(rant)
    await expect.poll(storedDraft).toBe(rant)
    await page.getByRole('button', {name: 'Load an example'}).click()
    await expect.poll(() => page.locator('#draft').inputValue()).toBe(exampleDraft)
    await expect.poll(cardTexts).toEqual(expectedTexts(exampleDraft))
    await expect.poll(() => page.locator('#undo-bar').isVisible()).toBe(true)
    // Leaving the page saves (pagehide); what comes back is the writer's draft, not the example.
    await page.reload()
    expect(await page.locator('#draft').inputValue()).toBe(rant)
    expect(await storedDraft()).toBe(rant)

    await page.getByRole('button', {name: 'Load an example'}).click()
    await page.getByRole('button', {name: 'Undo'}).click()
    expect(await page.locator('#draft').inputValue()).toBe(rant)
    expect(await page.locator('#undo-bar').isVisible()).toBe(false)
    await expect.poll(cardTexts).toEqual(expectedTexts(rant))
  })

  it('"Clear the draft" is undone by Ctrl+Z in the box, through the browser\'s own undo', async () => {
    await page.locator('#draft').fill(rant)
    await page.getByRole('button', {name: 'Clear the draft'}).click()
    expect(await page.locator('#draft').inputValue()).toBe('')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft')
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.locator('#draft').inputValue()).toBe(rant)
    await expect.poll(cardTexts).toEqual(expectedTexts(rant))
    // Example after a draft: Ctrl+Z brings the draft back too.
    await page.getByRole('button', {name: 'Load an example'}).click()
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.locator('#draft').inputValue()).toBe(rant)
  })

  it('stores a cleared or example draft once the writer edits it', async () => {
    await page.locator('#draft').fill(rant)
    await expect.poll(storedDraft).toBe(rant)
    await page.getByRole('button', {name: 'Clear the draft'}).click()
    await page.keyboard.type('A fresh start.')
    await expect.poll(storedDraft).toBe('A fresh start.')
    expect(await page.locator('#undo-bar').isVisible()).toBe(false)
    await page.reload()
    expect(await page.locator('#draft').inputValue()).toBe('A fresh start.')
  })

  it('counts characters as a writer does and as X does', async () => {
    // 👍🏽 is one character of 4 UTF-16 units, é written as e + U+0301 is one of 2, 日本 are two of weight 2.
    const text = 'Nice \u{1F44D}\u{1F3FD} cafe\u0301 \u65E5\u672C'
    await page.locator('#draft').fill(text)
    const graphemes = [...new Intl.Segmenter('en', {granularity: 'grapheme'}).segment(text)].length
    expect(graphemes).toBe(14)
    expect(text.length).toBe(18)
    await expect.poll(() => page.locator('#draft-length').textContent()).toBe(String(graphemes))
    const weighted = twitter.parseTweet(text, twitter.configs.version3).weightedLength
    expect(await page.locator('#draft-weighted').textContent()).toBe(String(weighted))
  })

  it('says X Premium is needed above 280, and only then', async () => {
    expect(await page.locator('#premium-hint').isVisible()).toBe(false)
    await page.locator('#limit').selectOption('500')
    await expect.poll(() => page.locator('#premium-hint').isVisible()).toBe(true)
    expect(await page.locator('#premium-hint').textContent()).toMatch(/X Premium/)
    expect(await page.locator('#limit').getAttribute('aria-describedby')).toBe('premium-hint')
    await page.locator('#limit').selectOption('140')
    await expect.poll(() => page.locator('#premium-hint').isVisible()).toBe(false)
  })

  it('keeps the same words at the top of the preview when an option changes', async () => {
    const long = [rant, rant.replace(/e/g, 'a'), rant.replace(/o/g, 'u'), rant.replace(/i/g, 'y')].join('\n\n')
    await page.locator('#draft').fill(long)
    await expect.poll(() => page.locator('#cards [data-tweet-index]').count()).toBeGreaterThan(8)
    const topCard = () =>
      page.evaluate(() => {
        const output = document.querySelector<HTMLElement>('.composer__output')!
        const edge = output.getBoundingClientRect().top
        const cards = [...document.querySelectorAll<HTMLElement>('#cards [data-tweet-index]')]
        const top = cards.find((card) => card.getBoundingClientRect().bottom > edge + 1)!
        const next = cards[cards.indexOf(top) + 1]
        return {start: Number(top.dataset['sourceStart']), end: next ? Number(next.dataset['sourceStart']) : Infinity, scrollTop: output.scrollTop}
      })
    // Scroll the preview (its own scroll box at 1280 px) so that the sixth card is at the top.
    await page.evaluate(() => {
      const output = document.querySelector<HTMLElement>('.composer__output')!
      const card = document.querySelector<HTMLElement>('#cards [data-tweet-index="5"]')!
      output.scrollTop += card.getBoundingClientRect().top - output.getBoundingClientRect().top
    })
    const before = await topCard()
    expect(before.scrollTop).toBeGreaterThan(0)
    await page.locator('#limit').selectOption('140')
    await expect.poll(cardTexts).toEqual(expectedTexts(long, {limit: 140}))
    const after = await topCard()
    // The card now at the top holds the words that were at the top before.
    expect(after.start).toBeLessThanOrEqual(before.start)
    expect(after.end).toBeGreaterThan(before.start)
  })
})
