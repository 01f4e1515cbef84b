// @ts-check
import tweetstorm from '@tweetstorm/astro'
import {defineConfig} from 'astro/config'
import rehypeReadmeLinks from './src/lib/rehype-readme-links.ts'
import rehypeScrollableBlocks from './src/lib/rehype-scrollable-blocks.ts'
import rehypeHeadingLevels from './src/lib/rehype-heading-levels.ts'
import {siteHandle} from './src/lib/site.ts'

// Share links must be absolute, so the site's own address is part of the build.
export default defineConfig({
  site: 'https://tweetstorm.dev',
  // Pages are built as folders (/blog/x/); 'ignore' lets `astro preview` also answer /blog/x.
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One request per page instead of two: the stylesheet is small, inlining it wins on first paint.
    inlineStylesheets: 'always'
  },
  markdown: {
    // Highlighted at build time by Astro's built-in Shiki: colours are inline styles, no script. Two
    // themes, one per colour scheme; site.css switches to the dark one's variables.
    syntaxHighlight: 'shiki',
    shikiConfig: {themes: {light: 'github-light-default', dark: 'github-dark-default'}},
    rehypePlugins: [rehypeHeadingLevels, rehypeScrollableBlocks, rehypeReadmeLinks]
  },
  devToolbar: {enabled: false},
  // Every share link credits the site's handle; a block can still override it with `{via=…}`.
  integrations: [tweetstorm({via: siteHandle})]
})
