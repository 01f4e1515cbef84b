import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'
import type {VFile} from 'vfile'
import {describeValue, expectationOf, fieldSchemas, refusedByCore, type ResolvedOptions} from './options.js'

type Directive = ContainerDirective | LeafDirective | TextDirective

/** Attributes a block may set, and the option each one overrides. */
const attributeOptions = {
  url: 'url',
  via: 'via',
  hashtags: 'hashtags',
  related: 'related',
  id: 'id',
  class: 'className'
} as const

type AttributeName = keyof typeof attributeOptions

// Lists are written differently in an attribute than in options.
const listExpectations: Partial<Record<string, string>> = {
  hashtags: 'comma-separated hashtags of letters, digits or _, not only digits (like `hashtags=writing,x`)',
  related: 'comma-separated X handles of 1–15 letters, digits or _ (like `related=tweetstorm,unifiedjs`)'
}

const listOf = (value: string): string[] => value.split(/[\s,]+/).filter((item) => item.length > 0)

/** How the directive is written, for messages: `:::tweetable`, `:tweet`. */
export function directiveLabel(node: Directive): string {
  const colons = node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':'
  return colons + node.name
}

/**
 * The settings for one block: the plugin's, overridden by the block's attributes. A bad
 * attribute is reported on the block (with its position) and ignored, so one typo does not
 * break the page.
 */
export function blockSettings(node: Directive, file: VFile, base: ResolvedOptions): ResolvedOptions {
  // The id and class of the plugin options never apply to a whole page of blocks.
  const settings: ResolvedOptions = {...base}
  delete settings.id
  delete settings.className
  const where = directiveLabel(node)
  for (const [name, raw] of Object.entries(node.attributes ?? {})) {
    if (!Object.hasOwn(attributeOptions, name)) {
      file.message(
        `Unexpected attribute \`${name}\` on \`${where}\`, expected one of ${Object.keys(attributeOptions)
          .map((key) => '`' + key + '`')
          .join(', ')}; ignoring it`,
        {place: node.position, ruleId: 'unknown-attribute', source: 'tweetstorm'}
      )
      continue
    }
    const option = attributeOptions[name as AttributeName]
    const value = raw ?? ''
    const input = option === 'hashtags' || option === 'related' ? listOf(value) : value
    const parsed = fieldSchemas[option].safeParse(input)
    const refused =
      parsed.success && (option === 'via' || option === 'hashtags' || option === 'related')
        ? refusedByCore({[option]: parsed.data})
        : []
    if (!parsed.success || refused.length > 0) {
      file.message(
        `Unexpected ${describeValue(value)} in attribute \`${name}\` on \`${where}\`, expected ${listExpectations[option] ?? expectationOf(option)}; ignoring it`,
        {place: node.position, ruleId: 'invalid-attribute', source: 'tweetstorm'}
      )
      continue
    }
    Object.assign(settings, {[option]: parsed.data})
  }
  return settings
}
