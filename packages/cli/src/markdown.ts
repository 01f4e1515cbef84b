import {threadFromMarkdown} from '@tweetstorm/remark'

/** Turn a Markdown post into the plain text `splitThread` expects. */
export function markdownToThreadText(markdown: string): string {
  return threadFromMarkdown(markdown)
}

/** Whether a path names a file `split` should read as Markdown. */
export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path)
}
