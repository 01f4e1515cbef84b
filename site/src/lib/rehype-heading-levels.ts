/** The part of a hast node this plugin reads; the site does not otherwise depend on hast's types. */
interface HastNode {
  type: string
  tagName?: string
  children?: HastNode[]
}

/**
 * A rehype plugin that closes gaps in heading levels: a heading may go at most one level deeper than
 * the one before it. The package READMEs follow the unified convention of `######` for "Parameters"
 * under a `###` function, which reads fine on GitHub but skips levels for screen-reader navigation.
 * A heading with nothing open above it keeps its level, so content that starts at `##` under the
 * page's own `h1` stays so.
 *
 * @example
 *   // h1, h3, h6, h6, h3  →  h1, h2, h3, h3, h2
 */
export default function rehypeHeadingLevels() {
  return (tree: HastNode) => {
    // Open sections as (level in the source, level after fixing); a heading closes every section at
    // its own level or deeper, and nests one level under whatever is still open.
    const open: Array<{original: number; fixed: number}> = []
    const visit = (node: HastNode) => {
      const match = node.type === 'element' ? /^h([1-6])$/.exec(node.tagName ?? '') : null
      if (match) {
        const level = Number(match[1])
        while (open.length > 0 && open.at(-1)!.original >= level) open.pop()
        const parent = open.at(-1)
        const fixed = parent ? Math.min(level, parent.fixed + 1) : level
        node.tagName = `h${fixed}`
        open.push({original: level, fixed})
      }
      for (const child of node.children ?? []) visit(child)
    }
    visit(tree)
  }
}
