import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const siteRoot = fileURLToPath(new URL('..', import.meta.url))
export const distDir = path.join(siteRoot, 'dist')
export const resultsDir = path.join(siteRoot, 'test-results')
export const postsDir = path.join(siteRoot, 'src', 'content', 'blog')

/** The slugs of the blog posts, from the Markdown files the site is built from. */
export const postSlugs = readdirSync(postsDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -3))
  .sort()

/** The packages with a docs page (their README, or a stand-in until it is written). */
export const documentedPackages = readdirSync(path.join(siteRoot, '..', 'packages'))
  .filter((name) => existsSync(path.join(siteRoot, '..', 'packages', name, 'package.json')))
  .sort()

/** Every page the site must serve, with a short name for screenshots. */
export const pages: Array<{name: string; path: string}> = [
  {name: 'home', path: '/'},
  {name: 'blog', path: '/blog/'},
  ...postSlugs.flatMap((slug) => [
    {name: `post-${slug}`, path: `/blog/${slug}/`},
    {name: `thread-${slug}`, path: `/blog/${slug}/thread/`},
    ...['bluesky', 'mastodon', 'threads'].map((network) => ({name: `thread-${network}-${slug}`, path: `/blog/${slug}/thread/${network}/`}))
  ]),
  {name: 'composer', path: '/composer/'},
  {name: 'docs', path: '/docs/'},
  {name: 'docs-getting-started', path: '/docs/getting-started/'},
  ...documentedPackages.map((name) => ({name: `docs-${name}`, path: `/docs/${name}/`})),
  {name: 'not-found', path: '/no-such-page/'}
]
