// The Markdown pipeline of a small blog: remark parses the post, @tweetstorm/remark turns the
// directives into share links, rehype prints HTML. Shared by index.js and check.js.
import {readFileSync} from 'node:fs'
import remarkTweetstorm from '@tweetstorm/remark'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

export const page = 'https://example.com/blog/writing-online/'

export async function renderPost() {
  const markdown = readFileSync(new URL('post.md', import.meta.url), 'utf8')
  const file = await unified()
    .use(remarkParse)
    .use(remarkTweetstorm, {url: page, via: '@tweetstorm', hashtags: ['writing']})
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(markdown)
  return {html: String(file), messages: file.messages.map(String)}
}
