import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {countTweet, numberingStyles, platformProfile, platforms, type Platform} from '@tweetstorm/core'
import {describe, expect, it} from 'vitest'
import {call} from './call.js'
import {stackLine} from './run.js'

interface JsonThread {
  platform: string
  limit: number
  tweets: {text: string; length: number; index: number; source: {start: number; end: number}}[]
}

/** Forty distinct sentences with a long link, an emoji family, CJK and a remote mention in them. */
const essay = Array.from(
  {length: 40},
  (_, i) =>
    `Sentence ${i + 1} 👨‍👩‍👧 explains why 長い投稿 reads better cut well, says @jane@example.social, see https://example.com/a/rather/long/path/to/the/guide/${i}.`
).join(' ')

/** Where each platform's share link opens, as its documentation gives it. */
const shareTarget: Record<Platform, RegExp> = {
  x: /^https:\/\/x\.com\/intent\/tweet\?/,
  bluesky: /^https:\/\/bsky\.app\/intent\/compose\?/,
  mastodon: /^https:\/\/mastodon\.social\/share\?/,
  threads: /^https:\/\/www\.threads\.com\/intent\/post\?/,
  linkedin: /^https:\/\/www\.linkedin\.com\//
}

describe('--platform on split', () => {
  for (const platform of platforms) {
    it(`splits for ${platform}: every post valid as ${platform} counts it, at its default limit`, async () => {
      const result = await call(['split', '--json', '--platform', platform], {input: essay})
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      const thread = JSON.parse(result.stdout) as JsonThread
      const {limit} = platformProfile(platform)
      expect(thread.platform).toBe(platform)
      expect(thread.limit).toBe(limit.default)
      expect(thread.tweets.length).toBeGreaterThan(1)
      const n = thread.tweets.length
      for (const [i, tweet] of thread.tweets.entries()) {
        // Recount with core for that platform rather than trusting the splitter's own figure.
        const count = countTweet(tweet.text, {platform})
        expect(count.valid, tweet.text).toBe(true)
        expect(tweet.length).toBe(count.length)
        expect(tweet.text.endsWith(`${i + 1}/${n}`)).toBe(true)
      }
    })
  }

  it('counts as the platform does: 299 characters are one Bluesky post, two on X', async () => {
    const text = 'word '.repeat(60).trim()
    expect(text.length).toBe(299)
    const bluesky = JSON.parse((await call(['split', '--json', '--numbering', 'none', '--platform', 'bluesky'], {input: text})).stdout) as JsonThread
    expect(bluesky.tweets.map((t) => t.text)).toEqual([text])
    const x = JSON.parse((await call(['split', '--json', '--numbering', 'none'], {input: text})).stdout) as JsonThread
    expect(x.tweets).toHaveLength(2)
  })

  it('prints "Post n of N · length/limit" headers off X, and "Tweet" on X', async () => {
    const text = 'One short thought.'
    const bluesky = await call(['split', '--platform', 'bluesky'], {input: text})
    // A thread of one post carries no number.
    expect(bluesky.stdout).toBe(`── Post 1 of 1 · ${countTweet(text, {platform: 'bluesky'}).length}/300 ──\n${text}\n`)
    const x = await call(['split'], {input: text})
    expect(x.stdout.startsWith('── Tweet 1 of 1 · ')).toBe(true)
  })

  it('splits for Mastodon without --instance: only share links need the server', async () => {
    const result = await call(['split', '--platform', 'mastodon', '--json'], {input: essay})
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as JsonThread).limit).toBe(platformProfile('mastodon').limit.default)
  })

  it('takes --limit within the platform\'s bounds and names the flag beyond them', async () => {
    const {limit} = platformProfile('bluesky')
    const ok = await call(['split', '--json', '--platform', 'bluesky', '--limit', String(limit.max)], {input: essay})
    expect(ok.code).toBe(0)
    const over = await call(['split', '--platform', 'bluesky', '--limit', String(limit.max + 1)], {input: essay})
    expect(over.code).toBe(2)
    expect(over.stdout).toBe('')
    expect(over.stderr).toContain(`Unexpected "${limit.max + 1}" for --limit`)
    expect(over.stderr).not.toMatch(stackLine)
  })

  it('counts Bluesky links in full with --links full, and refuses --links elsewhere', async () => {
    const long = 'Read https://example.com/' + 'a'.repeat(120) + ' today.'
    const shortened = JSON.parse((await call(['split', '--json', '--platform', 'bluesky'], {input: long})).stdout) as JsonThread
    const full = JSON.parse((await call(['split', '--json', '--platform', 'bluesky', '--links', 'full'], {input: long})).stdout) as JsonThread
    expect(full.tweets[0]!.length).toBe(countTweet(full.tweets[0]!.text, {platform: 'bluesky', links: 'full'}).length)
    expect(full.tweets[0]!.length).toBeGreaterThan(shortened.tweets[0]!.length)
    const onX = await call(['split', '--links', 'full'], {input: long})
    expect(onX.code).toBe(2)
    expect(onX.stderr).toContain('Unexpected "full" for --links, expected no --links option')
    // A valid value on the wrong platform gets no did-you-mean; a typo does.
    expect(onX.stderr).not.toContain('did you mean')
    const typo = await call(['split', '--platform', 'bluesky', '--links', 'ful'], {input: long})
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('(did you mean full?)')
  })

  it('rejects an unknown platform with exit 2, listing core\'s platforms and the closest one', async () => {
    const result = await call(['split', '--platform', 'blusky'], {input: essay})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Unexpected "blusky" for --platform, expected')
    for (const platform of platforms) expect(result.stderr).toContain(platform)
    expect(result.stderr).toContain('(did you mean bluesky?)')
    expect(result.stderr).not.toMatch(stackLine)
  })
})

describe('--platform on intent', () => {
  for (const platform of platforms) {
    it(`prints a ${platform} share link whose text fits as ${platform} counts it`, async () => {
      const settings = platform === 'mastodon' ? ['--instance', 'mastodon.social'] : []
      const result = await call(['intent', '-', '--platform', platform, ...settings, '--url', 'https://example.com/post'], {input: essay})
      expect(result.code).toBe(0)
      const link = result.stdout.trimEnd()
      expect(link).not.toContain('\n')
      expect(link).toMatch(shareTarget[platform])
      if (!platformProfile(platform).carries.text) {
        // LinkedIn's link carries the URL alone: the text is not in it, and stderr says so.
        expect(new URL(link).searchParams.get('url')).toBe('https://example.com/post')
        expect(link).not.toContain('Sentence')
        expect(result.stderr).toBe(`Note: ${platformProfile(platform).label}'s share link carries only the URL, not the text; paste the text into ${platformProfile(platform).label} yourself.\n`)
        return
      }
      const text = new URL(link).searchParams.get('text')!
      // The essay is longer than any platform's default post, so it was shortened, and stderr says so.
      expect(text).toContain('…')
      expect(result.stderr).toMatch(/^Note: the post would be \d+ characters, over the limit of \d+; the text was shortened with …/)
      expect(result.stderr).toContain(`over the limit of ${platformProfile(platform).limit.default};`)
      // What the network composes from the link fits as it counts: X adds the url parameter to the
      // text; Bluesky and Mastodon links carry it in the text already; Threads keeps it apart.
      const composed = platform === 'x' ? `${text} https://example.com/post` : text
      if (platform === 'bluesky' || platform === 'mastodon') expect(text.endsWith(' https://example.com/post')).toBe(true)
      expect(countTweet(composed, {platform}).valid, composed).toBe(true)
    })
  }

  it('builds the link on the Mastodon server given', async () => {
    const result = await call(['intent', 'Hello from the fediverse.', '--platform', 'mastodon', '--instance', 'fosstodon.org'])
    expect(result.code).toBe(0)
    const url = new URL(result.stdout.trimEnd())
    expect(url.origin + url.pathname).toBe('https://fosstodon.org/share')
    expect(url.searchParams.get('text')).toBe('Hello from the fediverse.')
  })

  it('asks for --instance on Mastodon with exit 2, before waiting for stdin', async () => {
    const result = await call(['intent', 'Hello', '--platform', 'mastodon'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Unexpected missing --instance, expected')
    expect(result.stderr).not.toContain('undefined')
    expect(result.stderr).not.toMatch(stackLine)
  })

  it('rejects an --instance that is not a host name, naming the flag', async () => {
    const result = await call(['intent', 'Hello', '--platform', 'mastodon', '--instance', 'not a host'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unexpected "not a host" for --instance')
  })

  it('warns, naming the platform, when a --no-fit post is over its limit', async () => {
    const long = 'word '.repeat(70).trim()
    expect(countTweet(long, {platform: 'bluesky'}).valid).toBe(false)
    const result = await call(['intent', long, '--platform', 'bluesky', '--no-fit'])
    expect(result.code).toBe(0)
    expect(new URL(result.stdout.trimEnd()).searchParams.get('text')).toBe(long)
    expect(result.stderr).toBe(
      `Warning: the post would be ${countTweet(long, {platform: 'bluesky'}).length} characters, over the limit of 300; Bluesky will not post it until it is shortened.\n`
    )
  })

  it('rejects a --url that is not http(s) with core\'s one check, naming the flag', async () => {
    const result = await call(['intent', 'Hello', '--platform', 'bluesky', '--url', 'javascript:alert(1)'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unexpected "javascript:alert(1)" for --url, expected')
  })
})

describe('--platform on check', () => {
  /** A quote X weighs 300 (CJK counts 2) but Bluesky counts 150 characters. */
  const cjk = '日本語の文章'.repeat(25)

  function post(): string {
    const folder = mkdtempSync(join(tmpdir(), 'tweetstorm-platform-'))
    writeFileSync(join(folder, 'post.md'), `:::tweetable\n${cjk}\n:::\n`)
    return folder
  }

  it('checks quotes against the platforms given; each must fit every one', async () => {
    const cwd = post()
    expect(countTweet(cjk).valid).toBe(false)
    expect(countTweet(cjk, {platform: 'bluesky'}).valid).toBe(true)
    const onX = await call(['check', 'post.md'], {cwd})
    expect(onX.code).toBe(1)
    expect(onX.stdout).toMatch(/quote-too-long/)
    const onBluesky = await call(['check', 'post.md', '--platform', 'bluesky'], {cwd})
    expect(onBluesky.stdout).toBe('✔ 1 file checked, no problems\n')
    expect(onBluesky.code).toBe(0)
    const onBoth = await call(['check', 'post.md', '--platform', 'bluesky,x'], {cwd})
    expect(onBoth.code).toBe(1)
  })

  it('asks for --instance when the platforms include Mastodon', async () => {
    const cwd = post()
    const missing = await call(['check', 'post.md', '--platform', 'mastodon'], {cwd})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Unexpected missing --instance, expected')
    expect(missing.stderr).not.toContain('→ at')
    const given = await call(['check', 'post.md', '--platform', 'mastodon', '--instance', 'mastodon.social'], {cwd})
    expect(given.code).toBe(0)
  })

  it('names --platform, with a did-you-mean, for an unknown one', async () => {
    const result = await call(['check', 'post.md', '--platform', 'x,mastdon'], {cwd: post()})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--platform')
    // One suggestion, in the plugin's words or the CLI's, never both.
    expect(result.stderr.match(/did you mean '?mastodon'?\?/g)).toHaveLength(1)
  })
})

describe('help lists what core defines', () => {
  for (const command of ['split', 'intent', 'check']) {
    it(`${command} --help lists every platform and each one's limits`, async () => {
      const result = await call([command, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('--platform')
      expect(result.stdout).toContain('--instance')
      for (const platform of platforms) {
        const {limit} = platformProfile(platform)
        expect(result.stdout).toContain(`${platform} ${limit.default} (${limit.min}–${limit.max})`)
      }
    })
  }

  it('split --help lists core\'s numbering styles', async () => {
    const result = await call(['split', '--help'])
    for (const style of numberingStyles) expect(result.stdout).toContain(style)
    expect(result.stdout).toContain('--links')
  })
})
