import type {HastPluginDefinition} from 'satteri'

/**
 * A Sätteri hast plugin for the package READMEs rendered under `/docs/<package>/`: a relative link
 * to another package's README (`../core/README.md#api`) points at that package's docs page instead
 * (`../core/#api`). On GitHub the README link is right; on the site the `.md` file is not served.
 *
 * @example
 *   // <a href="../remark/README.md#options">  →  <a href="../remark/#options">
 */
export function readmeLinks(): HastPluginDefinition {
  return {
    name: 'site:readme-links',
    element: {
      filter: ['a'],
      visit(node, context) {
        const href = node.properties['href']
        if (typeof href === 'string' && !/^[a-z][a-z\d+.-]*:|^\//i.test(href)) {
          const fixed = href.replace(/(^|\/)README\.md(?=#|$)/i, '$1')
          if (fixed !== href) context.setProperty(node, 'href', fixed)
        }
      }
    }
  }
}
