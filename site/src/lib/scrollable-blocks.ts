import type {HastPluginDefinition} from 'satteri'

/**
 * A Sätteri hast plugin that makes code blocks and tables focusable (`tabindex="0"`) so a keyboard
 * user can scroll one that is wider than the screen; the site's CSS lets both scroll in place instead
 * of pushing the page sideways. Shiki already does this for the code blocks it highlights; this covers
 * tables and any block Shiki leaves alone.
 *
 * @example
 *   // <pre><code>…</code></pre>  →  <pre tabindex="0"><code>…</code></pre>
 */
export function scrollableBlocks(): HastPluginDefinition {
  return {
    name: 'site:scrollable-blocks',
    element: {
      // Elements that can be wider than a phone screen and so scroll sideways on their own.
      filter: ['pre', 'table'],
      visit(node, context) {
        // Shiki's blocks arrive with `tabindex` already (spelled so, not `tabIndex`); setting it again
        // would print the attribute twice.
        if (node.properties['tabIndex'] === undefined && node.properties['tabindex'] === undefined) context.setProperty(node, 'tabIndex', 0)
      }
    }
  }
}
