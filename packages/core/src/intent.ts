import type {Counter} from './count.js'
import * as z from 'zod/mini'
import {postIdSchema, shareFieldsFor} from './handles.js'
import {trimBlank} from './invisible.js'
import {OptionsError, parseOptions} from './options.js'
import {perPlatform, platformFields, platformOf, resolvePlatform, type Resolved} from './platform-options.js'
import {platformProfile, type TailPart} from './platforms/index.js'
import {xShareUrl} from './platforms/x.js'
import type {IntentParams} from './types.js'
import {cashtagSpans, hashtagSpans, mentionSpans} from './x-engine/index.js'
import {insidePair} from './surrogates.js'
import {markAfter} from './mark.js'

/**
 * Turns validated, fitted intent parameters into the link users click. Replace it to point at
 * another endpoint (e.g. `https://twitter.com/intent/tweet`) or to add tracking parameters.
 */
export type BuildUrl = (params: IntentParams) => string

/**
 * What `intentUrl` and `composeIntent` accept. Same as `IntentParams`, except that `inReplyTo`
 * may also be a bigint or a safe integer (post ids beyond 2^53 must be strings).
 */
export interface IntentInput extends Omit<IntentParams, 'inReplyTo'> {
  inReplyTo?: string | number | bigint | undefined
}

const paramsSchema = perPlatform((platform) =>
  z.strictObject({
    text: z.optional(z.string({error: 'Expected `text` to be a string'})),
    ...shareFieldsFor(platformProfile(platform).handle),
    inReplyTo: z.optional(postIdSchema('inReplyTo'))
  })
)

const optionsSchema = perPlatform((platform) => {
  const {limit, ...others} = platformFields(platform)
  return z.strictObject({
    fit: z.optional(z.boolean({error: 'Expected `fit` to be a boolean'})),
    buildUrl: z.optional(
      z.custom<BuildUrl>((value) => typeof value === 'function', {
        error: 'Expected `buildUrl` to be a function (params) => string'
      })
    ),
    limit,
    ...others
  })
})

export type IntentOptions = z.input<ReturnType<typeof optionsSchema>>

/** What X will put in its composer for an intent, and whether the text had to be shortened. */
export interface ComposedIntent {
  /** The share text as sent in the `text` parameter (normalised and, when needed, shortened). */
  text: string
  /** The whole post X composes: text, url, hashtags, then `via @handle`. */
  post: string
  /** Weighted length of `post` as X counts it (the url counts as 23). */
  length: number
  /** Whether `text` was shortened to make the post fit. */
  truncated: boolean
  /** Whether X would accept `post` as it is (always true with `fit`, unless the post is empty). */
  valid: boolean
}

const ellipsis = '…'

/**
 * Build an X web-intent link (`https://x.com/intent/tweet?…`) that opens the composer with the
 * given text, link, hashtags and `via` credit.
 *
 * By default the text is shortened at a word boundary (with `…`) so that the whole post X
 * composes fits the limit; `{fit: false}` sends it untouched.
 *
 * @example
 *   intentUrl({text: 'Write less, mean more.', url: 'https://example.com/post', via: 'tweetstorm'})
 *   // 'https://x.com/intent/tweet?text=Write+less%2C+mean+more.&url=https%3A%2F%2Fexample.com%2Fpost&via=tweetstorm'
 */
export function intentUrl(params: IntentInput, options?: IntentOptions): string {
  const {settings, fitted} = prepare(params, options, 'intentUrl')
  return build(fitted.params, settings, fitted.resolved)
}

/**
 * `intentUrl` for parameters and options that are already validated (as zod outputs them):
 * `tweetables` makes one link per sentence, and validating the same options thousands of times
 * would cost more than the rest of the work.
 */
export function intentUrlFromChecked(checked: Checked, settings: Settings, where: string): string {
  const fitted = fit(checked, settings, where)
  return build(fitted.params, settings, fitted.resolved)
}

/**
 * `intentUrlFromChecked` for a text its caller already knows to fit the platform's post with the
 * link, hashtags and `via`, as it is (normalised, trimmed), and for a platform it already resolved:
 * `tweetables` weighs every sentence while it finds them, and fitting each again would cost more
 * than finding them.
 */
export function intentUrlFromFitting(checked: Checked, settings: Settings, resolved: Resolved): string {
  return build(paramsOf(checked, checked.text ?? ''), settings, resolved)
}

function build(params: IntentParams, settings: Settings, resolved: Resolved): string {
  const {instance} = resolved
  const profile = platformProfile(resolved.profile.name)
  const buildUrl =
    settings.buildUrl ?? ((params: IntentParams) => profile.shareUrl({...params, text: params.text ?? ''}, {instance}))
  const href: unknown = buildUrl(params)
  if (typeof href !== 'string') {
    throw new TypeError(`Unexpected ${typeof href} returned by \`buildUrl\`, expected a string`)
  }
  return href
}

/**
 * Work out the post X would compose from an intent, fitting the text the way `intentUrl` does.
 * Use it to tell whether a quote is too long before linking it.
 *
 * @example
 *   composeIntent({text: 'Short and sweet.', hashtags: ['writing'], via: 'tweetstorm'})
 *   // {text: 'Short and sweet.', post: 'Short and sweet. #writing via @tweetstorm',
 *   //  length: 41, truncated: false, valid: true}
 */
export function composeIntent(params: IntentInput, options?: IntentOptions): ComposedIntent {
  return prepare(params, options, 'composeIntent').fitted.composed
}

/**
 * The default `buildUrl`: `https://x.com/intent/tweet` with the parameters X documents, in a fixed
 * order, encoded by `URLSearchParams` (so `&`, `#`, `+`, `%` and newlines survive). Without
 * parameters (`null` or `undefined`) it gives the bare `https://x.com/intent/tweet`.
 *
 * @example
 *   defaultBuildUrl({text: 'a & b', hashtags: ['x', 'y']})
 *   // 'https://x.com/intent/tweet?text=a+%26+b&hashtags=x%2Cy'
 */
export function defaultBuildUrl(params: IntentParams): string {
  return xShareUrl(params)
}

export type Settings = z.output<ReturnType<typeof optionsSchema>>
export type Checked = z.output<ReturnType<typeof paramsSchema>>

interface Fitted {
  params: IntentParams
  composed: ComposedIntent
  resolved: Resolved
}

/** Validate params and options together (one error listing every problem), then fit. */
function prepare(
  params: IntentInput,
  options: IntentOptions | undefined,
  where: string
): {settings: Settings; fitted: Fitted} {
  const problems: Array<{path: string; message: string}> = []
  const platform = platformOf(options)
  const checked = collect(() => parseOptions(paramsSchema(platform), params, where), problems)
  const settings = collect(() => parseOptions(optionsSchema(platform), options, where), problems)
  if (!checked || !settings) throw new OptionsError(where, problems)
  return {settings, fitted: fit(checked, settings, where)}
}

function collect<T>(parse: () => T, problems: Array<{path: string; message: string}>): T | undefined {
  try {
    return parse()
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error
    problems.push(...error.problems)
    return undefined
  }
}

function join(text: string, tail: string): string {
  return text && tail ? text + ' ' + tail : text || tail
}

/** What the platform's share link cannot carry, as problems (checked with every link). */
function unsupported(checked: Checked, resolved: Resolved): Array<{path: string; message: string}> {
  const profile = platformProfile(resolved.profile.name)
  const problems: Array<{path: string; message: string}> = []
  if (checked.inReplyTo && !profile.carries.inReplyTo) {
    problems.push({
      path: 'inReplyTo',
      message: `Unexpected ${JSON.stringify(checked.inReplyTo)} for \`inReplyTo\`, expected no \`inReplyTo\` with platform '${profile.name}': only X's share link can reply to a post`
    })
  }
  if (!profile.carries.text && !checked.url) {
    problems.push({
      path: 'url',
      message: `Unexpected undefined for \`url\`, expected the page URL to share: ${profile.label}'s share link carries only a URL`
    })
  }
  return problems
}

function fit(checked: Checked, settings: Settings, where: string): Fitted {
  const resolved = resolvePlatform(settings, where, true)
  const problems = unsupported(checked, resolved)
  if (problems.length > 0) throw new OptionsError(where, problems)
  const {counter, limit} = resolved
  const parts = platformProfile(resolved.profile.name).shareTail(checked)
  const tail = parts.map((part) => part.value).join(' ')
  const raw = checked.text ?? ''
  let text: string
  let truncated = false

  if (settings.fit === false) {
    text = raw
  } else {
    text = normalizeShareText(raw)
    const fits = (candidate: string) => counter.count(join(candidate, tail), limit).valid
    const words = text ? scanWords(text, limit, counter) : undefined
    // When the words alone outweigh the limit, counting the whole (maybe huge) text is wasted.
    if (words && (words.exceeded || !fits(text))) {
      const shortened = shorten(text, words, fits, limit, counter)
      if (shortened === undefined) throw noRoom(parts, limit, where, counter)
      text = shortened
      truncated = true
    } else if (!text && tail && !counter.count(tail, limit).valid) {
      throw noRoom(parts, limit, where, counter)
    }
  }

  const post = join(text, tail)
  const count = counter.count(post, limit)
  return {
    params: paramsOf(checked, text),
    composed: {text, post, length: count.length, truncated, valid: count.valid},
    resolved
  }
}

/** The intent's parameters, with the (fitted) text, leaving out the empty ones. */
function paramsOf(checked: Checked, text: string): IntentParams {
  const params: IntentParams = {}
  if (text) params.text = text
  if (checked.url) params.url = checked.url
  if (checked.hashtags?.length) params.hashtags = checked.hashtags
  if (checked.via) params.via = checked.via
  if (checked.related?.length) params.related = checked.related
  if (checked.inReplyTo) params.inReplyTo = checked.inReplyTo
  return params
}

function noRoom(parts: TailPart[], limit: number, where: string, counter: Counter): OptionsError {
  const weighed = parts.map((part) => ({...part, length: counter.count(part.value, limit).length}))
  const total = counter.count(parts.map((part) => part.value).join(' '), limit).length
  const biggest = weighed.reduce((a, b) => (b.length > a.length ? b : a))
  const names = weighed.map((part) => part.name)
  const listed = names.length > 1 ? names.slice(0, -1).join(', ') + ' and ' + names.at(-1) : names.join('')
  return new OptionsError(where, [
    {
      path: biggest.name,
      message:
        `Unexpected ${listed} taking ${total} of the ${limit} characters ` +
        `(${weighed.map((part) => `${part.name} ${part.length}`).join(', ')}), ` +
        `expected them to leave room for the text: use fewer hashtags, a shorter \`via\`, or a higher \`limit\``
    }
  ])
}

/**
 * Prepare share text the way the composer would show it, and so that counting it is exact:
 * lone surrogates become U+FFFD (URLSearchParams would do it anyway), NFC (X counts NFC),
 * characters X refuses (U+FEFF, U+FFFE, U+FFFF) are dropped, runs of spaces and tabs collapse,
 * spaces around line breaks go (they are source indentation, not meaning), and the whole is
 * trimmed of whitespace and of characters that render nothing (a zero-width space, a direction
 * mark: see invisible.ts). Newlines are kept.
 */
export function normalizeShareText(text: string): string {
  const normalized = text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\uFEFF\uFFFE\uFFFF]/g, '')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
  const [start, end] = trimBlank(normalized, 0, normalized.length)
  return normalized.slice(start, end)
}

// Punctuation that reads badly right before an ellipsis ("word,…"). Removed with a backward scan:
// a regular expression anchored at `$` retries from every offset of a long run and is quadratic.
const dangling = new Set([',', ';', ':', '\u2013', '\u2014'])
function withoutDangling(text: string): string {
  let end = text.length
  while (end > 0 && (dangling.has(text[end - 1] as string) || /\s/.test(text[end - 1] as string))) end--
  return text.slice(0, end)
}

/**
 * The longest prefix of `text` (plus `…`) for which `fits` holds: cut after a whole word, or inside
 * a word that could never fit on its own (long CJK runs, giant tokens) at a grapheme boundary that
 * is not inside a URL, emoji, mention or hashtag. `undefined` when not even a piece of the first
 * word fits.
 *
 * Only O(log n) candidates are counted: word weights (additive across whitespace) bound the search
 * to the words that could possibly fit, then a binary search with the real counter picks the cut.
 */
interface Words {
  starts: number[]
  ends: number[]
  weights: number[]
  /** Whether the scan stopped early because the words alone outweigh the limit. */
  exceeded: boolean
}

/**
 * The words of `text` (runs of non-whitespace) up to the first one that takes the running weight
 * past `limit`. Word weights are additive across whitespace (see `Counter.weigh`), so this needs
 * no whole-text count and stops early on long input.
 */
function scanWords(text: string, limit: number, counter: Counter): Words {
  const words: Words = {starts: [], ends: [], weights: [], exceeded: false}
  let total = 0
  let previousEnd = 0
  for (const match of text.matchAll(/\S+/g)) {
    const weight = counter.weigh(match[0])
    words.starts.push(match.index)
    words.ends.push(match.index + match[0].length)
    words.weights.push(weight)
    // Whitespace weighs at least 1 per code unit; a lower bound is all the stop rule needs.
    total += match.index - previousEnd + weight
    previousEnd = match.index + match[0].length
    if (total > limit) {
      words.exceeded = true
      break
    }
  }
  return words
}

/**
 * The longest prefix of `text` (plus `…`) for which `fits` holds: cut after a whole word, or inside
 * a word that could never fit on its own (long CJK runs, giant tokens) at a grapheme boundary that
 * is not inside a URL, emoji, mention or hashtag. `undefined` when not even a piece of the first
 * word fits.
 *
 * Only O(log n) candidates are counted: the scan bounds the search to the words that could
 * possibly fit, then a binary search with the real counter picks the cut.
 */
function shorten(
  text: string,
  words: Words,
  fits: (candidate: string) => boolean,
  limit: number,
  counter: Counter
): string | undefined {
  const {starts, ends, weights} = words
  const byWords = (count: number) => {
    const prefix = text.slice(0, ends[count - 1])
    const kept = withoutDangling(prefix) || prefix
    // After a space where, glued, the ellipsis would join a link the last word ends with (`markAfter`).
    return kept + markAfter(counter, kept, 0, kept.length, ellipsis)
  }
  // Invariant: `low` words fit (0 words trivially), `high` words do not (the caller checked that
  // the whole text does not fit, and the scan stopped once the words alone outweighed the limit).
  let low = 0
  let high = starts.length
  while (high - low > 1) {
    const middle = (low + high) >>> 1
    if (fits(byWords(middle))) low = middle
    else high = middle
  }

  // The first word that did not fit: if it could never fit in a post of its own, cutting before
  // it would waste the room, so cut inside it instead; and when it is the first word, there is
  // nothing before it to cut at. (It may fit with the ellipsis and not without: on Bluesky a link
  // ending in `.` takes `.…` into the link, which shows shorter than the link and its `.`.)
  const next = low
  const wordStart = starts[next]
  const wordEnd = ends[next]
  const wordWeight = weights[next]
  if (wordStart !== undefined && wordEnd !== undefined && wordWeight !== undefined) {
    const word = text.slice(wordStart, wordEnd)
    if (next === 0 || wordWeight >= limit || !fits(word + ellipsis)) {
      const base = text.slice(0, wordStart)
      const cut = cutInsideWord(word, (end) => fits(base + word.slice(0, end) + ellipsis), limit, counter)
      if (cut > 0) return base + word.slice(0, cut) + ellipsis
    }
  }
  return low > 0 ? byWords(low) : undefined
}

/** Largest cut (UTF-16 offset into `word`) for which `fits` holds, or 0. */
function cutInsideWord(word: string, fits: (end: number) => boolean, limit: number, counter: Counter): number {
  // Only the start of the word can end up in the post: stop collecting cut points once the
  // atoms alone outweigh the limit.
  const bounded = word.slice(0, Math.min(word.length, limit * 32))
  const all: number[] = []
  let weight = 0
  for (const atom of counter.atoms(bounded)) {
    all.push(atom.end)
    weight += atom.weight
    if (weight > limit) break
  }
  const entities = [...mentionSpans(bounded), ...hashtagSpans(bounded), ...cashtagSpans(bounded)]
  // Offsets strictly inside a mention, hashtag or cashtag, marked once (not tested per candidate).
  const inside = new Uint8Array(bounded.length + 1)
  for (const [start, stop] of entities) for (let offset = start + 1; offset < stop; offset++) inside[offset] = 1
  const safe = all.filter((end) => inside[end] !== 1)

  for (const candidates of [safe, all]) {
    // Walk down from the longest fitting cut to one that is also a grapheme boundary (combining
    // marks, Indic and Thai clusters are several code points but one character to the reader).
    // A cluster of thousands of marks is segmented once, not once per candidate inside it.
    for (let index = lastFitting(candidates, fits); index >= 0; ) {
      const cut = candidates[index]!
      const boundary = graphemeBoundaryAtOrBefore(word, cut)
      if (boundary === cut) {
        if (fits(cut)) return cut
        index--
        continue
      }
      while (index >= 0 && candidates[index]! > boundary) index--
    }
  }
  // A single grapheme heavier than the whole budget (say, a letter under hundreds of combining
  // marks): cutting it is the only way to keep the promise that text input never throws.
  const cut = all[lastFitting(all, fits)]
  if (cut !== undefined) return cut
  // Nor does the first atom fit (on Bluesky, a link written out longer than the room): its code
  // points, for the same reason.
  const codePoints: number[] = []
  for (let end = 1; end < Math.min(bounded.length, limit * 4); end++) {
    if (!insidePair(bounded, end)) codePoints.push(end)
  }
  return codePoints[lastFitting(codePoints, fits)] ?? 0
}

/** Binary search for the index of the last candidate that fits (fitting being monotonic); -1 if none. */
function lastFitting(candidates: number[], fits: (end: number) => boolean): number {
  let low = -1
  let high = candidates.length
  while (high - low > 1) {
    const middle = (low + high) >>> 1
    if (fits(candidates[middle]!)) low = middle
    else high = middle
  }
  return low
}

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'})

/**
 * The largest grapheme boundary at or before `position`. Segments a small window only:
 * `Intl.Segmenter` is quadratic on long input in Node 20, and grapheme breaks are local.
 */
function graphemeBoundaryAtOrBefore(word: string, position: number): number {
  if (position >= word.length) return word.length
  for (let window = 32; ; window *= 4) {
    const from = Math.max(0, position - window)
    const to = Math.min(word.length, position + 32)
    let best = 0
    for (const segment of graphemes.segment(word.slice(from, to))) {
      const boundary = from + segment.index
      if (boundary > position) break
      // The window's own start is only known to be a boundary at the start of the word.
      if (boundary > from || from === 0) best = boundary
    }
    if (best > 0 || from === 0) return best
  }
}
