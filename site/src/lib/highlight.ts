import twitter, {type EntityWithIndices} from 'twitter-text'

/** What kind of entity a highlighted span is, named as X names them. */
export type EntityKind = 'url' | 'mention' | 'hashtag' | 'cashtag'

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
 * found with twitter-text itself so the highlight matches what X will link.
 *
 * @example
 *   postParts('Read https://example.com #writing')
 *   // → [{text: 'Read '}, {text: 'https://example.com', kind: 'url'}, {text: ' '}, {text: '#writing', kind: 'hashtag'}]
 */
export function postParts(text: string): PostPart[] {
  const parts: PostPart[] = []
  let at = 0
  // twitter-text reports UTF-16 offsets, the same unit `slice` uses.
  for (const entity of twitter.extractEntitiesWithIndices(text)) {
    const [start, end] = entity.indices
    if (start < at) continue
    if (start > at) parts.push({text: text.slice(at, start)})
    parts.push({text: text.slice(start, end), kind: kindOf(entity)})
    at = end
  }
  if (at < text.length) parts.push({text: text.slice(at)})
  return parts
}

function kindOf(entity: EntityWithIndices): EntityKind {
  if ('url' in entity) return 'url'
  if ('hashtag' in entity) return 'hashtag'
  if ('cashtag' in entity) return 'cashtag'
  return 'mention'
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
