import * as z from 'zod/mini'
import {shareFieldsFor} from './handles.js'
import {composeIntent, intentUrlFromChecked, type BuildUrl} from './intent.js'
import {canonicalize} from './normalize.js'
import {OptionsError, parseOptions} from './options.js'
import {perPlatform, platformFields, platformOf, resolvePlatform} from './platform-options.js'
import {platformProfile} from './platforms/index.js'
import {Break, segment, type Units} from './segment.js'
import {chooseBreaks, trimRange} from './split.js'
import {standaloneReasons} from './standalone.js'
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

/** 32-bit FNV-1a over UTF-16 code units: a short, stable fingerprint of a sentence. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36).padStart(7, '0')
}

/** A readable slug of the first words (Latin letters and digits only; accents dropped). */
function slug(text: string): string {
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
  const {counter, limit} = resolvePlatform(settings, 'tweetables', true)
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
  // Room left for the sentence once X has added the link, hashtags and via (a one-character
  // probe text pays for the separating space).
  const overhead = composeIntent({...share, text: 'x'}, {...platform, limit, fit: false}).length - 1
  const room = limit - overhead
  if (room < 1) {
    // composeIntent with fitting on reports exactly what takes the room.
    composeIntent({...share, text: 'x'}, {...platform, limit})
  }
  const ellipsisWeight = counter.weigh(ellipsis)
  const units = segment(canonical, counter, Math.max(1, room - ellipsisWeight))

  const prefix = settings.idPrefix ?? 't'
  const seen = new Map<string, number>()
  const result: Tweetable[] = []
  const emit = (from: number, to: number, cut: boolean, piece: boolean) => {
    // A piece cut inside a word may begin or end at a no-break space: never share one.
    const [start, end] = trimRange(canonical.text, units.start[from] as number, units.end[to - 1] as number)
    if (start === end) return
    const shown = canonical.text.slice(start, end)
    const words = slug(shown)
    const base = `${prefix}-${words ? words + '-' : ''}${fingerprint(shown)}`
    const repeat = (seen.get(base) ?? 0) + 1
    seen.set(base, repeat)
    const id = repeat === 1 ? base : `${base}-${repeat}`
    const back = settings.url ? `${settings.url.replace(/#.*$/, '')}#${settings.fragment === 'text' ? textFragment(shown) : id}` : undefined
    const intentOptions = settings.buildUrl ? {...platform, limit, buildUrl: settings.buildUrl} : {...platform, limit}
    // The share options were validated once above; only the link back is new (serialised as the
    // URL schema would).
    const checked = {...share, url: back === undefined ? undefined : new URL(back).href}
    let link: string
    try {
      link = intentUrlFromChecked({...checked, text: cut ? shown + ellipsis : shown}, intentOptions, 'tweetables')
    } catch (error) {
      // The room left by the link, hashtags and via is smaller than one indivisible piece (a URL
      // counts 23): share the link to the sentence without quoting it rather than fail.
      if (!(error instanceof OptionsError)) throw error
      link = intentUrlFromChecked(checked, intentOptions, 'tweetables')
    }
    const reasons = standaloneReasons(shown, piece)
    result.push({
      id,
      text: shown,
      source: {start: canonical.toSource(start), end: canonical.toSource(end, true)},
      intentUrl: link,
      standalone: reasons.length === 0,
      reasons
    })
  }

  let sentenceStart = 0
  let weight = 0
  for (let k = 0; k < units.count; k++) {
    const kind = units.after[k] as Break
    weight += (units.weight[k] as number) + (kind <= Break.Sentence || kind === Break.End ? 0 : (units.gap[k] as number))
    if (kind > Break.Sentence && kind !== Break.End) continue
    if (weight <= room) {
      emit(sentenceStart, k + 1, false, false)
    } else {
      // Too long for one post: cut it as splitThread would, each piece its own anchor.
      const piece = sliceUnits(units, sentenceStart, k + 1)
      // The last unit's break belongs to the surrounding text, not to this sentence.
      let from = 0
      for (const to of chooseBreaks(piece, room, ellipsisWeight)) {
        emit(sentenceStart + from, sentenceStart + to, to < piece.count, true)
        from = to
      }
    }
    sentenceStart = k + 1
    weight = 0
  }
  return result
}
