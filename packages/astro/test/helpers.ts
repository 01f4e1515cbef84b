import {experimental_AstroContainer as AstroContainer} from 'astro/container'
import type {Element, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'

let container: Promise<AstroContainer> | undefined

export interface RenderOptions {
  slots?: Record<string, string>
  /** The URL of the page being rendered (`Astro.url`). */
  page?: string
}

/** Render a component through Astro's container API and return its HTML. */
export async function render(component: unknown, props: Record<string, unknown> = {}, options: RenderOptions = {}) {
  container ??= AstroContainer.create()
  const renderOptions: {props: Record<string, unknown>; slots?: Record<string, string>; request?: Request} = {props}
  if (options.slots) renderOptions.slots = options.slots
  if (options.page) renderOptions.request = new Request(options.page)
  // `.astro` imports are opaque factories in this package's types; the container checks them at run time.
  return (await container).renderToString(component as never, renderOptions)
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
