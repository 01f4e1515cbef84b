import type {Properties} from 'hast'
import type {BlockContent, Data, Blockquote, Link, Nodes, Paragraph, Parents, PhrasingContent, Root, Text} from 'mdast'
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'
import type {Plugin} from 'unified'
import {OptionsError} from '@tweetstorm/core'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {blockSettings, directiveLabel} from './attributes.js'
import {
  linkLabel,
  linkProperties,
  linkRow,
  madeLinks,
  planQuote,
  planSentence,
  quoteProperties,
  quoteTextProperties,
  sentenceProperties,
  shareTextOf,
  stormProperties
} from './elements.js'
import {IdRegistry} from './ids.js'
import {layoutSentences} from './layout.js'
import {isXOnly, networkName} from './networks.js'
import {warnNearMisses} from './near-miss.js'
import {fieldSchemas, resolveWith, type Options, type ResolvedOptions} from './options.js'
import {plainText, slicePhrasing} from './phrasing.js'
import type {Share, ShareProblem} from './share.js'
import {registerDirectiveSyntax} from './syntax.js'
import {hasVisibleText} from './text.js'

type Directive = ContainerDirective | LeafDirective | TextDirective

export interface Context {
  file: VFile
  settings: ResolvedOptions
  ids: IdRegistry
}

/**
 * Click-to-tweet quotes and tweetstorm blocks in Markdown, as static HTML.
 *
 * Brings the directive syntax itself (unless remark-directive already did) and turns
 * `:::tweetable`, `:tweet[…]` and `:::tweetstorm` into share links through `data.hName` and
 * `data.hProperties`, so it works with remark-rehype, MDX and Astro.
 *
 * @example
 *   unified().use(remarkParse).use(remarkTweetstorm, {via: 'tweetstorm'}).use(remarkRehype).use(rehypeStringify)
 */
const remarkTweetstorm: Plugin<[(Options | null | undefined)?], Root> = function (options) {
  const settings = pluginSettings(options)
  registerDirectiveSyntax(this)
  return function transform(tree, file): undefined {
    transformTree(tree, documentContext(file, settings))
    warnNearMisses(tree, file)
  }
}

export default remarkTweetstorm

/**
 * Options of the plugin, validated once for every document: the settings both adapters (remark and
 * Sätteri) start from.
 */
export function pluginSettings(options: Options | null | undefined): ResolvedOptions {
  // One id or class for every block of every page is never what was meant.
  const given = (options ?? {}) as Record<string, unknown>
  const perElement = typeof given === 'object' ? (['id', 'className'] as const).filter((name) => given[name] !== undefined) : []
  return resolveWith(
    options,
    perElement.map((name) => ({
      path: name,
      message: `Unexpected option \`${name}\` for the plugin, expected it only with tweetableElement or tweetstormElement; set \`${name === 'id' ? '#id' : '.class'}\` on a block instead`
    }))
  )
}

/**
 * What one document's transform shares between its blocks: its file (for the page URL, the
 * source text and warnings), the settings with that page's URL, and its ids.
 */
export function documentContext(file: VFile, settings: ResolvedOptions): Context {
  const context: Context = {file, settings: {...settings}, ids: new IdRegistry()}
  const pageUrl = pageUrlOf(file, settings)
  if (pageUrl === undefined) delete context.settings.url
  else context.settings.url = pageUrl
  return context
}

/**
 * Turn the tweetstorm directives of `tree` into share markup, in place. The Sätteri adapter calls
 * it on one block at a time with the same context, so ids stay unique across the page.
 */
export function transformTree(tree: Root, context: Context): void {
  if (context.settings.bareDirectivesAsText) restoreBareDirectives(tree, context.file)
  flattenInLinks(tree, context)
  visit(tree, (node, index, parent) => {
    if (node.type === 'containerDirective' && parent && index !== undefined) {
      if (node.name === 'tweetable') return [SKIP, quote(node, parent, index, context)]
      if (node.name === 'tweetstorm') return [SKIP, storm(node, parent, index, context)]
    }
    if (node.type === 'textDirective' && node.name === 'tweet' && parent && index !== undefined) {
      return [SKIP, inlineSentence(node, parent, index, context)]
    }
    return undefined
  })
}

/**
 * The page a share links back to: the file's own URL when a framework or the caller gives one
 * (`file.data.url`, or `url` in Astro's frontmatter), resolved against the `url` option so a
 * relative one works; else the `url` option.
 */
function pageUrlOf(file: VFile, settings: ResolvedOptions): string | undefined {
  const data = file.data as {url?: unknown; astro?: {frontmatter?: {url?: unknown}}}
  const given = data.url ?? data.astro?.frontmatter?.url
  if (given === undefined || given === null || given === '') return settings.url
  if (typeof given === 'string') {
    try {
      const url = new URL(given, settings.url)
      if (fieldSchemas.url.safeParse(url.href).success) return url.href
    } catch {
      // Reported below.
    }
  }
  file.message(
    `Unexpected page URL ${JSON.stringify(String(given)).slice(0, 60)} in the file's data, expected an absolute http(s) URL (or a path with the \`url\` option set); using the \`url\` option instead`,
    {ruleId: 'invalid-page-url', source: 'tweetstorm'}
  )
  return settings.url
}

/**
 * With directive syntax on, `10:30pm` or `a:b` in prose parse as text directives named `30pm`
 * and `b`, which would render as nothing. A text directive without label or attributes that no
 * plugin before this one handled is put back as the exact text the author wrote. Leaf
 * directives (`::toc` alone on a line) are deliberate and left for the plugins after this one.
 */
function restoreBareDirectives(tree: Root, file: VFile): void {
  const source = typeof file.value === 'string' ? file.value : file.value === undefined ? undefined : String(file.value)
  let restored = false
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined
    if (node.type !== 'textDirective') return undefined
    const bare = node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0
    if (!bare || isHandled(node)) return undefined
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    const value =
      source !== undefined && start !== undefined && end !== undefined
        ? source.slice(start, end)
        : ':' + node.name
    // `:tweet[]` was written as ours, brackets and all: it is reported as empty, not kept as text.
    if (node.name === 'tweet' && value !== ':tweet') return undefined
    const text: Text = {type: 'text', value, ...(node.position ? {position: node.position} : {})}
    parent.children.splice(index, 1, text as never)
    restored = true
    return index
  })
  if (restored) mergeTexts(tree)
}

function isHandled(node: Directive): boolean {
  const data = node.data as {hName?: unknown; hChildren?: unknown} | undefined
  return data?.hName !== undefined || data?.hChildren !== undefined
}

/** Join neighbouring text nodes, so restored colons read as one run of text. */
function mergeTexts(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return
    const children = node.children as Nodes[]
    for (let index = children.length - 1; index > 0; index--) {
      const previous = children[index - 1]
      const current = children[index]
      if (previous?.type === 'text' && current?.type === 'text') {
        const merged: Text = {type: 'text', value: previous.value + current.value}
        if (previous.position && current.position) {
          merged.position = {start: previous.position.start, end: current.position.end}
        }
        children.splice(index - 1, 2, merged)
      }
    }
  })
}

// `hName`/`hProperties` are typed by mdast-util-to-hast, which this package does not need at run
// time; these two helpers hold the one cast.
function elementData(hName: string, hProperties: Properties): Data {
  return {hName, hProperties} as Data
}

function toElement(node: Directive, hName: string, hProperties: Properties): void {
  node.data = {...node.data, ...elementData(hName, hProperties)}
}

function warn(context: Context, reason: string, node: Nodes, ruleId: string): void {
  context.file.message(reason, {place: node.position, ruleId, source: 'tweetstorm'})
}

/**
 * Report the shares that could not be linked or had to be shortened, one warning per network
 * (named when the links go to more than X). Returns the links that could be made.
 */
function reportShares(
  context: Context,
  links: ReadonlyArray<Share | ShareProblem>,
  node: Nodes,
  what: string,
  settings: ResolvedOptions
): Share[] {
  const named = !isXOnly(settings.platforms)
  for (const link of links) {
    const on = named ? ` on ${networkName(link.platform)}` : ''
    if (!('href' in link)) {
      const without = named ? `without its ${networkName(link.platform)} link` : 'without a share link'
      warn(context, `${link.problem}; rendering this ${what} ${without}`, node, 'no-share-link')
      continue
    }
    if (link.truncated) {
      warn(
        context,
        `Unexpected ${what} of ${link.length} characters with its link${on}, expected at most ${link.limit} to fit one post; the shared text is shortened with …, the page shows it whole`,
        node,
        'quote-too-long'
      )
    }
  }
  return madeLinks(links)
}

function linkNode(settings: ResolvedOptions, kind: 'quote' | 'sentence', link: Share, describedBy?: string): Link {
  return {
    type: 'link',
    url: link.href,
    children: [{type: 'text', value: linkLabel(settings, kind, link.platform)}],
    data: {hProperties: linkProperties(settings, kind, link, describedBy)} as Data
  }
}

/** The share links of a quote or sentence, separated by spaces: after a sentence, a space comes first. */
function linkNodes(settings: ResolvedOptions, kind: 'quote' | 'sentence', links: readonly Share[], describedBy?: string): Array<Link | Text> {
  const space = (): Text => ({type: 'text', value: ' '})
  const row = linkRow<Link | Text>(links, (link) => linkNode(settings, kind, link, describedBy), space)
  return kind === 'sentence' && row.length > 0 ? [space(), ...row] : row
}

/** Replace nested tweetstorm syntax with its content: a quote inside a rant would double the links. */
function flattenNested(node: ContainerDirective, context: Context): void {
  visit(node, (child, index, parent) => {
    if (child === node || !parent || index === undefined) return undefined
    if (child.type === 'containerDirective' && (child.name === 'tweetable' || child.name === 'tweetstorm')) {
      warn(context, `Unexpected \`${directiveLabel(child)}\` inside \`${directiveLabel(node)}\`, expected it at the top level; showing its text only`, child, 'nested-block')
      parent.children.splice(index, 1, ...(child.children as never[]))
      return index
    }
    if (child.type === 'textDirective' && child.name === 'tweet') {
      parent.children.splice(index, 1, ...(child.children as never[]))
      return index
    }
    return undefined
  })
}

/** A share link inside a link would be invalid HTML: `[see :tweet[this]](…)` shows the text only. */
function flattenInLinks(tree: Root, context: Context): void {
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'linkReference') return undefined
    visit(node, 'textDirective', (child, index, parent) => {
      if (child.name !== 'tweet' || !parent || index === undefined) return undefined
      warn(context, 'Unexpected `:tweet` inside a link, expected it outside: a link cannot hold its share link; showing its text only', child, 'tweet-in-link')
      parent.children.splice(index, 1, ...(child.children as never[]))
      return index
    })
    return SKIP
  })
}

function quote(node: ContainerDirective, parent: Parents, index: number, context: Context): number {
  const settings = blockSettings(node, context.file, context.settings)
  flattenNested(node, context)
  const paragraphs: string[] = []
  visit(node, (child) => {
    if (child.type === 'paragraph' || child.type === 'heading') {
      paragraphs.push(plainText(child.children).text)
      return SKIP
    }
    if (child.type === 'code') {
      paragraphs.push(child.value)
      return SKIP
    }
    return undefined
  })
  const text = shareTextOf(paragraphs)
  if (!hasVisibleText(text)) {
    warn(context, 'Unexpected empty `:::tweetable`, expected the text to quote between `:::tweetable` and `:::`', node, 'empty-quote')
    parent.children.splice(index, 1, ...(node.children as never[]))
    return index
  }
  const planned = planQuote(text, settings, context.ids)
  const id = planned.id
  warnIfRenamed(context, settings, id, node)
  const links = reportShares(context, planned.links, node, 'quote', settings)
  const blockquote: Blockquote = {
    type: 'blockquote',
    children: node.children as Blockquote['children'],
    data: {hProperties: quoteTextProperties(settings)} as Data
  }
  if (node.position) blockquote.position = node.position
  const children: Array<Blockquote | Link | Text> = [blockquote, ...linkNodes(settings, 'quote', links)]
  node.children = children as unknown as BlockContent[]
  toElement(node, 'figure', quoteProperties(settings, id))
  return index + 1
}

function storm(node: ContainerDirective, parent: Parents, index: number, context: Context): number {
  const settings = blockSettings(node, context.file, context.settings)
  flattenNested(node, context)
  // The block's own id is claimed first, in the same registry as every quote and sentence, so
  // no two elements of the page share an id and every link points back to its own element.
  const id = settings.id === undefined ? undefined : context.ids.claim(settings.id)
  warnIfRenamed(context, settings, id, node)
  // Paragraphs only, wherever they are (lists, block quotes): headings are titles, not claims,
  // and code is never cut.
  const paragraphs: Paragraph[] = []
  visit(node, (child) => {
    if (child.type === 'paragraph') paragraphs.push(child)
    return child.type === 'paragraph' || child.type === 'code' ? SKIP : undefined
  })
  let sentences = 0
  let refused = false
  for (const paragraph of paragraphs) {
    const original = paragraph.children
    const {text, atoms} = plainText(original)
    const children: PhrasingContent[] = []
    const layout = layoutSentences(text, settings, atoms)
    if (!Array.isArray(layout)) {
      warn(context, `${layout.problem}; rendering this paragraph without share links`, paragraph, 'no-share-link')
      refused = true
      continue
    }
    for (const segment of layout) {
      const part = slicePhrasing(original, segment.start, segment.end)
      if (segment.kind === 'gap') {
        children.push(...part.map(unwrapBlank))
        continue
      }
      sentences++
      const planned = planSentence(segment, settings, context.ids)
      const links = reportShares(context, planned.links, paragraph, 'sentence', settings)
      children.push(sentenceNode(settings, planned.id, part), ...linkNodes(settings, 'sentence', links, planned.id))
    }
    paragraph.children = children
  }
  if (sentences === 0) {
    if (!refused) warn(context, 'Unexpected `:::tweetstorm` without sentences, expected text between `:::tweetstorm` and `:::`', node, 'empty-storm')
    parent.children.splice(index, 1, ...(node.children as never[]))
    return index
  }
  toElement(node, 'div', stormProperties(settings, id))
  return index + 1
}

/** An `#id` the author chose that another element of the page already has is changed: say so. */
function warnIfRenamed(context: Context, settings: ResolvedOptions, id: string | undefined, node: Directive): void {
  if (settings.id === undefined || id === settings.id) return
  warn(
    context,
    `Unexpected id \`${settings.id}\` on \`${directiveLabel(node)}\`, expected an id no other block of the page has; using \`${String(id)}\``,
    node,
    'duplicate-id'
  )
}

/** Emphasis or a link around nothing but the space between two sentences is noise: keep the space. */
function unwrapBlank(node: PhrasingContent): PhrasingContent {
  if (!('children' in node)) return node
  const {text} = plainText([node])
  return text.trim() === '' && text !== '' ? {type: 'text', value: text} : node
}

// A sentence is kept as a `:tweet[…]` directive: what it would be if written by hand, so
// remark-stringify writes it back as Markdown this plugin understands.
function sentenceNode(settings: ResolvedOptions, id: string, children: PhrasingContent[]): TextDirective {
  return {
    type: 'textDirective',
    name: 'tweet',
    attributes: {},
    children,
    data: elementData('span', sentenceProperties(settings, id))
  }
}

/** `:tweet[sentence]`: the sentence in a `span` with an id, then its share link. Returns where to go on. */
function inlineSentence(node: TextDirective, parent: Parents, index: number, context: Context): number {
  const settings = blockSettings(node, context.file, context.settings)
  const text = shareTextOf([plainText(node.children).text])
  if (!hasVisibleText(text)) {
    warn(context, 'Unexpected empty `:tweet`, expected a sentence in brackets such as `:tweet[Ship small.]`', node, 'empty-sentence')
    parent.children.splice(index, 1, ...(node.children as never[]))
    return index
  }
  const planned = planQuote(text, settings, context.ids)
  const id = planned.id
  warnIfRenamed(context, settings, id, node)
  const links = reportShares(context, planned.links, node, 'sentence', settings)
  toElement(node, 'span', sentenceProperties(settings, id))
  const after = linkNodes(settings, 'sentence', links, id)
  parent.children.splice(index + 1, 0, ...(after as never[]))
  return index + 1 + after.length
}
