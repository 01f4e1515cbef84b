// Computed contrast of tweetstorm's quote in a real Chromium: the text colour the browser computes for an
// element against every pixel actually painted behind its text (the text itself hidden), so gradients,
// tints and whatever the host page paints underneath all count.
import {createReadStream, existsSync, mkdirSync, statSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium, type Page} from 'playwright-core'

export interface ContrastReport {
  label: string
  /** Lowest contrast ratio between the text colour and any pixel behind the text. */
  ratio: number
  /** The element's computed `background-color`. */
  background: string
  /** The computed colour of its text. */
  color: string
  summary: string
}

const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']

/** Where screenshots of each checked state go, to look at by hand. */
export const screenshotDir = path.join(tmpdir(), 'tweetstorm-contrast')

type Rgba = [number, number, number, number]

/** `rgb()`/`rgba()` or `color(srgb …)`, as Chromium serialises computed colours. */
export function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value)
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])]
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(value)
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])]
  throw new Error(`Unexpected colour ${JSON.stringify(value)}, expected rgb(), rgba() or color(srgb …)`)
}

/** WCAG 2 relative luminance of an opaque sRGB colour. */
function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** WCAG 2 contrast ratio of a (possibly translucent) text colour over an opaque background. */
export function contrast(text: Rgba, background: Rgba): number {
  const alpha = text[3]
  const shown: Rgba = [0, 1, 2].map((i) => text[i]! * alpha + background[i]! * (1 - alpha)) as unknown as Rgba
  shown[3] = 1
  const [light, dark] = [luminance(shown), luminance(background)].sort((a, b) => b - a) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

function serve(root: string): Promise<{server: Server; origin: string}> {
  const server = createServer((request, response) => {
    let file = path.join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    const type = file.endsWith('.css') ? 'text/css' : file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream'
    response.writeHead(200, {'content-type': type})
    createReadStream(file).pipe(response)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve({server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`})
    })
  })
}

/** Colours of every pixel of a PNG, decoded by the browser itself (no image library needed). */
async function pixelsOf(decoder: Page, png: Buffer): Promise<Rgba[]> {
  const flat = await decoder.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const data = context.getImageData(0, 0, image.width, image.height).data
    const seen = new Set<number>()
    for (let i = 0; i < data.length; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!)
    return [...seen]
  }, png.toString('base64'))
  return flat.map((value) => [(value >> 16) & 255, (value >> 8) & 255, value & 255, 1])
}

/** Contrast of an element's text against what is painted behind it, in the page's current state. */
async function measure(page: Page, decoder: Page, selector: string, label: string, shot: string): Promise<ContrastReport> {
  const element = page.locator(selector).first()
  await element.scrollIntoViewIfNeeded()
  await element.screenshot({path: path.join(screenshotDir, `${shot}.png`)})
  const info = await element.evaluate((node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
    let text = walker.nextNode()
    while (text && !text.textContent?.trim()) text = walker.nextNode()
    const range = document.createRange()
    range.selectNodeContents(node)
    const rects = Array.from(range.getClientRects())
      .filter((rect) => rect.width > 4 && rect.height > 4)
      .map((rect) => ({x: rect.x, y: rect.y, width: rect.width, height: rect.height}))
    return {
      color: getComputedStyle(text!.parentElement!).color,
      background: getComputedStyle(node as Element).backgroundColor,
      focusVisible: (node as Element).matches(':focus-visible'),
      hovered: (node as Element).matches(':hover'),
      rects
    }
  })
  // Hide the glyphs without touching `color` (backgrounds may be mixed from currentColor).
  const hide = await page.addStyleTag({
    content: `${selector}, ${selector} * { -webkit-text-fill-color: transparent !important; text-decoration-color: transparent !important; text-shadow: none !important; }`
  })
  let lowest = Number.POSITIVE_INFINITY
  for (const rect of info.rects) {
    // Keep inside the rectangle: its edge pixels can belong to a neighbour's anti-aliasing.
    const clip = {x: Math.ceil(rect.x) + 1, y: Math.ceil(rect.y) + 1, width: Math.floor(rect.width) - 2, height: Math.floor(rect.height) - 2}
    for (const pixel of await pixelsOf(decoder, await page.screenshot({clip}))) {
      lowest = Math.min(lowest, contrast(parseColor(info.color), pixel))
    }
  }
  await hide.evaluate((node) => (node as unknown as ChildNode).remove())
  const state = info.focusVisible ? ' [focus-visible]' : info.hovered ? ' [hover]' : ''
  return {
    label,
    ratio: lowest,
    background: info.background,
    color: info.color,
    summary: `${lowest.toFixed(2)}:1, text ${info.color} on ${info.background}${state} over ${info.rects.length} line box(es), screenshot ${shot}.png`
  }
}

/**
 * Check the quote text and the Tweet button of a built page in light and dark colour schemes: at rest,
 * hovered and keyboard-focused, then restyled through `--tweetstorm-accent`.
 */
export async function checkContrast(outDir: string, route: string, name: string): Promise<ContrastReport[]> {
  mkdirSync(screenshotDir, {recursive: true})
  const {server, origin} = await serve(path.resolve(outDir))
  const browser = await chromium.launch({executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: chromiumArgs})
  const reports: ContrastReport[] = []
  const slug = name.replace(/\W+/g, '-').toLowerCase()
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({colorScheme, viewport: {width: 1000, height: 900}})
      const page = await context.newPage()
      const decoder = await context.newPage()
      await page.goto(`${origin}/${route}`)
      const quote = '.tweetstorm-quote .tweetstorm-quote-text'
      const button = '.tweetstorm-quote > a.tweetstorm-link'
      const label = (what: string) => `${name}, ${colorScheme}, ${what}`
      await page.locator('.tweetstorm-quote').first().screenshot({path: path.join(screenshotDir, `${slug}-${colorScheme}-quote.png`)})
      reports.push(await measure(page, decoder, quote, label('quote text'), `${slug}-${colorScheme}-text`))
      reports.push(await measure(page, decoder, button, label('button'), `${slug}-${colorScheme}-button`))
      await page.hover(button)
      reports.push(await measure(page, decoder, button, label('button hovered'), `${slug}-${colorScheme}-hover`))
      await page.mouse.move(0, 0)
      // A key press makes the next focus a keyboard one, so :focus-visible applies as for a Tab.
      await page.keyboard.press('Shift')
      await page.focus(button)
      reports.push(await measure(page, decoder, button, label('button focused'), `${slug}-${colorScheme}-focus`))
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await page.addStyleTag({
        content:
          ':root { --tweetstorm-accent: #5b21b6; --tweetstorm-accent-hover: #4c1d95; --tweetstorm-accent-contrast: #ffffff; ' +
          '--tweetstorm-text: #3b0764; --tweetstorm-surface: #f3e8ff; }'
      })
      await page.locator('.tweetstorm-quote').first().screenshot({path: path.join(screenshotDir, `${slug}-${colorScheme}-restyled-quote.png`)})
      reports.push(await measure(page, decoder, button, label('button restyled'), `${slug}-${colorScheme}-restyled`))
      reports.push(await measure(page, decoder, quote, label('quote text restyled'), `${slug}-${colorScheme}-restyled-text`))
      await page.hover(button)
      reports.push(await measure(page, decoder, button, label('button restyled, hovered'), `${slug}-${colorScheme}-restyled-hover`))
      await context.close()
    }
  } finally {
    await browser.close()
    server.close()
  }
  return reports
}
