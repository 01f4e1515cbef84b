import path from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkTweetstorm from '@tweetstorm/remark'
import type {AstroIntegration} from 'astro'
import {resolveOptions, type Options} from './options.js'
import type {SiteLayout} from './page-url.js'
import {remarkPageUrl} from './remark-page-url.js'
import {stylesheetFor, stylesheetPlugin} from './stylesheet.js'


/**
 * Astro integration: click-to-tweet quotes (`:::tweetable`, `:tweet[…]`) and rant blocks
 * (`:::tweetstorm`) in every Markdown and MDX page, with share links pointing back to the page's
 * absolute URL (from `site`), and an optional default stylesheet.
 *
 * @example
 *   // astro.config.mjs
 *   export default defineConfig({site: 'https://example.com', integrations: [tweetstorm({via: 'handle'})]})
 */
export default function tweetstorm(options?: Options | null): AstroIntegration {
  // Validate now, while Astro loads the config, so a typo fails before any page is built.
  const settings = resolveOptions(options)

  return {
    name: '@tweetstorm/astro',
    hooks: {
      'astro:config:setup'({config, updateConfig, injectRoute, addMiddleware}) {
        const site = settings.site ?? config.site
        if (!site && !settings.url) {
          throw new Error(
            '@tweetstorm/astro: share links must point back to an absolute page URL, but astro.config has no `site`. ' +
              "Fix: set your site's public address, `site: 'https://example.com'`, in astro.config.mjs " +
              "(or pass `tweetstorm({site: 'https://example.com'})`, or a `url: (page) => …` option returning absolute URLs)."
          )
        }

        const isOurs = (plugin: unknown) => plugin === remarkTweetstorm
        const registered = config.markdown.remarkPlugins.some((entry) =>
          isOurs(Array.isArray(entry) ? entry[0] : entry)
        )
        if (registered) {
          throw new Error(
            '@tweetstorm/astro: `remarkTweetstorm` is already in `markdown.remarkPlugins`, so every quote would be ' +
              'processed twice. Fix: remove it from `markdown.remarkPlugins` and pass its options to `tweetstorm({…})` instead.'
          )
        }

        const layout: SiteLayout = {
          site,
          base: config.base,
          root: fileURLToPath(config.root),
          srcDir: path.resolve(fileURLToPath(config.srcDir)),
          format: config.build.format,
          trailingSlash: config.trailingSlash
        }

        updateConfig({
          markdown: {
            // Astro appends these to the user's plugins; the page URL must be in `file.data` before
            // remarkTweetstorm reads it, hence this order.
            remarkPlugins: [
              [remarkPageUrl, {layout, url: settings.url}],
              [remarkTweetstorm, settings.remark]
            ]
          }
        })

        if (settings.styles) {
          // Not through Astro's CSS pipeline (`injectScript('page-ssr', import css)`): that bundles our
          // sheet with the site's CSS on every page, and moves the site's own inline styles into a shared
          // file even on pages without a quote. Instead the sheet is one prerendered file, linked by a
          // middleware from just the pages that show our markup.
          const sheet = stylesheetFor(config.base, [settings.remark.classPrefix ?? 'tweetstorm', 'tweetstorm'])
          updateConfig({vite: {plugins: [stylesheetPlugin(sheet)]}})
          injectRoute({pattern: sheet.pattern, entrypoint: new URL('./stylesheet-route.js', import.meta.url), prerender: true})
          addMiddleware({order: 'post', entrypoint: new URL('./stylesheet-middleware.js', import.meta.url)})
        }
      }
    }
  }
}
