import {countTweet, splitThread, type SplitOptions} from '@tweetstorm/core'
import {z} from 'zod'
import {parseProps} from './props.js'

/** One card of a thread preview: what is posted and how X counts it. */
export interface PreviewCard {
  /** 0-based position in the thread (rendered as `data-tweet-index`). */
  index: number
  /** Exactly what is posted, numbering included. */
  text: string
  /** Weighted length (twitter-text v3). */
  length: number
  /** The limit the post is checked against. */
  limit: number
  /** Whether X accepts the post as it is. */
  valid: boolean
  /** The visible count, `"123/280"`. */
  count: string
}

/** A thread ready to render as cards. */
export interface ThreadPreviewModel {
  cards: PreviewCard[]
  limit: number
  /** Class names, all derived from one prefix so a site can restyle or namespace them. */
  classes: {
    thread: string
    card: string
    text: string
    count: string
    invalid: string
    empty: string
    hidden: string
  }
}

const limitExpected = 'expected a whole number of characters between 40 and 25000'

const tweetInput = z.union(
  [z.string(), z.looseObject({text: z.string()})],
  {error: 'expected a post as a string or an object with a `text` string'}
)

const propsSchema = z
  .strictObject({
    text: z.string({error: 'expected the text of the thread as a string'}).optional(),
    tweets: z.array(tweetInput, {error: 'expected an array of posts'}).optional(),
    limit: z
      .number({error: limitExpected})
      .int({error: limitExpected})
      .min(40, {error: limitExpected})
      .max(25000, {error: limitExpected})
      .optional(),
    numbering: z
      .union([z.literal(false), z.enum(['n/N', '(n/N)', '[n/N]', 'n/'])], {
        error: "expected `false`, `'n/N'`, `'(n/N)'`, `'[n/N]'` or `'n/'`"
      })
      .optional(),
    numberingPosition: z.enum(['end', 'start'], {error: "expected `'end'` or `'start'`"}).optional(),
    continuation: z.union([z.string(), z.literal(false)], {error: 'expected a string or `false`'}).optional(),
    platform: z.literal('x', {error: "expected `'x'`"}).optional(),
    classPrefix: z
      .string({error: 'expected a class name of letters, digits, - or _ starting with a letter'})
      .regex(/^[A-Za-z][\w-]*$/, {error: 'expected a class name of letters, digits, - or _ starting with a letter'})
      .optional(),
    // Astro passes `class` through to the root element; accepting it keeps `<ThreadPreview class="…">` working.
    class: z.string({error: 'expected class names as a string'}).optional()
  })
  .refine((props) => (props.text === undefined) !== (props.tweets === undefined), {
    message: 'Unexpected props, expected exactly one of `text` (split for you) or `tweets` (already split)'
  })

/**
 * Props of `ThreadPreview`: `text` to split, or `tweets` already split; split options apply to `text`.
 * `tweets` takes strings or any objects with a `text`, such as core's `ThreadTweet`s
 * (`tweets={splitThread(post).tweets}`): the schema's loose object would demand an index signature.
 */
export type ThreadPreviewProps = Omit<z.input<typeof propsSchema>, 'tweets'> & {
  tweets?: ReadonlyArray<string | {readonly text: string}> | undefined
}

/**
 * Turn `ThreadPreview` props into cards: split `text` with core's `splitThread` (or take `tweets` as they
 * are) and count every post as X would.
 *
 * @example
 *   threadPreview({text: 'A long rant…', limit: 280}).cards[0]
 *   // → {index: 0, text: 'A long rant… 1/3', length: 271, limit: 280, valid: true, count: '271/280'}
 */
export function threadPreview(props: ThreadPreviewProps): ThreadPreviewModel {
  // Astro adds `data-astro-cid-*` to components used on a page with scoped styles; they are not
  // ours to validate.
  const own = Object.fromEntries(Object.entries(props ?? {}).filter(([key]) => !key.startsWith('data-astro-')))
  const {text, tweets, classPrefix = 'tweetstorm', class: _class, ...split} = parseProps(
    propsSchema,
    own,
    'ThreadPreview'
  )
  const limit = split.limit ?? 280
  let posts: string[]
  if (text !== undefined) {
    const options: SplitOptions = {limit}
    if (split.numbering !== undefined) options.numbering = split.numbering
    if (split.numberingPosition !== undefined) options.numberingPosition = split.numberingPosition
    if (split.continuation !== undefined) options.continuation = split.continuation
    if (split.platform !== undefined) options.platform = split.platform
    posts = splitThread(text, options).tweets.map((tweet) => tweet.text)
  } else {
    posts = (tweets ?? []).map((tweet) => (typeof tweet === 'string' ? tweet : tweet.text))
  }

  // Count again rather than trust a caller's `length`: the preview's job is to show what X will say.
  const cards = posts.map((post, index) => {
    const counted = countTweet(post, {limit})
    return {
      index,
      text: post,
      length: counted.length,
      limit,
      valid: counted.valid,
      count: `${counted.length}/${limit}`
    }
  })

  // Same naming as the remark plugin's markup (`tweetstorm-quote`, `tweetstorm-link`…), so one prefix
  // option restyles everything.
  const p = classPrefix
  return {
    cards,
    limit,
    classes: {
      thread: `${p}-thread`,
      card: `${p}-tweet`,
      text: `${p}-tweet-text`,
      count: `${p}-tweet-count`,
      invalid: `${p}-tweet-invalid`,
      empty: `${p}-thread-empty`,
      hidden: `${p}-visually-hidden`
    }
  }
}
