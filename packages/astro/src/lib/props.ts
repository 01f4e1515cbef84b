import {OptionsError} from '@tweetstorm/core'
import type {z} from 'zod'

/**
 * Validate props or options against a schema and throw core's `OptionsError` listing every problem,
 * so a misused component fails the same way as a misused core function.
 */
export function parseProps<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value ?? {}, {reportInput: true})
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      return {
        path,
        message: `Unexpected ${issue.keys.map((key) => '`' + key + '`').join(', ')}, expected only known options (check the spelling)`
      }
    }
    // Schemas here word their messages as "expected …" so every error reads "Unexpected X, expected Y".
    if (issue.message.startsWith('expected ')) {
      return {path, message: `Unexpected ${describe('input' in issue ? issue.input : undefined)}, ${issue.message}`}
    }
    return {path, message: issue.message}
  })
  throw new OptionsError(where, problems)
}

/** Name a received value without echoing a whole document back into the error. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value)
  if (value === null || ['number', 'boolean', 'undefined'].includes(typeof value)) return String(value)
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'function' ? 'a function' : 'an object'
}
