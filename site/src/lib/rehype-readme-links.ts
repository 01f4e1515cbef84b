/** The part of a hast node this plugin reads. */
interface HastNode {
  type: string
  tagName?: string
  properties?: Record<string, unknown>
  children?: HastNode[]
}

/** The part of a vfile this plugin reads: where the README came from. */
interface FileLike {
  path?: string
}

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

/** The package a README belongs to, from its path (`…/packages/core/README.md` → `core`). */
function packageOf(file: FileLike | undefined): string | undefined {
  const parts = (file?.path ?? '').split(/[\\/]/)
  const at = parts.lastIndexOf('packages')
  return at >= 0 ? parts[at + 1] : undefined
}

/**
 * A rehype plugin for the package READMEs rendered under `/docs/<package>/`: every link that leads to
 * another package's README goes to that package's docs page instead, by an absolute path.
 *
 * @example
 *   // in packages/remark/README.md:
 *   // <a href="https://github.com/tweetstorm/tweetstorm/tree/main/packages/core#api">  →  <a href="/docs/core/#api">
 */
export default function rehypeReadmeLinks(options?: {packages?: readonly string[]}) {
  const known = new Set(options?.packages ?? [])
  return (tree: HastNode, file?: FileLike) => {
    const pkg = packageOf(file)
    // The plugin runs on every Markdown file; only the READMEs under packages/ are rewritten.
    if (!pkg) return
    const visit = (node: HastNode) => {
      const href = node.type === 'element' && node.tagName === 'a' ? node.properties?.['href'] : undefined
      if (typeof href === 'string') node.properties = {...node.properties, href: siteHref(href, pkg, known)}
      for (const child of node.children ?? []) visit(child)
    }
    visit(tree)
  }
}
