import {splitThread} from '@tweetstorm/core'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {threadFromMarkdown} from '../src/index.js'

const marker = '\n\n---\n\n'

describe('threadFromMarkdown', () => {
  it('separates paragraphs with a blank line and turns soft line breaks into spaces', () => {
    expect(threadFromMarkdown('One\nline.\n\nTwo.')).toBe('One line.\n\nTwo.')
  })

  it('gives a link its URL, or its text then its URL when they differ', () => {
    expect(threadFromMarkdown('Read [the docs](https://example.com/docs).')).toBe('Read the docs https://example.com/docs.')
    expect(threadFromMarkdown('See <https://example.com>.')).toBe('See https://example.com.')
    expect(threadFromMarkdown('See [example.com](https://example.com).')).toBe('See https://example.com.')
    expect(threadFromMarkdown('Bare https://example.com/x works.')).toBe('Bare https://example.com/x works.')
  })

  it('resolves reference links and drops their definitions', () => {
    expect(threadFromMarkdown('Read [the docs][d].\n\n[d]: https://example.com/docs')).toBe(
      'Read the docs https://example.com/docs.'
    )
  })

  it('keeps the text of links that are not on the web', () => {
    expect(threadFromMarkdown('Go [home](/) or [mail me](mailto:a@example.com).')).toBe('Go home or mail me.')
  })

  it('turns lists into lines, numbered from the list start', () => {
    expect(threadFromMarkdown('- one\n- *two*\n\n3. three\n4. four')).toBe('- one\n- two\n\n3. three\n4. four')
    expect(threadFromMarkdown('- a\n  - nested\n- b')).toBe('- a\n  - nested\n- b')
  })

  it('starts a new tweet at each heading, but not before the first block', () => {
    expect(threadFromMarkdown('# Title\n\nIntro.\n\n## Part two\n\nMore.')).toBe(
      'Title\n\nIntro.' + marker + 'Part two\n\nMore.'
    )
  })

  it('turns a thematic break into the break marker, never two in a row', () => {
    expect(threadFromMarkdown('One.\n\n***\n\nTwo.')).toBe('One.' + marker + 'Two.')
    expect(threadFromMarkdown('One.\n\n---\n\n## Two\n\nThree.')).toBe('One.' + marker + 'Two\n\nThree.')
    expect(threadFromMarkdown('One.\n\n***')).toBe('One.')
  })

  it('drops emphasis and code marks but keeps inline code text', () => {
    expect(threadFromMarkdown('Use *small* **commits** and ~~big~~ `git add -p`.')).toBe('Use small commits and big git add -p.')
  })

  it('gives images their alt text', () => {
    expect(threadFromMarkdown('Look: ![a cat on a keyboard](cat.png)')).toBe('Look: a cat on a keyboard')
  })

  it('drops footnotes, raw HTML and front matter', () => {
    expect(threadFromMarkdown('---\ntitle: Post\n---\n\nText.[^1] <b>bold</b>\n\n<div>block</div>\n\n[^1]: Note.')).toBe(
      'Text. bold'
    )
  })

  it('keeps code blocks as lines of text', () => {
    expect(threadFromMarkdown('Run:\n\n```sh\nnpm install\nnpm test\n```')).toBe('Run:\n\nnpm install\nnpm test')
  })

  it('gives directives their text, a quote as a paragraph, and keeps colons in prose', () => {
    expect(threadFromMarkdown(':::tweetable{via=x}\nShip *small*.\n:::\n\nSay :tweet[this]. Meet at 10:30pm.')).toBe(
      'Ship small.\n\nSay this. Meet at 10:30pm.'
    )
  })

  it('reads a table row by row', () => {
    expect(threadFromMarkdown('| a | b |\n| - | - |\n| 1 | 2 |')).toBe('a | b\n1 | 2')
  })

  it('gives nothing for an empty document', () => {
    expect(threadFromMarkdown('')).toBe('')
    expect(threadFromMarkdown('<!-- only a comment -->')).toBe('')
  })

  it('feeds splitThread valid tweets, a new one at every heading', () => {
    const sentence = 'Every sentence here is long enough to need a few of them together in one post. '
    const markdown = [
      '# Why threads',
      sentence.repeat(8),
      '- first point with a [link](https://example.com/a/very/long/path/that/counts/as/twenty-three)',
      '- second point',
      '## Second part',
      'Short closing words.'
    ].join('\n\n')
    const text = threadFromMarkdown(markdown)
    const {tweets} = splitThread(text)
    expect(tweets.length).toBeGreaterThan(2)
    for (const tweet of tweets) expect(twitter.parseTweet(tweet.text).valid).toBe(true)
    // The second heading opens its own tweet.
    expect(tweets.some((tweet) => tweet.text.startsWith('Second part'))).toBe(true)
    expect(tweets.at(-1)?.text).toContain('Short closing words.')
  })
})

describe('threadFromMarkdown on hostile and MDX posts', () => {
  it('never puts a literal `:tweet[]` into a post', () => {
    expect(threadFromMarkdown('Say :tweet[] now.')).toBe('Say  now.')
    expect(threadFromMarkdown('::tweet[]\n\nNext.')).toBe('Next.')
    // Prose colons stay as written.
    expect(threadFromMarkdown('At 10:30pm, a:b.')).toBe('At 10:30pm, a:b.')
  })

  it('with `mdx`, drops front matter, import/export lines and expressions, and reads the text inside JSX', () => {
    const post = [
      '---',
      'title: Post',
      '---',
      "import Callout from './callout.astro'",
      'export const year = 2026',
      '',
      'Intro {year} with <Kbd>Ctrl</Kbd> inside.',
      '',
      '<Callout type="tip">',
      '  Read this first.',
      '</Callout>',
      '',
      '<Image src="x.png" />'
    ].join('\n')
    expect(threadFromMarkdown(post, {mdx: true})).toBe('Intro  with Ctrl inside.\n\nRead this first.')
  })

  it('without `mdx`, reads JSX-looking lines as the text they are', () => {
    expect(threadFromMarkdown("import a from 'b'")).toBe("import a from 'b'")
  })

  it('keeps a run of 100 000 spaces and a long list item in linear time (no backtracking regex)', () => {
    expect(threadFromMarkdown('x' + ' '.repeat(100_000) + 'y\nz')).toBe('x' + ' '.repeat(100_000) + 'y z')
    expect(threadFromMarkdown('- a' + ' '.repeat(100_000) + 'b')).toBe('- a' + ' '.repeat(100_000) + 'b')
  })
})
