import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {countTweet} from '@tweetstorm/core'
import {beforeAll, describe, expect, it} from 'vitest'
import {run, stackLine} from './run.js'

interface JsonThread {
  limit: number
  tweets: {text: string; length: number; index: number; source: {start: number; end: number}}[]
}

/** Thirty distinct sentences, so that any lost, doubled or reordered word shows. */
const essay = Array.from(
  {length: 30},
  (_, i) =>
    `Sentence number ${i + 1} explains why long posts read better when they are cut at the right places.`
).join(' ')

let folder: string

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tweetstorm-cli-'))
  writeFileSync(join(folder, 'essay.txt'), essay)
  writeFileSync(join(folder, 'empty.txt'), '  \n\n ')
  writeFileSync(
    join(folder, 'post.md'),
    '# Why threads\n\nSome **bold** text with a [link](https://example.com/more).\n\n- first point\n- second point\n'
  )
})

async function splitJson(args: string[], input?: string): Promise<JsonThread> {
  const result = await run(['split', '--json', ...args], {cwd: folder, ...(input === undefined ? {} : {input})})
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as JsonThread
}

/** The words a tweet carries from the input: numbering and continuation marks removed. */
function carriedWords(text: string, numbering: RegExp): string[] {
  return text
    .replace(numbering, ' ')
    .replaceAll('…', ' ')
    .split(/\s+/)
    .filter((word) => word !== '')
}

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '')

describe('tweetstorm split', () => {
  it('splits a file into numbered tweets that fit, keep every word in order, and point back at the input', async () => {
    const thread = await splitJson(['essay.txt'])
    const n = thread.tweets.length
    expect(thread.limit).toBe(280)
    expect(n).toBeGreaterThan(1)
    const carried: string[] = []
    let previousEnd = 0
    for (const [i, tweet] of thread.tweets.entries()) {
      expect(Object.keys(tweet).sort()).toEqual(['index', 'length', 'source', 'text'])
      expect(tweet.index).toBe(i)
      // Recount with core rather than trusting the splitter's own figure.
      const count = countTweet(tweet.text)
      expect(tweet.length).toBe(count.length)
      expect(count.valid).toBe(true)
      expect(tweet.text.endsWith(`${i + 1}/${n}`)).toBe(true)
      const own = carriedWords(tweet.text, new RegExp(`${i + 1}/${n}$`))
      expect(own).toEqual(words(essay.slice(tweet.source.start, tweet.source.end)))
      expect(tweet.source.start).toBeGreaterThanOrEqual(previousEnd)
      previousEnd = tweet.source.end
      carried.push(...own)
    }
    expect(carried).toEqual(words(essay))
  })

  it('prints text with one header per tweet and the tweet exactly as posted under it', async () => {
    const thread = await splitJson(['essay.txt'])
    const result = await run(['split', 'essay.txt'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const n = thread.tweets.length
    const expected = thread.tweets
      .map((t, i) => `── Tweet ${i + 1} of ${n} · ${t.length}/280 ──\n${t.text}\n`)
      .join('\n')
    expect(result.stdout).toBe(expected)
  })

  it('reads stdin when there is no file or the file is -', async () => {
    const fromFile = await splitJson(['essay.txt'])
    expect(await splitJson([], essay)).toEqual(fromFile)
    expect(await splitJson(['-'], essay)).toEqual(fromFile)
  })

  it('keeps a short text in one tweet', async () => {
    const thread = await splitJson([], 'Just one thought.\n')
    expect(thread.tweets).toHaveLength(1)
    expect(thread.tweets[0]!.text).toContain('Just one thought.')
    expect(thread.tweets[0]!.source).toEqual({start: 0, end: 'Just one thought.'.length})
  })

  it('passes --limit to the splitter', async () => {
    const wide = await splitJson(['essay.txt'])
    const narrow = await splitJson(['essay.txt', '--limit', '100'])
    expect(narrow.limit).toBe(100)
    expect(narrow.tweets.length).toBeGreaterThan(wide.tweets.length)
    for (const tweet of narrow.tweets) {
      expect(countTweet(tweet.text, {limit: 100}).valid).toBe(true)
    }
  })

  it('passes --numbering and --numbering-position to the splitter', async () => {
    const bracketed = await splitJson(['essay.txt', '--numbering', '(n/N)'])
    const n = bracketed.tweets.length
    bracketed.tweets.forEach((t, i) => expect(t.text.endsWith(`(${i + 1}/${n})`)).toBe(true))

    const leading = await splitJson(['essay.txt', '--numbering-position', 'start'])
    const m = leading.tweets.length
    leading.tweets.forEach((t, i) => expect(t.text.startsWith(`${i + 1}/${m}`)).toBe(true))

    const bare = await splitJson(['essay.txt', '--numbering', 'none'])
    for (const t of bare.tweets) expect(t.text).not.toMatch(/\d+\/\d+/)
  })

  it('passes --continuation and --no-continuation to the splitter', async () => {
    // One sentence far longer than a tweet must continue across tweets.
    const long = Array.from({length: 80}, (_, i) => `word${i}`).join(' ') + '.'
    const marked = await splitJson(['--continuation', '>>', '--numbering', 'none', '--limit', '100'], long)
    expect(marked.tweets.length).toBeGreaterThan(1)
    expect(marked.tweets[0]!.text).toContain('>>')
    const unmarked = await splitJson(['--no-continuation', '--numbering', 'none', '--limit', '100'], long)
    for (const t of unmarked.tweets) expect(t.text).not.toMatch(/…|>>/)
    expect(unmarked.tweets.flatMap((t) => words(t.text))).toEqual(words(long))
  })

  it('starts a new tweet at a line holding only ---', async () => {
    const thread = await splitJson(['--numbering', 'none'], 'First part.\n---\nSecond part.')
    expect(thread.tweets.map((t) => t.text)).toEqual(['First part.', 'Second part.'])
  })

  it('reads .md files as Markdown', async () => {
    const thread = await splitJson(['post.md', '--numbering', 'none'])
    const all = thread.tweets.map((t) => t.text).join('\n')
    expect(all).toContain('https://example.com/more')
    expect(all).toContain('first point')
    expect(all).not.toContain('**')
    expect(all).not.toContain('](')
  })

  it('reads stdin as Markdown with --markdown', async () => {
    const thread = await splitJson(['--markdown', '--numbering', 'none'], 'Some **bold** [text](https://example.com/x).')
    const all = thread.tweets.map((t) => t.text).join('\n')
    expect(all).not.toContain('**')
    expect(all).toContain('https://example.com/x')
  })

  describe('errors', () => {
    it('rejects an unknown option with exit 2 and suggests the right one', async () => {
      const result = await run(['split', 'essay.txt', '--limt', '100'], {cwd: folder})
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('Unexpected option --limt')
      expect(result.stderr).toContain('did you mean --limit?')
      expect(result.stderr).not.toMatch(stackLine)
    })

    it('rejects a --limit that is not a number with exit 2', async () => {
      const result = await run(['split', 'essay.txt', '--limit', 'lots'], {cwd: folder})
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('Unexpected "lots" for --limit, expected a whole number')
    })

    it('maps core\'s OptionsError for an out-of-range --limit to exit 2, naming the flag', async () => {
      const result = await run(['split', 'essay.txt', '--limit', '5'], {cwd: folder})
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('--limit')
      expect(result.stderr).not.toMatch(stackLine)
    })

    it('maps a bad --numbering and --numbering-position to exit 2, naming each flag', async () => {
      const result = await run(
        ['split', 'essay.txt', '--numbering', 'n of N', '--numbering-position', 'middle'],
        {cwd: folder}
      )
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('for --numbering, expected n/N, (n/N), [n/N], n/ or none\n')
      expect(result.stderr).toContain('for --numbering-position')
    })

    it('reports a bad option before waiting for stdin', async () => {
      const result = await run(['split', '--limit', '5'], {input: null})
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('for --limit')
    }, 15_000)

    it('rejects a --limit without a value with exit 2', async () => {
      const result = await run(['split', 'essay.txt', '--limit'], {cwd: folder})
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('Unexpected end of --limit, expected a value')
    })

    it('rejects a second file with exit 2', async () => {
      const result = await run(['split', 'essay.txt', 'post.md'], {cwd: folder})
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('Unexpected extra argument "post.md"')
    })

    it('reports a missing file with exit 1', async () => {
      const result = await run(['split', 'missing.txt'], {cwd: folder})
      expect(result.code).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('Cannot read "missing.txt": no such file')
    })

    it('reports a folder given as file with exit 1', async () => {
      const result = await run(['split', '.'], {cwd: folder})
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('Cannot read ".": it is a folder')
    })

    it('reports empty input with exit 1', async () => {
      const fromFile = await run(['split', 'empty.txt'], {cwd: folder})
      expect(fromFile.code).toBe(1)
      expect(fromFile.stderr).toContain('Unexpected empty input in empty.txt')
      const fromStdin = await run(['split'], {input: ''})
      expect(fromStdin.code).toBe(1)
      expect(fromStdin.stderr).toContain('Unexpected empty input in stdin')
    })

    it('reports input that is not UTF-8 with exit 1', async () => {
      const result = await run(['split'], {input: Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x21])})
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('not UTF-8')
    })
  })

  it('splits 10 MB from stdin, every tweet within the limit', async () => {
    const vocabulary = [
      'Threads', 'are', 'long', 'thoughts,', 'politely', 'cut.', 'Émile', 'wrote', '日本語の文章も',
      'https://example.com/a/long/path', '#hashtag', '@someone', 'and', 'then', 'stopped!', '🧵'
    ]
    const parts: string[] = []
    let size = 0
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const word = vocabulary[(i * 7 + (i >> 4)) % vocabulary.length]!
      const gap = i % 89 === 88 ? '\n\n' : ' '
      parts.push(word, gap)
      size += Buffer.byteLength(word) + gap.length
    }
    const input = parts.join('')
    const started = performance.now()
    const result = await run(['split', '--json'], {input})
    const seconds = (performance.now() - started) / 1000
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const thread = JSON.parse(result.stdout) as JsonThread
    expect(thread.tweets.length).toBeGreaterThan(10 * 1024 * 1024 / 280)
    let over = 0
    for (const tweet of thread.tweets) {
      if (!countTweet(tweet.text).valid) over++
    }
    expect(over).toBe(0)
    console.log(`10 MB stdin: ${thread.tweets.length} tweets in ${seconds.toFixed(1)} s`)
  }, 120_000)
})
