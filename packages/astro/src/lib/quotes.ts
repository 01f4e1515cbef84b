import {OptionsError, type Platform} from '@tweetstorm/core'
import {
  resolveOptions,
  tweetableElement,
  tweetstormElement,
  type Options as RemarkOptions
} from '@tweetstorm/remark'
import type {Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'

/** Props of `ClickToTweet` and `Tweetstorm`: the remark plugin's options, plus the text. */
export type QuoteProps = Omit<RemarkOptions, 'hashtags' | 'related' | 'platforms'> & {
  /** Networks to link to, in order, as an array or comma-separated (`"x,bluesky"`); default the integration's, else `['x']`. */
  platforms?: readonly Platform[] | string | undefined
  /** The text to share; without it, the component's slot is used (as text: markup in it is dropped). */
  text?: string | undefined
  /** Hashtags without `#`, as an array or comma-separated (`"writing,x"`). */
  hashtags?: readonly string[] | string | undefined
  /** Accounts X suggests following after posting, as an array or comma-separated. */
  related?: readonly string[] | string | undefined
}

/**
 * What the integration tells the components: its options (`via`, `hashtags`, `related`, `labels`,
 * `limit`…; function options such as `buildUrl` cannot cross into the page's module) and its `site`.
 */
export interface ComponentDefaults {
  options?: RemarkOptions | undefined
  /** The integration's `site` option, for a site without `site` in astro.config. */
  site?: string | undefined
}

/** What the component knows about the page it is rendered on. */
export interface RenderContext {
  /** The rendered slot (HTML), when the component has one. */
  slot?: string | undefined
  /** The page's absolute URL, when the site has a `site`; used when no `url` prop is given. */
  pageUrl?: string | undefined
  /** Options from the integration; a prop of the same name overrides one. */
  defaults?: ComponentDefaults | undefined
}

/**
 * HTML of a click-to-tweet quote, identical to what the remark plugin renders for a `:::tweetable`
 * block holding the same text and options.
 *
 * @example
 *   clickToTweetHtml({text: 'Ship small.', via: 'tweetstorm'}, {pageUrl: 'https://example.com/post/'})
 *   // '<figure class="tweetstorm-quote" id="t-ship-small">…<a href="https://x.com/intent/tweet?…">Tweet this</a></figure>'
 */
export function clickToTweetHtml(props: QuoteProps, context: RenderContext = {}): string {
  const {text, options} = prepare(props, context, 'ClickToTweet')
  return toHtml(tweetableElement(text, options))
}

/**
 * HTML of a rant block, identical to what the remark plugin renders for a `:::tweetstorm` block:
 * every sentence followed by its own share link.
 *
 * @example
 *   tweetstormHtml({text: 'Meetings are a tax. Writing is a gift.'}, {pageUrl: 'https://example.com/post/'})
 */
export function tweetstormHtml(props: QuoteProps, context: RenderContext = {}): string {
  const {text, options} = prepare(props, context, 'Tweetstorm')
  return toHtml(tweetstormElement(text, options))
}

function prepare(
  props: QuoteProps,
  context: RenderContext,
  where: string
): {text: string; options: RemarkOptions} {
  const {text, hashtags, related, platforms, ...rest} = props ?? {}
  const options: RemarkOptions = {...context.defaults?.options, ...withoutUndefined(rest)}
  if (hashtags !== undefined) options.hashtags = list(hashtags)
  if (related !== undefined) options.related = list(related)
  // Validated with the other options: an unknown name is reported there, with the known ones.
  if (platforms !== undefined) options.platforms = list(platforms) as Platform[]
  if (options.url === undefined && context.pageUrl !== undefined) options.url = context.pageUrl

  const shared = text ?? (context.slot === undefined ? undefined : textOfHtml(context.slot))
  if (typeof shared !== 'string' || shared.trim() === '') {
    throw new OptionsError(where, [
      {
        path: 'text',
        message: `Unexpected ${text === undefined ? 'no text' : 'empty text'}, expected the text to share in \`text\` or between the tags`
      }
    ])
  }
  try {
    // Validate here so the error names the component rather than the remark plugin.
    resolveOptions(options)
  } catch (error) {
    if (error instanceof OptionsError) throw new OptionsError(where, error.problems)
    throw error
  }
  return {text: shared, options}
}

// `<ClickToTweet via={undefined}>` leaves the integration's `via` in place, as leaving it out does.
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
}

function list(value: readonly string[] | string): string[] {
  if (typeof value !== 'string' && !Array.isArray(value)) return value as never
  return typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
    : [...value]
}

/**
 * The text of a rendered slot. Astro escapes text in slots, so `&amp;` must become `&` again before
 * the text is shared; tags are dropped, paragraphs become blank-line separated as the quote expects.
 */
export function textOfHtml(html: string): string {
  const tree = fromHtml(html, {fragment: true})
  const blocks = new Set(['p', 'div', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
  const walk = (node: Root | RootContent): string => {
    if (node.type === 'text') return node.value
    if (node.type === 'element') {
      if (node.tagName === 'br') return '\n'
      if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template') return ''
      const inner = node.children.map(walk).join('')
      return blocks.has(node.tagName) ? `\n\n${inner}\n\n` : inner
    }
    return 'children' in node ? node.children.map(walk).join('') : ''
  }
  return walk(tree)
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
