// The default stylesheet as a prerendered file, at the hashed address the middleware links to.
import type {APIRoute} from 'astro'
import {css} from 'virtual:@tweetstorm/astro/stylesheet'

export const prerender = true

export const GET: APIRoute = () => new Response(css, {headers: {'content-type': 'text/css; charset=utf-8'}})
