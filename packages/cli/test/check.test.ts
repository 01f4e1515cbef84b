import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {countTweet} from '@tweetstorm/core'
import {describe, expect, it} from 'vitest'
import {run, stackLine} from './run.js'

const fixtures = fileURLToPath(new URL('fixtures/check/', import.meta.url))

describe('tweetstorm check', () => {
  it('passes clean posts in a folder, recursively, with exit 0', async () => {
    const result = await run(['check', 'good'], {cwd: fixtures})
    expect(result).toEqual({code: 0, stdout: '✔ 2 files checked, no problems\n', stderr: ''})
  })

  it('reports each problem as file:line:column, then a summary, with exit 1', async () => {
    const result = await run(['check', 'bad/problems.md'], {cwd: fixtures})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    // Places checked by hand against the fixture: the `:::tweetable` opening on line 3, the
    // `:tweet` after 33 characters of line 7, the `:::tweetstorm` with a bad `via` on line 9.
    expect(lines[0]).toMatch(/^bad\/problems\.md:3:1 {2}Unexpected quote .*quote-too-long$/)
    expect(lines[1]).toMatch(/^bad\/problems\.md:7:34 {2}Unexpected sentence .*quote-too-long$/)
    expect(lines[2]).toMatch(/^bad\/problems\.md:9:1 {2}Unexpected "not-a-valid-handle!!" in attribute `via`.*invalid-attribute$/)
    expect(lines[3]).toBe('✖ 3 problems in 1 of 1 file')
  })

  it('lints one post from stdin with -', async () => {
    const {readFileSync} = await import('node:fs')
    const input = readFileSync(join(fixtures, 'bad/problems.md'), 'utf8')
    const result = await run(['check', '-'], {input})
    expect(result.code).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines.slice(0, 3).map((line) => line.split('  ')[0])).toEqual(['stdin:3:1', 'stdin:7:34', 'stdin:9:1'])
    expect(lines[3]).toBe('✖ 3 problems in 1 of 1 file')
  })

  it('expands folders and globs, without listing a file twice', async () => {
    const result = await run(['check', '.', 'bad/*.md', './good/clean.md'], {cwd: fixtures})
    expect(result.code).toBe(1)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems in 1 of 3 files')
    const glob = await run(['check', 'good/**/*.markdown'], {cwd: fixtures})
    expect(glob.stdout).toBe('✔ 1 file checked, no problems\n')
  })

  it('counts the options a site adds to every share', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tweetstorm-check-'))
    // A quote 10 short of the limit on its own; " via @abcdefghijklmno" adds 20.
    const words: string[] = []
    while (countTweet(words.join(' ')).length < 270) words.push('fit')
    const quote = words.join(' ')
    expect(countTweet(quote).length).toBe(271)
    writeFileSync(join(folder, 'edge.md'), `:::tweetable\n${quote}\n:::\n`)
    expect((await run(['check', 'edge.md'], {cwd: folder})).code).toBe(0)
    const withVia = await run(['check', 'edge.md', '--via', 'abcdefghijklmno'], {cwd: folder})
    expect(withVia.code).toBe(1)
    expect(withVia.stdout).toMatch(/^edge\.md:1:1 {2}.*quote-too-long$/m)
    const wider = await run(['check', 'edge.md', '--via', 'abcdefghijklmno', '--limit', '300'], {cwd: folder})
    expect(wider.code).toBe(0)
  })

  describe('errors', () => {
    it('reports a folder without Markdown with exit 1', async () => {
      const result = await run(['check', 'empty'], {cwd: fixtures})
      expect(result.code).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('Unexpected folder "empty" without Markdown files')
      expect(result.stderr).not.toMatch(stackLine)
    })

    it('reports a missing file and a glob matching nothing with exit 1', async () => {
      const missing = await run(['check', 'nope.md'], {cwd: fixtures})
      expect(missing.code).toBe(1)
      expect(missing.stderr).toContain('Cannot read "nope.md": no such file or folder')
      const glob = await run(['check', '**/*.rst'], {cwd: fixtures})
      expect(glob.code).toBe(1)
      expect(glob.stderr).toContain('Unexpected pattern "**/*.rst" that matches no files')
    })

    it('asks for files with exit 2 when given none', async () => {
      const result = await run(['check'], {cwd: fixtures})
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('Unexpected missing files')
    })

    it('maps an invalid plugin option to exit 2, naming the flag', async () => {
      const result = await run(['check', 'good', '--via', 'not a handle'], {cwd: fixtures})
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('for --via')
    })
  })
})
