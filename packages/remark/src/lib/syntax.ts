import {directiveFromMarkdown, directiveToMarkdown} from 'mdast-util-directive'
import {directive} from 'micromark-extension-directive'
import type {Processor} from 'unified'

const ours = directive()

// Another copy of micromark-extension-directive (say, under remark-directive) has other
// objects but the same tokenizer names, so both identity and name are checked.
function isDirectiveSyntax(extension: unknown): boolean {
  if (Array.isArray(extension)) return extension.some(isDirectiveSyntax)
  const text = (extension as {text?: Record<number, unknown>} | undefined)?.text?.[58]
  const constructs: unknown[] = Array.isArray(text) ? text : [text]
  return constructs.some(
    (construct) =>
      construct !== undefined &&
      (construct === ours.text?.[58] ||
        (construct as {tokenize?: {name?: string}}).tokenize?.name === 'tokenizeDirectiveText')
  )
}

function isDirectiveFromMarkdown(extension: unknown): boolean {
  if (Array.isArray(extension)) return extension.some(isDirectiveFromMarkdown)
  const enter = (extension as {enter?: Record<string, unknown>} | undefined)?.enter
  return enter !== undefined && 'directiveText' in enter && 'directiveContainer' in enter
}

function isDirectiveToMarkdown(extension: unknown): boolean {
  if (Array.isArray(extension)) return extension.some(isDirectiveToMarkdown)
  const handlers = (extension as {handlers?: Record<string, unknown>} | undefined)?.handlers
  return handlers !== undefined && 'textDirective' in handlers && 'containerDirective' in handlers
}

/**
 * Teach the processor the generic directive syntax, as remark-directive does, unless it already
 * knows it: registering it twice would make micromark try every `:` twice.
 *
 * @returns whether this call added the syntax.
 */
export function registerDirectiveSyntax(processor: Processor): boolean {
  // Typed here rather than through remark-parse/remark-stringify, which are not dependencies.
  const data = processor.data() as {
    micromarkExtensions?: unknown[]
    fromMarkdownExtensions?: unknown[]
    toMarkdownExtensions?: unknown[]
  }
  const micromark = (data.micromarkExtensions ??= [])
  const fromMarkdown = (data.fromMarkdownExtensions ??= [])
  const toMarkdown = (data.toMarkdownExtensions ??= [])
  let added = false
  if (!micromark.some(isDirectiveSyntax)) {
    micromark.push(directive())
    added = true
  }
  if (!fromMarkdown.some(isDirectiveFromMarkdown)) fromMarkdown.push(directiveFromMarkdown())
  if (!toMarkdown.some(isDirectiveToMarkdown)) toMarkdown.push(directiveToMarkdown())
  return added
}
