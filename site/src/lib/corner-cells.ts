import type {HastPluginDefinition} from 'satteri'

/**
 * A Sätteri hast plugin that turns an empty table header cell into a data cell. A README table whose
 * rows are labelled in their first column leaves the corner above the labels empty (`| | X | Bluesky |`);
 * as a `th` it is a header that names nothing, which screen readers announce as a blank header (axe:
 * `empty-table-header`). As a `td` it is simply the empty corner.
 *
 * @example
 *   // <tr><th></th><th>X</th></tr>  →  <tr><td></td><th>X</th></tr>
 */
export function cornerCells(): HastPluginDefinition {
  return {
    name: 'site:corner-cells',
    element: {
      filter: ['th'],
      visit(node, context) {
        if (context.textContent(node).trim() !== '') return
        context.replaceNode(node, {type: 'element', tagName: 'td', properties: {...node.properties}, children: []})
      }
    }
  }
}
