import type {StandaloneReason} from './standalone.js'

/** A range of UTF-16 code units in the caller's original string: `text.slice(start, end)`. */
export interface SourceRange {
  start: number
  end: number
}

/** Result of counting one post with a platform's counter. */
export interface TweetCount {
  /** Weighted length as the platform counts it (X: twitter-text v3 `weightedLength`). */
  length: number
  /** The limit the text was checked against. */
  limit: number
  /** `limit - length`; negative when the text is too long. */
  remaining: number
  /** Whether the platform accepts the text as one post (not empty, within the limit, no invalid characters). */
  valid: boolean
  /** Thousandths of the limit used, as twitter-text reports it. */
  permillage: number
}

/** One post of a thread. */
export interface ThreadTweet {
  /** Exactly what is posted, numbering and continuation mark included. */
  text: string
  /** Weighted length of `text`. */
  length: number
  /** 0-based position in the thread. */
  index: number
  /** The part of the input this tweet covers (UTF-16 offsets into the original string). */
  source: SourceRange
}

export interface Thread {
  tweets: ThreadTweet[]
  /** The limit every tweet was fitted to. */
  limit: number
}

/** A per-sentence "Tweet this" anchor. */
export interface Tweetable {
  /** Stable id, derived from the sentence text; a valid HTML id and URL fragment. */
  id: string
  /** The sentence (or tweet-sized piece of a long one) as it is shared. */
  text: string
  /** Where the sentence sits in the original string (UTF-16 offsets). */
  source: SourceRange
  /** Ready-to-use X web-intent URL sharing this sentence. */
  intentUrl: string
  /** Whether the quote reads well on its own: `reasons` is empty. */
  standalone: boolean
  /** Why it may not (README "Quotes that stand alone"): a pointer back, a fragment, too short, a piece of a cut sentence. */
  reasons: StandaloneReason[]
}

/** Parameters of an X web intent. */
export interface IntentParams {
  text?: string | undefined
  url?: string | undefined
  via?: string | undefined
  hashtags?: readonly string[] | undefined
  related?: readonly string[] | undefined
  inReplyTo?: string | undefined
}
