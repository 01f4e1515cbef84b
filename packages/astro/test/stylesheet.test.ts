import {describe, expect, it} from 'vitest'
import {linkStylesheet, usesStylesheet} from '../src/lib/stylesheet-link.js'
import {stylesheetFor} from '../src/lib/stylesheet.js'

const href = '/_tweetstorm/tweetstorm.0123abcd.css'
const link = `<link rel="stylesheet" href="${href}">`

describe('linking the default stylesheet', () => {
  it('links it once at the end of <head> on a page with a quote', () => {
    const page = '<!DOCTYPE html><html><head><title>x</title><style>a{}</style></head><body><figure class="tweetstorm-quote" id="q">…</figure></body></html>'
    const linked = linkStylesheet(page, href, ['tweetstorm'])
    expect(linked).toBe(page.replace('</head>', `${link}</head>`))
    expect(linkStylesheet(linked, href, ['tweetstorm'])).toBe(linked)
  })

  it('puts it before the first quote on a page with no <head>', () => {
    const page = '<!DOCTYPE html><meta charset="utf-8"><h1>Hi</h1>\n<p>x <span class="tweetstorm-sentence" id="a">A.</span></p>'
    expect(linkStylesheet(page, href, ['tweetstorm'])).toBe(
      `<!DOCTYPE html><meta charset="utf-8"><h1>Hi</h1>\n<p>x ${link}<span class="tweetstorm-sentence" id="a">A.</span></p>`
    )
  })

  it('leaves a page without tweetstorm markup byte for byte as it was', () => {
    const pages = [
      '<html><head></head><body><p>Plain page</p></body></html>',
      // Mentions of the class names are not markup.
      '<html><head></head><body><p>Style <code>.tweetstorm-quote</code> and class="tweetstorm-link" in CSS</p></body></html>',
      '<html><head></head><body><p class="not-tweetstorm-quote x-tweetstorm-link">x</p></body></html>',
      ''
    ]
    for (const page of pages) expect(linkStylesheet(page, href, ['tweetstorm'])).toBe(page)
  })

  it('recognises every kind of markup, with a custom class prefix too', () => {
    for (const name of ['quote', 'storm', 'sentence', 'link', 'thread']) {
      expect(usesStylesheet(`<div class="a tweetstorm-${name} b">`, ['tweetstorm'])).toBe(true)
    }
    expect(usesStylesheet('<figure class="cta-quote">', ['cta', 'tweetstorm'])).toBe(true)
    expect(usesStylesheet('<figure class="cta-quote">', ['tweetstorm'])).toBe(false)
  })

  it('serves the sheet under a content hash, below `base`', () => {
    const sheet = stylesheetFor('/blog/', ['tweetstorm'])
    expect(sheet.pattern).toMatch(/^\/_tweetstorm\/tweetstorm\.[0-9a-f]{8}\.css$/)
    expect(sheet.href).toBe('/blog' + sheet.pattern)
    expect(stylesheetFor('/', ['tweetstorm']).href).toBe(sheet.pattern)
    expect(sheet.css).toContain('.tweetstorm-quote')
  })
})
