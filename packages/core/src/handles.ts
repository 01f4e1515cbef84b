import * as z from 'zod/mini'
import type {HandleRule} from './platforms/profile.js'
import {xHandle} from './platforms/x.js'
import {httpUrlSchema} from './url.js'
import {isValidHashtag} from './x-engine/index.js'

// Schemas for the things an X web intent carries besides its text. They live apart from
// `intent.ts` so that every function taking `via`/`hashtags`/`related`/`url` (intents,
// tweetables, the remark plugin through them) validates them the same way.


/**
 * A handle as users write it: `@name` or `name`. The `@` is dropped because the intent
 * parameters take bare names and the network (or the folded `via @name`) adds it.
 */
export function handleSchema(name: string, rule: HandleRule = xHandle) {
  return z
    .pipe(
      z.string({error: `Expected \`${name}\` to be ${rule.kind} (a string)`}),
      z.transform((value: string) => value.trim().replace(/^[@＠]/, ''))
    )
    .check(
      z.refine((value) => rule.pattern.test(value), {
        error: `Expected \`${name}\` to be ${rule.expected} (an optional leading @ is dropped)`
      })
    )
}

/**
 * A single hashtag without its `#` (a leading `#` is dropped), valid by twitter-text's rules:
 * one word, not only digits, no punctuation other than `_`.
 */
export function hashtagSchema(name: string) {
  return z
    .pipe(
      z.string({error: `Expected \`${name}\` to be a hashtag (a string)`}),
      z.transform((value: string) => value.trim().replace(/^[#＃]/, ''))
    )
    .check(
      z.refine((value) => value !== '' && isValidHashtag('#' + value), {
        error: `Expected \`${name}\` to be one valid hashtag without # (a single word of letters, digits or _, not only digits)`
      })
    )
}

/**
 * A post id for `in_reply_to`. Ids are 64-bit, beyond `Number.MAX_SAFE_INTEGER`, so a string of
 * digits (or a bigint) is the reliable form; a number is only accepted while it is still exact.
 */
export function postIdSchema(name: string) {
  return z.pipe(z.unknown(), z.transform((value, context) => {
    if (typeof value === 'string' && /^\d{1,19}$/.test(value.trim())) return value.trim()
    if (typeof value === 'bigint' && value > 0n && value < 2n ** 64n) return value.toString()
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value)
    context.issues.push({
      code: 'custom',
      input: value,
      message:
        typeof value === 'number' && Number.isInteger(value) && value > 0
          ? `Expected \`${name}\` to be a post id as a string of digits (this number lost precision)`
          : `Expected \`${name}\` to be a post id (a string of 1–19 digits)`
    })
    return z.NEVER
  }))
}

/**
 * The share parameters `intentUrl` and `tweetables` both take, validated the same way; `via` as a
 * handle of the network shared to.
 */
export function shareFieldsFor(via: HandleRule) {
  return {
    url: z.optional(httpUrlSchema),
    via: z.optional(handleSchema('via', via)),
    hashtags: z.optional(z.array(hashtagSchema('hashtags'), {error: 'Expected `hashtags` to be an array of hashtags'})),
    related: z.optional(z.array(handleSchema('related'), {error: 'Expected `related` to be an array of X handles'}))
  }
}
