import {describe, expect, it} from 'vitest'
import {numberingStyles, platformProfile, platforms} from '@tweetstorm/core'
import {defaultSettings, limitChoices, linkOptions, numberingChoices, readSettings, splitOptions} from '../src/lib/composer-settings'
import {cardHtml, instanceState, postLink, threadSummary} from '../src/lib/composer-view'
import {escapeHtml, highlightPost, postParts} from '../src/lib/highlight'
import {pathToFileURL} from 'node:url'
import {createSatteriMarkdownProcessor} from '@astrojs/markdown-satteri'
import {markdownToHtml, type HastPluginDefinition} from 'satteri'
import {characterCount, draftStats, KeptDraft} from '../src/lib/draft-history'
import {headingLevels} from '../src/lib/heading-levels'
import {readmeLinks} from '../src/lib/readme-links'
import {scrollableBlocks} from '../src/lib/scrollable-blocks'
import {cornerCells} from '../src/lib/corner-cells'

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

  it('keeps the platform and server, and a limit only where that platform allows it', () => {
    expect(readSettings(JSON.stringify({platform: 'mastodon', instance: 'fosstodon.org', limit: 1000}))).toEqual({
      ...defaultSettings,
      platform: 'mastodon',
      instance: 'fosstodon.org',
      limit: 1000
    })
    // 4000 is an X Premium limit; on Bluesky the stored limit falls back to Bluesky's own.
    expect(readSettings(JSON.stringify({platform: 'bluesky', limit: 4000}))).toEqual({
      ...defaultSettings,
      platform: 'bluesky',
      limit: platformProfile('bluesky').limit.default
    })
    // A platform core does not have, and a server that is not a string, are dropped.
    expect(readSettings(JSON.stringify({platform: 'myspace', instance: 42}))).toEqual(defaultSettings)
  })
})

describe('limitChoices', () => {
  it('offers, for each platform, the presets within its bounds, its default and its maximum', () => {
    for (const platform of platforms) {
      const {limit} = platformProfile(platform)
      const choices = limitChoices(platform)
      expect(choices).toEqual([...choices].sort((a, b) => a - b))
      expect(choices).toContain(limit.default)
      expect(choices.at(-1)).toBe(limit.max)
      for (const choice of choices) {
        expect(choice).toBeGreaterThanOrEqual(limit.min)
        expect(choice).toBeLessThanOrEqual(limit.max)
      }
    }
    expect(limitChoices('x')).toEqual([140, 280, 500, 1000, 4000, 25_000])
  })
})

describe('splitOptions', () => {
  it('maps the composer choices to splitThread options', () => {
    expect(splitOptions(defaultSettings)).toEqual({platform: 'x', limit: 280, numbering: 'n/N', numberingPosition: 'end', continuation: '…'})
    expect(splitOptions({...defaultSettings, numbering: 'none', continuation: ' '})).toEqual({
      platform: 'x',
      limit: 280,
      numbering: false,
      numberingPosition: 'end',
      continuation: false
    })
    expect(splitOptions({...defaultSettings, platform: 'bluesky', limit: 300})).toMatchObject({platform: 'bluesky', limit: 300})
  })

  it('passes how links count only to a platform that has the choice (Bluesky)', () => {
    expect(splitOptions({...defaultSettings, platform: 'bluesky', limit: 300, links: 'full'})).toMatchObject({platform: 'bluesky', links: 'full'})
    expect(splitOptions({...defaultSettings, links: 'full'})).not.toHaveProperty('links')
    expect(linkOptions({platform: 'mastodon', links: 'full'})).toEqual({})
    expect(readSettings(JSON.stringify({links: 'full'})).links).toBe('full')
    expect(readSettings(JSON.stringify({links: 'some'})).links).toBe('shortened')
  })

  it('offers every numbering style core has, and none', () => {
    expect(numberingChoices).toEqual([...numberingStyles, 'none'])
  })
})

describe('composer cards', () => {
  const base = {limit: 300, platform: 'bluesky' as const, instance: ''}

  it('link each post to its network, and Mastodon only once a valid server is given', () => {
    expect(postLink('Hi', base)).toMatch(/^https:\/\/bsky\.app\/intent\/compose\?text=Hi$/)
    expect(postLink('Hi', {...base, platform: 'mastodon'})).toBeUndefined()
    expect(instanceState({...base, platform: 'mastodon'})).toBe('missing')
    expect(instanceState({...base, platform: 'mastodon', instance: 'not a host'})).toBe('invalid')
    expect(instanceState({...base, platform: 'mastodon', instance: 'mastodon.social'})).toBe('ok')
    expect(postLink('Hi', {...base, platform: 'mastodon', instance: 'mastodon.social'})).toBe('https://mastodon.social/share?text=Hi')
    // Other networks never need a server.
    expect(instanceState(base)).toBe('ok')
  })

  it('name the network and the post in the link, and escape the post', () => {
    const tweet = {text: '<b>Hi</b>', length: 9, index: 0, source: {start: 0, end: 9}}
    const html = cardHtml(tweet as never, 1, base)
    expect(html).toContain('Post 1 of 1')
    expect(html).toContain('Post<span class="visually-hidden"> post 1 on Bluesky (opens in a new window)</span>')
    expect(html).toContain('&lt;b&gt;Hi&lt;/b&gt;')
    expect(html).not.toContain('<b>')
    expect(cardHtml(tweet as never, 1, {...base, platform: 'mastodon'})).not.toContain('card__intent')
    expect(threadSummary(2, 'bluesky')).toBe('2 posts.')
    expect(threadSummary(1)).toBe('1 tweet.')
  })
})

/** Markdown through Sätteri with one hast plugin, as the site's build runs it. */
async function toHtml(markdown: string, plugin: HastPluginDefinition): Promise<string> {
  return (await markdownToHtml(markdown, {hastPlugins: [plugin], features: {gfm: true}})).html
}

describe('headingLevels', () => {
  const levels = async (markdown: string) => [...(await toHtml(markdown, headingLevels())).matchAll(/<(h[1-6]|p)>/g)].map((match) => match[1])

  it('nests each heading one level under the section it is in', async () => {
    // As in the READMEs: `###` functions with `######` Parameters and Returns under each.
    expect(await levels('# a\n\n### b\n\n###### c\n\n###### d\n\n### e\n\n###### f\n\n## g')).toEqual(['h1', 'h2', 'h3', 'h3', 'h2', 'h3', 'h2'])
  })

  it('keeps the first heading as it is, leaves other elements alone, and starts afresh in each document', async () => {
    expect(await levels('## a\n\np\n\n#### b')).toEqual(['h2', 'p', 'h3'])
    expect(await levels('#### c')).toEqual(['h4'])
  })

  it('keeps what is inside a heading it renumbers', async () => {
    expect(await toHtml('# a\n\n### b *c* [d](e)', headingLevels())).toContain('<h2>b <em>c</em> <a href="e">d</a></h2>')
  })
})

describe('cornerCells', () => {
  it('turns the empty corner header of a row-labelled table into a data cell, and leaves named headers alone', async () => {
    const html = await toHtml('| | X | Bluesky |\n| --- | --- | --- |\n| limit | 280 | 300 |', cornerCells())
    expect(html).toMatch(/<thead>\s*<tr>\s*<td><\/td>\s*<th>X<\/th>\s*<th>Bluesky<\/th>/)
    expect(html).toContain('<td>limit</td>')
    expect(await toHtml('| a | b |\n| - | - |\n| 1 | 2 |', cornerCells())).toMatch(/<th>a<\/th>\s*<th>b<\/th>/)
  })
})

describe('scrollableBlocks', () => {
  it('gives every pre and table a tabindex and keeps their other attributes', async () => {
    const html = await toHtml('```js\nx\n```\n\npara\n\n| a |\n| - |\n| b |', scrollableBlocks())
    expect(html).toContain('<pre tabindex="0"><code class="language-js">x')
    expect(html).toContain('<table tabindex="0">')
    expect(html).toContain('<p>para</p>')
  })

  it('leaves a block Shiki highlighted with the one tabindex Shiki gave it', async () => {
    // Astro's own Sätteri renderer with the site's highlighting settings: Shiki runs before the site's plugins.
    const renderer = await createSatteriMarkdownProcessor({
      syntaxHighlight: 'shiki',
      shikiConfig: {themes: {light: 'github-light-default', dark: 'github-dark-default'}},
      hastPlugins: [scrollableBlocks()]
    })
    const {code} = await renderer.render('```js\nimport x from "y"\n```\n\n| a |\n| - |\n| b |')
    const pre = /<pre [^>]*>/.exec(code)![0]
    expect(pre).toContain('astro-code')
    expect(pre.match(/tabindex=/gi)).toHaveLength(1)
    expect(code).toMatch(/<span style="color:#[\da-f]{6};--shiki-dark:#[\da-f]{6}">import<\/span>/i)
    expect(code).toContain('<table tabindex="0">')
  })
})

describe('readmeLinks', () => {
  /** The hrefs of a Markdown file of links, rendered as if it were the file at `path`. */
  const run = async (hrefs: string[], path?: string, plugin = readmeLinks()) => {
    const markdown = hrefs.map((href, index) => `[${index}](${href})`).join('\n\n')
    const options = path === undefined ? {} : {fileURL: pathToFileURL(path)}
    const {html} = await markdownToHtml(markdown, {hastPlugins: [plugin], ...options})
    return [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])
  }
  const gh = 'https://github.com/tweetstorm/tweetstorm'

  it('turns links to another package into absolute docs paths, whatever the page URL ends with', async () => {
    expect(
      await run(
        [`${gh}/tree/main/packages/core#api`, `${gh}/blob/main/packages/remark/README.md`, '../cli', '../core/README.md#use', '#api'],
        '/repo/packages/astro/README.md'
      )
    ).toEqual(['/docs/core/#api', '/docs/remark/', '/docs/cli/', '/docs/core/#use', '#api'])
  })

  it('sends relative links to other files to GitHub and leaves outside links alone', async () => {
    expect(await run(['./src/count.ts', 'https://example.com/README.md', '/x/'], '/repo/packages/core/README.md')).toEqual([
      `${gh}/blob/main/packages/core/src/count.ts`,
      'https://example.com/README.md',
      '/x/'
    ])
  })

  it('touches nothing outside the package READMEs', async () => {
    const links = ['../core', `${gh}/tree/main/packages/core`]
    expect(await run(links, '/repo/site/src/content/blog/post.md')).toEqual(links)
    expect(await run(links, '/repo/packages/core/test/fixtures/input.md')).toEqual(links)
    expect(await run(links)).toEqual(links)
  })

  it('maps only the packages it is told of, when told', async () => {
    const links = [`${gh}/tree/main/packages/core#api`, `${gh}/tree/main/packages/gone`]
    expect(await run(links, '/repo/packages/cli/README.md', readmeLinks({packages: ['core']}))).toEqual(['/docs/core/#api', links[1]])
  })
})

describe('draft counts and the kept draft', () => {
  it('counts grapheme clusters, not UTF-16 units', () => {
    // A thumbs-up with a skin tone (4 units), a flag (4 units), e + combining accent (2 units).
    expect(characterCount('\u{1F44D}\u{1F3FD}\u{1F1EF}\u{1F1F5}e\u0301')).toBe(3)
    expect(characterCount('')).toBe(0)
    expect(draftStats('日本 https://example.com/a/long/path')).toEqual({characters: 2 + 1 + 31, weighted: 4 + 1 + 23})
    // Counted as the chosen platform counts: Mastodon weighs each CJK character 1 and every link 23.
    expect(draftStats('日本 https://example.com/a/long/path', {platform: 'mastodon'})).toEqual({characters: 34, weighted: 2 + 1 + 23})
    // Bluesky with links counted in full: every character of the link.
    expect(draftStats('日本 https://example.com/a/long/path', {platform: 'bluesky', links: 'full'})).toEqual({characters: 34, weighted: 34})
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
