import type {Element, ElementContent, Properties} from 'hast'
import type {Platform} from '@tweetstorm/core'
import {IdRegistry, quoteId} from './ids.js'
import {layoutSentences, type Segment} from './layout.js'
import {isXOnly, labelFor, limitOn} from './networks.js'
import {resolveOptions, type Options, type ResolvedOptions} from './options.js'
import {share, shares, type Share, type ShareProblem} from './share.js'
import {hasVisibleText, joinLines} from './text.js'

// Property builders shared by the hast functions below and by the remark plugin, which puts the
// same properties on mdast nodes (`data.hProperties`), so both give identical HTML.

function classes(settings: ResolvedOptions, own: string): string[] {
  const extra = settings.className?.trim().split(/\s+/) ?? []
  return [`${settings.classPrefix}-${own}`, ...extra]
}

export function quoteProperties(settings: ResolvedOptions, id: string | undefined): Properties {
  return {className: classes(settings, 'quote'), ...(id ? {id} : {})}
}

export function quoteTextProperties(settings: ResolvedOptions): Properties {
  return {className: [`${settings.classPrefix}-quote-text`]}
}

export function stormProperties(settings: ResolvedOptions, id: string | undefined = settings.id): Properties {
  return {className: classes(settings, 'storm'), ...(id ? {id} : {})}
}

export function sentenceProperties(settings: ResolvedOptions, id: string | undefined): Properties {
  return {className: [`${settings.classPrefix}-sentence`], ...(id ? {id} : {})}
}

/**
 * A share link opens its network in a new window; its accessible name says what it shares, on
 * which network, and that a window opens (`aria-label`), and starts with the visible text so
 * voice control finds it. A sentence's link is also described by the sentence itself. Beside X
 * alone, each link also has a class naming its network (`tweetstorm-link-bluesky`).
 */
export function linkProperties(
  settings: ResolvedOptions,
  kind: 'quote' | 'sentence',
  link: Share,
  describedBy?: string
): Properties {
  const name = kind === 'quote' ? settings.labels.quoteName : settings.labels.sentenceName
  // `href` first: remark-rehype sets it before merging these, and the order shows in the HTML.
  return {
    href: link.href,
    className: [
      `${settings.classPrefix}-link`,
      ...(isXOnly(settings.platforms) ? [] : [`${settings.classPrefix}-link-${link.platform}`])
    ],
    target: '_blank',
    rel: ['noopener', 'noreferrer'],
    ariaLabel: labelFor(name, link.platform),
    ...(describedBy ? {ariaDescribedBy: [describedBy]} : {})
  }
}

export function linkLabel(settings: ResolvedOptions, kind: 'quote' | 'sentence', platform: Platform): string {
  return labelFor(kind === 'quote' ? settings.labels.quote : settings.labels.sentence, platform)
}

function linkElement(settings: ResolvedOptions, kind: 'quote' | 'sentence', link: Share, describedBy?: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: linkProperties(settings, kind, link, describedBy),
    children: [{type: 'text', value: linkLabel(settings, kind, link.platform)}]
  }
}

/** The links that could be made, each but the first after a space, so a row of buttons can wrap. */
export function linkRow<T>(links: readonly Share[], make: (link: Share) => T, space: () => T): T[] {
  return links.flatMap((link, index) => (index === 0 ? [make(link)] : [space(), make(link)]))
}

/** Paragraphs of plain text: separated by blank lines. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
}

/** The text a quote shares: its paragraphs with line breaks inside them turned into spaces. */
export function shareTextOf(paragraphs: readonly string[]): string {
  return paragraphs
    .map((part) => joinLines(part).trim())
    .filter((part) => part.length > 0)
    .join('\n\n')
}

// remark-rehype puts a line ending around each child of a blockquote; do the same so the two
// ways of building a quote give the same tree.
function wrapLines(children: ElementContent[]): ElementContent[] {
  const result: ElementContent[] = [{type: 'text', value: '\n'}]
  for (const child of children) result.push(child, {type: 'text', value: '\n'})
  return result
}

/** Settings plus what a quote needs from them: its id (claimed in `ids`) and its share link. */
export function planQuote(
  text: string,
  settings: ResolvedOptions,
  ids: IdRegistry
): {id: string | undefined; links: Array<Share | ShareProblem>} {
  if (!hasVisibleText(text)) {
    return {id: undefined, links: settings.platforms.map((platform) => ({platform, problem: 'Unexpected empty text, expected something to share'}))}
  }
  const base = settings.id ?? quoteId(text, settings)
  const id = base === undefined ? undefined : ids.claim(base)
  return {id, links: shares(text, settings, id)}
}

/** The links that could be made. */
export function madeLinks(links: ReadonlyArray<Share | ShareProblem>): Share[] {
  return links.filter((link): link is Share => 'href' in link)
}

/**
 * The click-to-tweet quote for `text`, exactly as `remarkTweetstorm` renders a
 * `:::tweetable` block holding that text: a `figure` with the quote in a `blockquote` and a
 * share link. Paragraphs are separated by blank lines.
 *
 * @example
 *   toHtml(tweetableElement('Ship small, ship often.', {url: 'https://example.com/post/'}))
 *   // <figure class="tweetstorm-quote" id="…"><blockquote …><p>Ship small, ship often.</p></blockquote><a …>Tweet this</a></figure>
 */
export function tweetableElement(text: string, options?: Options | null): Element {
  const settings = resolveOptions(options)
  const paragraphs = paragraphsOf(String(text))
  const {id, links} = planQuote(shareTextOf(paragraphs), settings, new IdRegistry())
  const children: ElementContent[] = [
    {
      type: 'element',
      tagName: 'blockquote',
      properties: quoteTextProperties(settings),
      children: wrapLines(
        paragraphs.map((part) => ({type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: part}]}))
      )
    }
  ]
  children.push(
    ...linkRow<ElementContent>(madeLinks(links), (link) => linkElement(settings, 'quote', link), () => ({type: 'text', value: ' '}))
  )
  return {type: 'element', tagName: 'figure', properties: quoteProperties(settings, id), children}
}

/** When no sentence can be shared (no room beside hashtags and via), show the paragraph plain. */
export function segmentsOrWhole(layout: Segment[] | {problem: string}, text: string): Segment[] {
  return Array.isArray(layout) ? layout : [{kind: 'gap', start: 0, end: text.length}]
}

/** One sentence's id (claimed in `ids`) and share link. */
export function planSentence(
  segment: Extract<Segment, {kind: 'sentence'}>,
  settings: ResolvedOptions,
  ids: IdRegistry
): {id: string; links: Array<Share | ShareProblem>} {
  const id = ids.claim(segment.tweetable.id)
  const {xLink} = segment
  // Core built this very X link already: same text, page URL, hashtags, via, related and limit,
  // and the id the page gives the sentence is core's. Building it again (validating the options,
  // fitting the text, composing the post to check its length) cost more than the rest of a rant
  // block. A custom `buildUrl`, a renamed id (a sentence repeated in another block), a link without
  // the text (no room for it), any other network's link, and X's when a stricter network sized the
  // sentences, take the general path.
  if (xLink !== undefined && settings.buildUrl === undefined && id === segment.tweetable.id) {
    const limit = limitOn(settings, 'x')
    return {
      id,
      links: settings.platforms.map((platform) =>
        platform === 'x' ? {platform, href: xLink, truncated: false, limit} : share(segment.shareText, settings, id, platform)
      )
    }
  }
  return {id, links: shares(segment.shareText, settings, id)}
}

/**
 * The rant block for `text`, exactly as `remarkTweetstorm` renders a `:::tweetstorm` block
 * holding that text: a `div` of paragraphs in which every sentence (or tweet-sized piece of a
 * long one) is a `span` with an id, followed by its own share link pointing back to that id.
 *
 * @example
 *   tweetstormElement('Meetings are a tax. Writing is a gift.', {via: 'tweetstorm'})
 *   // div > p > [span#…, ' ', a, ' ', span#…, ' ', a]
 */
export function tweetstormElement(text: string, options?: Options | null): Element {
  const settings = resolveOptions(options)
  const paragraphs = paragraphsOf(String(text))
  const ids = new IdRegistry()
  // Claimed first, as the plugin does, so a sentence with the same id gets `-2`, not the block.
  const id = settings.id === undefined ? undefined : ids.claim(settings.id)
  const children: ElementContent[] = paragraphs.map((part) => ({
    type: 'element',
    tagName: 'p',
    properties: {},
    // As in Markdown, a single line break inside a paragraph reads as a space.
    children: segmentsOrWhole(layoutSentences(part.replaceAll('\n', ' '), settings), part).flatMap((segment): ElementContent[] => {
      const value = part.slice(segment.start, segment.end)
      if (segment.kind === 'gap') return [{type: 'text', value}]
      const {id, links} = planSentence(segment, settings, ids)
      const sentence: Element = {
        type: 'element',
        tagName: 'span',
        properties: sentenceProperties(settings, id),
        children: [{type: 'text', value}]
      }
      const made = madeLinks(links)
      const space = (): ElementContent => ({type: 'text', value: ' '})
      return made.length > 0 ? [sentence, space(), ...linkRow(made, (link) => linkElement(settings, 'sentence', link, id), space)] : [sentence]
    })
  }))
  return {type: 'element', tagName: 'div', properties: stormProperties(settings, id), children}
}
