// @ts-check
import tweetstorm from '@tweetstorm/astro'
import {defineConfig} from 'astro/config'

export default defineConfig({
  // Share links must be absolute: every "Tweet" link points back to https://example.com/blog/<post>/#<quote>.
  site: 'https://example.com',
  integrations: [tweetstorm({via: 'tweetstorm', hashtags: ['writing']})]
})
