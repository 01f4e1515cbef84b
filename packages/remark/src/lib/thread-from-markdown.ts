import {httpUrlSchema} from '@tweetstorm/core'
import type {Nodes, RootContent} from 'mdast'
import {directiveFromMarkdown} from 'mdast-util-directive'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {directive} from 'micromark-extension-directive'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfm} from 'micromark-extension-gfm'
import {mdxFromMarkdown} from 'mdast-util-mdx'
import {mdxjs} from 'micromark-extension-mdxjs'
import {joinLines, joinLinesLoosely} from './text.js'

/** The line `splitThread` reads as "start a new tweet here". */
const breakMarker = '---'

/** How to read the Markdown. */
export interface ThreadFromMarkdownOptions {
  /**
   * Read it as MDX (default `false`): `import`/`export` lines, JSX and `{expressions}` are
   * syntax, left out of the thread like front matter. Invalid MDX throws the parser's error, a
   * `VFileMessage` with the line and column, as any MDX compiler would.
   */
  mdx?: boolean | null | undefined
}

interface State {
  source: string
  definitions: Map<string, string>
}

/**
 * Turn a Markdown post into plain text ready for `splitThread`: links become their URLs (or
 * "text URL" when the text differs), lists become lines, headings and thematic breaks start a
 * new tweet (a `---` line), formatting marks are dropped. Front matter, raw HTML, footnotes and
 * link definitions are left out. GFM and directives are understood.
 *
 * @example
 *   threadFromMarkdown('# Why\n\nRead [the docs](https://example.com).')
 *   // 'Why\n\n---\n\nRead the docs https://example.com.'  (no marker before the first heading)
 */
export function threadFromMarkdown(markdown: string, options?: ThreadFromMarkdownOptions | null): string {
  const source = String(markdown ?? '')
  const mdx = options?.mdx === true
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml', 'toml']), gfm(), directive(), ...(mdx ? [mdxjs()] : [])],
    mdastExtensions: [
      frontmatterFromMarkdown(['yaml', 'toml']),
      gfmFromMarkdown(),
      directiveFromMarkdown(),
      ...(mdx ? [mdxFromMarkdown()] : [])
    ]
  })
  const state: State = {source, definitions: new Map()}
  collectDefinitions(tree, state)
  const parts: string[] = []
  for (const block of flow(tree.children, state)) {
    // A break never opens the thread, and two in a row are one.
    if (block === breakMarker && (parts.length === 0 || parts.at(-1) === breakMarker)) continue
    parts.push(block)
  }
  if (parts.at(-1) === breakMarker) parts.pop()
  return parts.join('\n\n')
}

function collectDefinitions(node: Nodes, state: State): void {
  if (node.type === 'definition') {
    if (!state.definitions.has(node.identifier)) state.definitions.set(node.identifier, node.url)
    return
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, state)
}

/** Blocks as text, one entry per paragraph-like block, with `---` entries for tweet breaks. */
function flow(nodes: readonly RootContent[], state: State): string[] {
  const blocks: string[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph': {
        const text = phrasing(node.children, state).trim()
        if (text) blocks.push(text)
        break
      }
      case 'heading': {
        blocks.push(breakMarker)
        const text = phrasing(node.children, state).trim()
        if (text) blocks.push(text)
        break
      }
      case 'thematicBreak':
        blocks.push(breakMarker)
        break
      case 'code':
        if (node.value.trim()) blocks.push(node.value)
        break
      case 'list': {
        const lines = list(node, state, 0)
        if (lines.length > 0) blocks.push(lines.join('\n'))
        break
      }
      case 'table': {
        const rows = node.children
          .map((row) => row.children.map((cell) => phrasing(cell.children, state).trim()).join(' | '))
          .filter((row) => row.replaceAll('|', '').trim().length > 0)
        if (rows.length > 0) blocks.push(rows.join('\n'))
        break
      }
      case 'leafDirective': {
        const text = phrasing(node.children, state).trim()
        if (text) blocks.push(text)
        else if (isBare(node, state)) blocks.push(sourceOf(node, state))
        break
      }
      case 'blockquote':
      case 'containerDirective':
      // JSX is syntax, but the text inside a component (`<Callout>Read this.</Callout>`) is read.
      case 'mdxJsxFlowElement':
        blocks.push(...flow(node.children as RootContent[], state))
        break
      default:
        // html, definition, footnoteDefinition, yaml, toml, and MDX's import/export lines and
        // expressions: nothing a reader of the thread sees.
        break
    }
  }
  return blocks
}

function list(node: Extract<Nodes, {type: 'list'}>, state: State, depth: number): string[] {
  const lines: string[] = []
  const indent = '  '.repeat(depth)
  let number = node.start ?? 1
  for (const item of node.children) {
    const marker = node.ordered ? `${number++}.` : '-'
    const texts: string[] = []
    const nested: string[] = []
    for (const child of item.children) {
      if (child.type === 'list') nested.push(...list(child, state, depth + 1))
      else texts.push(...flow([child], state).filter((text) => text !== breakMarker))
    }
    const text = joinLinesLoosely(texts.join(' '))
    lines.push(`${indent}${marker} ${text}`.trimEnd(), ...nested)
  }
  return lines
}

/**
 * A directive that is really prose (`:30pm` in `10:30pm`): no label, no attributes, and not
 * written with brackets either, so `:tweet[]` is an empty directive, not text to post.
 */
function isBare(node: Extract<Nodes, {type: 'textDirective' | 'leafDirective'}>, state: State): boolean {
  if (node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0) return false
  const source = sourceOf(node, state)
  return !source.endsWith(']') && !source.endsWith('}')
}

function sourceOf(node: Nodes, state: State): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? '' : state.source.slice(start, end)
}

// Core's one http(s) URL check.
function isWebUrl(value: string): boolean {
  return httpUrlSchema.safeParse(value).success
}

/** Inline content as the words a reader sees. A soft line break is a space. */
function phrasing(nodes: readonly Nodes[], state: State): string {
  let text = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        text += joinLines(node.value)
        break
      case 'inlineCode':
        text += node.value
        break
      case 'break':
        text += '\n'
        break
      case 'image':
      case 'imageReference':
        text += node.alt ?? ''
        break
      case 'link':
        text += link(phrasing(node.children, state), node.url)
        break
      case 'linkReference': {
        const url = state.definitions.get(node.identifier)
        text += url === undefined ? phrasing(node.children, state) : link(phrasing(node.children, state), url)
        break
      }
      case 'textDirective':
        text += isBare(node, state) ? sourceOf(node, state) : phrasing(node.children, state)
        break
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'mdxJsxTextElement':
        text += phrasing(node.children, state)
        break
      default:
        // html, footnoteReference, MDX expressions: not part of the post.
        break
    }
  }
  return text
}

/** A link as a post shows it: the URL, or "text URL"; a link that is not on the web keeps its text only. */
function link(label: string, url: string): string {
  if (!isWebUrl(url)) return label
  const shown = label.trim()
  if (shown === '' || shown === url || shown === url.replace(/^https?:\/\//i, '') || 'mailto:' + shown === url) return url
  return `${shown} ${url}`
}
