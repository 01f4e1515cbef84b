import {packages} from './packages'

/** One entry of the docs sidebar. */
export interface DocsPage {
  href: string
  label: string
  /** Written before the label where there is room (`@tweetstorm/`); phones show the short name. */
  scope?: string
}

/** The docs in reading order: the guide first, then the packages as a newcomer meets them. */
export const docsPages: DocsPage[] = [
  {href: '/docs/getting-started/', label: 'Getting started'},
  ...packages.map((pkg) => ({href: `/docs/${pkg.slug}/`, label: pkg.slug, scope: pkg.name.slice(0, -pkg.slug.length)}))
]

/** The pages before and after `href` in reading order, for the links at the foot of a docs page. */
export function neighbours(href: string): {previous?: DocsPage; next?: DocsPage} {
  const at = docsPages.findIndex((page) => page.href === href)
  if (at < 0) return {}
  const result: {previous?: DocsPage; next?: DocsPage} = {}
  const previous = docsPages[at - 1]
  const next = docsPages[at + 1]
  if (previous) result.previous = previous
  if (next) result.next = next
  return result
}
