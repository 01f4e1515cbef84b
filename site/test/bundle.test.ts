import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {distDir} from './site'

/** Every built HTML page, as a site path ("/blog/x/"). */
function builtPages(dir = distDir): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return builtPages(full)
    if (!entry.name.endsWith('.html')) return []
    const relative = '/' + path.relative(distDir, full).split(path.sep).join('/')
    return [relative.replace(/index\.html$/, '')]
  })
}

/** The scripts a page loads, and every module they import in turn. */
function scriptsOf(page: string): string[] {
  const file = path.join(distDir, page.endsWith('/') ? page + 'index.html' : page)
  const html = readFileSync(file, 'utf8')
  const queue = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!)
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/g)]
  expect(inline, `${page} has an inline script`).toEqual([])
  const seen = new Set<string>()
  while (queue.length) {
    const src = queue.shift()!
    if (seen.has(src)) continue
    seen.add(src)
    const code = readFileSync(path.join(distDir, src), 'utf8')
    for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      queue.push(new URL(match[1]!, 'http://x' + src).pathname)
    }
  }
  return [...seen]
}

describe('JavaScript shipped', () => {
  const pages = builtPages()

  it('is none at all, except on the composer', () => {
    expect(pages.length).toBeGreaterThan(8)
    const withScripts = pages.filter((page) => scriptsOf(page).length > 0)
    expect(withScripts).toEqual(['/composer/'])
  })

  it('stays within 80 kB gzipped on the composer', () => {
    const files = scriptsOf('/composer/').map((src) => readFileSync(path.join(distDir, src)))
    const bytes = files.reduce((sum, file) => sum + file.length, 0)
    const gzipped = files.reduce((sum, file) => sum + gzipSync(file, {level: 9}).length, 0)
    console.log(`composer JavaScript: ${files.length} file(s), ${bytes} bytes, ${gzipped} bytes gzipped`)
    // Most of it is core's own dependencies (twitter-text, zod); the budget catches an accidental doubling.
    expect(gzipped).toBeLessThan(80_000)
  })
})
