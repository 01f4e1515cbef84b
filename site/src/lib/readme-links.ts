import {fileURLToPath} from 'node:url'
import type {HastPluginDefinition} from 'satteri'

/** Where the READMEs live on GitHub. Cross-package links in them are written as absolute URLs under it. */
export const repositoryTree = 'https://github.com/tweetstorm/tweetstorm/tree/main/'

const packagePage = /^https:\/\/github\.com\/tweetstorm\/tweetstorm\/(?:tree|blob)\/main\/packages\/([a-z\d-]+)\/?(?:README\.md)?(#.*)?$/i

/**
 * Where a link in a package README should point on the site. The READMEs' link style (see the site's
 * README): links to another package are absolute GitHub URLs, which work on GitHub, on npm and here;
 * this turns them into the package's docs page. A relative link left in a README is resolved against
 * the README's place in the repository first, so it never depends on whether the page was reached as
 * `/docs/x` or `/docs/x/`. Every result is absolute (`/docs/core/#api` or an https URL).
 *
 * @example
 *   siteHref('https://github.com/tweetstorm/tweetstorm/tree/main/packages/core#api', 'remark') // → '/docs/core/#api'
 *   siteHref('../cli', 'core') // → '/docs/cli/'
 *   siteHref('./src/count.ts', 'core') // → 'https://github.com/tweetstorm/tweetstorm/blob/main/packages/core/src/count.ts'
 */
export function siteHref(href: string, pkg: string | undefined, known: ReadonlySet<string> = new Set()): string {
  if (href.startsWith('#')) return href
  let absolute = href
  if (!/^[a-z][a-z\d+.-]*:|^\//i.test(href)) {
    if (!pkg) return href
    absolute = new URL(href, `${repositoryTree}packages/${pkg}/`).href
  }
  const match = packagePage.exec(absolute)
  if (match && (known.size === 0 || known.has(match[1]!))) return `/docs/${match[1]!.toLowerCase()}/${match[2] ?? ''}`
  // A file that is not a README (source, a fixture): GitHub shows files under blob/, folders under tree/.
  if (absolute !== href && /\.[a-z\d]+(#.*)?$/i.test(absolute)) return absolute.replace('/tree/main/', '/blob/main/')
  return absolute
}

/** The package a README belongs to, from its file URL (`…/packages/core/README.md` → `core`). */
function packageOf(fileURL: URL | undefined): string | undefined {
  if (fileURL?.protocol !== 'file:') return undefined
  const parts = fileURLToPath(fileURL).split(/[\\/]/)
  const at = parts.length - 3
  return parts[at] === 'packages' && /^readme\.md$/i.test(parts[at + 2]!) ? parts[at + 1] : undefined
}

/**
 * A Sätteri hast plugin for the package READMEs rendered under `/docs/<package>/`: every link that
 * leads to another package's README goes to that package's docs page instead, by an absolute path
 * (see `siteHref`). Astro passes each content entry's file as Sätteri's `fileURL`; the plugin runs on
 * every Markdown file and rewrites only those under `packages/`.
 *
 * @example
 *   // in packages/remark/README.md:
 *   // <a href="https://github.com/tweetstorm/tweetstorm/tree/main/packages/core#api">  →  <a href="/docs/core/#api">
 */
export function readmeLinks(options?: {packages?: readonly string[]}): HastPluginDefinition {
  const known = new Set(options?.packages ?? [])
  return {
    name: 'site:readme-links',
    element: {
      filter: ['a'],
      visit(node, context) {
        const pkg = packageOf(context.fileURL)
        const href = node.properties['href']
        if (!pkg || typeof href !== 'string') return
        const fixed = siteHref(href, pkg, known)
        if (fixed !== href) context.setProperty(node, 'href', fixed)
      }
    }
  }
}
