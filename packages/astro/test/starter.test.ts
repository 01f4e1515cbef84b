// The stock Astro blog starter with the packed tarballs, as a new user gets it: real `astro build`s on
// Astro 5 (unified) and Astro 7 (Sätteri, its default, and unified when the site opts in), then the
// pages in Chromium. Slow by nature (two npm installs, seven builds), hence one file and one scratch copy.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {byClass, elements, parse, textOf} from './helpers.js'
import {cleanUp, htmlFiles, starter, type Build, type Major, type Variant} from './starter/install.js'
import {checkContrast, type ContrastReport} from './starter/contrast.js'

type Config = Omit<Variant, 'major'> & {major: Major}
const configs: Array<{label: string; major: Major; processor: Variant['processor']}> = [
  {label: 'Astro 5, unified', major: 5, processor: 'default'},
  {label: 'Astro 7, Sätteri', major: 7, processor: 'default'},
  {label: 'Astro 7, unified by choice', major: 7, processor: 'unified'}
]

const built = new Map<string, {with: Build; without: Build}>()
function build(config: Config): Build {
  return starter(config.major).build({integration: config.integration, processor: config.processor})
}

beforeAll(() => {
  for (const config of configs) {
    built.set(config.label, {
      with: build({...config, integration: true}),
      without: build({...config, integration: false})
    })
  }
  const cpu = [...built].map(([label, pair]) => `${label}: ${pair.with.cpu.toFixed(1)} s with, ${pair.without.cpu.toFixed(1)} s without`)
  console.log(`astro build CPU time (user + system):\n  ${cpu.join('\n  ')}`)
}, 1_800_000)
afterAll(() => cleanUp())

const read = (build: Build, file: string) => readFileSync(path.join(build.outDir, file), 'utf8')
const quote = 'Write the post you wish someone had written for you, then cut it in half.'

describe.each(configs)('the starter on $label', ({label}) => {
  const pair = () => built.get(label)!

  it('renders every directive, in .md and .mdx, with no raw directive left', () => {
    for (const file of ['blog/click-to-tweet/index.html', 'blog/click-to-tweet-mdx/index.html']) {
      const html = read(pair().with, file)
      expect(html, file).not.toMatch(/:::|:tweet\[/)
      expect(byClass(parse(html), 'tweetstorm-quote'), file).toHaveLength(1)
    }
    const tree = parse(read(pair().with, 'blog/click-to-tweet/index.html'))
    expect(byClass(tree, 'tweetstorm-storm')).toHaveLength(1)
    // One inline `:tweet[…]` and three sentences in the rant block.
    expect(byClass(tree, 'tweetstorm-sentence').map((node) => textOf(node))).toEqual([
      'Deadlines are features, not bugs.',
      'Nobody reads your outline.',
      'Every paragraph has to survive being read alone.',
      'Threads work when each post is a small promise.'
    ])
  })

  it('gives the quote a valid x.com intent link back to its place on the page', () => {
    const tree = parse(read(pair().with, 'blog/click-to-tweet/index.html'))
    const [figure] = byClass(tree, 'tweetstorm-quote')
    expect(textOf(byClass(figure!, 'tweetstorm-quote-text')[0]!).trim()).toBe(quote)
    const [link] = byClass(figure!, 'tweetstorm-link')
    const url = new URL(String(link!.properties['href']))
    expect(url.origin + url.pathname).toBe('https://x.com/intent/tweet')
    expect(url.searchParams.get('text')).toBe(quote)
    expect(url.searchParams.get('url')).toBe(`https://example.com/blog/click-to-tweet/#${String(figure!.properties['id'])}`)
    expect(link!.properties['target']).toBe('_blank')
    expect(String(link!.properties['rel'])).toContain('noopener')
  })

  it('links the stylesheet once on pages with quotes, and serves it', () => {
    for (const file of ['blog/click-to-tweet/index.html', 'blog/click-to-tweet-mdx/index.html']) {
      const links = elements(parse(read(pair().with, file))).filter(
        (element) => element.tagName === 'link' && String(element.properties['href']).startsWith('/_tweetstorm/')
      )
      expect(links, file).toHaveLength(1)
      expect(read(pair().with, String(links[0]!.properties['href']))).toContain('.tweetstorm-quote > a.tweetstorm-link')
    }
  })

  it('leaves every page without a quote byte for byte as it is without the integration, CSS included', () => {
    const withPages = htmlFiles(pair().with.outDir).sort()
    expect(withPages).toEqual(htmlFiles(pair().without.outDir).sort())
    const plain = withPages.filter((file) => !read(pair().with, file).includes('class="tweetstorm-'))
    // Every page of the starter except the two posts with quotes.
    expect(plain).toEqual(withPages.filter((file) => !file.includes('click-to-tweet')))
    expect(plain).toEqual(expect.arrayContaining(['index.html', 'about/index.html', 'blog/index.html', 'blog/first-post/index.html']))
    for (const file of plain) {
      const html = read(pair().with, file)
      expect(html, file).toBe(read(pair().without, file))
      // Same bytes mean the same stylesheet addresses; the files behind them must match too.
      for (const element of elements(parse(html))) {
        if (element.tagName === 'link' && String(element.properties['rel']) === 'stylesheet') {
          const href = String(element.properties['href'])
          expect(read(pair().with, href), href).toBe(read(pair().without, href))
        }
      }
    }
  })
})

describe('the quote in Chromium, under the starter’s own CSS', () => {
  let reports: ContrastReport[]
  beforeAll(async () => {
    reports = []
    for (const config of configs.slice(0, 2)) {
      reports.push(...(await checkContrast(built.get(config.label)!.with.outDir, 'blog/click-to-tweet/', config.label)))
    }
    for (const report of reports) console.log(`${report.label}: ${report.summary}`)
  }, 300_000)

  it('keeps the quote text and the Tweet button at 4.5:1 or more, in light and dark, at rest, hovered and focused', () => {
    expect(reports).toHaveLength(28)
    for (const report of reports) {
      expect(report.ratio, `${report.label}: ${report.summary}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('lets the site restyle the button and the quote box through the documented custom properties', () => {
    const buttons = reports.filter((report) => report.label.endsWith('button restyled'))
    const texts = reports.filter((report) => report.label.endsWith('quote text restyled'))
    expect([buttons.length, texts.length]).toEqual([4, 4])
    for (const report of buttons) expect([report.background, report.color], report.summary).toEqual(['rgb(91, 33, 182)', 'rgb(255, 255, 255)'])
    for (const report of texts) expect(report.color, report.summary).toBe('rgb(59, 7, 100)')
    const hovered = reports.filter((report) => report.label.endsWith('button restyled, hovered'))
    expect(hovered).toHaveLength(4)
    for (const report of hovered) expect(report.background, report.summary).toBe('rgb(76, 29, 149)')
  })
})
