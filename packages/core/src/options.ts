import * as z from 'zod/mini'

/**
 * Thrown when an options object does not match its schema. The message lists every problem at
 * once, each with the option's path, what was expected and what was received.
 */
export class OptionsError extends TypeError {
  /** One entry per problem: `path` is the dotted option name (`''` for the object itself). */
  readonly problems: ReadonlyArray<{path: string; message: string}>

  constructor(
    where: string,
    problems: ReadonlyArray<{path: string; message: string}>
  ) {
    super(
      `Invalid ${where} options:\n` +
        problems
          .map((p) => `  ✖ ${p.message}${p.path ? ` → at ${p.path}` : ''}`)
          .join('\n')
    )
    this.name = 'OptionsError'
    this.problems = problems
  }
}

/** Show a received value in an error without echoing a whole document back. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? value.slice(0, 37) + '…' : value
    return JSON.stringify(shown)
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value)
  }
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'bigint') return `${value}n`
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/**
 * What a schema message says is expected. Core's schemas word their messages "Expected `x` to
 * be Y" or "Unexpected `x`, expected Y"; every problem is reported in one voice, "Unexpected
 * <value> for `<option>`, expected Y", so only Y is kept. zod's own messages are kept whole.
 */
function expectationIn(message: string): string {
  const toBe = message.indexOf(' to be ')
  if (message.startsWith('Expected `') && toBe > 0) return message.slice(toBe + ' to be '.length)
  const expected = message.indexOf(', expected ')
  if (message.startsWith('Unexpected ') && expected > 0) return message.slice(expected + ', expected '.length)
  return message.charAt(0).toLowerCase() + message.slice(1)
}

/** The option names of an object schema, for "expected one of" lists. */
function knownKeys(schema: z.core.$ZodType): string[] {
  const shape = (schema as {shape?: unknown}).shape
  return shape !== null && typeof shape === 'object' ? Object.keys(shape) : []
}

/**
 * Validate `value` against `schema`, returning the parsed output or throwing one `OptionsError`
 * that names every bad option: the one option-error formatter of tweetstorm. Every problem reads
 * "Unexpected <value> for `<option>`, expected <what>", where <what> comes from the schema's
 * message ("Unexpected limit, expected a whole number from 40 to 280" gives "a whole number from
 * 40 to 280"). `schema` may be zod/mini or zod classic, and may nest core's exported schemas.
 *
 * @example
 *   parseOptions(z.strictObject({platform: platformSchema}), {platform: 'myspace'}, 'tweetstorm')
 *   // OptionsError: Invalid tweetstorm options:
 *   //   ✖ Unexpected "myspace" for `platform`, expected one of 'x', 'bluesky', … → at platform
 */
export function parseOptions<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  where: string
): z.output<S> {
  const result = z.safeParse(schema, value ?? {}, {reportInput: true})
  if (result.success) return result.data
  const known = knownKeys(schema)
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    // `hashtags.1` reads as "in `hashtags`"; the path itself still says which item.
    const listed = issue.path.length > 1 && typeof issue.path.at(-1) === 'number'
    const name = path === '' ? 'options' : issue.path.slice(0, listed ? -1 : undefined).map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      return {
        path,
        message: `Unexpected option${issue.keys.length > 1 ? 's' : ''} ${issue.keys
          .map((k) => '`' + k + '`')
          .join(', ')}, expected ${known.length > 0 ? 'one of ' + known.map((k) => '`' + k + '`').join(', ') : 'only known options (check the spelling)'}`
      }
    }
    const got = 'input' in issue ? describeValue(issue.input) : 'a value'
    const wanted = path === '' ? 'an options object such as `{limit: 280}`' : expectationIn(issue.message)
    return {path, message: `Unexpected ${got} ${listed ? 'in' : 'for'} \`${name}\`, expected ${wanted}`}
  })
  // Several checks of one value can fail at once; say each different thing once.
  const seen = new Set<string>()
  const unique = problems.filter((problem) => {
    const key = problem.path + '\0' + problem.message
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  throw new OptionsError(where, unique)
}
