import type {Platform, SplitOptions, Thread} from '@tweetstorm/core'
import {
  commonOptions,
  flag,
  limitChoices,
  linksOption,
  platformOptions,
  platformSettings,
  stringOption,
  wholeNumberOption,
  orList,
  type ParsedArgs
} from '../args.js'
import type {Command, Context} from '../command.js'
import {InputError, UsageError, exitCode} from '../errors.js'
import {readInput} from '../input.js'
import {write} from '../io.js'

type Numbering = NonNullable<SplitOptions['numbering']>

/** `tweetstorm split [file]`: print the thread a text becomes. */
export const split: Command = {
  name: 'split',
  summary: 'split a text file (or stdin) into a thread',
  operands: '[file]',
  description: [
    'Split a file, or stdin when there is no file or it is -, into a thread for X (or --platform).',
    'Files ending in .md, .markdown or .mdx (or any input with --markdown) are read as Markdown:',
    'links become URLs, lists become lines, headings start a new post; front matter, and in',
    '.mdx files import/export lines and JSX tags, are left out.',
    'A line holding only ---, or three or more blank lines in a row, starts a new post.',
    'Every post is counted the way its platform counts it (--platform, default x).'
  ].join('\n'),
  options: [
    {name: 'json', type: 'boolean', description: 'print { "platform", "limit", "tweets": [{ "text", "length", "index", "source" }] }'},
    {name: 'markdown', type: 'boolean', description: 'read the input as Markdown whatever its name'},
    {name: 'limit', type: 'string', value: '<n>', description: 'length of each post as the platform counts it', choices: limitChoices},
    {name: 'numbering', type: 'string', value: '<style>', description: 'how posts are numbered', choices: (core) => `${orList([...core.numberingStyles, 'none'])}; default n/N`},
    {name: 'numbering-position', type: 'string', value: '<where>', description: 'end or start (default end)'},
    {name: 'continuation', type: 'string', value: '<mark>', description: 'mark where a sentence continues in the next post (default …)'},
    {name: 'no-continuation', type: 'boolean', description: 'no continuation mark'},
    ...platformOptions,
    linksOption,
    ...commonOptions
  ],
  examples: [
    'tweetstorm split draft.txt',
    'tweetstorm split post.md --numbering "(n/N)" --numbering-position start',
    'pbpaste | tweetstorm split --json',
    'tweetstorm split draft.txt --platform bluesky'
  ],
  async run(args, context) {
    if (args.positionals.length > 1) {
      throw new UsageError(
        `Unexpected extra argument ${JSON.stringify(args.positionals[1])}, expected at most one file (or - for stdin)`
      )
    }
    const options = splitOptions(args)
    // Loaded here, not at the top: `--help` and usage errors should not wait for the splitter
    // and the Markdown parser to load.
    const {splitThread} = await import('@tweetstorm/core')
    // Splitting nothing validates the options: a bad value is reported before a 10 MB read,
    // or before someone at a terminal types a whole draft only to be told --limit is wrong.
    splitThread('', options)

    const input = await readInput(args.positionals[0], context)
    const {isMarkdownPath, isMdxPath, markdownToThreadText} = await import('../markdown.js')
    const markdown =
      flag(args, 'markdown') || (!input.fromStdin && isMarkdownPath(input.name))
    const mdx = !input.fromStdin && isMdxPath(input.name)
    let text = input.text
    if (markdown) {
      try {
        text = await markdownToThreadText(input.text, {mdx})
      } catch (error) {
        // Only MDX can fail to parse: a stray `<` or `{` is syntax there.
        const {line, column, reason} = error as {line?: number; column?: number; reason?: string}
        if (reason === undefined) throw error
        throw new InputError(
          `Unexpected MDX syntax in ${input.name}:${line ?? 1}:${column ?? 1}: ${reason}`
        )
      }
    }
    const thread = splitThread(text, options)
    if (thread.tweets.length === 0) {
      throw new InputError(
        `Unexpected empty input in ${input.name}, expected some text to split`
      )
    }

    const platform = options.platform ?? 'x'
    await write(
      context.io.stdout,
      flag(args, 'json') ? threadAsJson(thread, platform) : threadAsText(thread, platform, context)
    )
    return exitCode.success
  }
}

/**
 * Command-line strings to core options. Only turning text into types happens here (a number,
 * `none` → `false`); whether a value is allowed is core's call, so the two never disagree.
 */
function splitOptions(args: ParsedArgs): SplitOptions {
  const options: SplitOptions = {}
  const limit = wholeNumberOption(args, 'limit')
  if (limit !== undefined) options.limit = limit

  const numbering = stringOption(args, 'numbering')
  if (numbering !== undefined) {
    options.numbering = /^(?:none|false|off)$/i.test(numbering)
      ? false
      : (numbering as Numbering)
  }

  const position = stringOption(args, 'numbering-position')
  if (position !== undefined) {
    options.numberingPosition = position as NonNullable<SplitOptions['numberingPosition']>
  }

  const continuation = stringOption(args, 'continuation')
  if (flag(args, 'no-continuation')) {
    if (continuation !== undefined) {
      throw new UsageError(
        'Unexpected --continuation with --no-continuation, expected one of them'
      )
    }
    options.continuation = false
  } else if (continuation !== undefined) {
    options.continuation = continuation
  }

  Object.assign(options, platformSettings(args))
  return options
}

function threadAsJson(thread: Thread, platform: Platform): string {
  const tweets = thread.tweets.map(({text, length, index, source}) => ({
    text,
    length,
    index,
    source: {start: source.start, end: source.end}
  }))
  return JSON.stringify({platform, limit: thread.limit, tweets}, null, 2) + '\n'
}

/**
 * One header line per tweet, then the tweet exactly as it is posted. The header is the only
 * thing between tweets, so a tweet can be copied by selecting the lines under it.
 */
function threadAsText(thread: Thread, platform: Platform, {out}: Context): string {
  const total = thread.tweets.length
  // X's word for a post is the product's name; elsewhere a post is a post.
  const noun = platform === 'x' ? 'Tweet' : 'Post'
  return thread.tweets
    .map((tweet) => {
      const size = `${tweet.length}/${thread.limit}`
      const header = out.dim(
        `── ${noun} ${tweet.index + 1} of ${total} · ${
          tweet.length > thread.limit ? out.red(size) : size
        } ──`
      )
      return `${header}\n${tweet.text}\n`
    })
    .join('\n')
}
