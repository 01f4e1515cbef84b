import path from 'node:path'

/** A warning as both adapters give it: a vfile message. */
export interface Warning {
  reason: string
  file?: string | undefined
  line?: number | undefined
  column?: number | undefined
  ruleId?: string | undefined
  source?: string | undefined
}

/** Where warnings go: Astro's integration logger. */
export interface WarningLogger {
  warn(message: string): void
}

/**
 * One line per warning, as compilers print them, so an editor jumps to it:
 * `src/pages/post.md:12:1: Unexpected quote of 449 characters … [quote-too-long]`.
 *
 * @example
 *   formatWarning({reason: 'Unexpected empty `:tweet`', file: '/site/src/pages/a.md', line: 3, column: 5}, '/site')
 *   // → 'src/pages/a.md:3:5: Unexpected empty `:tweet`'
 */
export function formatWarning(warning: Warning, root: string): string {
  const file = warning.file ? path.relative(root, warning.file).split(path.sep).join('/') : '(unknown file)'
  const place = warning.line === undefined ? '' : `:${warning.line}:${warning.column ?? 1}`
  const rule = warning.ruleId ? ` [${warning.ruleId}]` : ''
  return `${file}${place}: ${warning.reason}${rule}`
}

interface MarkdownFile {
  path?: string | undefined
  messages: Warning[]
}

/**
 * remark plugin, registered after `remarkTweetstorm`, that hands its warnings to Astro's logger.
 * Astro's unified processor returns only the HTML and metadata of a file and drops its messages,
 * so without this a quote shortened from 449 to 269 characters printed nothing.
 */
export function remarkReportWarnings(options: {logger: WarningLogger; root: string}) {
  return function (_tree: unknown, file: MarkdownFile): undefined {
    for (const message of file.messages) {
      if (message.source === 'tweetstorm') options.logger.warn(formatWarning({...message, file: message.file ?? file.path}, options.root))
    }
  }
}
