import {mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {browser, origin, useSharedSite, openRecordedPage, runAxe} from './browser'
import {distDir, pages, postSlugs, resultsDir} from './site'


useSharedSite()

beforeAll(() => {
  mkdirSync(resultsDir, {recursive: true})
})

describe.each(['light', 'dark'] as const)('every page in %s mode', (colorScheme) => {
  it.each(pages)('$path loads cleanly, offline, and passes axe', async ({name, path: pagePath}) => {
    const context = await browser.newContext({colorScheme, viewport: {width: 1280, height: 900}})
    const {page, record} = await openRecordedPage(context, origin)
    const response = await page.goto(origin + pagePath, {waitUntil: 'load'})
    expect(response?.status()).toBe(name === 'not-found' ? 404 : 200)

    expect(await runAxe(page)).toEqual([])

    await page.screenshot({path: path.join(resultsDir, `${name}-${colorScheme}.png`), fullPage: true})
    // The axe script we injected is not a request; everything the page asked for must be ours.
    expect(record.requests.filter((url) => !url.startsWith(origin + '/'))).toEqual([])
    // The 404 page's own status line is the one expected console error there.
    expect(record.errors.filter((error) => !(name === 'not-found' && /404/.test(error)))).toEqual([])
    await context.close()
  })
})

describe('small screens', () => {
  it.each(pages)('$path fits 360 px without sideways scrolling', async ({name, path: pagePath}) => {
    const context = await browser.newContext({viewport: {width: 360, height: 740}, deviceScaleFactor: 1})
    const {page} = await openRecordedPage(context, origin)
    await page.goto(origin + pagePath)
    await page.screenshot({path: path.join(resultsDir, `${name}-360.png`), fullPage: true})
    // Name the elements that stick out, so a failure says what to fix.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > 360.5)
        // Content of a scrolling box (a wide code block) scrolls inside it, not the page.
        .filter((element) => {
          for (let up = element.parentElement; up; up = up.parentElement) {
            if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(up).overflowX)) return false
          }
          return true
        })
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .slice(0, 5)
    )
    expect(overflowing).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await context.close()
  })
})

describe('post pages', () => {
  it.each(postSlugs)('/blog/%s/ ships no JavaScript', async (slug) => {
    const html = readFileSync(path.join(distDir, 'blog', slug, 'index.html'), 'utf8')
    expect(html).not.toMatch(/<script\b/i)
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })
})
