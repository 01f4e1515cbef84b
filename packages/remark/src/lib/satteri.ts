import type {Nodes, Root, RootContent} from 'mdast'
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'
import {VFile} from 'vfile'
import type {Options} from './options.js'
import {documentContext, pluginSettings, transformTree} from './plugin.js'

/**
 * The part of Sätteri's mdast visitor context this plugin uses (`MdastVisitorContext` in
 * `satteri`). Declared here so the published types do not need `satteri` installed.
 */
export interface SatteriMdastContext {
  readonly source: string
  readonly fileURL: URL | undefined
  readonly data: Record<string, unknown>
  replaceNode(node: unknown, replacement: unknown): void
  setProperty(node: unknown, key: 'data', value: Record<string, unknown>): void
  report(diagnostic: {message: string; node?: unknown; severity?: 'error' | 'warning' | 'info'}): void
}

/** A Sätteri mdast plugin, as `markdownToHtml(…, {mdastPlugins: [plugin]})` or Astro's `satteri({mdastPlugins})` take it. */
export interface SatteriTweetstormPlugin {
  name: '@tweetstorm/remark'
  options: {position: true}
  before(root: Readonly<Root>, context: SatteriMdastContext): undefined
}

/** Options of the Sätteri plugin: those of `remarkTweetstorm`, and where warnings go. */
export interface SatteriOptions extends Options {
  /**
   * Called with each warning (`quote-too-long`, `no-share-link`, …), with `file`, `line`,
   * `column` and `ruleId` set. Sätteri keeps plugin diagnostics to itself, so without this
   * hook warnings are printed with `console.warn`.
   */
  onMessage?: ((message: VFile['messages'][number]) => void) | undefined
}

/**
 * Click-to-tweet quotes and tweetstorm blocks for the Sätteri Markdown processor (Astro 7's
 * default): the same directives, options, warnings and HTML as `remarkTweetstorm`.
 *
 * Needs Sätteri's directive syntax (`features: {directive: true}`). The page URL share links
 * point back to is `ctx.data.url` when a plugin before this one sets it, else the `url` option.
 *
 * @example
 *   markdownToHtml(markdown, {features: {directive: true}, mdastPlugins: [satteriTweetstorm({via: 'tweetstorm'})]})
 */
export function satteriTweetstorm(options?: SatteriOptions | null): SatteriTweetstormPlugin {
  const {onMessage, ...shared} = options ?? {}
  if (onMessage !== undefined && typeof onMessage !== 'function') {
    throw new TypeError('@tweetstorm/remark: Unexpected `onMessage`, expected a function `(message) => void`')
  }
  const settings = pluginSettings(shared)
  return {
    name: '@tweetstorm/remark',
    // Warnings carry a line and column, and bare `10:30pm`-style directives are put back from
    // the source by their offsets.
    options: {position: true},
    before(root, context) {
      const file = new VFile({
        value: context.source,
        // vfile takes `file:` URLs only; warnings of other documents go without a file name.
        ...(context.fileURL?.protocol === 'file:' ? {path: context.fileURL} : {}),
        data: documentData(context.data)
      })
      const document = documentContext(file, settings)
      for (const {node, within} of blocks(root, settings.bareDirectivesAsText)) {
        // The shared transform runs on a plain copy of the block, inside whatever it sits in
        // (a link drops the share link of a `:tweet` inside it); only the result crosses back.
        const copy = plain(node) as RootContent
        const tree: Root = {type: 'root', children: [copy]}
        const holder = within ? (plain(within) as RootContent & {children: RootContent[]}) : undefined
        if (holder) {
          holder.children = [copy]
          tree.children = [holder]
        }
        transformTree(tree, document)
        const result = holder ? (tree.children[0] as typeof holder).children : tree.children
        for (const child of result) unknownDirectives(child, (directive) => (directive.data = {...directive.data, ...fallback} as Directive['data']))
        context.replaceNode(node, result)
      }
      unknownDirectives(root as Root, (directive) => context.setProperty(directive, 'data', {...directive.data, ...fallback}))
      for (const message of file.messages) {
        context.report({message: message.reason, severity: 'warning'})
        if (onMessage) onMessage(message)
        else console.warn(String(message))
      }
      return undefined
    }
  }
}

/** `file.data` as the remark plugin reads it: `url`, and Astro's frontmatter. */
function documentData(data: Record<string, unknown>): Record<string, unknown> {
  const {url, astro} = data
  return {...(url === undefined ? {} : {url}), ...(astro === undefined ? {} : {astro})}
}

type Directive = ContainerDirective | LeafDirective | TextDirective

const blockNames = new Set(['tweetable', 'tweetstorm'])

/**
 * The nodes the transform must see, outermost first and in document order, as remark's walk
 * meets them: tweetstorm blocks, `:tweet` directives outside them, and (when restored as text)
 * bare text directives. A directive inside a link comes with its link (`within`), which decides
 * how it renders.
 */
function blocks(root: Readonly<Root>, bare: boolean): Array<{node: Nodes; within?: Nodes}> {
  const found: Array<{node: Nodes; within?: Nodes}> = []
  const walk = (node: Nodes, link: Nodes | undefined): void => {
    if (node.type === 'containerDirective' && blockNames.has(node.name)) {
      found.push({node})
      return
    }
    if (node.type === 'textDirective') {
      const bareOne = node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0
      if (node.name === 'tweet' || (bare && bareOne)) {
        found.push(link ? {node, within: link} : {node})
        return
      }
    }
    const inLink = link ?? (node.type === 'link' || node.type === 'linkReference' ? node : undefined)
    if ('children' in node) for (const child of node.children) walk(child as Nodes, inLink)
  }
  walk(root as Root, undefined)
  return found
}

// What remark-rehype makes of a node it has no handler for: a `div` around its children.
const fallback = {hName: 'div'}

/**
 * Directives no plugin handled. remark-rehype renders them as a `div` around their content, where
 * Sätteri drops them, text and all: `:::note` with a `:tweet` inside would vanish. They get
 * remark-rehype's rendering here, so both processors keep the author's text alike; a plugin
 * before this one that sets `hName` keeps its own.
 */
function unknownDirectives(tree: Nodes, found: (node: Directive) => void): void {
  const walk = (node: Nodes): void => {
    if (
      (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') &&
      !isRendered(node)
    ) {
      found(node)
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(tree)
}

function isRendered(node: Directive): boolean {
  const data = node.data as {hName?: unknown; hChildren?: unknown} | undefined
  return data?.hName !== undefined || data?.hChildren !== undefined
}

/** A plain copy of a node, without the handles Sätteri keeps on the ones it hands out. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain)
  if (value === null || typeof value !== 'object') return value
  const copy: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    if (key.startsWith('_') || field === undefined) continue
    copy[key] = plain(field)
  }
  return copy
}
