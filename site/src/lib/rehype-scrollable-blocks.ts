/** The part of a hast node this plugin reads. */
interface HastNode {
  type: string
  tagName?: string
  properties?: Record<string, unknown>
  children?: HastNode[]
}

/** Elements that can be wider than a phone screen and so scroll sideways on their own. */
const wide = new Set(['pre', 'table'])

/**
 * A rehype plugin that makes code blocks and tables focusable (`tabindex="0"`) so a keyboard user
 * can scroll one that is wider than the screen; the site's CSS lets both scroll in place instead of
 * pushing the page sideways. Shiki does the same for code when it highlights; the site turns Shiki
 * off, so this keeps that one useful part.
 *
 * @example
 *   // <pre><code>…</code></pre>  →  <pre tabindex="0"><code>…</code></pre>
 */
export default function rehypeScrollableBlocks() {
  return (tree: HastNode) => {
    const visit = (node: HastNode) => {
      if (node.type === 'element' && wide.has(node.tagName ?? '')) node.properties = {...node.properties, tabIndex: 0}
      for (const child of node.children ?? []) visit(child)
    }
    visit(tree)
  }
}
