import {describe, expect, it} from 'vitest'
import {defaultSettings, readSettings, splitOptions} from '../src/lib/composer-settings'
import {escapeHtml, highlightPost, postParts} from '../src/lib/highlight'
import {characterCount, draftStats, KeptDraft} from '../src/lib/draft-history'
import rehypeReadmeLinks from '../src/lib/rehype-readme-links'
import rehypeScrollableBlocks from '../src/lib/rehype-scrollable-blocks'
import rehypeHeadingLevels from '../src/lib/rehype-heading-levels'

describe('postParts', () => {
  it('finds the entities X links, with the text between them', () => {
    expect(postParts('Read https://example.com/a?b=1 by @jane #writing $TWTR.')).toEqual([
      {text: 'Read '},
      {text: 'https://example.com/a?b=1', kind: 'url'},
      {text: ' by '},
      {text: '@jane', kind: 'mention'},
      {text: ' '},
      {text: '#writing', kind: 'hashtag'},
      {text: ' '},
      {text: '$TWTR', kind: 'cashtag'},
      {text: '.'}
    ])
  })

  it('finds bare domains the way X does, and leaves e-mail addresses and mid-word @ alone', () => {
    expect(postParts('see example.com or mail me@example.org').filter((part) => part.kind)).toEqual([
      {text: 'example.com', kind: 'url'}
    ])
  })

  it('keeps UTF-16 offsets right after emoji and CJK text', () => {
    expect(postParts('🧵 日本語 #タグ')).toEqual([{text: '🧵 日本語 '}, {text: '#タグ', kind: 'hashtag'}])
  })

  it('gives back the whole text when there is nothing to link', () => {
    expect(postParts('plain words')).toEqual([{text: 'plain words'}])
    expect(postParts('')).toEqual([])
  })
})

describe('highlightPost', () => {
  it('escapes everything that is not markup it added', () => {
    expect(highlightPost('<b>"Hi"</b> & @jane\'s')).toBe(
      '&lt;b&gt;&quot;Hi&quot;&lt;/b&gt; &amp; <span class="entity entity--mention">@jane</span>&#39;s'
    )
  })

  it('escapes inside entities too', () => {
    expect(highlightPost('https://example.com/?a=1&b=2')).toBe(
      '<span class="entity entity--url">https://example.com/?a=1&amp;b=2</span>'
    )
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;')
  })
})

describe('readSettings', () => {
  it('falls back to the defaults for nothing, garbage and non-objects', () => {
    expect(readSettings(null)).toEqual(defaultSettings)
    expect(readSettings('{not json')).toEqual(defaultSettings)
    expect(readSettings('42')).toEqual(defaultSettings)
  })

  it('keeps each valid field and drops each invalid one', () => {
    expect(
      readSettings(JSON.stringify({draft: 'Hi', limit: 7, numbering: '(n/N)', numberingPosition: 'middle', continuation: '>>'}))
    ).toEqual({...defaultSettings, draft: 'Hi', numbering: '(n/N)', continuation: '>>'})
    expect(readSettings(JSON.stringify({limit: 140, numberingPosition: 'start', continuation: 'way too long'}))).toEqual({
      ...defaultSettings,
      limit: 140,
      numberingPosition: 'start'
    })
  })
})

describe('splitOptions', () => {
  it('maps the composer choices to splitThread options', () => {
    expect(splitOptions(defaultSettings)).toEqual({limit: 280, numbering: 'n/N', numberingPosition: 'end', continuation: '…'})
    expect(splitOptions({...defaultSettings, numbering: 'none', continuation: ' '})).toEqual({
      limit: 280,
      numbering: false,
      numberingPosition: 'end',
      continuation: false
    })
  })
})

describe('rehypeHeadingLevels', () => {
  const heading = (level: number) => ({type: 'element', tagName: `h${level}`, children: [{type: 'text'}]})
  const levels = (tree: {children: Array<{tagName?: string}>}) => tree.children.map((node) => node.tagName)

  it('nests each heading one level under the section it is in', () => {
    // As in the READMEs: `###` functions with `######` Parameters and Returns under each.
    const tree = {type: 'root', children: [heading(1), heading(3), heading(6), heading(6), heading(3), heading(6), heading(2)]}
    rehypeHeadingLevels()(tree)
    expect(levels(tree)).toEqual(['h1', 'h2', 'h3', 'h3', 'h2', 'h3', 'h2'])
  })

  it('keeps the first heading as it is and leaves other elements alone', () => {
    const tree = {type: 'root', children: [heading(2), {type: 'element', tagName: 'p'}, heading(4)]}
    rehypeHeadingLevels()(tree)
    expect(levels(tree)).toEqual(['h2', 'p', 'h3'])
  })
})

describe('rehypeScrollableBlocks', () => {
  it('gives every pre and table a tabindex and keeps their other properties', () => {
    const pre = {type: 'element', tagName: 'pre', properties: {className: ['x']}, children: []}
    const p = {type: 'element', tagName: 'p', properties: {}, children: []}
    const table = {type: 'element', tagName: 'table', children: []}
    rehypeScrollableBlocks()({type: 'root', children: [{type: 'element', tagName: 'div', children: [pre]}, p, table]})
    expect(pre.properties).toEqual({className: ['x'], tabIndex: 0})
    expect(table).toHaveProperty('properties', {tabIndex: 0})
    expect(p.properties).toEqual({})
  })
})

describe('rehypeReadmeLinks', () => {
  const link = (href: string) => ({type: 'element', tagName: 'a', properties: {href}, children: []})
  const run = (hrefs: string[], path?: string) => {
    const links = hrefs.map(link)
    rehypeReadmeLinks()({type: 'root', children: links}, path === undefined ? {} : {path})
    return links.map((node) => node.properties.href)
  }
  const gh = 'https://github.com/tweetstorm/tweetstorm'

  it('turns links to another package into absolute docs paths, whatever the page URL ends with', () => {
    expect(
      run(
        [`${gh}/tree/main/packages/core#api`, `${gh}/blob/main/packages/remark/README.md`, '../cli', '../core/README.md#use', '#api'],
        '/repo/packages/astro/README.md'
      )
    ).toEqual(['/docs/core/#api', '/docs/remark/', '/docs/cli/', '/docs/core/#use', '#api'])
  })

  it('sends relative links to other files to GitHub and leaves outside links alone', () => {
    expect(run(['./src/count.ts', 'https://example.com/README.md', '/x/'], '/repo/packages/core/README.md')).toEqual([
      `${gh}/blob/main/packages/core/src/count.ts`,
      'https://example.com/README.md',
      '/x/'
    ])
  })

  it('touches nothing outside the package READMEs', () => {
    expect(run(['../core', `${gh}/tree/main/packages/core`], '/repo/site/src/content/blog/post.md')).toEqual(['../core', `${gh}/tree/main/packages/core`])
  })
})

describe('draft counts and the kept draft', () => {
  it('counts grapheme clusters, not UTF-16 units', () => {
    // A thumbs-up with a skin tone (4 units), a flag (4 units), e + combining accent (2 units).
    expect(characterCount('\u{1F44D}\u{1F3FD}\u{1F1EF}\u{1F1F5}e\u0301')).toBe(3)
    expect(characterCount('')).toBe(0)
    expect(draftStats('日本 https://example.com/a/long/path')).toEqual({characters: 2 + 1 + 31, weighted: 4 + 1 + 23})
  })

  it('stores the writer\'s draft until they edit what the page put in the box', () => {
    const kept = new KeptDraft()
    expect(kept.stored('mine')).toBe('mine')
    kept.offer('mine') // "Load an example"
    expect(kept.pending).toBe(true)
    expect(kept.stored('the example')).toBe('mine')
    kept.offer('the example') // then "Clear the draft": Undo still goes back to the writer's text
    expect(kept.previous).toBe('mine')
    expect(kept.stored('')).toBe('mine')
    kept.edited() // the writer types
    expect(kept.pending).toBe(false)
    expect(kept.stored('new words')).toBe('new words')
  })
})
