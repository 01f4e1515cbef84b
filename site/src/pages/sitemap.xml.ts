import type {APIRoute} from 'astro'
import {allPosts, postPath, threadPath} from '../lib/posts'

// A hand-rolled sitemap: five lines of XML do not justify another dependency.
export const GET: APIRoute = async ({site}) => {
  const posts = await allPosts()
  const paths = ['/', '/blog/', '/composer/', '/docs/', ...posts.flatMap((post) => [postPath(post), threadPath(post)])]
  const urls = paths.map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`).join('\n')
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
  return new Response(body, {headers: {'content-type': 'application/xml; charset=utf-8'}})
}
