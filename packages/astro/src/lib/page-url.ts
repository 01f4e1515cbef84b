import path from 'node:path'
import {slug as githubSlug} from 'github-slugger'

/** The parts of the Astro config that decide where a page is served. */
export interface SiteLayout {
  /** Absolute site URL (`site` in astro.config), or undefined when none is set. */
  site: string | undefined
  /** `base` in astro.config (`/` when unset). */
  base: string
  /** Absolute path of `srcDir` (usually `<root>/src`). */
  srcDir: string
  /** Absolute path of the project root. */
  root: string
  /** `build.format` in astro.config. */
  format: 'directory' | 'file' | 'preserve'
  /** `trailingSlash` in astro.config. */
  trailingSlash: 'always' | 'never' | 'ignore'
}

/** What a `url` hook is told about the Markdown file being rendered. */
export interface PageInfo {
  /** The file's path relative to the project root, with `/` separators (`src/pages/blog/post.md`). */
  file: string
  /**
   * The pathname tweetstorm would use by default (base included), or `undefined` when it cannot tell
   * (a Markdown file outside `src/pages` and `src/content`).
   */
  pathname: string | undefined
  /** The file's frontmatter as Astro parsed it (`{}` when there is none). */
  frontmatter: Record<string, unknown>
}

/**
 * A hook that decides the page URL share links point back to. Return an absolute URL, a path (resolved
 * against `site`), `false` for "no link back", or `undefined` to keep tweetstorm's guess.
 */
export type PageUrlHook = (page: PageInfo) => string | URL | false | undefined

/**
 * Guess the pathname a Markdown file is served at.
 *
 * Pages under `src/pages` follow Astro's file routing. Entries of a collection in `src/content/<name>/`
 * are assumed to be served at `/<name>/<id>/`, as in Astro's blog starter (`src/pages/blog/[...slug].astro`);
 * a site with other routes passes a `url` hook.
 *
 * @example
 *   guessPathname('/site/src/pages/blog/first-post.md', layout) // → '/blog/first-post/'
 */
export function guessPathname(
  filePath: string,
  layout: SiteLayout,
  frontmatter: Record<string, unknown> = {}
): string | undefined {
  const pagesDir = path.join(layout.srcDir, 'pages')
  const contentDir = path.join(layout.srcDir, 'content')
  let route: string | undefined

  if (isInside(pagesDir, filePath)) {
    route = withoutExtension(toPosix(path.relative(pagesDir, filePath)))
  } else if (isInside(contentDir, filePath)) {
    const [collection, ...rest] = toPosix(path.relative(contentDir, filePath)).split('/')
    if (!collection || rest.length === 0) return undefined
    // Astro's glob loader lets a `slug` in the frontmatter replace the id derived from the path.
    const id =
      typeof frontmatter['slug'] === 'string' && frontmatter['slug']
        ? frontmatter['slug']
        : withoutExtension(rest.join('/'))
            .split('/')
            .map((segment) => githubSlug(segment))
            .join('/')
    route = collection + '/' + id
  } else {
    return undefined
  }

  const isIndex = route === 'index' || route.endsWith('/index')
  const bare = route.replace(/(^|\/)index$/, '')
  return join(layout.base, servedPath(bare, isIndex, layout))
}

/**
 * The absolute page URL for a Markdown file: the user's hook decides first, then a `url` in the
 * frontmatter, then `guessPathname`; a path is resolved against `site`.
 * Returns `undefined` when the page gets no link back.
 */
export function pageUrl(
  filePath: string,
  layout: SiteLayout,
  frontmatter: Record<string, unknown>,
  hook: PageUrlHook | undefined
): string | undefined {
  const pathname = guessPathname(filePath, layout, frontmatter)
  const chosen = hook
    ? hook({file: toPosix(path.relative(layout.root, filePath)), pathname, frontmatter})
    : undefined
  if (chosen === false) return undefined
  // An author's `url` in the frontmatter beats the guess (a page served somewhere file routing cannot tell).
  const given = frontmatter['url']
  const target = chosen ?? (typeof given === 'string' && given !== '' ? given : pathname)
  if (target === undefined) return undefined
  const href = String(target)
  if (/^[a-z][a-z\d+.-]*:/i.test(href)) return new URL(href).href
  if (!layout.site) {
    throw new Error(
      `Unexpected relative page URL ${JSON.stringify(href)} without a \`site\`, expected an absolute URL: ` +
        "set `site: 'https://example.com'` in astro.config.mjs, or return an absolute URL from the `url` option"
    )
  }
  return new URL(href, layout.site).href
}

/** How the built page's URL ends, given Astro's `build.format` and `trailingSlash`. */
function servedPath(route: string, isIndex: boolean, layout: SiteLayout): string {
  // The home page of a site with a `base` is `/docs` or `/docs/` depending on `trailingSlash`.
  if (route === '') return layout.trailingSlash === 'never' && layout.base !== '/' ? '' : '/'
  if (layout.format === 'file' || (layout.format === 'preserve' && !isIndex)) {
    return '/' + route + '.html'
  }
  return '/' + route + (layout.trailingSlash === 'never' ? '' : '/')
}

function join(base: string, pathname: string): string {
  const joined = base.replace(/\/+$/, '') + pathname
  return joined.startsWith('/') ? joined : '/' + joined
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

function withoutExtension(file: string): string {
  return file.replace(/\.[^./]+$/, '')
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

/**
 * The absolute URL of the page a component is rendered on, or `undefined` without a `site`: Astro then
 * fills `Astro.url` with a placeholder origin (`localhost`), and a share link must never point there.
 *
 * @example
 *   pageUrlOf(Astro.url, Astro.site) // 'https://example.com/blog/post/'
 */
export function pageUrlOf(url: URL, site: URL | string | undefined): string | undefined {
  return site ? new URL(url.pathname, site).href : undefined
}
