import {readFile} from 'node:fs/promises'
import {splitThread} from '@tweetstorm/core'
import {markdownToHtml} from 'satteri'
import {describe, expect, it} from 'vitest'
import {threadFromMarkdown} from '../src/index.js'
import {satteriTweetstorm} from '../src/satteri.js'
import {toHtml} from './process.js'

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')

/** The body of the first fenced block with `language` after `marker`. */
function block(language: string, marker: string): string {
  const from = readme.indexOf(marker)
  const start = readme.indexOf('```' + language + '\n', from) + language.length + 4
  return readme.slice(start, readme.indexOf('\n```', start))
}

describe('README', () => {
  it('shows the real output of its example', async () => {
    const input = block('markdown', 'Say we have the following file')
    const shown = block('html', 'then running')
      // Undo the line breaks added between attributes for reading.
      .replace(/\s*\n {2}(?=[a-z-]+=)/g, ' ')
    const {html, messages} = await toHtml(input + '\n', {url: 'https://example.com/blog/write-less/', via: 'tweetstorm'})
    expect(html).toBe(shown)
    expect(messages).toEqual([])
  })

  it('gives the same HTML with Sätteri, but for how `&` is written in attributes', () => {
    const input = block('markdown', 'Say we have the following file')
    const shown = block('html', 'then running').replace(/\s*\n {2}(?=[a-z-]+=)/g, ' ')
    expect(block('js', 'With [Sätteri][satteri] instead of unified')).toContain("mdastPlugins: [satteriTweetstorm({url: 'https://example.com/blog/write-less/', via: 'tweetstorm'})]")
    const messages: string[] = []
    const {html} = markdownToHtml(input + '\n', {
      features: {directive: true},
      mdastPlugins: [
        satteriTweetstorm({url: 'https://example.com/blog/write-less/', via: 'tweetstorm', onMessage: (message) => messages.push(message.reason)})
      ]
    })
    expect(html.trimEnd().replaceAll('&amp;', '&#x26;')).toBe(shown)
    expect(messages).toEqual([])
  })

  it('shows the real output of its several-networks example', async () => {
    expect(block('js', '### Several networks')).toContain("platforms: ['x', 'bluesky', 'mastodon'],\n  instance: 'mastodon.social'")
    const shown = block('html', '### Several networks').replace(/\s*\n {2}(?=[a-z-]+=)/g, ' ')
    const {html, messages} = await toHtml(':::tweetable\nShort posts get read.\n:::\n', {
      url: 'https://example.com/blog/write-less/',
      platforms: ['x', 'bluesky', 'mastodon'],
      instance: 'mastodon.social'
    })
    expect(html).toBe(shown)
    expect(messages).toEqual([])
  })

  it('shows the real result of threadFromMarkdown with splitThread', () => {
    const {tweets} = splitThread(threadFromMarkdown('# Why\n\nRead [the docs](https://example.com/docs).'))
    expect(tweets[0]?.text).toBe('Why\n\nRead the docs https://example.com/docs.')
  })
})
