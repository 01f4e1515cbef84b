import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {call} from './call.js'

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'tweetstorm-hostile-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text)
  return folder
}

const mdxPost = [
  '---',
  'title: A post',
  '---',
  "import Callout from './Callout.astro'",
  'export const year = 2026',
  '',
  'Written in {year}, with <Kbd>Ctrl</Kbd> keys.',
  '',
  '<Callout type="tip">',
  '  Read the docs first.',
  '</Callout>',
  ''
].join('\n')

describe('check catches what it exists to catch', () => {
  it('reports `:::tweetabel` with a did-you-mean and exits 1', async () => {
    const cwd = folderWith({'post.md': ':::tweetabel\nShip it.\n:::\n'})
    const result = await call(['check', 'post.md'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('post.md:1:1  Unexpected directive `:::tweetabel`, expected `:::tweetable` (did you mean it?)')
  })

  it('reports an empty `:tweet[]` and exits 1', async () => {
    const cwd = folderWith({'post.md': 'Say :tweet[] now.\n'})
    const result = await call(['check', 'post.md'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^post\.md:1:5 {2}Unexpected empty `:tweet`.*empty-sentence$/m)
  })

  it('exits 1 on an empty file and on empty stdin, as the README says', async () => {
    const cwd = folderWith({'empty.md': '', 'blank.md': '  \n\n'})
    const files = await call(['check', 'empty.md', 'blank.md'], {cwd})
    expect(files.code).toBe(1)
    expect(files.stdout).toContain('empty.md:1:1  Unexpected empty file, expected a Markdown post  empty-file')
    expect(files.stdout).toContain('blank.md:1:1  Unexpected empty file')
    const stdin = await call(['check', '-'], {input: ''})
    expect(stdin.code).toBe(1)
    expect(stdin.stdout).toContain('stdin:1:1  Unexpected empty file')
  })

  it('reads .mdx with MDX syntax: imports, expressions and JSX are no problem', async () => {
    const cwd = folderWith({'post.mdx': mdxPost + '\n:::tweetable\nShip small.\n:::\n'})
    const result = await call(['check', 'post.mdx'], {cwd})
    expect(result).toEqual({code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: ''})
  })

  it('reports invalid MDX as a problem with its place, not an internal error', async () => {
    const cwd = folderWith({'bad.mdx': 'Fine.\n\n<div\n', 'good.md': 'Fine.\n'})
    const result = await call(['check', '.'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^bad\.mdx:\d+:\d+ {2}Unexpected MDX syntax: .*mdx-syntax$/m)
    expect(result.stderr).toBe('')
  })
})

describe('split reads posts as the site does', () => {
  it('drops front matter, import/export lines and JSX tags of .mdx posts, keeping the text inside components', async () => {
    const cwd = folderWith({'post.mdx': mdxPost})
    const result = await call(['split', 'post.mdx', '--json'], {cwd})
    expect(result.code).toBe(0)
    const {tweets} = JSON.parse(result.stdout) as {tweets: Array<{text: string}>}
    const text = tweets.map((tweet) => tweet.text).join('\n')
    for (const syntax of ['title:', 'import', 'export', '<', '{year}', '---']) expect(text).not.toContain(syntax)
    expect(text).toContain('with Ctrl keys.')
    expect(text).toContain('Read the docs first.')
  })

  it('never prints a literal `:tweet[]` inside a post', async () => {
    const cwd = folderWith({'post.md': 'Say :tweet[] now, at 10:30pm.\n'})
    const result = await call(['split', 'post.md'], {cwd})
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain(':tweet')
    expect(result.stdout).toContain('10:30pm')
  })

  it('exits 1 with the place on invalid MDX', async () => {
    const cwd = folderWith({'bad.mdx': 'Fine.\n\n<div\n'})
    const result = await call(['split', 'bad.mdx'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Unexpected MDX syntax in bad\.mdx:\d+:\d+: /)
  })
})

describe('main never throws', () => {
  for (const argv of [null, undefined, {}, 'split', [5], [null]]) {
    it(`resolves to exit 2 for argv ${JSON.stringify(argv) ?? 'undefined'}`, async () => {
      const result = await call(argv)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/^tweetstorm: Unexpected .* for `argv`, expected an array of strings/)
    })
  }
})

describe('option messages say what the user typed, in command-line terms', () => {
  it('`--numbering 1of5` offers `none`, the CLI value, not `false`', async () => {
    const result = await call(['split', '--numbering', '1of5'], {input: 'Hi.'})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('✖ Unexpected "1of5" for --numbering, expected n/N, (n/N), [n/N], n/ or none\n')
    expect(result.stderr).not.toContain('false')
  })

  it("`--continuation ''` says what a mark is, without zod's words or a regex", async () => {
    const result = await call(['split', '--continuation', ''], {input: 'Hi.'})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      '✖ Unexpected "" for --continuation, expected a mark of 1–8 characters without whitespace, such as …, or --no-continuation instead\n'
    )
    expect(result.stderr).not.toMatch(/Too small|pattern|\/\^/)
  })

  it('`--limit 08` and a 20-digit limit are shown as typed, once each', async () => {
    const leading = await call(['split', '--limit', '08'], {input: 'Hi.'})
    expect(leading.stderr).toContain('✖ Unexpected "08" for --limit, expected a whole number from 40 to 25000\n')
    const huge = await call(['split', '--limit', '99999999999999999999'], {input: 'Hi.'})
    expect(huge.stderr).toContain('✖ Unexpected "99999999999999999999" for --limit, expected a whole number from 40 to 25000\n')
    expect(huge.stderr).not.toContain('100000000000000000000')
    expect(huge.stderr.match(/✖/g)).toHaveLength(1)
  })

  it('`intent --hashtags ,,,` is refused with exit 2 rather than sharing no hashtags', async () => {
    const result = await call(['intent', 'Hi', '--hashtags', ',,,'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Unexpected ",,," for --hashtags, expected comma-separated names such as --hashtags writing,typescript')
  })

  it('`check` names every bad share option at once: a bad --via and a digit-only hashtag', async () => {
    const cwd = folderWith({'post.md': 'Hi.\n'})
    const result = await call(['check', 'post.md', '--via', '@tweet storm', '--hashtags', '2024'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('✖ Unexpected "@tweet storm" for --via')
    expect(result.stderr).toContain('✖ Unexpected "2024" in --hashtags')
  })

  it('states the forced-break rule as the splitter applies it: three blank lines, not four', async () => {
    const help = await call(['split', '--help'])
    expect(help.stdout).toContain('A line holding only ---, or three or more blank lines in a row, starts a new post.')
    const three = await call(['split', '--json'], {input: 'One.\n\n\n\nTwo.'})
    expect((JSON.parse(three.stdout) as {tweets: unknown[]}).tweets).toHaveLength(2)
    const two = await call(['split', '--json'], {input: 'One.\n\n\nTwo.'})
    expect((JSON.parse(two.stdout) as {tweets: unknown[]}).tweets).toHaveLength(1)
  })
})

describe('intent on a long unspaced run', () => {
  it('words the shortening note with the whole post’s exact length, without composing the unfitted post', async () => {
    const {composeIntent} = await import('@tweetstorm/core')
    for (const text of ['東'.repeat(1000), 'word '.repeat(100).trim(), '😀'.repeat(300)]) {
      const params = {text, url: 'https://example.com/p', via: 'abc'}
      const whole = composeIntent(params, {fit: false}).length
      const result = await call(['intent', '-', '--url', params.url, '--via', 'abc'], {input: text})
      expect(result.code).toBe(0)
      expect(result.stderr).toContain(`Note: the post would be ${whole} characters, over the limit of 280`)
    }
  })
})
