import {describe, expect, it} from 'vitest'
import {guessPathname, pageUrl, type SiteLayout} from '../src/lib/page-url.js'

const layout: SiteLayout = {
  site: 'https://example.com',
  base: '/',
  root: '/site',
  srcDir: '/site/src',
  format: 'directory',
  trailingSlash: 'ignore'
}

describe('guessPathname', () => {
  it('follows Astro file routing under src/pages', () => {
    expect(guessPathname('/site/src/pages/index.md', layout)).toBe('/')
    expect(guessPathname('/site/src/pages/about.md', layout)).toBe('/about/')
    expect(guessPathname('/site/src/pages/blog/index.mdx', layout)).toBe('/blog/')
    expect(guessPathname('/site/src/pages/blog/first-post.md', layout)).toBe('/blog/first-post/')
  })

  it('honours build.format, trailingSlash and base', () => {
    expect(guessPathname('/site/src/pages/about.md', {...layout, format: 'file'})).toBe('/about.html')
    expect(guessPathname('/site/src/pages/about.md', {...layout, format: 'preserve'})).toBe('/about.html')
    expect(guessPathname('/site/src/pages/blog/index.md', {...layout, format: 'preserve'})).toBe('/blog/')
    expect(guessPathname('/site/src/pages/about.md', {...layout, trailingSlash: 'never'})).toBe('/about')
    expect(guessPathname('/site/src/pages/about.md', {...layout, base: '/docs'})).toBe('/docs/about/')
    expect(guessPathname('/site/src/pages/about.md', {...layout, base: '/docs/'})).toBe('/docs/about/')
    expect(guessPathname('/site/src/pages/index.md', {...layout, base: '/docs', trailingSlash: 'never'})).toBe('/docs')
    expect(guessPathname('/site/src/pages/index.md', {...layout, base: '/docs'})).toBe('/docs/')
  })

  it('serves collection entries at /<collection>/<id>/ like the blog starter, with Astro ids', () => {
    expect(guessPathname('/site/src/content/blog/first-post.md', layout)).toBe('/blog/first-post/')
    // Astro slugs every path segment with github-slugger and drops a trailing /index.
    expect(guessPathname('/site/src/content/blog/2024/Hello World!.md', layout)).toBe('/blog/2024/hello-world/')
    expect(guessPathname('/site/src/content/blog/series/index.md', layout)).toBe('/blog/series/')
    expect(guessPathname('/site/src/content/blog/x.md', layout, {slug: 'custom/slug'})).toBe('/blog/custom/slug/')
  })

  it('does not guess for files elsewhere', () => {
    expect(guessPathname('/site/src/data/notes.md', layout)).toBeUndefined()
    expect(guessPathname('/elsewhere/readme.md', layout)).toBeUndefined()
    expect(guessPathname('/site/src/content/loose.md', layout)).toBeUndefined()
  })
})

describe('pageUrl', () => {
  it('resolves the guess against site', () => {
    expect(pageUrl('/site/src/pages/blog/post.md', layout, {}, undefined)).toBe('https://example.com/blog/post/')
    // Astro puts a sub-path in `base`, not `site`: the pathname already starts at the origin.
    expect(pageUrl('/site/src/pages/a.md', {...layout, site: 'https://example.com/sub/', base: '/sub'}, {}, undefined)).toBe(
      'https://example.com/sub/a/'
    )
  })

  it('asks the hook first, with the file, the guess and the frontmatter', () => {
    const seen: unknown[] = []
    const url = pageUrl('/site/src/content/notes/a.md', layout, {title: 'A'}, (page) => {
      seen.push(page)
      return `/n/${page.pathname?.split('/')[2]}`
    })
    expect(seen).toEqual([{file: 'src/content/notes/a.md', pathname: '/notes/a/', frontmatter: {title: 'A'}}])
    expect(url).toBe('https://example.com/n/a')
  })

  it('lets the hook give absolute URLs, turn links off, or keep the guess', () => {
    const file = '/site/src/pages/a.md'
    expect(pageUrl(file, layout, {}, () => new URL('https://other.example/x'))).toBe('https://other.example/x')
    expect(pageUrl(file, {...layout, site: undefined}, {}, () => 'https://other.example/y')).toBe(
      'https://other.example/y'
    )
    expect(pageUrl(file, layout, {}, () => false)).toBeUndefined()
    expect(pageUrl(file, layout, {}, () => undefined)).toBe('https://example.com/a/')
  })

  it('explains how to fix a relative URL without a site', () => {
    expect(() => pageUrl('/site/src/pages/a.md', {...layout, site: undefined}, {}, undefined)).toThrow(
      "Unexpected relative page URL \"/a/\" without a `site`, expected an absolute URL: set `site: 'https://example.com'` in astro.config.mjs"
    )
  })
})
