// @ts-check
import {satteri} from '@astrojs/markdown-satteri'
import tweetstorm from '@tweetstorm/astro'
import {defineConfig} from 'astro/config'
import {headingLevels} from './src/lib/heading-levels.ts'
import {readmeLinks} from './src/lib/readme-links.ts'
import {scrollableBlocks} from './src/lib/scrollable-blocks.ts'
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
    // Plain code blocks: Shiki's themes fail contrast in one scheme or the other, and colour is not
    // worth the extra bytes on a site that shows a few short snippets.
    syntaxHighlight: false,
    // Astro 7's own Markdown processor (Sätteri); tweetstorm adds its directives to it.
    processor: satteri({hastPlugins: [headingLevels(), scrollableBlocks(), readmeLinks()]})
  },
  devToolbar: {enabled: false},
  // Every share link credits the site's handle; a block can still override it with `{via=…}`.
  integrations: [tweetstorm({via: siteHandle})]
})
