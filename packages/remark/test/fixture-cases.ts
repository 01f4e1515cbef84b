import {existsSync} from 'node:fs'
import {readdir, readFile} from 'node:fs/promises'

/** The folder of the Markdown fixtures: `fixtures/<case>/{input.md, options.json?, data.json?, output.html}`. */
export const fixturesRoot = new URL('fixtures/', import.meta.url)

/** The fixture names, sorted. */
export const fixtureCases = (await readdir(fixturesRoot, {withFileTypes: true}))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

async function readJson(url: URL): Promise<Record<string, unknown> | undefined> {
  return existsSync(url) ? (JSON.parse(await readFile(url, 'utf8')) as Record<string, unknown>) : undefined
}

/** One fixture's input, plugin options and `file.data`, with its folder for the expected outputs. */
export async function readFixture(name: string) {
  const folder = new URL(name + '/', fixturesRoot)
  return {
    folder,
    input: await readFile(new URL('input.md', folder), 'utf8'),
    options: await readJson(new URL('options.json', folder)),
    data: await readJson(new URL('data.json', folder)),
    gfm: name.startsWith('gfm-')
  }
}
