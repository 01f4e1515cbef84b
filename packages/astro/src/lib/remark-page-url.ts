import {pageUrl, type PageUrlHook, type SiteLayout} from './page-url.js'

/** The little of a vfile this plugin touches (Astro hands remark plugins a `VFile`). */
interface MarkdownFile {
  path?: string | undefined
  data: {url?: unknown; astro?: {frontmatter?: Record<string, unknown>}}
  fail(reason: string): never
}

export interface RemarkPageUrlOptions {
  layout: SiteLayout
  url?: PageUrlHook | undefined
}

/**
 * remark plugin that writes the absolute URL of the page being rendered to `file.data.url`, where
 * `@tweetstorm/remark` reads its default `url`. It runs before that plugin, so share links point back to
 * the page (`https://example.com/blog/post/#t-…`) without the author repeating the URL in every file.
 *
 * A `url` already in `file.data` (set by another plugin or a caller) is kept.
 *
 * @example
 *   updateConfig({markdown: {remarkPlugins: [[remarkPageUrl, {layout}], remarkTweetstorm]}})
 */
export function remarkPageUrl(options: RemarkPageUrlOptions) {
  return function (_tree: unknown, file: MarkdownFile): undefined {
    if (file.data.url !== undefined || !file.path) return
    let url: string | undefined
    try {
      url = pageUrl(file.path, options.layout, file.data.astro?.frontmatter ?? {}, options.url)
    } catch (error) {
      // A broken `url` hook is the user's config problem: stop the build and name the file.
      file.fail(`Cannot work out the page URL for share links: ${(error as Error).message}`)
    }
    if (url !== undefined) file.data.url = url
  }
}
