import * as z from 'zod/mini'
import {shareFieldsFor} from './handles.js'
import {composeIntent, intentUrlFromChecked, intentUrlFromFitting, type BuildUrl} from './intent.js'
import {trimBlank} from './invisible.js'
import {canonicalize} from './normalize.js'
import {OptionsError, parseOptions} from './options.js'
import {perPlatform, platformFields, platformOf, resolvePlatform} from './platform-options.js'
import {platformProfile} from './platforms/index.js'
import {formEncode, FormEncodedText, xCounter, xShareUrlWith} from './platforms/x.js'
import {Break, classifyBreaks, segmentSentences, type Units} from './segment.js'
import {chooseBreaks} from './split.js'
import {standaloneReasons, unspaced, type StandaloneReason} from './standalone.js'
import {structureGlue} from './structure.js'
import {markAfter} from './mark.js'
import type {Tweetable} from './types.js'

const idPrefixExpected = 'Expected `idPrefix` to be 1–16 lowercase letters, digits or -, starting with a letter'

const tweetablesOptionsSchema = perPlatform((platform) => {
  const {limit, ...others} = platformFields(platform)
  return z.strictObject({
    ...shareFieldsFor(platformProfile(platform).handle),
    limit,
    fragment: z.optional(z.enum(['id', 'text'], {error: "Unexpected `fragment`, expected 'id' (url#id) or 'text' (url#:~:text=…)"})),
    idPrefix: z.optional(
      z.string({error: idPrefixExpected}).check(z.regex(/^[a-z][a-z0-9-]{0,15}$/, {error: idPrefixExpected}))
    ),
    buildUrl: z.optional(
      z.custom<BuildUrl>((value) => typeof value === 'function', {error: 'Expected `buildUrl` to be a function (params) => string'})
    ),
    ...others
  })
})

/** Options of `tweetables`. */
export type TweetablesOptions = z.input<ReturnType<typeof tweetablesOptionsSchema>>

const ellipsis = '…'
const encodedEllipsis = '%E2%80%A6'

/** Units `from..to` of `units` as their own list (views, no copies). */
function sliceUnits(units: Units, from: number, to: number): Units {
  return {
    count: to - from,
    start: units.start.subarray(from, to),
    end: units.end.subarray(from, to),
    weight: units.weight.subarray(from, to),
    gap: units.gap.subarray(from, to),
    after: units.after.subarray(from, to),
    glue: units.glue.subarray(from, to)
  }
}

/**
 * 32-bit FNV-1a over the UTF-16 code units of `text.slice(start, end)`: a short, stable fingerprint of
 * a sentence (read in place, not from the slice: a slice is a view that every read goes through).
 */
function fnv1a(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let index = start; index < end; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

const base36 = /* @__PURE__ */ (() => Uint8Array.from('0123456789abcdefghijklmnopqrstuvwxyz', (digit) => digit.charCodeAt(0)))()

/**
 * How many sentences so far had this id base (`prefix-slug-fingerprint`), keyed by the fingerprint's
 * number, then the base: no map keyed by a new string per sentence (V8 would flatten and hash each).
 * The key is the fingerprint's low 30 bits, a small integer to V8 (a 32-bit one above 2^30 is a heap
 * number, allocated and hashed as a double); the bases in a chain tell fingerprints apart.
 */
interface Seen {
  base: string
  count: number
  next: Seen | undefined
}

/**
 * Writes the base of each id, `prefix-slug-fingerprint` (`prefix-fingerprint` when the sentence has
 * no slug), as one string: the prefix, the slug's characters and the fingerprint's digits go into one
 * buffer, where joining them made a string per word, per join and per part (and `toString(36)` with
 * `padStart`, V8's radix path for any double, was four times slower than the seven digits).
 *
 * The slug is made of the first five words (Latin letters and digits only; accents dropped, at most 40
 * characters, lowercased, no dash at its end). ASCII text, and text whose other characters can only
 * separate words (`isSlugInert`), takes a scan that stops after the fifth word; anything else takes
 * the general path, which gives the same slug (ids are stable: a changed slug would break every link
 * to a sentence). The fingerprint is the sentence's FNV-1a in base 36, seven digits (2^32 - 1 is
 * `1z141z3`).
 */
function idBases(prefix: string): (text: string, start: number, end: number, hash: number) => string {
  const slugAt = prefix.length + 1
  const buffer = new Uint16Array(slugAt + 40 + 1 + 7)
  for (let index = 0; index < prefix.length; index++) buffer[index] = prefix.charCodeAt(index)
  buffer[prefix.length] = 45 // -
  // The id's code units, copied from `buffer` into an array of their number (one array per length).
  const exact: number[][] = []
  return (text, start, end, hash) => {
    // `length` is the length of the whole slug so far: the scan stops once it passes 40.
    let length = 0
    let words = 0
    for (let index = start; index < end && length <= 40; ) {
      const code = text.charCodeAt(index)
      if (code >= 128 && !isSlugInert(code)) {
        const slug = slugOfAnyText(text.slice(start, end))
        return `${prefix}-${slug ? slug + '-' : ''}${hash.toString(36).padStart(7, '0')}`
      }
      if (!isAsciiAlphanumeric(code)) {
        index++
        continue
      }
      if (words === 5) break
      if (words > 0) {
        if (length < 40) buffer[slugAt + length] = 45 // -
        length++
      }
      for (; index < end; index++) {
        const letter = text.charCodeAt(index)
        if (!isAsciiAlphanumeric(letter)) break
        if (length < 40) buffer[slugAt + length] = letter >= 65 && letter <= 90 ? letter + 32 : letter
        length++
      }
      words++
    }
    // Cut at 40, without the dashes it may end with; then the fingerprint.
    let at = slugAt + Math.min(length, 40)
    while (at > slugAt && buffer[at - 1] === 45) at--
    if (at > slugAt) buffer[at++] = 45
    // Two halves of small integers (the hash is up to 2^32: as a double, each digit took a division
    // and a floating-point remainder): the first four digits, then the last three.
    const high = Math.floor(hash / 36 ** 3)
    let low = hash - high * 36 ** 3
    for (let place = 36 ** 3, rest = high; place >= 1; place = (place / 36) | 0) {
      const digit = (rest / place) | 0
      buffer[at++] = base36[digit] as number
      rest -= digit * place
    }
    for (let place = 36 ** 2; place >= 1; place = (place / 36) | 0) {
      const digit = (low / place) | 0
      buffer[at++] = base36[digit] as number
      low -= digit * place
    }
    // `apply` reads a plain array of the exact length natively; a typed array (or a view of one)
    // goes through the generic path, nearly twice as slow per id.
    const chars = (exact[at] ??= new Array<number>(at).fill(0))
    for (let index = 0; index < at; index++) chars[index] = buffer[index] as number
    return String.fromCharCode.apply(null, chars)
  }
}

/**
 * Characters whose compatibility decomposition (NFKD) holds no ASCII letter or digit, so that they
 * only ever separate the words of a slug: CJK punctuation, kana, ideographs, Hangul syllables, Thai,
 * Hebrew, Arabic letters, Devanagari, general punctuation (not the superscripts after it). Text with
 * any other non-ASCII character (accents, full-width letters, ligatures, enclosed alphanumerics)
 * takes the general path.
 */
const isSlugInert = (code: number) =>
  (code >= 0x3000 && code <= 0x30ff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0x0e00 && code <= 0x0e7f) ||
  (code >= 0x0590 && code <= 0x05ff) ||
  (code >= 0x0621 && code <= 0x064a) ||
  (code >= 0x0900 && code <= 0x097f) ||
  (code >= 0x2010 && code <= 0x205f)

const isAsciiAlphanumeric = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)

function slugOfAnyText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 5)
    .join('-')
    .slice(0, 40)
    .replace(/-+$/, '')
}

// A link needs a dot followed by a domain character, or a scheme (the counter's own test, count.ts).
const maybeUrl = /\.[^\s.!?,;:'")\]]|:\/\//

/** Whether `[start, end)` of canonical text starts and ends at the edges of words. */
function atWordEdges(text: string, start: number, end: number): boolean {
  const before = start === 0 ? 32 : text.charCodeAt(start - 1)
  const after = end === text.length ? 32 : text.charCodeAt(end)
  return (before === 32 || before === 10) && (after === 32 || after === 10)
}

/** The text-fragment directive (`:~:text=`) that makes a browser scroll to and highlight `text`. */
function textFragment(text: string): string {
  const encode = (part: string) => encodeURIComponent(part).replace(/-/g, '%2D')
  const words = text.split(/\s+/)
  if (words.length <= 8) return ':~:text=' + encode(text)
  return ':~:text=' + encode(words.slice(0, 4).join(' ')) + ',' + encode(words.slice(-4).join(' '))
}

/**
 * One "Tweet this" anchor per sentence of `text`: a stable id, the sentence, where it is in the
 * text, and an X intent link that shares it with a link back to `url#id`.
 *
 * Sentences are found with the splitter's rules (abbreviations, decimals, URLs, ellipses and
 * closing quotes do not end a sentence early; line breaks and paragraphs do). A sentence too long
 * for one post, once the link, hashtags and `via` are paid for, is cut into pieces the way
 * `splitThread` cuts, and each piece is its own tweetable (its share text ends with `…`).
 *
 * @example
 *   tweetables('Write less. Mean more.', {url: 'https://example.com/post', via: 'tweetstorm'})
 *   // [{id: 't-write-less-…', text: 'Write less.', source: {start: 0, end: 11}, intentUrl: 'https://x.com/intent/tweet?…'}, …]
 */
export function tweetables(text: string, options?: TweetablesOptions): Tweetable[] {
  const settings = parseOptions(tweetablesOptionsSchema(platformOf(options)), options, 'tweetables')
  const resolved = resolvePlatform(settings, 'tweetables', true)
  const {counter, limit} = resolved
  // The platform options every share link of this call is built with.
  const platform = {platform: settings.platform, links: settings.links, instance: settings.instance}
  const canonical = canonicalize(typeof text === 'string' ? text : String(text ?? ''))
  if (canonical.count === 0) return []

  const share = {
    url: settings.url,
    via: settings.via,
    hashtags: settings.hashtags,
    related: settings.related
  }
  const prefix = settings.idPrefix ?? 't'
  // The page address without its fragment, serialised once as the URL schema would: an id
  // fragment (a-z, 0-9, -) needs no encoding, so it is appended as it is.
  const page = settings.url ? settings.url.replace(/#.*$/, '') : undefined
  const pageHref = page === undefined ? undefined : new URL(page).href
  // What the link, hashtags and via take once the platform has added them to a text (a
  // one-character probe text pays for the separating space).
  const overheadWith = (url: string | undefined) =>
    composeIntent({...share, url, text: 'x'}, {...platform, limit, fit: false}).length - 1
  if (limit - overheadWith(settings.url) < 1) {
    // composeIntent with fitting on reports exactly what takes the room.
    composeIntent({...share, text: 'x'}, {...platform, limit})
  }
  // The heaviest link back a tweetable can have: the longest id this call makes (the prefix, a
  // slug of at most 40 characters, the fingerprint, a repeat number no longer than the text's
  // length). No network counts a link lighter for a longer fragment (X and Mastodon count 23,
  // Bluesky shows at most 16 characters of the path, Threads does not count it, a link counted in
  // full grows with it), so a piece that fits this room fits with whatever id it gets, and is
  // shared as it is. With the bare page address, Bluesky's room was 11 too large
  // (`example.com/post` against `example.com/post#t-…` cut to `example.com/post#t-x...`), and
  // every piece of a long word was cut again to fit its own link.
  const longestId = `${prefix}-${'a'.repeat(40)}-0000000-${'9'.repeat(String(canonical.text.length).length)}`
  const heaviestBack = pageHref === undefined ? undefined : `${pageHref}#${longestId}`
  const room = Math.max(1, limit - overheadWith(heaviestBack ?? settings.url))
  const ellipsisWeight = counter.weigh(ellipsis)
  // Where sentences end and what they weigh: the classes of other breaks, and the structure glue,
  // matter only inside a sentence too long for a post (worked out below when one is cut).
  const units = segmentSentences(canonical, counter, Math.max(1, room - ellipsisWeight))
  let glued = false

  /** Weight of units `from..to` as one post: their own weights and the whitespace between them. */
  const weightOf = (from: number, to: number) => {
    let total = units.weight[to - 1] as number
    for (let k = from; k < to - 1; k++) total += (units.weight[k] as number) + (units.gap[k] as number)
    return total
  }
  const seen = new Map<number, Seen>()
  const idBase = idBases(prefix)
  // Whether any sentence can be written in a script without spaces (the standalone check then
  // counts its characters): asked once of the whole text, not of each sentence.
  const mayBeUnspaced = unspaced.test(canonical.text)
  const result: Tweetable[] = []
  // Where each tweetable is in the canonical text (its end negated for a cut piece), for the
  // standalone check; and the reasons of a tweetable not checked yet.
  const checks: number[] = []
  const unchecked: StandaloneReason[] = []
  const intentOptions = settings.buildUrl ? {...platform, limit, buildUrl: settings.buildUrl} : {...platform, limit}
  // Room for a sentence shared whole without fitting it again. X may read a link with a fragment
  // differently from the page's own (`…/x.` ends before the dot, `…/x.#t-a` does not), so the
  // heaviest link back, an id of the same shape as every id (letters, digits and dashes, ending in
  // a letter or digit), is also the probe: when X reads it as one link (it then counts 23, like any
  // link it recognises), it reads every such id alike. Otherwise (an address X does not recognise,
  // counted character by character), and for text fragments (`#:~:text=…`, read by X in ways that
  // depend on the words, and as long as the words they quote), every sentence is fitted. So is
  // every sentence on a platform whose counter cannot vouch that a sum of word weights is its
  // count (`sumsExactly`: only X's, for now).
  const fittedRoom =
    counter.sumsExactly === undefined ||
    settings.fragment === 'text' ||
    (heaviestBack !== undefined && counter.weigh(heaviestBack) !== counter.weigh('https://example.com/'))
      ? -1
      : room
  // X's link with the default `buildUrl` (`xShareUrl`), written from the sentence's encoding and
  // the parts every link of this call shares, encoded once: no parameters object per sentence. The
  // link back is `pageHref#id`, an id being letters, digits and dashes, which the encoding leaves
  // as they are.
  const quickLink =
    fittedRoom >= 0 && settings.buildUrl === undefined && resolved.profile.name === 'x' && settings.fragment !== 'text'
      ? {
          page: pageHref === undefined ? undefined : formEncode(pageHref + '#'),
          write: xShareUrlWith({via: share.via, hashtags: share.hashtags, related: share.related}),
          // The sentences' encodings, as slices of one encoding of the text: their links are written
          // once it is complete (`pending`: the result's index, where its encoding starts and ends).
          encoded: new FormEncodedText(canonical.text),
          pending: [] as number[]
        }
      : undefined
  // The share options were validated once above; only the link back is new.
  const backLink = (shown: string, id: string) =>
    page === undefined ? undefined : settings.fragment === 'text' ? new URL(`${page}#${textFragment(shown)}`).href : `${pageHref}#${id}`
  /**
   * What the ellipsis of a piece ending after each unit of `sentence` adds to the piece, as the
   * network reads it after the piece's last word: at least its own weight, more when it changes how
   * the word reads. On Bluesky a link takes the rest of its word: glued, `https://example.com/x?a=1…`
   * would link to `…x?a=1%E2%80%A6`, so the ellipsis is written after a space there (`markAfter`),
   * one more to pay for; a piece chosen without it was cut again inside its own text to fit its link
   * back. Each word of the sentence that may hold a link is weighed once more with an ellipsis,
   * against the units it was weighed as, so a piece's units and the weight at its end add up to what
   * it weighs shared. An end inside a word (a cut word, a CJK sentence) keeps the ellipsis's own
   * weight, and its ellipsis stays glued: the piece's last units were weighed as part of the whole
   * word, and weighing each prefix of the word would be quadratic.
   */
  const ellipsisWeights = (sentence: Units): Float64Array => {
    const weights = new Float64Array(sentence.count + 1).fill(ellipsisWeight)
    const {text} = canonical
    let wordStart = 0
    let wordWeight = 0
    for (let u = 0; u < sentence.count; u++) {
      wordWeight += sentence.weight[u] as number
      const end = sentence.end[u] as number
      const next = end === text.length ? 32 : text.charCodeAt(end)
      if (next !== 32 && next !== 10) continue
      const start = sentence.start[wordStart] as number
      // Only a link (or a remote mention, which holds a domain) reads differently with an ellipsis
      // glued to it: other words keep their sum, and are not weighed again. Where the ellipsis would
      // join the link, it follows a space (`markAfter`) and weighs one more.
      if (linkLikeFrom(start) < end) {
        const word = text.slice(start, end)
        weights[u + 1] =
          markAfter(counter, text, start, end, ellipsis) === ellipsis ? Math.max(ellipsisWeight, counter.weigh(word + ellipsis) - wordWeight) : 1 + ellipsisWeight
      }
      wordStart = u + 1
      wordWeight = 0
    }
    return weights
  }
  // Where the first link-like stretch (`maybeUrl`) at or after an offset starts: sentences are cut
  // in order, so the search only moves forward, and one pass over the text serves them all.
  const linkLike = new RegExp(maybeUrl.source, 'g')
  let linkLikeAt = -1
  const linkLikeFrom = (offset: number): number => {
    if (linkLikeAt < offset) {
      linkLike.lastIndex = offset
      linkLikeAt = linkLike.exec(canonical.text)?.index ?? Infinity
    }
    return linkLikeAt
  }

  /**
   * Emit units `from..to`; `weight` is their weight as one post when the caller has it (-1
   * otherwise), `ellipsisAfter` what the ellipsis of a cut piece adds to it (`ellipsisWeights`).
   */
  const emit = (from: number, to: number, cut: boolean, piece: boolean, weight: number, ellipsisAfter = ellipsisWeight) => {
    const unitStart = units.start[from] as number
    const unitEnd = units.end[to - 1] as number
    // A piece cut inside a word may begin or end at a no-break space, and a word may begin or end
    // with a character that renders nothing (a zero-width space, a direction mark): never share one.
    // (Most edges are printable ASCII, which is neither: no need to ask.)
    const head = canonical.text.charCodeAt(unitStart)
    const tail = canonical.text.charCodeAt(unitEnd - 1)
    let start = unitStart
    let end = unitEnd
    if (!(head > 32 && head < 127 && tail > 32 && tail < 127)) [start, end] = trimBlank(canonical.text, unitStart, unitEnd)
    if (start === end) return
    const shown = canonical.text.slice(start, end)
    // X's quick links encode the text in order as far as each sentence: that one pass also gives the
    // sentence's fingerprint and whether it is ASCII (`at` answers -1 when an edge splits a pair; the
    // sentence is then read on its own).
    const encoded = quickLink?.encoded
    const encodedFrom = encoded === undefined ? -1 : encoded.at(start)
    const encodedTo = encoded === undefined || encodedFrom < 0 ? -1 : encoded.at(end)
    const hash = encoded !== undefined && encodedTo >= 0 ? encoded.hash : fnv1a(canonical.text, start, end)
    // X's sums are exact over whole ASCII words (`xSumsExactly`: only a word with a non-ASCII
    // character, or one X refuses, may read differently).
    const asciiOnX = encoded !== undefined && encodedTo >= 0 && counter === xCounter && encoded.ascii
    const base = idBase(canonical.text, start, end, hash)
    const key = hash & 0x3fffffff
    const first = seen.get(key)
    let entry = first
    while (entry !== undefined && entry.base !== base) entry = entry.next
    if (entry === undefined) seen.set(key, (entry = {base, count: 0, next: first}))
    const repeat = ++entry.count
    const id = repeat === 1 ? base : `${base}-${repeat}`

    let link: string
    // A cut piece's ellipsis, after a space where glued to its last word it would join a link.
    const after = cut ? markAfter(counter, canonical.text, start, end, ellipsis) : ''
    const text = shown + after
    // (X's quick links append a glued ellipsis: a spaced one, which X never needs for `…`, is fitted.)
    if (
      after.length < 2 &&
      start === unitStart &&
      end === unitEnd &&
      (weight >= 0 ? weight : weightOf(from, to)) + (cut ? ellipsisAfter : 0) <= fittedRoom &&
      (atWordEdges(canonical.text, start, end)
        ? asciiOnX || counter.sumsExactly?.(canonical.text, start, end) === true
        : counter === xCounter && !maybeUrl.test(shown))
    ) {
      // Weighed while it was found, and fits with the link, hashtags and via: no need to fit it
      // again. Weights of whole words add up across whitespace where the counter says so
      // (`sumsExactly`: X's does not for a word holding a domain after non-ASCII characters, which
      // X reads as a link only alone), and a cut piece's ellipsis adds what it weighs glued to the
      // piece's last word (`ellipsisWeights`).
      // Canonical text is already what the share text would be normalised to. A piece that starts
      // or ends inside a word (a Japanese sentence, a cut word) is weighed with the whole word's
      // atoms, and X may read a link in it differently alone (a domain after 50 CJK characters is a
      // link only when cut from them): such a piece is trusted only on X, only when it cannot hold a
      // link at all, and fitted otherwise.
      if (quickLink === undefined) {
        link = intentUrlFromFitting({text, url: backLink(shown, id), via: share.via, hashtags: share.hashtags, related: share.related}, intentOptions, resolved)
      } else {
        if (encodedTo >= 0) {
          // Written once the whole text is encoded, after the last sentence (a cut piece's end negated).
          quickLink.pending.push(result.length, encodedFrom, cut ? -encodedTo - 1 : encodedTo)
          link = ''
        } else {
          link = quickLink.write(formEncode(text), quickLink.page === undefined ? undefined : quickLink.page + id)
        }
      }
    } else {
      // A text fragment is as long as the words it quotes: on a network that counts links in full,
      // it may leave no room for them, and the sentence is quoted with a link to its id instead.
      // When the room left by the link, hashtags and via is smaller than one indivisible piece (a
      // URL counts 23), the link to the sentence is shared without quoting it rather than fail,
      // and at worst the page's own link, which the check above found room for.
      const back = backLink(shown, id)
      const byId = pageHref === undefined ? undefined : `${pageHref}#${id}`
      const tails = [{text, url: back}, {text, url: byId}, {url: back}, {url: byId}, {url: settings.url}]
      let built: string | undefined
      for (const [index, tail] of tails.entries()) {
        try {
          built = intentUrlFromChecked({...tail, via: share.via, hashtags: share.hashtags, related: share.related}, intentOptions, 'tweetables')
          break
        } catch (error) {
          if (!(error instanceof OptionsError) || index === tails.length - 1) throw error
        }
      }
      link = built as string
    }
    // Checked once every sentence is found (below), in a loop of its own.
    checks.push(start, piece ? -end - 1 : end)
    result.push({
      id,
      text: shown,
      source: {start: canonical.toSource(start), end: canonical.toSource(end, true)},
      intentUrl: link,
      standalone: false,
      reasons: unchecked
    })
  }

  let sentenceStart = 0
  let weight = 0
  // Read from locals: every unit of the text passes here (`classifyBreaks` writes into `after` itself).
  const {count, after, gap, weight: unitWeight} = units
  for (let k = 0; k < count; k++) {
    const kind = after[k] as Break
    weight += (unitWeight[k] as number) + (kind <= Break.Sentence || kind === Break.End ? 0 : (gap[k] as number))
    if (kind > Break.Sentence && kind !== Break.End) continue
    if (weight <= room) {
      emit(sentenceStart, k + 1, false, false, weight)
    } else {
      // Too long for one post: cut it as splitThread would, each piece its own anchor, with the
      // classes of its breaks and the glue that segmenting for sentences left out.
      classifyBreaks(canonical, units, sentenceStart, k)
      if (!glued) {
        units.glue = structureGlue(canonical.text, units)
        glued = true
      }
      const piece = sliceUnits(units, sentenceStart, k + 1)
      // X never takes an ellipsis into a link (it is none of twitter-text's path or query
      // characters, nor part of a TLD): there it adds its own weight after any word, and weighing
      // every link again cost a third more on long sentences full of links.
      const ellipses = counter === xCounter ? undefined : ellipsisWeights(piece)
      // The last unit's break belongs to the surrounding text, not to this sentence.
      let from = 0
      for (const to of chooseBreaks(piece, room, ellipsisWeight, ellipses)) {
        emit(sentenceStart + from, sentenceStart + to, to < piece.count, true, -1, ellipses?.[to] ?? ellipsisWeight)
        from = to
      }
    }
    sentenceStart = k + 1
    weight = 0
  }
  // Whether each reads well alone: one tight loop over the sentences, apart from the rest of their
  // work (in the loop that finds them it cost more than alone: leaving it out saved about 1.3 ms of
  // a 10.5 ms call on 200 KB of prose, where it takes 0.8 ms alone).
  for (let index = 0; index < result.length; index++) {
    const tweetable = result[index] as Tweetable
    const start = checks[2 * index] as number
    const end = checks[2 * index + 1] as number
    const reasons = end < 0 ? standaloneReasons(canonical.text, true, mayBeUnspaced, start, -end - 1) : standaloneReasons(canonical.text, false, mayBeUnspaced, start, end)
    tweetable.standalone = reasons.length === 0
    tweetable.reasons = reasons
  }
  if (quickLink !== undefined && quickLink.pending.length > 0) {
    const {pending, page, write} = quickLink
    const encoded = quickLink.encoded.finish()
    for (let k = 0; k < pending.length; k += 3) {
      const tweetable = result[pending[k] as number] as Tweetable
      const to = pending[k + 2] as number
      const text = to < 0 ? encoded.slice(pending[k + 1], -to - 1) + encodedEllipsis : encoded.slice(pending[k + 1], to)
      tweetable.intentUrl = write(text, page === undefined ? undefined : page + tweetable.id)
    }
  }
  return result
}
