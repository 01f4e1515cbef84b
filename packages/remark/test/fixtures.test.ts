import {existsSync} from 'node:fs'
import {readFile, rm, writeFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {fixtureCases, readFixture} from './fixture-cases.js'
import {toHtml} from './process.js'

// Each folder holds `input.md`, the `output.html` it must give, and optionally `options.json`
// (plugin options), `data.json` (the file's `data`, as a framework would set it) and
// `messages.txt` (the warnings expected, one `line:column reason` a line; none when absent).
// Folders named `gfm-…` run with remark-gfm before the plugin, as Astro does.
// `UPDATE=1 pnpm test` rewrites the outputs: read every changed one before committing it.
const update = process.env.UPDATE === '1'

const cases = fixtureCases

describe('fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(10)
  })

  for (const name of cases) {
    it(name, async () => {
      const {folder, input, options, data, gfm} = await readFixture(name)
      const {html, messages} = await toHtml(input, options, data, {gfm})
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
