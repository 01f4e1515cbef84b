import {evaluate} from '@mdx-js/mdx'
import type {Root} from 'hast'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import * as runtime from 'hastscript/jsx-runtime'
import {describe, expect, it} from 'vitest'
import remarkTweetstorm from '../src/index.js'
import {toHtml} from './process.js'

// MDX compiles to JSX; hastscript's JSX runtime turns that back into hast, so the result can be
// compared with the plain unified pipeline. hastscript's fragment is `null`, which MDX refuses.
const Fragment = Symbol('fragment')
const jsx = (type: unknown, props: Record<string, unknown>) =>
  (runtime.jsx as (type: unknown, props: unknown) => unknown)(type === Fragment ? null : type, props)

async function mdxToHtml(source: string): Promise<string> {
  const {default: Content} = await evaluate(source, {
    Fragment,
    jsx,
    jsxs: jsx,
    remarkPlugins: [[remarkTweetstorm, {url: 'https://example.com/post/'}]]
  })
  return hastToHtml(Content({}) as unknown as Root)
}

describe('MDX', () => {
  it('renders quotes, inline sentences and rant blocks as the unified pipeline does', async () => {
    const source = [
      ':::tweetable{via=tweetstorm hashtags=writing}',
      'Ship small, ship often.',
      ':::',
      '',
      'Meet at 10:30pm. :tweet[Write the thing.]',
      '',
      ':::tweetstorm',
      'Meetings are a tax. Writing is a gift.',
      ':::'
    ].join('\n')
    const html = await mdxToHtml(source)
    const {html: expected} = await toHtml(source, {url: 'https://example.com/post/'})
    expect(html).toBe(expected)
    expect(html).toContain('<figure class="tweetstorm-quote"')
    expect(html).toContain('Meet at 10:30pm.')
  })
})
