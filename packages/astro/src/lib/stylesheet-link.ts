/** Where the first element with tweetstorm markup starts, or -1. Text that mentions a class name does not count. */
function firstMarkup(html: string, prefixes: readonly string[]): number {
  const names = prefixes.map((prefix) => prefix.replace(/[^\w-]/g, '')).join('|')
  const classes = new RegExp(`\\sclass="(?:[^"]*\\s)?(?:${names})-(?:quote|storm|sentence|link|thread)[\\s"]`, 'g')
  for (const found of html.matchAll(classes)) {
    // Inside a tag only: after its `<` and before any `>`.
    const open = html.lastIndexOf('<', found.index)
    if (open > html.lastIndexOf('>', found.index)) return open
  }
  return -1
}

/** Whether a page shows tweetstorm markup: a class such as `tweetstorm-quote` on one of its elements. */
export function usesStylesheet(html: string, prefixes: readonly string[]): boolean {
  return firstMarkup(html, prefixes) !== -1
}

/**
 * The page with one `<link rel="stylesheet">` to the default stylesheet, or the page unchanged when it
 * shows no tweetstorm markup or already links it. The link goes at the end of `<head>`; a page without
 * one (a Markdown page with no layout) gets it just before the first quote, where HTML allows it too.
 */
export function linkStylesheet(html: string, href: string, prefixes: readonly string[]): string {
  const first = firstMarkup(html, prefixes)
  if (first === -1) return html
  const link = `<link rel="stylesheet" href="${href}">`
  if (html.includes(link)) return html
  const head = html.search(/<\/head\s*>/i)
  const at = head === -1 ? first : head
  return html.slice(0, at) + link + html.slice(at)
}
