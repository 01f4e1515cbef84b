import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Plugin} from 'vite'

/** The id our middleware and route import the stylesheet's text and address from. */
export const stylesheetModule = 'virtual:@tweetstorm/astro/stylesheet'

/** What the middleware needs to link the stylesheet, and what the route serves. */
export interface Stylesheet {
  /** Route pattern, relative to `base`, e.g. `/_tweetstorm/tweetstorm.1a2b3c4d.css`. */
  pattern: string
  /** Address pages link to, with `base`. */
  href: string
  /** Class prefixes whose markup on a page means the page needs the stylesheet. */
  prefixes: string[]
  css: string
}

/**
 * Where the default stylesheet is served and which pages get it. The name carries a hash of the
 * contents so the file can be cached forever.
 *
 * @example
 *   stylesheetFor('/blog', ['tweetstorm']).href // → '/blog/_tweetstorm/tweetstorm.1a2b3c4d.css'
 */
export function stylesheetFor(base: string, prefixes: string[]): Stylesheet {
  const css = readFileSync(fileURLToPath(new URL('../../styles/tweetstorm.css', import.meta.url)), 'utf8')
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 8)
  const pattern = `/_tweetstorm/tweetstorm.${hash}.css`
  return {pattern, href: base.replace(/\/+$/, '') + pattern, prefixes: [...new Set(prefixes)], css}
}

/** A Vite plugin that serves `stylesheetModule`. */
export function stylesheetPlugin(sheet: Stylesheet): Plugin {
  const resolved = '\0' + stylesheetModule
  return {
    name: '@tweetstorm/astro:stylesheet',
    resolveId: (id) => (id === stylesheetModule ? resolved : undefined),
    load: (id) =>
      id === resolved
        ? `export const css = ${JSON.stringify(sheet.css)}\n` +
          `export const href = ${JSON.stringify(sheet.href)}\n` +
          `export const prefixes = ${JSON.stringify(sheet.prefixes)}\n`
        : undefined
  }
}
