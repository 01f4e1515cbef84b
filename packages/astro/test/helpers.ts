import {experimental_AstroContainer as AstroContainer} from 'astro/container'
import type {Element, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'

let container: AstroContainer | undefined

/** Render a component through Astro's container API and return its HTML. */
export async function render(component: unknown, props: Record<string, unknown> = {}, slots?: Record<string, string>) {
  container ??= await AstroContainer.create()
  // The container's types want an AstroComponentFactory; `.astro` imports are typed loosely in tests.
  const options: {props: Record<string, unknown>; slots?: Record<string, string>} = {props}
  if (slots) options.slots = slots
  return container.renderToString(component as never, options)
}

/** Parse an HTML fragment into hast, as a browser would. */
export function parse(html: string): Root {
  return fromHtml(html, {fragment: true})
}

/** Every element of a tree, in document order. */
export function elements(tree: Root | Element): Element[] {
  const found: Element[] = []
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') found.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return found
}

/** Concatenated text of a node, like `textContent`. */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((child) => textOf(child)).join('')
  return ''
}

/** Elements that carry a class name. */
export function byClass(tree: Root | Element, name: string): Element[] {
  return elements(tree).filter((element) => {
    const value = element.properties['className']
    return Array.isArray(value) && value.includes(name)
  })
}
