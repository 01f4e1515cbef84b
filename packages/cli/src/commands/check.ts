import {relative, resolve} from 'node:path'
import type {Options} from '@tweetstorm/remark'
import type {Processor} from 'unified'
import type {VFile as VFileType} from 'vfile'
import type {Platform} from '@tweetstorm/core'
import {
  commonOptions,
  limitChoices,
  linksOption,
  listOption,
  orList,
  stringOption,
  wholeNumberOption,
  type ParsedArgs
} from '../args.js'
import type {Command} from '../command.js'
import {UsageError, exitCode} from '../errors.js'
import {markdownFiles} from '../files.js'
import {readStream, readTextFile, write} from '../io.js'

type VFileMessage = VFileType['messages'][number]

/** `tweetstorm check <files…>`: lint the click-to-tweet syntax of Markdown posts. */
export const check: Command = {
  name: 'check',
  summary: 'lint the tweetable quotes of Markdown posts',
  operands: '<files…>',
  description: [
    'Check Markdown posts the way the site renders them: every :::tweetable, :tweet[…] and',
    ':::tweetstorm piece that cannot fit one post, and every invalid attribute, is reported as',
    'file:line:column  message. Folders mean every .md, .markdown and .mdx file in them; globs',
    'work too (quote them); - reads one post from stdin. Typos of the directives (:::tweetabel),',
    'empty ones (:tweet[]), empty files and invalid MDX are problems too. Exits 1 when there is any.',
    'Pass the options your site gives the plugin, so the check counts what readers will share.'
  ].join('\n'),
  options: [
    {name: 'limit', type: 'string', value: '<n>', description: 'length a shared post must fit, as each --platform counts it', choices: limitChoices},
    {name: 'url', type: 'string', value: '<url>', description: 'page URL the share links point back to (counts as 23)'},
    {name: 'via', type: 'string', value: '<handle>', description: 'handle added as " via @handle" to every share'},
    {name: 'hashtags', type: 'string', value: '<a,b>', multiple: true, description: 'hashtags added to every share'},
    {name: 'related', type: 'string', value: '<a,b>', multiple: true, description: 'handles X suggests following afterwards'},
    {
      name: 'platform',
      type: 'string',
      value: '<a,b>',
      multiple: true,
      description: 'networks your site shares to; every quote must fit each',
      choices: (core) => `${orList(core.platforms)}; default x`
    },
    {name: 'instance', type: 'string', value: '<host>', description: 'Mastodon server the share links open on (with mastodon)'},
    linksOption,
    ...commonOptions
  ],
  examples: [
    'tweetstorm check site/src/content/blog',
    'tweetstorm check - < post.md',
    "tweetstorm check 'posts/**/*.md' --via tweetstorm --url https://example.com/",
    'tweetstorm check posts --platform x,bluesky,mastodon --instance mastodon.social'
  ],
  async run(args, context) {
    const {io, out} = context
    if (args.positionals.length === 0) {
      throw new UsageError(
        'Unexpected missing files, expected Markdown files, folders or globs: tweetstorm check posts/'
      )
    }
    const [{VFile}, {isMdxPath, lintProcessor}] = await Promise.all([import('vfile'), import('../markdown.js')])
    const options = pluginOptions(args)
    // Options are validated when the processor is made: fail on them once, before any file.
    const markdown = await lintProcessor(options)
    let mdx: Processor | undefined

    const files = await markdownFiles(args.positionals, io.cwd)
    let problems = 0
    let filesWithProblems = 0
    for (const path of files) {
      const file =
        path === '-'
          ? new VFile({value: await readStream(io.stdin, 'stdin')})
          : new VFile({
              path: resolve(io.cwd, path),
              value: await readTextFile(resolve(io.cwd, path), path)
            })
      const processor = path !== '-' && isMdxPath(path) ? (mdx ??= await lintProcessor(options, {mdx: true})) : markdown
      if (String(file.value).trim() === '') {
        // Nothing to check is not a pass: an emptied post, or a pipe that broke upstream.
        file.message('Unexpected empty file, expected a Markdown post', {ruleId: 'empty-file', source: 'tweetstorm'})
      } else {
        try {
          await processor.run(processor.parse(file), file)
        } catch (error) {
          // `file.fail` throws a message it has already recorded; invalid MDX throws one with its
          // place; anything else is a real error.
          if (file.messages.includes(error as VFileMessage)) {
            // Already recorded.
          } else if (isMessage(error)) {
            file.message(`Unexpected MDX syntax: ${error.reason}`, {
              place: error.place ?? undefined,
              ruleId: 'mdx-syntax',
              source: 'tweetstorm'
            })
          } else {
            throw error
          }
        }
      }
      if (file.messages.length === 0) continue
      problems += file.messages.length
      filesWithProblems++
      const lines = [...file.messages].sort(byPlace).map((message) => {
        const where = `${path === '-' ? 'stdin' : shown(path, io.cwd)}:${message.line ?? 1}:${message.column ?? 1}`
        const rule = message.ruleId ? '  ' + out.dim(message.ruleId) : ''
        return `${where}  ${message.reason}${rule}`
      })
      await write(io.stdout, lines.join('\n') + '\n')
    }

    const checked = `${files.length} file${files.length === 1 ? '' : 's'}`
    if (problems === 0) {
      await write(io.stdout, out.green(`✔ ${checked} checked, no problems`) + '\n')
      return exitCode.success
    }
    await write(
      io.stdout,
      out.red(
        `✖ ${problems} problem${problems === 1 ? '' : 's'} in ${filesWithProblems} of ${checked}`
      ) + '\n'
    )
    return exitCode.badInput
  }
}

function pluginOptions(args: ParsedArgs): Options {
  const options: Options = {}
  const limit = wholeNumberOption(args, 'limit')
  if (limit !== undefined) options.limit = limit
  const url = stringOption(args, 'url')
  if (url !== undefined) options.url = url
  const via = stringOption(args, 'via')
  if (via !== undefined) options.via = via
  const hashtags = listOption(args, 'hashtags')
  if (hashtags !== undefined) options.hashtags = hashtags
  const related = listOption(args, 'related')
  if (related !== undefined) options.related = related
  const platforms = listOption(args, 'platform')
  if (platforms !== undefined) options.platforms = platforms as Platform[]
  const instance = stringOption(args, 'instance')
  if (instance !== undefined) options.instance = instance
  const links = stringOption(args, 'links')
  if (links !== undefined) options.links = links as NonNullable<Options['links']>
  return options
}

function isMessage(error: unknown): error is VFileMessage {
  return error instanceof Error && typeof (error as {reason?: unknown}).reason === 'string'
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

/** Paths as typed stay as typed; `./posts/a.md` and `posts/a.md` both print relative to cwd. */
function shown(path: string, cwd: string): string {
  const relativePath = relative(cwd, resolve(cwd, path))
  return relativePath.startsWith('..') ? path : relativePath
}
