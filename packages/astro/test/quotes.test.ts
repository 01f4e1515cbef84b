import {OptionsError} from '@tweetstorm/core'
import remarkTweetstorm from '@tweetstorm/remark'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import ClickToTweet from '../components/ClickToTweet.astro'
import Tweetstorm from '../components/Tweetstorm.astro'
import {pageUrlOf} from '../src/lib/page-url.js'
import {clickToTweetHtml, textOfHtml, tweetstormHtml} from '../src/lib/quotes.js'
import {byClass, elements, parse, render, textOf} from './helpers.js'

const page = 'https://example.com/blog/first-post/'

/** What the remark plugin renders for a Markdown document, for comparing markup. */
async function markdown(source: string, options: Record<string, unknown> = {}) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkTweetstorm, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(source)
  return String(file)
}

function links(html: string) {
  return elements(parse(html)).filter((element) => element.tagName === 'a')
}

function intent(href: unknown) {
  const url = new URL(String(href))
  expect(url.origin + url.pathname).toBe('https://x.com/intent/tweet')
  return Object.fromEntries(url.searchParams)
}

describe('ClickToTweet', () => {
  it('gives the same markup as a :::tweetable block in Markdown', async () => {
    const text = 'Small changes are easy to review, easy to test and easy to roll back.'
    const options = {via: 'tweetstorm', hashtags: ['writing'], url: page}
    const html = await render(ClickToTweet, {text, ...options})
    expect(html).toBe(await markdown(`:::tweetable\n${text}\n:::`, options))
  })

  // Astro's container never sets `Astro.site`, so the default page URL is checked in the fixture build
  // (integration.test.ts); here the page URL is given as a prop.
  it('links back to the quote on the page', async () => {
    const html = await render(ClickToTweet, {text: 'Ship small, ship often.', via: 'tweetstorm', url: page})
    const [figure] = elements(parse(html))
    const [link] = links(html)
    const params = intent(link?.properties['href'])
    expect(params).toEqual({
      text: 'Ship small, ship often.',
      url: `${page}#${String(figure?.properties['id'])}`,
      via: 'tweetstorm'
    })
    expect(link?.properties['target']).toBe('_blank')
    expect(link?.properties['rel']).toEqual(['noopener', 'noreferrer'])
  })

  it('never links back to a placeholder origin when there is no `site`', async () => {
    const html = await render(ClickToTweet, {text: 'Ship small.'}, {page: 'http://localhost:4321/post/'})
    expect(intent(links(html)[0]?.properties['href'])).toEqual({text: 'Ship small.'})
    expect(pageUrlOf(new URL('http://localhost:4321/post/'), undefined)).toBeUndefined()
    expect(pageUrlOf(new URL('http://localhost:4321/docs/post/?q=1'), new URL('https://example.com'))).toBe(
      'https://example.com/docs/post/'
    )
  })

  it('takes the text from its slot, unescaped once, and hashtags as a list', async () => {
    const html = await render(
      ClickToTweet,
      {hashtags: 'food, uk', url: page},
      {slots: {default: '<p>Fish &amp; chips <em>beat</em> everything.</p>'}}
    )
    const params = intent(links(html)[0]?.properties['href'])
    expect(params['text']).toBe('Fish & chips beat everything.')
    expect(params['hashtags']).toBe('food,uk')
    expect(textOf(elements(parse(html)).find((element) => element.tagName === 'blockquote')!).trim()).toBe(
      'Fish & chips beat everything.'
    )
  })

  it('renders hostile text inertly, with links only to X', async () => {
    const hostile = '"><script>alert(1)</script><img src=x onerror=alert(1)> javascript:alert(1) </figure>'
    const html = await render(ClickToTweet, {text: hostile, url: page})
    const tree = parse(html)
    const names = new Set(elements(tree).map((element) => element.tagName))
    expect([...names].sort()).toEqual(['a', 'blockquote', 'figure', 'p'])
    for (const element of elements(tree)) {
      for (const name of Object.keys(element.properties)) expect(name).not.toMatch(/^on/i)
    }
    for (const link of links(html)) intent(link.properties['href'])
    expect(textOf(elements(tree).find((element) => element.tagName === 'blockquote')!).trim()).toBe(hostile.trim())
  })

  it('fails with a message that names the component and the prop', () => {
    expect(() => clickToTweetHtml({})).toThrow(
      'Invalid ClickToTweet options:\n  ✖ Unexpected no text, expected the text to share in `text` or between the tags → at text'
    )
    let error: unknown
    try {
      clickToTweetHtml({text: 'Hi there.', via: 'not a handle!', limit: 5})
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(OptionsError)
    expect((error as Error).message).toMatch(/^Invalid ClickToTweet options:/)
    expect((error as OptionsError).problems.map((problem) => problem.path).sort()).toEqual(['limit', 'via'])
  })

  it('refuses a page URL that is not http(s), so no link can carry a script', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/relative/']) {
      expect(() => clickToTweetHtml({text: 'Hi there.', url})).toThrow(/→ at url/)
    }
  })
})

describe('Tweetstorm', () => {
  const rant = 'Meetings are a tax on focus. Writing is a gift to your future self. Ship the notes, not the slides.'

  it('gives the same markup as a :::tweetstorm block in Markdown', async () => {
    const options = {via: 'tweetstorm', url: page}
    const html = await render(Tweetstorm, {text: rant, ...options})
    expect(html).toBe(await markdown(`:::tweetstorm\n${rant}\n:::`, options))
  })

  it('follows every sentence with a link back to that sentence', async () => {
    const html = await render(Tweetstorm, {text: rant, url: page})
    const tree = parse(html)
    const sentences = byClass(tree, 'tweetstorm-sentence')
    expect(sentences.map((sentence) => textOf(sentence))).toEqual([
      'Meetings are a tax on focus.',
      'Writing is a gift to your future self.',
      'Ship the notes, not the slides.'
    ])
    const hrefs = links(html).map((link) => intent(link.properties['href']))
    expect(hrefs).toEqual(
      sentences.map((sentence) => ({text: textOf(sentence), url: `${page}#${String(sentence.properties['id'])}`}))
    )
  })

  it('reads its slot as text, paragraphs included', () => {
    expect(textOfHtml('<p>One &lt;b&gt; two.</p>\n<p>Three<br>four.</p><script>x()</script>')).toBe(
      'One <b> two.\n\nThree\nfour.'
    )
    const html = tweetstormHtml({url: page}, {slot: '<p>First one. Second one.</p><p>Third one.</p>'})
    expect(byClass(parse(html), 'tweetstorm-sentence')).toHaveLength(3)
    expect(elements(parse(html)).filter((element) => element.tagName === 'p')).toHaveLength(2)
  })

  it('fails with a message that names the component', () => {
    expect(() => tweetstormHtml({text: 'Hi.', hashtags: ['no spaces allowed']})).toThrow(/^Invalid Tweetstorm options:/)
  })
})
