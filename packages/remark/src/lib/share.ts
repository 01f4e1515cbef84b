import {composeIntent, countTweet, httpUrlSchema, intentUrl, OptionsError, type IntentParams, type Platform} from '@tweetstorm/core'
import {limitOn} from './networks.js'
import {describeValue, type ResolvedOptions} from './options.js'

/**
 * A share link ready to render, and whether its network would need the text shortened: `truncated`
 * when the post as the network composes it (text, link, hashtags, via) is too long, so the shared
 * text is cut with `…`; `length` is then the weighted length, as the network counts, of the post it
 * would compose from the whole text.
 */
export type Share = {
  /** The network the link opens. */
  platform: Platform
  /** The link target: the network's share page, or what a custom `buildUrl` returned. */
  href: string
  /** The limit the text was fitted to. */
  limit: number
} & ({truncated: false} | {truncated: true; length: number})

/** Whether a link target may be rendered: only web links (core's one http(s) check), never `javascript:` or `data:`. */
export function isWebLink(href: string): boolean {
  return httpUrlSchema.safeParse(href).success
}

/** The page address a share links back to, pointing at `id` when there is one. */
export function backLink(pageUrl: string | undefined, id: string | undefined): string | undefined {
  if (!pageUrl) return undefined
  const url = new URL(pageUrl)
  if (id) url.hash = id
  return url.href
}

/** Why no share link could be made. */
export interface ShareProblem {
  platform: Platform
  problem: string
}

/** Settings a share link is built from. */
export type ShareSettings = Pick<
  ResolvedOptions,
  'url' | 'via' | 'hashtags' | 'related' | 'limit' | 'buildUrl' | 'platforms' | 'instance' | 'links'
>

/** One share link for `text` per configured network, in the order of `platforms`. */
export function shares(text: string, settings: ShareSettings, id: string | undefined): Array<Share | ShareProblem> {
  return settings.platforms.map((platform) => share(text, settings, id, platform))
}

/**
 * Build the share link for `text` on `platform`, its text fitted to that network by core. Gives a
 * problem instead when core refuses the parameters (say, hashtags and `via` leave no room for
 * text) or when a custom `buildUrl` returns something that is not an http(s) URL, so that no
 * script or data link can reach the page.
 */
export function share(text: string, settings: ShareSettings, id: string | undefined, platform: Platform): Share | ShareProblem {
  const params: IntentParams = {
    text,
    url: backLink(settings.url, id),
    via: settings.via,
    hashtags: settings.hashtags.length > 0 ? settings.hashtags : undefined,
    related: settings.related.length > 0 ? settings.related : undefined
  }
  // A custom `buildUrl` is the author's code: whatever it returns (or throws) is reported as a
  // missing link, never a crash of the whole page. Core insists on a string, so the raw value
  // is kept aside and checked here.
  let built: unknown
  // `buildUrl` makes X links (it is given X's intent parameters); the other networks' links are core's.
  const custom = platform === 'x' ? settings.buildUrl : undefined
  const buildUrl = custom
    ? (fitted: IntentParams): string => {
        built = custom(fitted)
        return typeof built === 'string' ? built : ''
      }
    : undefined
  const limit = limitOn(settings, platform)
  const network = networkOptions(settings, platform)
  let href: unknown
  try {
    href = intentUrl(params, {...network, limit, ...(buildUrl ? {buildUrl} : {})})
  } catch (error) {
    if (error instanceof OptionsError) return {platform, problem: error.problems.map((problem) => problem.message).join('; ')}
    if (!custom) throw error
    const reason = error instanceof Error ? error.message : error
    return {platform, problem: `Unexpected error ${describeValue(reason)} from \`buildUrl\`, expected it to return an http(s) URL`}
  }
  if (custom) href = built
  if (typeof href !== 'string' || !isWebLink(href)) {
    return {platform, problem: `Unexpected link ${describeValue(href)} from \`buildUrl\`, expected an http(s) URL`}
  }
  const fitted = composeIntent(params, {...network, limit})
  if (!fitted.truncated) return {platform, href, limit, truncated: false}
  // The whole post's length is only worth counting for the warning. Composing it unfitted would
  // count the whole text with the link and hashtags around it, which twitter-text does in
  // quadratic time on long unspaced runs; the parts around the text weigh the same either way.
  const counting = {...countingOptions(settings, platform), limit}
  const length = fitted.length - countTweet(fitted.text, counting).length + countTweet(text, counting).length
  return {platform, href, limit, truncated: true, length}
}

/**
 * The network options core's share functions take for `platform`. X's are left out entirely, so
 * a page without `platforms` calls core exactly as it always did.
 */
export function networkOptions(
  settings: Pick<ResolvedOptions, 'instance' | 'links'>,
  platform: Platform
): {platform?: Platform; instance?: string; links?: 'shortened' | 'full'} {
  if (platform === 'x') return {}
  return {
    platform,
    ...(settings.instance !== undefined && platform === 'mastodon' ? {instance: settings.instance} : {}),
    ...countingOptions(settings, platform)
  }
}

/** How core counts on `platform`: Bluesky's link counting is the only setting. */
function countingOptions(
  settings: Pick<ResolvedOptions, 'links'>,
  platform: Platform
): {platform?: Platform; links?: 'shortened' | 'full'} {
  if (platform === 'x') return {}
  return {platform, ...(settings.links !== undefined && platform === 'bluesky' ? {links: settings.links} : {})}
}
