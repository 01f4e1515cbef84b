import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import remarkTweetstorm from '@tweetstorm/remark'
import {satteriTweetstorm} from '@tweetstorm/remark/satteri'
import type {AstroIntegration} from 'astro'
import {formatWarning, remarkReportWarnings} from './messages.js'
import {resolveOptions, type Options, type ResolvedOptions} from './options.js'
import type {SiteLayout} from './page-url.js'
import type {ComponentDefaults} from './quotes.js'
import {remarkPageUrl} from './remark-page-url.js'
import {satteriPageUrl} from './satteri-page-url.js'
import {stylesheetFor, stylesheetPlugin} from './stylesheet.js'

// The module the components read the integration's options from (see `componentOptionsPlugin`).
const componentOptionsFile = fileURLToPath(new URL('../component-options.js', import.meta.url))

/**
 * The Markdown processor of a site. Astro 5 and 6 run unified with `markdown.remarkPlugins` (no
 * `processor`); Astro 6.4+ and 7 take `markdown.processor`, `satteri()` by default on 7 and
 * `unified()` from `@astrojs/markdown-remark` when the site opts into it.
 */
interface MarkdownProcessor {
  name: string
  options: {
    remarkPlugins?: unknown[]
    mdastPlugins?: unknown[]
    features?: {directive?: boolean}
  }
}

/**
 * Astro integration: click-to-tweet quotes (`:::tweetable`, `:tweet[…]`) and rant blocks
 * (`:::tweetstorm`) in every Markdown and MDX page, with share links pointing back to the page's
 * absolute URL (from `site`), and an optional default stylesheet. Works on unified (Astro 5, 6, and 7
 * when chosen) and on Sätteri (Astro 7's default), with the same HTML.
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
      'astro:config:setup'({config, updateConfig, injectRoute, addMiddleware, logger}) {
        const site = settings.site ?? config.site
        if (!site && !settings.url) {
          throw new Error(
            '@tweetstorm/astro: share links must point back to an absolute page URL, but astro.config has no `site`. ' +
              "Fix: set your site's public address, `site: 'https://example.com'`, in astro.config.mjs " +
              "(or pass `tweetstorm({site: 'https://example.com'})`, or a `url: (page) => …` option returning absolute URLs)."
          )
        }

        const root = fileURLToPath(config.root)
        const layout: SiteLayout = {
          site,
          base: config.base,
          root,
          srcDir: path.resolve(fileURLToPath(config.srcDir)),
          format: config.build.format,
          trailingSlash: config.trailingSlash
        }
        const warn = (message: string) => logger.warn(message)
        const processor = (config.markdown as {processor?: MarkdownProcessor}).processor
        refuseTwice(config.markdown.remarkPlugins, processor)

        if (processor?.name === 'satteri') {
          // Sätteri parses directives only when asked; integrations extend it through its options.
          processor.options.features = {...processor.options.features, directive: true}
          ;(processor.options.mdastPlugins ??= []).push(
            satteriPageUrl({layout, url: settings.url}),
            satteriTweetstorm({...settings.remark, onMessage: (message) => warn(formatWarning(message, root))})
          )
        } else {
          // The page URL must be in `file.data` before remarkTweetstorm reads it, and its warnings in
          // `file.messages` before they are reported, hence this order.
          const remarkPlugins = [
            [remarkPageUrl, {layout, url: settings.url}],
            [remarkTweetstorm, settings.remark],
            [remarkReportWarnings, {logger: {warn}, root}]
          ]
          if (processor?.name === 'unified' && !mdxReadsOnlyLegacyPlugins(config)) {
            ;(processor.options.remarkPlugins ??= []).push(...remarkPlugins)
          } else if (processor === undefined || processor.name === 'unified') {
            // Astro 6.4+ folds these into its unified processor (with a deprecation notice), and
            // `@astrojs/mdx` before 6 reads only these.
            updateConfig({markdown: {remarkPlugins: remarkPlugins as never}})
          } else {
            throw new Error(
              `@tweetstorm/astro: the \`${processor.name}\` Markdown processor is not supported: tweetstorm runs on ` +
                "`satteri()` (Astro 7's default) and `unified()`. Fix: remove `markdown.processor` from astro.config.mjs, " +
                "or set `processor: unified()` from '@astrojs/markdown-remark'."
            )
          }
        }

        updateConfig({vite: {plugins: [componentOptionsPlugin(componentDefaults(settings))]}})
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
        // Astro waits for this before it renders anything.
        if (processor?.name === 'satteri') return refuseOldSatteri(config.root)
        return undefined
      }
    }
  }
}

/**
 * Whether the Sätteri behind Astro's `@astrojs/markdown-satteri` runs a plugin's `before` hook
 * (Sätteri 0.10+), which the plugin needs; `undefined` when it cannot be found from the site.
 */
async function satteriHasDocumentHooks(root: URL): Promise<boolean | undefined> {
  try {
    const adapter = createRequire(new URL('package.json', root)).resolve('@astrojs/markdown-satteri')
    const engine = createRequire(adapter).resolve('satteri')
    const satteri = (await import(pathToFileURL(engine).href)) as {visitMdastHook?: unknown}
    return typeof satteri.visitMdastHook === 'function'
  } catch {
    return undefined
  }
}

/**
 * `@astrojs/mdx` 5 (Astro 6) reads `markdown.remarkPlugins` only, not the plugins of Astro 6.4's
 * `markdown.processor`: on that pair, MDX pages would keep their raw directives.
 */
function mdxReadsOnlyLegacyPlugins(config: {root: URL; integrations: Array<{name: string}>}): boolean {
  if (!config.integrations.some((integration) => integration.name === '@astrojs/mdx')) return false
  try {
    const manifest = createRequire(new URL('package.json', config.root)).resolve('@astrojs/mdx/package.json')
    const {version} = JSON.parse(readFileSync(manifest, 'utf8')) as {version: string}
    return Number.parseInt(version, 10) < 6
  } catch {
    return false
  }
}

async function refuseOldSatteri(root: URL): Promise<void> {
  if ((await satteriHasDocumentHooks(root)) === false) {
    throw new Error(
      '@tweetstorm/astro: this site’s Sätteri is older than 0.10 (`@astrojs/markdown-satteri` before 0.4, as on ' +
        'Astro 6.4), which has no per-document plugin hooks, so quotes would vanish. Fix: upgrade to Astro 7, ' +
        "or use Astro 6's default `unified()` processor (remove `markdown.processor` from astro.config.mjs)."
    )
  }
}

function refuseTwice(remarkPlugins: unknown[], processor: MarkdownProcessor | undefined): void {
  const entries = [...remarkPlugins, ...(processor?.options.remarkPlugins ?? []), ...(processor?.options.mdastPlugins ?? [])]
  const isOurs = (plugin: unknown) =>
    plugin === remarkTweetstorm || (plugin as {name?: unknown} | null)?.name === '@tweetstorm/remark'
  if (entries.some((entry) => isOurs(Array.isArray(entry) ? entry[0] : entry))) {
    throw new Error(
      '@tweetstorm/astro: the tweetstorm Markdown plugin is already in the Markdown config, so every quote would be ' +
        'processed twice. Fix: remove it from `markdown.remarkPlugins` (or the processor’s plugins) and pass its options to `tweetstorm({…})` instead.'
    )
  }
}

/** The options components can use: all but functions, which cannot cross into the page's module. */
export function componentDefaults(settings: ResolvedOptions): ComponentDefaults {
  const options = Object.fromEntries(
    Object.entries(settings.remark).filter(([, value]) => value !== undefined && typeof value !== 'function')
  )
  return {options, ...(settings.site === undefined ? {} : {site: settings.site})}
}

/** Serve the components' options module with the integration's options. */
function componentOptionsPlugin(defaults: ComponentDefaults) {
  return {
    name: '@tweetstorm/astro:component-options',
    load(id: string) {
      // Vite writes ids with `/` on every platform.
      if (id.split('?')[0] !== componentOptionsFile.split(path.sep).join('/')) return undefined
      return `export default ${JSON.stringify(defaults)}`
    }
  }
}
