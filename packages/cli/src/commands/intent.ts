import type {CountOptions, IntentOptions, IntentParams} from '@tweetstorm/core'
import {
  commonOptions,
  flag,
  limitChoices,
  linksOption,
  listOption,
  platformOptions,
  platformSettings,
  stringOption,
  wholeNumberOption
} from '../args.js'
import type {Command} from '../command.js'
import {UsageError, exitCode} from '../errors.js'
import {readStream, write} from '../io.js'

/** `tweetstorm intent <text>`: print a share link (X's web intent, or another network's) for the text. */
export const intent: Command = {
  name: 'intent',
  summary: 'print a share link (X web intent, or --platform) for a text',
  operands: '<text>',
  description: [
    'Print a link that opens X (or the network of --platform) with the text ready to post:',
    'https://x.com/intent/tweet, Bluesky\'s and Threads\' intents, LinkedIn\'s share page, or',
    'the /share page of your Mastodon server (--instance, required for Mastodon).',
    'Several words without quotes are joined with spaces; - reads the text from stdin.',
    'The text is shortened at a word boundary with … so that the whole post (text, link,',
    'via and hashtags) fits as that network counts it; --no-fit keeps it whole.'
  ].join('\n'),
  options: [
    {name: 'url', type: 'string', value: '<url>', description: 'link to share with the text (http: or https:)'},
    {name: 'via', type: 'string', value: '<handle>', description: 'credit a handle: " via @handle"'},
    {name: 'hashtags', type: 'string', value: '<a,b>', multiple: true, description: 'hashtags to add, comma-separated'},
    {name: 'related', type: 'string', value: '<a,b>', multiple: true, description: 'handles X suggests following afterwards'},
    {name: 'in-reply-to', type: 'string', value: '<id>', description: 'post id (or its link) to reply to'},
    {name: 'limit', type: 'string', value: '<n>', description: 'length the post must fit as the platform counts it', choices: limitChoices},
    {name: 'no-fit', type: 'boolean', description: 'do not shorten the text'},
    ...platformOptions,
    linksOption,
    ...commonOptions
  ],
  examples: [
    'tweetstorm intent "Threads are just long thoughts, politely cut." --url https://example.com/post',
    'tweetstorm intent "Ship it" --via tweetstorm --hashtags typescript,cli',
    'tweetstorm intent "Ship it" --platform mastodon --instance mastodon.social'
  ],
  async run(args, context) {
    const params: IntentParams = {}
    // Whether a URL may be shared is core's one http(s) check; its message names --url here.
    const url = stringOption(args, 'url')
    if (url !== undefined) params.url = url
    const via = stringOption(args, 'via')
    if (via !== undefined) params.via = via.replace(/^@/, '')
    const hashtags = listOption(args, 'hashtags')
    if (hashtags !== undefined) params.hashtags = hashtags
    const related = listOption(args, 'related')
    if (related !== undefined) params.related = related
    const inReplyTo = stringOption(args, 'in-reply-to')
    if (inReplyTo !== undefined) params.inReplyTo = postId(inReplyTo)

    const options: IntentOptions = {fit: !flag(args, 'no-fit'), ...platformSettings(args)}
    const limit = wholeNumberOption(args, 'limit')
    if (limit !== undefined) options.limit = limit

    const {composeIntent, countTweet, intentUrl, platformProfile} = await import('@tweetstorm/core')
    // Composing without text validates every flag before stdin is waited for.
    composeIntent(params, options)

    const text =
      args.positionals.length === 1 && args.positionals[0] === '-'
        ? (await readStream(context.io.stdin, 'stdin')).replace(/\r?\n$/, '')
        : args.positionals.join(' ')
    if (text.trim() === '' && url === undefined) {
      throw new UsageError(
        'Unexpected missing text, expected the text to share: tweetstorm intent "Your text" (or --url <url>)'
      )
    }
    if (text !== '') params.text = text
    const link = intentUrl(params, options)
    await write(context.io.stdout, link + '\n')

    // A network whose share link carries no text (LinkedIn: a URL only) drops it; say so rather
    // than let the text vanish, and say nothing about fitting a text that is not sent.
    const profile = platformProfile(options.platform ?? 'x')
    if (!profile.carries.text) {
      if (text.trim() !== '') {
        await write(
          context.io.stderr,
          `${context.err.yellow('Note:')} ${profile.label}'s share link carries only the URL, not the text; paste the text into ${profile.label} yourself.\n`
        )
      }
      return exitCode.success
    }

    // Shortening is the point of fitting, but it should never be a surprise; and without
    // fitting, a post X will refuse deserves a warning. Both on stderr: stdout stays the link.
    const fitted = composeIntent(params, options)
    if (fitted.truncated || !fitted.valid) {
      // Counting gives the limit the post was held to: the platform's default unless --limit.
      const limited: CountOptions = {}
      if (options.platform !== undefined) limited.platform = options.platform
      if (options.limit !== undefined) limited.limit = options.limit
      if (options.links !== undefined) limited.links = options.links
      // The whole post's length, for the message only. Composing it unfitted would count the
      // whole text with the link around it, which twitter-text does in quadratic time on a long
      // unspaced run (20 000 CJK characters: 7.7 s); the parts around the text weigh the same
      // either way, so swap the fitted text's weight for the whole text's.
      const length = fitted.truncated
        ? fitted.length - countTweet(fitted.text, limited).length + countTweet(text, limited).length
        : fitted.length
      const size = `the post would be ${length} characters, over the limit of ${countTweet('', limited).limit}`
      await write(
        context.io.stderr,
        fitted.truncated
          ? `${context.err.yellow('Note:')} ${size}; the text was shortened with … to fit. Pass --no-fit to keep it whole.\n`
          : `${context.err.yellow('Warning:')} ${size}; ${profile.label} will not post it until it is shortened.\n`
      )
    }
    return exitCode.success
  }
}

/** People copy the link of the post they answer; X wants only its id. */
function postId(value: string): string {
  const fromLink = /\/status(?:es)?\/(\d+)/.exec(value)
  return fromLink?.[1] ?? value.trim()
}
