import {countTweet} from '@tweetstorm/core'
import {describe, expect, it} from 'vitest'
import {run, stackLine} from './run.js'

/** The one line the command prints, as a URL. */
function link(stdout: string): URL {
  expect(stdout.endsWith('\n')).toBe(true)
  expect(stdout.trimEnd()).not.toContain('\n')
  const url = new URL(stdout.trimEnd())
  expect(url.origin + url.pathname).toBe('https://x.com/intent/tweet')
  return url
}

describe('tweetstorm intent', () => {
  it('prints a web-intent link with every parameter', async () => {
    const result = await run([
      'intent', 'Ship small & often.',
      '--url', 'https://example.com/post?a=1',
      '--via', '@tweetstorm',
      '--hashtags', '#typescript,cli',
      '--related', 'someone,@other',
      '--in-reply-to', '1234567890'
    ])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const params = link(result.stdout).searchParams
    expect(params.get('text')).toBe('Ship small & often.')
    expect(params.get('url')).toBe('https://example.com/post?a=1')
    expect(params.get('via')).toBe('tweetstorm')
    expect(params.get('hashtags')).toBe('typescript,cli')
    expect(params.get('related')).toBe('someone,other')
    expect(params.get('in_reply_to')).toBe('1234567890')
  })

  it('joins unquoted words, and takes the id out of a post link for --in-reply-to', async () => {
    const result = await run(['intent', 'Hello', 'there', '--in-reply-to', 'https://x.com/someone/status/1790000000000000001'])
    expect(result.code).toBe(0)
    const params = link(result.stdout).searchParams
    expect(params.get('text')).toBe('Hello there')
    expect(params.get('in_reply_to')).toBe('1790000000000000001')
  })

  it('reads the text from stdin with -', async () => {
    const result = await run(['intent', '-'], {input: 'Piped in, as a whole line.\n'})
    expect(result.code).toBe(0)
    expect(link(result.stdout).searchParams.get('text')).toBe('Piped in, as a whole line.')
  })

  it('shares a bare URL without text', async () => {
    const result = await run(['intent', '--url', 'https://example.com/'])
    expect(result.code).toBe(0)
    const params = link(result.stdout).searchParams
    expect(params.get('text')).toBeNull()
    expect(params.get('url')).toBe('https://example.com/')
  })

  it('shortens a text that cannot fit, says so on stderr, and the post then fits', async () => {
    const long = Array.from({length: 70}, (_, i) => `word${i}`).join(' ')
    const url = 'https://example.com/a/very/long/path/that/counts/as/23'
    const result = await run(['intent', long, '--url', url])
    expect(result.code).toBe(0)
    const whole = countTweet(`${long} ${url}`).length
    expect(whole).toBeGreaterThan(280)
    expect(result.stderr).toBe(
      `Note: the post would be ${whole} characters, over the limit of 280; the text was shortened with … to fit. Pass --no-fit to keep it whole.\n`
    )
    const params = link(result.stdout).searchParams
    const text = params.get('text')!
    expect(text.endsWith('…')).toBe(true)
    expect(long.startsWith(text.slice(0, -1).trimEnd())).toBe(true)
    // X composes "text url"; every URL weighs 23.
    expect(countTweet(`${text} ${params.get('url')!}`).valid).toBe(true)
  })

  it('keeps the text whole with --no-fit, warning when X will refuse the post', async () => {
    const long = Array.from({length: 70}, (_, i) => `word${i}`).join(' ')
    const result = await run(['intent', long, '--no-fit'])
    expect(result.code).toBe(0)
    expect(link(result.stdout).searchParams.get('text')).toBe(long)
    expect(result.stderr).toBe(
      `Warning: the post would be ${countTweet(long).length} characters, over the limit of 280; X will not post it until it is shortened.\n`
    )
    // Within a wider limit there is nothing to warn about.
    const wide = await run(['intent', long, '--no-fit', '--limit', '1000'])
    expect(wide.stderr).toBe('')
    expect(link(wide.stdout).searchParams.get('text')).toBe(long)
  })

  it('says nothing on stderr when the post fits as it is', async () => {
    const result = await run(['intent', 'Fits easily.', '--url', 'https://example.com/', '--hashtags', 'a,b'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(link(result.stdout).searchParams.get('text')).toBe('Fits easily.')
  })

  describe('errors', () => {
    for (const bad of ['example.com/post', 'javascript:alert(1)', 'ftp://example.com/x']) {
      it(`rejects --url ${bad} with exit 2`, async () => {
        const result = await run(['intent', 'Hello', '--url', bad])
        expect(result.code).toBe(2)
        expect(result.stdout).toBe('')
        // Core's one http(s) check, in its words, naming the flag.
        expect(result.stderr).toContain(`Unexpected ${JSON.stringify(bad)} for --url, expected an absolute URL starting with http:// or https://`)
        expect(result.stderr).not.toMatch(stackLine)
      })
    }

    it('reports a bad option before waiting for stdin', async () => {
      const result = await run(['intent', '-', '--via', 'not a handle'], {input: null})
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('for --via')
    }, 15_000)

    it('rejects a call without text or URL with exit 2', async () => {
      const result = await run(['intent', '--via', 'me'])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('Unexpected missing text')
    })

    it('maps core\'s OptionsError for bad values to exit 2, naming the flags', async () => {
      const result = await run(['intent', 'Hello', '--via', 'not a handle', '--in-reply-to', 'abc'])
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('for --via')
      expect(result.stderr).toContain('for --in-reply-to')
      expect(result.stderr).not.toMatch(stackLine)
    })

    it('rejects --no-fit with a value, and an unknown option, with exit 2', async () => {
      expect((await run(['intent', 'Hello', '--no-fit=yes'])).code).toBe(2)
      const unknown = await run(['intent', 'Hello', '--hashtag', 'x'])
      expect(unknown.code).toBe(2)
      expect(unknown.stderr).toContain('did you mean --hashtags?')
    })
  })
})
