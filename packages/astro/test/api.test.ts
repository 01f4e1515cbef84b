import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import * as components from '../components/index.js'
import * as api from '../src/index.js'

describe('@tweetstorm/astro', () => {
  it('exposes the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'default',
      'guessPathname',
      'pageUrl',
      'remarkPageUrl',
      'resolveOptions',
      'satteriPageUrl',
      'threadPreview'
    ])
    expect(Object.keys(components).sort()).toEqual(['ClickToTweet', 'ThreadPreview', 'Tweetstorm'])
  })

  it('works without options', () => {
    const integration = api.default()
    expect(integration.name).toBe('@tweetstorm/astro')
    expect(Object.keys(integration.hooks)).toEqual(['astro:config:setup'])
    expect(api.resolveOptions(undefined)).toEqual({styles: true, site: undefined, url: undefined, remark: {}})
  })
})

describe('published files', () => {
  const packages = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

  // `astro dev` printed "Sourcemap … points to missing source files" for maps whose `../src` is not
  // in the tarball. A map may ship only with the files it points to.
  it.each(['core', 'remark', 'astro'])('%s ships no sourcemap without its sources', (name) => {
    const root = path.join(packages, name)
    const shipped = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {files: string[]}).files
    const dist = path.join(root, 'dist')
    expect(existsSync(dist), `build ${name} first`).toBe(true)
    const maps = readdirSync(dist, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.map'))
    for (const map of maps) {
      const {sources} = JSON.parse(readFileSync(path.join(dist, map), 'utf8')) as {sources: string[]}
      for (const source of sources) {
        const target = path.relative(root, path.resolve(path.dirname(path.join(dist, map)), source))
        expect(shipped.some((folder) => target.startsWith(folder + path.sep)), `${map} → ${source}`).toBe(true)
      }
    }
  })
})
