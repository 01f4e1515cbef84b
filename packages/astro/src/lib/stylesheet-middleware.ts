// Astro middleware registered by the integration (`styles: true`). It adds the default stylesheet to
// the pages that show tweetstorm markup and leaves every other response as it was, byte for byte, so
// adding the integration changes nothing on pages without quotes (not even how their CSS loads).
import type {MiddlewareHandler} from 'astro'
import {href, prefixes} from 'virtual:@tweetstorm/astro/stylesheet'
import {linkStylesheet} from './stylesheet-link.js'

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next()
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response
  const html = await response.text()
  const linked = linkStylesheet(html, href, prefixes)
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(linked, {status: response.status, statusText: response.statusText, headers})
}
