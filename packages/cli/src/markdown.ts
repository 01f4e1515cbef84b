import {threadFromMarkdown} from '@tweetstorm/remark'

/** Turn a Markdown post into the plain text `splitThread` expects. */
export function markdownToThreadText(markdown: string): string {
  return threadFromMarkdown(markdown)
}
