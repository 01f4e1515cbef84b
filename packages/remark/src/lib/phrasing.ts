import type {Nodes, PhrasingContent} from 'mdast'
import type {Span} from './layout.js'

// The plain text of inline Markdown as a reader sees it, with a map from offsets in that text
// back to the nodes, so a sentence found in the text can be cut out of the tree with its
// emphasis, links and code intact.

/** How much plain text a leaf stands for, or `undefined` for a node with children. */
function leafText(node: Nodes): string | undefined {
  switch (node.type) {
    case 'text':
      // A soft line break reads as a space; core would end a sentence at a newline. Same length,
      // so offsets still match the tree.
      return node.value.replaceAll('\n', ' ')
    case 'inlineCode':
      return node.value
    case 'break':
      return '\n'
    case 'image':
    case 'imageReference':
      return node.alt ?? ''
    default:
      // Raw HTML, footnote calls and anything unknown add no words to a post.
      return 'children' in node ? undefined : ''
  }
}

/** Leaves that cannot be cut in the middle. */
function isAtom(node: Nodes): boolean {
  return node.type !== 'text' && !('children' in node)
}

/** The plain text of phrasing nodes, and the ranges of uncuttable atoms in it. */
export function plainText(nodes: readonly PhrasingContent[]): {text: string; atoms: Span[]} {
  let text = ''
  const atoms: Span[] = []
  const walk = (list: readonly Nodes[]): void => {
    for (const node of list) {
      const own = leafText(node)
      if (own === undefined) {
        walk((node as {children: Nodes[]}).children)
        continue
      }
      if (isAtom(node) && own.length > 0) atoms.push({start: text.length, end: text.length + own.length})
      text += own
    }
  }
  walk(nodes)
  return {text, atoms}
}

/**
 * The part of `nodes` covering plain-text offsets `[start, end)`, as new nodes (the input is not
 * changed). A node cut in two keeps its kind on both sides: `*a. b.*` cut after `a.` gives
 * `*a.*` and `* b.*`. Empty leaves (raw HTML, footnote calls) go with the text before them, so a
 * footnote call stays with its sentence.
 */
export function slicePhrasing(nodes: readonly PhrasingContent[], start: number, end: number): PhrasingContent[] {
  let offset = 0
  const cut = (list: readonly Nodes[]): Nodes[] => {
    const result: Nodes[] = []
    for (const node of list) {
      const own = leafText(node)
      if (own === undefined) {
        const from = offset
        const children = cut((node as {children: Nodes[]}).children)
        const to = offset
        if (children.length > 0 || belongs(from, to)) {
          const copy = {...node, children} as Nodes
          // Only a node kept whole keeps its place in the source file.
          if (from < start || to > end) delete copy.position
          result.push(copy)
        }
        continue
      }
      const from = offset
      const to = offset + own.length
      offset = to
      if (own.length === 0) {
        if (belongs(from, to)) result.push(node)
      } else if (node.type === 'text') {
        const a = Math.max(from, start)
        const b = Math.min(to, end)
        if (a < b) {
          if (a === from && b === to) {
            result.push(node)
          } else {
            const {position: _, ...rest} = node
            result.push({...rest, value: node.value.slice(a - from, b - from)})
          }
        }
      } else if (from >= start && to <= end) {
        result.push(node)
      }
    }
    return result
  }
  // An empty stretch at `at` belongs to the range that ends there, or to the first range.
  const belongs = (from: number, to: number): boolean =>
    from === to && ((start < from && from <= end) || (from === 0 && start === 0))
  return cut(nodes) as PhrasingContent[]
}
