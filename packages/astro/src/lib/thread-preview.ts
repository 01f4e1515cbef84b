import {
  countTweet,
  limitSchema,
  numberingSchema,
  OptionsError,
  parseOptions,
  platformProfile,
  platformSchema,
  splitThread,
  type Platform,
  type SplitOptions
} from '@tweetstorm/core'
import {z} from 'zod'

/** One card of a thread preview: what is posted and how X counts it. */
export interface PreviewCard {
  /** 0-based position in the thread (rendered as `data-tweet-index`). */
  index: number
  /** Exactly what is posted, numbering included. */
  text: string
  /** Weighted length, as the platform counts (on X, twitter-text v3). */
  length: number
  /** The limit the post is checked against. */
  limit: number
  /** Whether the platform accepts the post as it is. */
  valid: boolean
  /** The visible count, `"123/280"`. */
  count: string
}

/** A thread ready to render as cards. */
export interface ThreadPreviewModel {
  cards: PreviewCard[]
  limit: number
  /** The network the posts are counted for. */
  platform: Platform
  /** How the list is named for screen readers: `Thread preview, 2 posts` (`Bluesky thread preview, …` beside X). */
  label: string
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

const tweetInput = z.union(
  [z.string(), z.looseObject({text: z.string()})],
  {error: 'Unexpected post, expected a post as a string or an object with a `text` string'}
)

const classPrefixExpected = 'Unexpected class prefix, expected a class name of letters, digits, - or _ starting with a letter'

// Messages say what is expected; core's `parseOptions` words every problem the same way. The lists
// and ranges (platforms, numbering styles, limits) are core's schemas.
const schemaFor = (platform: Platform) =>
  z.strictObject({
    text: z.string({error: 'Unexpected text, expected the text of the thread as a string'}).optional(),
    tweets: z.array(tweetInput, {error: 'Unexpected posts, expected an array of posts'}).optional(),
    // The bounds of the platform the posts are counted for (X: 40 to 25000; Bluesky: at most 300).
    limit: z.optional(limitSchema(platform)),
    numbering: z.optional(numberingSchema),
    numberingPosition: z.enum(['end', 'start'], {error: "Unexpected position, expected `'end'` or `'start'`"}).optional(),
    continuation: z.union([z.string(), z.literal(false)], {error: 'Unexpected continuation, expected a string or `false`'}).optional(),
    platform: z.optional(platformSchema),
    classPrefix: z.string({error: classPrefixExpected}).regex(/^[A-Za-z][\w-]*$/, {error: classPrefixExpected}).optional(),
    // Astro passes `class` through to the root element; accepting it keeps `<ThreadPreview class="…">` working.
    class: z.string({error: 'Unexpected class, expected class names as a string'}).optional()
  })

const schemas = new Map<Platform, ReturnType<typeof schemaFor>>()

/**
 * Props of `ThreadPreview`: `text` to split, or `tweets` already split; split options apply to `text`.
 * `tweets` takes strings or any objects with a `text`, such as core's `ThreadTweet`s
 * (`tweets={splitThread(post).tweets}`): the schema's loose object would demand an index signature.
 */
export type ThreadPreviewProps = Omit<z.input<ReturnType<typeof schemaFor>>, 'tweets'> & {
  tweets?: ReadonlyArray<string | {readonly text: string}> | undefined
}

/** What the integration tells `ThreadPreview`: the network its posts are counted for when no prop says. */
export interface ThreadPreviewDefaults {
  platform?: Platform | undefined
}

/**
 * Turn `ThreadPreview` props into cards: split `text` with core's `splitThread` (or take `tweets` as they
 * are) and count every post as the platform would (X unless `platform` or the integration says).
 *
 * @example
 *   threadPreview({text: 'A long rant…', limit: 280}).cards[0]
 *   // → {index: 0, text: 'A long rant… 1/3', length: 271, limit: 280, valid: true, count: '271/280'}
 */
export function threadPreview(props: ThreadPreviewProps, defaults: ThreadPreviewDefaults = {}): ThreadPreviewModel {
  // Astro adds `data-astro-cid-*` to components used on a page with scoped styles; they are not
  // ours to validate.
  const own = Object.fromEntries(Object.entries(props ?? {}).filter(([key]) => !key.startsWith('data-astro-')))
  // `limit` is checked against the bounds of the platform the posts are counted for; an unknown
  // platform is reported by the schema, the limit checked meanwhile against the default platform's.
  const asked = platformSchema.safeParse(own['platform'])
  const platform = asked.success ? asked.data : (defaults.platform ?? 'x')
  let schema = schemas.get(platform)
  if (!schema) schemas.set(platform, (schema = schemaFor(platform)))
  const {text, tweets, classPrefix = 'tweetstorm', class: _class, ...split} = parseOptions(schema, own, 'ThreadPreview')
  if ((text === undefined) === (tweets === undefined)) {
    throw new OptionsError('ThreadPreview', [
      {path: '', message: 'Unexpected props, expected exactly one of `text` (split for you) or `tweets` (already split)'}
    ])
  }
  const profile = platformProfile(platform)
  const limit = split.limit ?? profile.limit.default
  // X's options are left out, so a preview without `platform` calls core exactly as before.
  const network = platform === 'x' ? {} : {platform}
  let posts: string[]
  if (text !== undefined) {
    const options: SplitOptions = {...network, limit}
    if (split.numbering !== undefined) options.numbering = split.numbering
    if (split.numberingPosition !== undefined) options.numberingPosition = split.numberingPosition
    if (split.continuation !== undefined) options.continuation = split.continuation
    posts = splitThread(text, options).tweets.map((tweet) => tweet.text)
  } else {
    posts = (tweets ?? []).map((tweet) => (typeof tweet === 'string' ? tweet : tweet.text))
  }

  // Count again rather than trust a caller's `length`: the preview's job is to show what the network will say.
  const cards = posts.map((post, index) => {
    const counted = countTweet(post, {...network, limit})
    return {
      index,
      text: post,
      length: counted.length,
      limit,
      valid: counted.valid,
      count: `${counted.length}/${limit}`
    }
  })
  const posted = `${cards.length} ${cards.length === 1 ? 'post' : 'posts'}`
  const label = platform === 'x' ? `Thread preview, ${posted}` : `${profile.label} thread preview, ${posted}`

  // Same naming as the remark plugin's markup (`tweetstorm-quote`, `tweetstorm-link`…), so one prefix
  // option restyles everything.
  const p = classPrefix
  return {
    cards,
    limit,
    platform,
    label,
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
