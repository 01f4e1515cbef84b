import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'
import remarkTweetstorm from '../src/index.js'

describe('@tweetstorm/remark', () => {
  it('exposes the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'default',
      'defaultBuildUrl',
      'defaultLabels',
      'networkLabels',
      'optionsSchema',
      'resolveOptions',
      'threadFromMarkdown',
      'tweetableElement',
      'tweetstormElement'
    ])
  })

  it('works without options', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkTweetstorm)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(':::tweetable\nShip small.\n:::')
    const html = String(file)
    expect(html).toMatch(/^<figure class="tweetstorm-quote"[^>]*><blockquote class="tweetstorm-quote-text">\n<p>Ship small.<\/p>\n<\/blockquote><a href="https:\/\/x\.com\/intent\/tweet\?[^"]*"[^>]*>Tweet this<\/a><\/figure>$/)
    expect(file.messages).toEqual([])
  })
})
