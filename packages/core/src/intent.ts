// TEMPORARY STUB — replaced by the real implementation (issue 3). Same signature.
import type {IntentParams} from './types.js'
export type BuildUrl = (params: IntentParams) => string
export interface IntentOptions {
  fit?: boolean
  buildUrl?: BuildUrl
  limit?: number
}
export const defaultBuildUrl: BuildUrl = (params) => {
  const url = new URL('https://x.com/intent/tweet')
  if (params.text) url.searchParams.set('text', params.text)
  if (params.url) url.searchParams.set('url', params.url)
  if (params.via) url.searchParams.set('via', params.via)
  if (params.hashtags?.length) url.searchParams.set('hashtags', params.hashtags.join(','))
  if (params.related?.length) url.searchParams.set('related', params.related.join(','))
  if (params.inReplyTo) url.searchParams.set('in_reply_to', params.inReplyTo)
  return url.href
}
export function intentUrl(params: IntentParams, options?: IntentOptions): string {
  return (options?.buildUrl ?? defaultBuildUrl)(params)
}
