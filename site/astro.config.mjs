// @ts-check
import tweetstorm from '@tweetstorm/astro'
import {defineConfig} from 'astro/config'
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
  devToolbar: {enabled: false},
  // Every share link credits the site's handle; a block can still override it with `{via=…}`.
  integrations: [tweetstorm({via: siteHandle})]
})
