/** The part of a hast node this plugin reads. */
interface HastNode {
  type: string
  tagName?: string
  properties?: Record<string, unknown>
  children?: HastNode[]
}

/**
 * A rehype plugin for the package READMEs rendered under `/docs/<package>/`: a relative link to
 * another package's README (`../core/README.md#api`) points at that package's docs page instead
 * (`../core/#api`). On GitHub the README link is right; on the site the `.md` file is not served.
 *
 * @example
 *   // <a href="../remark/README.md#options">  →  <a href="../remark/#options">
 */
export default function rehypeReadmeLinks() {
  return (tree: HastNode) => {
    const visit = (node: HastNode) => {
      const href = node.type === 'element' && node.tagName === 'a' ? node.properties?.['href'] : undefined
      if (typeof href === 'string' && !/^[a-z][a-z\d+.-]*:|^\//i.test(href)) {
        node.properties = {...node.properties, href: href.replace(/(^|\/)README\.md(?=#|$)/i, '$1')}
      }
      for (const child of node.children ?? []) visit(child)
    }
    visit(tree)
  }
}
