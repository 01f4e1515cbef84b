import {type EntityKind, linkedEntities} from '@tweetstorm/core'

export type {EntityKind}

/** A part of a post: plain text, or an entity X turns into a link. */
export interface PostPart {
  text: string
  kind?: EntityKind
}

const escapes: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Escape text for use in HTML content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char)
}

/**
 * Cut a post into plain text and the entities X links (URLs, @mentions, #hashtags, $cashtags),
 * found by core's X engine exactly as twitter-text finds them, so the highlight matches what X will link.
 *
 * @example
 *   postParts('Read https://example.com #writing')
 *   // → [{text: 'Read '}, {text: 'https://example.com', kind: 'url'}, {text: ' '}, {text: '#writing', kind: 'hashtag'}]
 */
export function postParts(text: string): PostPart[] {
  const parts: PostPart[] = []
  let at = 0
  // UTF-16 offsets, the same unit `slice` uses; sorted and without overlaps.
  for (const {start, end, kind} of linkedEntities(text)) {
    if (start > at) parts.push({text: text.slice(at, start)})
    parts.push({text: text.slice(start, end), kind})
    at = end
  }
  if (at < text.length) parts.push({text: text.slice(at)})
  return parts
}

/**
 * A post as HTML with its entities wrapped in `<span class="entity entity--<kind>">`; everything else
 * is escaped, so the result is safe to assign to `innerHTML`.
 *
 * @example
 *   highlightPost('Hi @tweetstorm <3') // → 'Hi <span class="entity entity--mention">@tweetstorm</span> &lt;3'
 */
export function highlightPost(text: string): string {
  let html = ''
  for (const part of postParts(text)) {
    html += part.kind
      ? `<span class="entity entity--${part.kind}">${escapeHtml(part.text)}</span>`
      : escapeHtml(part.text)
  }
  return html
}
