import {parseArgs} from 'node:util'
import type {Platform, SplitOptions} from '@tweetstorm/core'
import {UsageError} from './errors.js'

/** One command-line option, described once and used for parsing, validation and help. */
export interface OptionSpec {
  /** Long name without dashes, exactly as typed: `numbering-position`. */
  name: string
  short?: string
  /** `string` options take a value; `boolean` ones are switches. */
  type: 'string' | 'boolean'
  /** Placeholder for the value in help: `<n>`. */
  value?: string
  /** May be given more than once; values are collected in order. */
  multiple?: boolean
  description: string
  /**
   * The values it takes, read from core's exported lists when help is printed (`x, bluesky, …`),
   * so help never re-lists what core defines. Only help loads core; parsing does not.
   */
  choices?: (core: Core) => string
}

/** `@tweetstorm/core`, as loaded on demand. */
export type Core = typeof import('@tweetstorm/core')

export type OptionValue = string | boolean | string[] | undefined

export interface ParsedArgs {
  values: Record<string, OptionValue>
  positionals: string[]
}

/** The platform settings every command passes to core, as typed (core validates them). */
export interface PlatformSettings {
  platform?: Platform
  instance?: string
  links?: NonNullable<SplitOptions['links']>
}

/** `--platform`, `--instance` and `--links` as given; whatever was not given is left out. */
export function platformSettings(args: ParsedArgs): PlatformSettings {
  const settings: PlatformSettings = {}
  const platform = stringOption(args, 'platform')
  if (platform !== undefined) settings.platform = platform as Platform
  const instance = stringOption(args, 'instance')
  if (instance !== undefined) settings.instance = instance
  const links = stringOption(args, 'links')
  if (links !== undefined) settings.links = links as NonNullable<SplitOptions['links']>
  return settings
}

/** Options every command understands. */
export const commonOptions: readonly OptionSpec[] = [
  {name: 'help', short: 'h', type: 'boolean', description: 'show this help'},
  {name: 'debug', type: 'boolean', description: 'print stack traces of errors'}
]

/**
 * The network every command counts, splits and shares for. Each value is core's to judge, so the
 * CLI takes exactly the platforms core has.
 */
export const platformOptions: readonly OptionSpec[] = [
  {
    name: 'platform',
    type: 'string',
    value: '<name>',
    description: 'network to count, split and share for',
    choices: (core) => `${orList(core.platforms)}; default x`
  },
  {
    name: 'instance',
    type: 'string',
    value: '<host>',
    description: 'Mastodon server share links open on, such as mastodon.social'
  }
]

/** How Bluesky links count; core rejects it for other platforms. */
export const linksOption: OptionSpec = {
  name: 'links',
  type: 'string',
  value: '<how>',
  description: 'Bluesky only: count links as the app shortens them, or in full',
  choices: (core) => `${orList(core.linksSchema.options)}; default shortened`
}

/** `a, b or c`, as help lists choices. */
export function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}

/**
 * The limits of every platform for `--limit` help: `x 280 (40–25000), bluesky 300 (…)`. From core's
 * profiles, so a new platform or a changed bound shows up here by itself.
 */
export function limitChoices(core: Core): string {
  return (
    'default and range per platform: ' +
    core.platforms
      .map((name) => {
        const {limit} = core.platformProfile(name)
        return `${name} ${limit.default} (${limit.min}–${limit.max})`
      })
      .join(', ')
  )
}

/**
 * Parse `argv` against `specs`. `node:util` parseArgs does the tokenising; its own strict mode is
 * off because its messages ("Unknown option '--limt'. To specify a positional argument…") name
 * neither the command nor what would be valid. We walk its tokens and say both.
 */
export function parseCommandArgs(
  command: string,
  specs: readonly OptionSpec[],
  argv: readonly string[]
): ParsedArgs {
  const config: Record<
    string,
    {type: 'string' | 'boolean'; short?: string; multiple?: boolean}
  > = {}
  for (const spec of specs) {
    config[spec.name] = {
      type: spec.type,
      ...(spec.short ? {short: spec.short} : {}),
      ...(spec.multiple ? {multiple: true} : {})
    }
  }

  const {values, positionals, tokens} = parseArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true
  })

  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const spec = specs.find((s) => s.name === token.name)
    if (!spec) {
      throw new UsageError(
        `Unexpected option ${token.rawName}, expected one of ${specs
          .map((s) => '--' + s.name)
          .join(', ')}${suggest(
          token.name,
          specs.map((s) => s.name),
          '--'
        )}`
      )
    }
    if (spec.type === 'string' && token.value === undefined) {
      throw new UsageError(
        `Unexpected end of ${token.rawName}, expected a value: ${token.rawName} ${spec.value ?? '<value>'}`
      )
    }
    if (spec.type === 'boolean' && token.inlineValue) {
      throw new UsageError(
        `Unexpected value for ${token.rawName}, expected a switch without a value: ${token.rawName}`
      )
    }
  }

  return {values: values as Record<string, OptionValue>, positionals}
}

/** A string option's value (the last one if repeated). */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name]
  if (Array.isArray(value)) return value.at(-1)
  return typeof value === 'string' ? value : undefined
}

/** Whether a switch was given. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true
}

/**
 * A comma-separated list option that may also be repeated: `--hashtags a,b --hashtags c`.
 * A leading `#` or `@` is dropped, because people type hashtags and handles the way they see them.
 */
export function listOption(args: ParsedArgs, name: string): string[] | undefined {
  const value = args.values[name]
  if (value === undefined || typeof value === 'boolean') return undefined
  const given = Array.isArray(value) ? value : [value]
  const items = given
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().replace(/^[#@]/, ''))
    .filter((v) => v !== '')
  // `--hashtags ,,,` (or `''`) is a mistake, not a request for no hashtags.
  if (items.length === 0) {
    throw new UsageError(
      `Unexpected ${JSON.stringify(given.join(',').slice(0, 40))} for --${name}, expected comma-separated names such as --${name} ${name === 'hashtags' ? 'writing,typescript' : 'tweetstorm,unifiedjs'}`
    )
  }
  return items
}

/** `--limit 280` as a number; the range is core's to judge. */
export function wholeNumberOption(
  args: ParsedArgs,
  name: string
): number | undefined {
  const value = stringOption(args, name)
  if (value === undefined) return undefined
  if (!/^\s*\d+\s*$/.test(value)) {
    throw new UsageError(
      `Unexpected ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value)} for --${name}, expected a whole number such as 280`
    )
  }
  return Number(value)
}

/** Format an option list for help output; `core`, when given, adds each option's choices. */
export function describeOptions(specs: readonly OptionSpec[], core?: Core): string {
  const left = specs.map(
    (s) =>
      (s.short ? `-${s.short}, ` : '    ') +
      `--${s.name}` +
      (s.value ? ` ${s.value}` : '')
  )
  const width = Math.max(...left.map((l) => l.length)) + 2
  return specs
    .map((s, i) => {
      const choices = core && s.choices ? ` (${s.choices(core)})` : ''
      return `  ${left[i]!.padEnd(width)}${s.description}${choices}`
    })
    .join('\n')
}

/** " (did you mean --limit?)" when `input` is one typo away from a known name. */
export function suggest(
  input: string,
  known: readonly string[],
  prefix = ''
): string {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const distance = editDistance(input, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  const tolerance = Math.max(1, Math.floor(input.length / 4))
  return best !== undefined && bestDistance <= tolerance
    ? ` (did you mean ${prefix}${best}?)`
    : ''
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
    previous = current
  }
  return previous[b.length]!
}
