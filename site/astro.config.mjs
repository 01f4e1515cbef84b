// @ts-check
import {satteri} from '@astrojs/markdown-satteri'
import tweetstorm from '@tweetstorm/astro'
import {defineConfig} from 'astro/config'
import {headingLevels} from './src/lib/heading-levels.ts'
import {readmeLinks} from './src/lib/readme-links.ts'
import {scrollableBlocks} from './src/lib/scrollable-blocks.ts'
import {cornerCells} from './src/lib/corner-cells.ts'
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
    // Highlighted at build time by Astro's built-in Shiki, which Sätteri runs as its first hast plugin:
    // colours are inline styles, no script. Two themes, one per colour scheme; site.css switches to the
    // dark one's variables.
    syntaxHighlight: 'shiki',
    shikiConfig: {themes: {light: 'github-light-default', dark: 'github-dark-default'}},
    // Astro 7's own Markdown processor (Sätteri); tweetstorm adds its directives to it.
    processor: satteri({hastPlugins: [headingLevels(), scrollableBlocks(), cornerCells(), readmeLinks()]})
  },
  devToolbar: {enabled: false},
  // Every share link credits the site's handle; a block can still override it with `{via=…}`.
  integrations: [tweetstorm({via: siteHandle})]
})
