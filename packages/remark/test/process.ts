import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import remarkTweetstorm, {type Options} from '../src/index.js'

/** Markdown → HTML through the plain unified pipeline the README shows. */
export async function toHtml(
  markdown: string,
  options?: Options,
  data?: Record<string, unknown>,
  {gfm = false, allowDangerousHtml = false}: {gfm?: boolean; allowDangerousHtml?: boolean} = {}
): Promise<{html: string; messages: string[]}> {
  const file = new VFile({value: markdown, data: data ?? {}})
  await unified()
    .use(remarkParse)
    .use(gfm ? [remarkGfm] : [])
    .use(remarkTweetstorm, options)
    .use(remarkRehype, {allowDangerousHtml})
    .use(rehypeStringify, {allowDangerousHtml})
    .process(file)
  return {
    html: String(file.value),
    messages: file.messages.map((message) => `${message.line ?? '?'}:${message.column ?? '?'} ${message.reason}`)
  }
}
