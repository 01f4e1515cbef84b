import {describe, expect, it} from 'vitest'
import {browser, origin, useSharedSite} from './browser'
import {pages} from './site'


useSharedSite()

interface PageLinks {
  /** The address the page ended up at (after any redirect): the base its relative links resolve against. */
  url: string
  status: number
  ids: string[]
  /** Each link as written and as the browser resolved it. */
  links: Array<{raw: string; href: string}>
}

describe('links between pages', () => {
  it('lead, as a browser resolves them, to pages and fragments that exist', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const seen = new Map<string, PageLinks>()
    const queue = ['/', ...pages.filter((entry) => entry.name !== 'not-found').map((entry) => entry.path)]
    while (queue.length) {
      const pathname = queue.shift()!
      if (seen.has(pathname)) continue
      const response = await page.goto(origin + pathname)
      const found: PageLinks = {
        url: page.url(),
        status: response?.status() ?? 0,
        ...(await page.evaluate(() => ({
          ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
          links: [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((link) => ({
            raw: link.getAttribute('href')!,
            href: link.href
          }))
        })))
      }
      seen.set(pathname, found)
      for (const link of found.links) {
        const target = new URL(link.href)
        if (target.origin === origin && !seen.has(target.pathname)) queue.push(target.pathname)
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(pages.length - 1)

    const broken: string[] = []
    for (const [pathname, found] of seen) {
      if (found.status !== 200) broken.push(`${pathname} answers ${found.status}`)
      for (const link of found.links) {
        const target = new URL(link.href)
        if (target.origin !== origin) continue
        const landed = seen.get(target.pathname)
        if (!landed || landed.status !== 200) broken.push(`${pathname}: ${link.raw} → ${target.pathname} is missing`)
        else if (target.hash && !landed.ids.includes(decodeURIComponent(target.hash.slice(1)))) {
          broken.push(`${pathname}: ${link.raw} → no #${decodeURIComponent(target.hash.slice(1))} on ${target.pathname}`)
        }
      }
    }
    expect(broken).toEqual([])

    // A page reached without its trailing slash (`/docs/remark`, as some hosts serve it) must lead to the
    // same places: no link may depend on the slash.
    const slashDependent: string[] = []
    for (const [pathname, found] of seen) {
      if (!pathname.endsWith('/') || pathname === '/') continue
      const bare = origin + pathname.slice(0, -1)
      for (const link of found.links) {
        if (link.raw.startsWith('#')) continue
        if (new URL(link.raw, bare).href !== link.href) slashDependent.push(`${pathname}: ${link.raw}`)
      }
    }
    expect(slashDependent).toEqual([])
    await context.close()
  })

  it('/docs/remark without the slash ends up on /docs/remark/', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const response = await page.goto(origin + '/docs/remark')
    expect(response?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe('/docs/remark/')
    await context.close()
  })
})
