import {existsSync} from 'node:fs'
import {readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {toHtml} from './process.js'

// Each folder holds `input.md`, the `output.html` it must give, and optionally `options.json`
// (plugin options), `data.json` (the file's `data`, as a framework would set it) and
// `messages.txt` (the warnings expected, one `line:column reason` a line; none when absent).
// Folders named `gfm-…` run with remark-gfm before the plugin, as Astro does.
// `UPDATE=1 pnpm test` rewrites the outputs: read every changed one before committing it.
const root = new URL('fixtures/', import.meta.url)
const update = process.env.UPDATE === '1'

async function readJson(url: URL): Promise<Record<string, unknown> | undefined> {
  return existsSync(url) ? (JSON.parse(await readFile(url, 'utf8')) as Record<string, unknown>) : undefined
}

const cases = (await readdir(root, {withFileTypes: true})).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()

describe('fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(10)
  })

  for (const name of cases) {
    it(name, async () => {
      const folder = new URL(name + '/', root)
      const input = await readFile(new URL('input.md', folder), 'utf8')
      const options = await readJson(new URL('options.json', folder))
      const data = await readJson(new URL('data.json', folder))
      const {html, messages} = await toHtml(input, options, data, {gfm: name.startsWith('gfm-')})
      const outputUrl = new URL('output.html', folder)
      const messagesUrl = new URL('messages.txt', folder)
      if (update) {
        await writeFile(outputUrl, html + '\n')
        if (messages.length > 0) await writeFile(messagesUrl, messages.join('\n') + '\n')
        else await rm(messagesUrl, {force: true})
      }
      expect(html + '\n').toBe(await readFile(outputUrl, 'utf8'))
      const expectedMessages = existsSync(messagesUrl) ? (await readFile(messagesUrl, 'utf8')).trimEnd().split('\n') : []
      expect(messages).toEqual(expectedMessages)
    })
  }
})
