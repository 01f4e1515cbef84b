import type {HastPluginDefinition} from 'satteri'

/** Sections still open in a document: their level in the source and after fixing. */
type Open = Array<{original: number; fixed: number}>

/**
 * A Sätteri hast plugin that closes gaps in heading levels: a heading may go at most one level deeper
 * than the one before it. The package READMEs follow the unified convention of `######` for
 * "Parameters" under a `###` function, which reads fine on GitHub but skips levels for screen-reader
 * navigation. A heading with nothing open above it keeps its level, so content that starts at `##`
 * under the page's own `h1` stays so.
 *
 * @example
 *   // h1, h3, h6, h6, h3  →  h1, h2, h3, h3, h2
 */
export function headingLevels(): HastPluginDefinition {
  return {
    name: 'site:heading-levels',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      // Sätteri visits in document order; the open sections live in the document's own data bag.
      visit(node, context) {
        const open = (context.data['headingLevels'] ??= []) as Open
        const level = Number(node.tagName.slice(1))
        // A heading closes every section at its own level or deeper, and nests one level under
        // whatever is still open.
        while (open.length > 0 && open.at(-1)!.original >= level) open.pop()
        const parent = open.at(-1)
        const fixed = parent ? Math.min(level, parent.fixed + 1) : level
        open.push({original: level, fixed})
        if (fixed !== level) context.replaceNode(node, {...node, tagName: `h${fixed}`})
      }
    }
  }
}
