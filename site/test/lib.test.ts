import {describe, expect, it} from 'vitest'
import {defaultSettings, readSettings, splitOptions} from '../src/lib/composer-settings'
import {escapeHtml, highlightPost, postParts} from '../src/lib/highlight'

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
