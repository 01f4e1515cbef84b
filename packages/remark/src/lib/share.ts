import {composeIntent, countTweet, intentUrl, OptionsError, type IntentParams} from '@tweetstorm/core'
import {describeValue, type ResolvedOptions} from './options.js'

/**
 * A share link ready to render, and whether X would need the text shortened: `truncated` when the
 * post as X composes it (text, link, hashtags, via) is too long, so the shared text is cut with
 * `…`; `length` is then the weighted length of the post X would compose from the whole text.
 */
export type Share =
  | {
      /** The link target: an X web intent, or what a custom `buildUrl` returned. */
      href: string
      truncated: false
    }
  | {href: string; truncated: true; length: number}

/** Whether a link target may be rendered: only web links, never `javascript:` or `data:`. */
export function isWebLink(href: string): boolean {
  try {
    const url = new URL(href)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
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
  problem: string
}

/**
 * Build the share link for `text`. Gives a problem instead when core refuses the parameters
 * (say, hashtags and `via` leave no room for text) or when a custom `buildUrl` returns something
 * that is not an http(s) URL, so that no script or data link can reach the page.
 */
export function share(
  text: string,
  settings: Pick<ResolvedOptions, 'url' | 'via' | 'hashtags' | 'related' | 'limit' | 'buildUrl'>,
  id: string | undefined
): Share | ShareProblem {
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
  const custom = settings.buildUrl
  const buildUrl = custom
    ? (fitted: IntentParams): string => {
        built = custom(fitted)
        return typeof built === 'string' ? built : ''
      }
    : undefined
  let href: unknown
  try {
    href = intentUrl(params, {limit: settings.limit, ...(buildUrl ? {buildUrl} : {})})
  } catch (error) {
    if (error instanceof OptionsError) return {problem: error.problems.map((problem) => problem.message).join('; ')}
    if (!custom) throw error
    const reason = error instanceof Error ? error.message : error
    return {problem: `Unexpected error ${describeValue(reason)} from \`buildUrl\`, expected it to return an http(s) URL`}
  }
  if (custom) href = built
  if (typeof href !== 'string' || !isWebLink(href)) {
    return {problem: `Unexpected link ${describeValue(href)} from \`buildUrl\`, expected an http(s) URL`}
  }
  const fitted = composeIntent(params, {limit: settings.limit})
  if (!fitted.truncated) return {href, truncated: false}
  // The whole post's length is only worth counting for the warning. Composing it unfitted would
  // count the whole text with the link and hashtags around it, which twitter-text does in
  // quadratic time on long unspaced runs; the parts around the text weigh the same either way.
  const length = fitted.length - countTweet(fitted.text, {limit: settings.limit}).length + countTweet(text, {limit: settings.limit}).length
  return {href, truncated: true, length}
}
