import type {Share, TailPart} from './profile.js'

// Networks whose share link takes only text get the link, hashtags and credit folded into it, in the
// order X composes them (`text url #a #b via @handle`), so a quote reads the same everywhere.

/** The counted parts after the text when they are folded into it. */
export function foldedTail(share: Omit<Share, 'text'>): TailPart[] {
  const parts: TailPart[] = []
  if (share.url) parts.push({name: 'url', value: share.url})
  if (share.hashtags?.length) parts.push({name: 'hashtags', value: share.hashtags.map((tag) => '#' + tag).join(' ')})
  if (share.via) parts.push({name: 'via', value: 'via @' + share.via})
  return parts
}

/** `text` and its tail, one space apart. */
export function joinShare(text: string, parts: TailPart[]): string {
  const tail = parts.map((part) => part.value).join(' ')
  return text && tail ? text + ' ' + tail : text || tail
}

/** The whole share text with url, hashtags and via folded in. */
export function foldShare(share: Share): string {
  return joinShare(share.text, foldedTail(share))
}
