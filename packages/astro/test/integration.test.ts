import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {OptionsError} from '@tweetstorm/core'
import remarkTweetstorm from '@tweetstorm/remark'
import type {AstroIntegration} from 'astro'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {satteri} from '@astrojs/markdown-satteri'
import tweetstorm, {remarkPageUrl} from '../src/index.js'
import {remarkReportWarnings} from '../src/lib/messages.js'
import {byClass, elements, parse, textOf} from './helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const astroBin = path.join(here, '../node_modules/astro/astro.js')

/** Run the real `astro build` of a fixture into a fresh directory. */
function build(fixture: string) {
  const outDir = mkdtempSync(path.join(tmpdir(), `tweetstorm-astro-${fixture}-`))
  const result = spawnSync(
    process.execPath,
    [astroBin, 'build', '--outDir', outDir],
    {
      // Astro resolves some build paths from the working directory, so run it from the fixture's root.
      cwd: path.join(here, 'fixtures', fixture),
      encoding: 'utf8',
      env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1'}
    }
  )
  return {outDir, status: result.status, output: result.stdout + result.stderr}
}

/** Every share link of a page, decoded, with the ids present on the page. */
function shareLinks(html: string) {
  const tree = parse(html)
  const ids = new Set(elements(tree).map((element) => element.properties['id']).filter(Boolean))
  const links = elements(tree)
    .filter((element) => element.tagName === 'a')
    .map((link) => {
      const url = new URL(String(link.properties['href']))
      return {endpoint: url.origin + url.pathname, params: Object.fromEntries(url.searchParams)}
    })
  return {tree, ids, links}
}

/** The CSS a built page loads: inline `<style>` and linked stylesheets from the output. */
function cssOf(html: string, outDir: string) {
  const tree = parse(html)
  return elements(tree)
    .map((element) => {
      if (element.tagName === 'style') return textOf(element)
      if (element.tagName === 'link' && String(element.properties['rel']) === 'stylesheet') {
        return readFileSync(path.join(outDir, String(element.properties['href'])), 'utf8')
      }
      return ''
    })
    .join('\n')
}

describe('astro build of a site using the integration', () => {
  let site: ReturnType<typeof build>
  const page = (route: string) => readFileSync(path.join(site.outDir, route, 'index.html'), 'utf8')

  beforeAll(() => {
    site = build('site')
    if (site.status !== 0) throw new Error(`astro build failed:\n${site.output}`)
  })
  afterAll(() => rmSync(site.outDir, {recursive: true, force: true}))

  it('renders every directive of a Markdown page with links back to its absolute URL', () => {
    const {tree, ids, links} = shareLinks(page('blog/first-post'))
    expect(byClass(tree, 'tweetstorm-quote')).toHaveLength(1)
    expect(byClass(tree, 'tweetstorm-storm')).toHaveLength(1)
    // One inline `:tweet[…]` and three sentences in the rant.
    expect(byClass(tree, 'tweetstorm-sentence')).toHaveLength(4)
    expect(links).toHaveLength(5)
    for (const link of links) {
      expect(link.endpoint).toBe('https://x.com/intent/tweet')
      expect(link.params['via']).toBe('tweetstorm')
      expect(link.params['hashtags']).toBe('writing')
      const target = new URL(link.params['url']!)
      expect(target.origin + target.pathname).toBe('https://example.com/blog/first-post/')
      expect(ids.has(target.hash.slice(1))).toBe(true)
    }
    expect(links[0]?.params['text']).toBe('Small changes are easy to review, easy to test and easy to roll back.')
  })

  it('renders directives in MDX pages too, with links back to the page', () => {
    const {ids, links} = shareLinks(page('blog/with-mdx'))
    expect(links).toHaveLength(1)
    expect(links[0]?.params['text']).toBe('MDX pages get click-to-tweet quotes as well.')
    const target = new URL(links[0]!.params['url']!)
    expect(target.origin + target.pathname).toBe('https://example.com/blog/with-mdx/')
    expect(ids.has(target.hash.slice(1))).toBe(true)
  })

  it('leaves prose that merely looks like a directive alone', () => {
    expect(textOf(parse(page('blog/first-post')))).toContain('We deploy at 10:30pm on Fridays, and nobody panics.')
  })

  it('links a collection entry back to its route', () => {
    const {ids, links} = shareLinks(page('notes/second-note'))
    expect(links).toHaveLength(1)
    const target = new URL(links[0]!.params['url']!)
    expect(target.origin + target.pathname).toBe('https://example.com/notes/second-note/')
    expect(ids.has(target.hash.slice(1))).toBe(true)
  })

  it('gives components the page URL from `site`', () => {
    const {tree, links} = shareLinks(page(''))
    expect(links.map((link) => new URL(link.params['url']!).origin + new URL(link.params['url']!).pathname)).toEqual([
      'https://example.com/',
      'https://example.com/',
      'https://example.com/',
      'https://example.com/'
    ])
    // Two previews: posts given as strings, and core's `ThreadTweet`s passed as they are.
    const threads = elements(tree).filter((element) => element.tagName === 'ol')
    expect(threads).toHaveLength(2)
    expect(byClass(threads[0]!, 'tweetstorm-tweet')).toHaveLength(2)
    const split = byClass(threads[1]!, 'tweetstorm-tweet-text').map((card) => textOf(card))
    expect(split.length).toBeGreaterThan(1)
    expect(split.join(' ')).toContain('ThreadTweet objects')
  })

  it('gives components the integration’s options, and lets a prop override one', () => {
    const {links} = shareLinks(page(''))
    expect(links.map((link) => [link.params['via'], link.params['hashtags']])).toEqual([
      ['tweetstorm', 'writing'],
      ['tweetstorm', 'writing'],
      ['tweetstorm', 'writing'],
      ['someone_else', 'shipping']
    ])
  })

  it('prints warnings in the build output with file, line and column', () => {
    expect(site.output).toMatch(
      /\[@tweetstorm\/astro\] src\/pages\/blog\/long-quote\.md:7:1: Unexpected quote of \d+ characters with its link, expected at most 280 to fit one post; the shared text is shortened with …, the page shows it whole \[quote-too-long\]/
    )
    const {links} = shareLinks(page('blog/long-quote'))
    expect(links[0]?.params['text']).toMatch(/…$/)
  })

  it('includes the default stylesheet on every kind of page, and no script', () => {
    for (const route of ['blog/first-post', 'blog/with-mdx', 'notes/second-note', '']) {
      const html = page(route)
      expect(cssOf(html, site.outDir)).toContain('.tweetstorm-quote')
      expect(elements(parse(html)).some((element) => element.tagName === 'script')).toBe(false)
    }
  })
})

describe('misconfiguration', () => {
  type Setup = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]

  /** Run the integration's setup hook against a config, recording what it asks Astro to do. */
  function setup(integration: AstroIntegration, config: Record<string, unknown> = {}) {
    const updates: unknown[] = []
    const routes: Array<{pattern: string; entrypoint: string | URL; prerender?: boolean}> = []
    const middlewares: Array<{order: string; entrypoint: string | URL}> = []
    const warnings: string[] = []
    const root = new URL('file:///site/')
    const options = {
      config: {
        root,
        srcDir: new URL('src/', root),
        base: '/',
        trailingSlash: 'ignore',
        build: {format: 'directory'},
        markdown: {remarkPlugins: []},
        site: 'https://example.com',
        integrations: [],
        ...config
      },
      updateConfig: (update: unknown) => updates.push(update),
      injectScript: () => {
        throw new Error('no script: the stylesheet goes through a route and a middleware')
      },
      injectRoute: (route: (typeof routes)[number]) => routes.push(route),
      addMiddleware: (middleware: (typeof middlewares)[number]) => middlewares.push(middleware),
      logger: {warn: (message: string) => warnings.push(message)}
    }
    integration.hooks['astro:config:setup']!(options as unknown as Setup)
    return {updates, routes, middlewares, warnings}
  }

  it('stops a build without `site` and says how to fix it', () => {
    const result = build('no-site')
    rmSync(result.outDir, {recursive: true, force: true})
    expect(result.status).not.toBe(0)
    expect(result.output, result.output).toContain("astro.config has no `site`. Fix: set your site's public address, `site: 'https://example.com'`")
  })

  it('accepts a `site` option or a `url` hook instead of astro.config `site`', () => {
    expect(() => setup(tweetstorm(), {site: undefined})).toThrow(/has no `site`/)
    expect(() => setup(tweetstorm({site: 'https://example.org'}), {site: undefined})).not.toThrow()
    expect(() => setup(tweetstorm({url: () => 'https://example.org/x'}), {site: undefined})).not.toThrow()
  })

  it('registers the page-URL plugin before remarkTweetstorm, and the stylesheet unless told not to', () => {
    const {updates, routes, middlewares} = setup(tweetstorm({via: 'tweetstorm'}))
    const plugins = (updates[0] as {markdown: {remarkPlugins: Array<[unknown, unknown]>}}).markdown.remarkPlugins
    expect(plugins.map((entry) => entry[0])).toEqual([remarkPageUrl, remarkTweetstorm, remarkReportWarnings])
    expect(plugins[1]?.[1]).toEqual({via: 'tweetstorm'})
    expect(routes).toHaveLength(1)
    expect(routes[0]?.pattern).toMatch(/^\/_tweetstorm\/tweetstorm\.[0-9a-f]{8}\.css$/)
    expect(routes[0]?.prerender).toBe(true)
    expect(middlewares.map((middleware) => middleware.order)).toEqual(['post'])
    const disabled = setup(tweetstorm({styles: false}))
    expect([disabled.routes, disabled.middlewares]).toEqual([[], []])
  })

  it('hands `platforms` and `instance` to the Markdown plugin and to the components', () => {
    const options = {platforms: ['bluesky', 'mastodon'], instance: 'mastodon.social'} as const
    const {updates} = setup(tweetstorm(options))
    const plugins = (updates[0] as {markdown: {remarkPlugins: Array<[unknown, unknown]>}}).markdown.remarkPlugins
    expect(plugins[1]).toEqual([remarkTweetstorm, options])
    // The module the components read their defaults from, as the Vite plugin serves it.
    const vite = updates.find((update) => JSON.stringify(update).includes('vite')) as {vite: {plugins: Array<{name: string; load(id: string): unknown}>}}
    expect(vite.vite.plugins[0]!.name).toBe('@tweetstorm/astro:component-options')
    // The integration under test is `src/`, so the module it serves is `src/component-options.js`.
    const served = vite.vite.plugins[0]!.load(fileURLToPath(new URL('../src/component-options.js', import.meta.url)))
    expect(served).toBe(`export default ${JSON.stringify({options})}`)
  })

  it('on Sätteri, turns on directives and adds the Sätteri plugins, after the site’s own', () => {
    const processor = satteri({mdastPlugins: [{name: 'site-plugin'}], features: {math: true}})
    const {updates} = setup(tweetstorm({via: 'tweetstorm'}), {markdown: {remarkPlugins: [], processor}})
    expect(processor.options.features).toEqual({math: true, directive: true})
    expect(processor.options.mdastPlugins.map((plugin) => (plugin as {name: string}).name)).toEqual([
      'site-plugin',
      '@tweetstorm/astro:page-url',
      '@tweetstorm/remark'
    ])
    // Nothing for remark: Astro 7 would warn that Sätteri does not run `markdown.remarkPlugins`.
    expect(JSON.stringify(updates)).not.toContain('remarkPlugins')
  })

  it('on unified chosen through `markdown.processor`, adds the remark plugins to it', () => {
    const processor = {name: 'unified', options: {remarkPlugins: [] as unknown[]}, createRenderer() {}}
    const {updates} = setup(tweetstorm(), {markdown: {remarkPlugins: [], processor}})
    expect(processor.options.remarkPlugins.map((entry) => (entry as [unknown])[0])).toEqual([
      remarkPageUrl,
      remarkTweetstorm,
      remarkReportWarnings
    ])
    expect(JSON.stringify(updates)).not.toContain('remarkPlugins')
  })

  it('on Astro 6.4’s unified with @astrojs/mdx 5, which reads only `markdown.remarkPlugins`, registers there', () => {
    // A site whose node_modules hold @astrojs/mdx 5.0.6.
    const site = mkdtempSync(path.join(tmpdir(), 'tweetstorm-mdx5-'))
    try {
      mkdirSync(path.join(site, 'node_modules/@astrojs/mdx'), {recursive: true})
      writeFileSync(path.join(site, 'package.json'), '{"name": "site"}')
      writeFileSync(
        path.join(site, 'node_modules/@astrojs/mdx/package.json'),
        JSON.stringify({name: '@astrojs/mdx', version: '5.0.6', exports: {'./package.json': './package.json'}})
      )
      const root = pathToFileURL(site + path.sep)
      const processor = {name: 'unified', options: {remarkPlugins: [] as unknown[]}, createRenderer() {}}
      const config = {root, srcDir: new URL('src/', root), markdown: {remarkPlugins: [], processor}}
      const withMdx = setup(tweetstorm(), {...config, integrations: [{name: '@astrojs/mdx'}]})
      expect(processor.options.remarkPlugins).toEqual([])
      const legacy = (withMdx.updates[0] as {markdown: {remarkPlugins: Array<[unknown]>}}).markdown.remarkPlugins
      expect(legacy.map((entry) => entry[0])).toEqual([remarkPageUrl, remarkTweetstorm, remarkReportWarnings])
      // Without MDX, the processor's own list, which Astro does not warn about.
      setup(tweetstorm(), {...config, integrations: []})
      expect(processor.options.remarkPlugins).toHaveLength(3)
    } finally {
      rmSync(site, {recursive: true, force: true})
    }
  })

  it('stops on a processor it cannot extend, and says what to do', () => {
    const processor = {name: 'markdown-it', options: {}, createRenderer() {}}
    expect(() => setup(tweetstorm(), {markdown: {remarkPlugins: [], processor}})).toThrow(
      'the `markdown-it` Markdown processor is not supported'
    )
  })

  it('refuses to run the Sätteri plugin twice', () => {
    const processor = satteri({mdastPlugins: [{name: '@tweetstorm/remark'}]})
    expect(() => setup(tweetstorm(), {markdown: {remarkPlugins: [], processor}})).toThrow(/processed twice/)
  })

  it('refuses to run remarkTweetstorm twice', () => {
    expect(() => setup(tweetstorm(), {markdown: {remarkPlugins: [[remarkTweetstorm, {}]]}})).toThrow(
      'the tweetstorm Markdown plugin is already in the Markdown config, so every quote would be processed twice. ' +
        'Fix: remove it from `markdown.remarkPlugins`'
    )
  })

  it('lists every bad option at once, its own and the remark plugin’s', () => {
    let error: unknown
    try {
      tweetstorm({styles: 'yes', site: 'example.com', url: 'https://example.com', via: 'no spaces', colour: 1} as never)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(OptionsError)
    const problems = (error as OptionsError).problems
    expect(problems.map((problem) => problem.path).sort()).toEqual(['', 'site', 'styles', 'url', 'via'])
    const message = (error as Error).message
    expect(message).toMatch(/^Invalid @tweetstorm\/astro options:/)
    expect(message).toContain('Unexpected "yes" for `styles`, expected `true` or `false` → at styles')
    expect(message).toContain('Unexpected "example.com" for `site`, expected an absolute URL starting with http:// or https:// → at site')
    expect(message).toContain('Unexpected "https://example.com" for `url`, expected a function')
    expect(message).toContain('`colour`')
    expect(message).toContain('`styles`, `site`, `url`')
  })

  it('rejects one `id` for every block', () => {
    expect(() => tweetstorm({id: 'quote'} as never)).toThrow(/one id for every block would collide/)
  })
})

describe('Astro’s Sätteri renderer with the integration', () => {
  /** Set the integration up on `satteri()` and render one Markdown file the way Astro 7 does. */
  async function renderWithSatteri(
    markdown: string,
    file: string,
    frontmatter: Record<string, unknown> = {},
    options: Parameters<typeof tweetstorm>[0] = {via: 'tweetstorm'}
  ) {
    const processor = satteri()
    const warnings: string[] = []
    const root = new URL('file:///site/')
    const config = {
      root,
      srcDir: new URL('src/', root),
      base: '/',
      trailingSlash: 'ignore',
      build: {format: 'directory'},
      markdown: {remarkPlugins: [], processor},
      site: 'https://example.com'
    }
    await tweetstorm(options).hooks['astro:config:setup']!({
      config,
      updateConfig() {},
      injectRoute() {},
      addMiddleware() {},
      logger: {warn: (message: string) => warnings.push(message)}
    } as never)
    const renderer = await processor.createRenderer({syntaxHighlight: false} as never)
    const {code} = await renderer.render(markdown, {fileURL: new URL(file, root), frontmatter} as never)
    return {html: code, warnings}
  }

  it('renders the directives with links back to the page, and reports warnings with file, line and column', async () => {
    const {html, warnings} = await renderWithSatteri(
      '# Post\n\nAt 10:30pm, :tweet[ship small.]\n\n:::tweetable\n' + 'word '.repeat(90) + '\n:::\n',
      'src/pages/blog/post.md'
    )
    const {links} = shareLinks(html)
    expect(links).toHaveLength(2)
    for (const link of links) {
      expect(link.params['via']).toBe('tweetstorm')
      expect(link.params['url']).toMatch(/^https:\/\/example\.com\/blog\/post\/#t-/)
    }
    expect(textOf(parse(html))).toContain('At 10:30pm, ship small.')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^src\/pages\/blog\/post\.md:5:1: Unexpected quote of 4\d\d characters with its link, expected at most 280 .* \[quote-too-long\]$/)
  })

  it('renders one link per network of `platforms`, each named after it, as on unified', async () => {
    const options = {platforms: ['threads', 'mastodon'], instance: 'fosstodon.org'} as const
    const {html} = await renderWithSatteri(':::tweetable\nShip small.\n:::\n', 'src/pages/post.md', {}, options)
    const links = elements(parse(html)).filter((element) => element.tagName === 'a')
    expect(links.map((link) => new URL(String(link.properties['href'])).host)).toEqual(['www.threads.com', 'fosstodon.org'])
    expect(links.map((link) => textOf(link))).toEqual(['Share on Threads', 'Share on Mastodon'])
    for (const link of links) expect(new URL(String(link.properties['href'])).searchParams.get('text')).toContain('Ship small.')
  })

  it('takes the page URL from the frontmatter, as on unified', async () => {
    const {html} = await renderWithSatteri(':tweet[Ship small.]', 'src/content/notes/a.md', {url: '/elsewhere/'})
    expect(shareLinks(html).links[0]?.params['url']).toMatch(/^https:\/\/example\.com\/elsewhere\/#t-/)
  })
})

describe('remarkPageUrl', () => {
  const layout = {
    site: 'https://example.com',
    base: '/',
    root: '/site',
    srcDir: '/site/src',
    format: 'directory',
    trailingSlash: 'ignore'
  } as const

  function file(filePath: string | undefined, data: Record<string, unknown> = {}) {
    return {
      path: filePath,
      data,
      fail(reason: string): never {
        throw new Error(reason)
      }
    }
  }

  it('puts the page URL in file.data.url, keeping one already there', () => {
    const transform = remarkPageUrl({layout})
    const page = file('/site/src/pages/a.md')
    transform(null, page)
    expect(page.data['url']).toBe('https://example.com/a/')
    const given = file('/site/src/pages/a.md', {url: 'https://elsewhere.example/'})
    transform(null, given)
    expect(given.data['url']).toBe('https://elsewhere.example/')
    const nowhere = file(undefined)
    transform(null, nowhere)
    expect(nowhere.data).toEqual({})
  })

  it('takes a frontmatter `url` over the guess', () => {
    const page = file('/site/src/pages/a.md', {astro: {frontmatter: {url: '/canonical/'}}})
    remarkPageUrl({layout})(null, page)
    expect(page.data['url']).toBe('https://example.com/canonical/')
  })

  it('fails the file, naming the problem, when a hook gives a path and there is no site', () => {
    const page = file('/site/src/pages/a.md')
    expect(() => remarkPageUrl({layout: {...layout, site: undefined}, url: () => '/a/'})(null, page)).toThrow(
      'Cannot work out the page URL for share links: Unexpected relative page URL "/a/" without a `site`'
    )
  })
})
