import {z} from 'zod'

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
  return typeof value === 'object' ? 'an object' : typeof value
}

/**
 * Validate `value` against `schema`, returning the parsed output or throwing one
 * `OptionsError` that names every bad option.
 */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: string
): z.output<S> {
  const result = schema.safeParse(value ?? {}, {reportInput: true})
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      return {
        path,
        message: `Unexpected option${issue.keys.length > 1 ? 's' : ''} ${issue.keys
          .map((k) => '`' + k + '`')
          .join(', ')}, expected only known options (check the spelling)`
      }
    }
    const got =
      'input' in issue ? `, got ${describeValue(issue.input)}` : ''
    return {path, message: `${issue.message}${got}`}
  })
  throw new OptionsError(where, problems)
}
