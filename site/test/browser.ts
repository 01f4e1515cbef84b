import {readFileSync} from 'node:fs'
import path from 'node:path'
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, inject} from 'vitest'

/** Flags for a quiet, offline-friendly headless Chromium (no sync, no update checks, no GPU). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/**
 * The shared browser started by `global-setup.ts`, and the origin serving the built site. A test file
 * closes only its own connection (`browser.close()` on a connected browser disconnects).
 */
export async function connectToSite(): Promise<{browser: Browser; origin: string}> {
  const browser = await chromium.connect(inject('browserEndpoint'))
  return {browser, origin: inject('siteOrigin')}
}

/** This test file's connection to the shared browser, and the site's origin (set once `useSharedSite` ran). */
export let browser: Browser
export let origin: string

/** Connect the calling test file to the shared browser and site before its tests, and disconnect after. */
export function useSharedSite(): void {
  beforeAll(async () => {
    ;({browser, origin} = await connectToSite())
  })
  afterAll(async () => {
    await browser?.close()
  })
}

/** What a page did while it loaded: console errors, uncaught errors and every request URL. */
export interface PageRecord {
  errors: string[]
  requests: string[]
}

/**
 * Open a page that records its console errors, page errors and requests. Requests to any other
 * origin are aborted as well as recorded, so a stray remote font or script fails the test rather
 * than the network.
 */
export async function openRecordedPage(context: BrowserContext, origin: string): Promise<{page: Page; record: PageRecord}> {
  const page = await context.newPage()
  const record: PageRecord = {errors: [], requests: []}
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text())
  })
  page.on('pageerror', (error) => record.errors.push(String(error)))
  await page.route('**/*', (route) => {
    const url = route.request().url()
    record.requests.push(url)
    if (url.startsWith(origin + '/') || url.startsWith('data:')) return route.continue()
    return route.abort()
  })
  return {page, record}
}

const axeSource = readFileSync(path.join(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')

interface AxeResult {
  id: string
  impact: string | null
  help: string
  nodes: Array<{target: string[]; any?: Array<{data?: {messageKey?: string}}>}>
}

/** A finding of axe, short enough to read in a test failure. */
export interface AxeFinding {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/**
 * Run axe-core on the page as it is now. Returns its violations, plus the colour-contrast checks it
 * could not decide: axe files text on an unknown background as "incomplete", which is how an
 * invisible button label once slipped through.
 */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({content: axeSource})
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run(): Promise<{violations: AxeResult[]; incomplete: AxeResult[]}>}}).axe
    const result = await axe.run()
    const brief = (v: AxeResult) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' '))})
    // Contrast of a span holding only symbols (box-drawing lines in a highlighted CLI output) is
    // "incomplete" too, but there are no letters to read there; those nodes are left out.
    const undecided = result.incomplete
      .filter((item) => item.id === 'color-contrast')
      .map((item) => ({...item, nodes: item.nodes.filter((node) => !node.any?.some((check) => check.data?.messageKey === 'nonBmp'))}))
      .filter((item) => item.nodes.length > 0)
    return [...result.violations, ...undecided].map(brief)
  })
}
