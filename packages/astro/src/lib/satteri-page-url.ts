import {fileURLToPath} from 'node:url'
import {pageUrl, type PageUrlHook, type SiteLayout} from './page-url.js'

/** The little of Sätteri's mdast context this plugin touches. */
interface SatteriDocument {
  readonly fileURL: URL | undefined
  readonly data: {url?: unknown; astro?: {frontmatter?: Record<string, unknown>}}
}

export interface SatteriPageUrlOptions {
  layout: SiteLayout
  url?: PageUrlHook | undefined
}

/**
 * Sätteri counterpart of `remarkPageUrl`: writes the absolute URL of the page being rendered to the
 * document's `data.url`, where `satteriTweetstorm` reads it, from Astro's `fileURL` and frontmatter.
 * It must come before that plugin in `mdastPlugins`. A `url` already there is kept.
 *
 * @example
 *   satteri({mdastPlugins: [satteriPageUrl({layout}), satteriTweetstorm()]})
 */
export function satteriPageUrl(options: SatteriPageUrlOptions) {
  return {
    name: '@tweetstorm/astro:page-url',
    before(_root: unknown, context: SatteriDocument): undefined {
      if (context.data.url !== undefined || !context.fileURL || context.fileURL.protocol !== 'file:') return
      const file = fileURLToPath(context.fileURL)
      let url: string | undefined
      try {
        url = pageUrl(file, options.layout, context.data.astro?.frontmatter ?? {}, options.url)
      } catch (error) {
        // Same as remarkPageUrl's `file.fail`: a broken `url` hook stops the build, naming the file.
        throw new Error(`${file}: Cannot work out the page URL for share links: ${(error as Error).message}`, {cause: error})
      }
      if (url !== undefined) context.data.url = url
    }
  }
}
