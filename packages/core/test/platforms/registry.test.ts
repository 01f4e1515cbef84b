import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import * as core from '../../src/index.js'
import {problemsOf} from '../problems.js'

describe('@tweetstorm/core', () => {
  it('exposes the public API', () => {
    expect(Object.keys(core).sort()).toEqual([
      'OptionsError',
      'composeIntent',
      'countTweet',
      'createThreadSplitter',
      'defaultBuildUrl',
      'httpUrlSchema',
      'instanceSchema',
      'intentUrl',
      'limitSchema',
      'linkedEntities',
      'linksSchema',
      'numberingSchema',
      'numberingStyles',
      'parseOptions',
      'platformProfile',
      'platformSchema',
      'platforms',
      'splitThread',
      'tweetables'
    ])
  })
})

describe('the platform registry', () => {
  it('lists the networks in order, each with its profile', () => {
    expect(core.platforms).toEqual(['x', 'bluesky', 'mastodon', 'threads', 'linkedin'])
    expect(core.platforms.map((name) => core.platformProfile(name).label)).toEqual(['X', 'Bluesky', 'Mastodon', 'Threads', 'LinkedIn'])
    expect(core.platforms.filter((name) => core.platformProfile(name).needsInstance)).toEqual(['mastodon'])
  })

  it.each(core.platforms)('%s: coherent limits, a counter that agrees, a source for every rule', (name) => {
    const profile = core.platformProfile(name)
    expect(profile.name).toBe(name)
    expect(profile.limit.min).toBeLessThanOrEqual(profile.limit.default)
    expect(profile.limit.default).toBeLessThanOrEqual(profile.limit.max)
    expect(profile.counter.platform).toBe(name)
    expect(profile.counter.defaultLimit).toBe(profile.limit.default)
    expect(profile.counter.maxLimit).toBe(profile.limit.max)
    expect(profile.sources.length).toBeGreaterThanOrEqual(2)
    for (const source of profile.sources) {
      expect(source.rule).not.toBe('')
      expect(new URL(source.url).protocol).toBe('https:')
    }
    expect(core.countTweet('a'.repeat(profile.limit.default), {platform: name}).valid).toBe(true)
    expect(core.countTweet('a'.repeat(profile.limit.default + 1), {platform: name}).valid).toBe(false)
  })

  it('refuses an unknown platform in one voice', () => {
    expect(() => core.platformProfile('myspace' as never)).toThrow(core.OptionsError)
    expect(problemsOf(() => core.platformProfile('myspace' as never))).toEqual([
      "Unexpected \"myspace\" for `platform`, expected one of 'x', 'bluesky', 'mastodon', 'threads', 'linkedin'"
    ])
    expect(problemsOf(() => core.splitThread('x', {platform: 'myspace' as never}))).toEqual([
      "Unexpected \"myspace\" for `platform`, expected one of 'x', 'bluesky', 'mastodon', 'threads', 'linkedin'"
    ])
  })
})

describe('schemas other packages compose', () => {
  it('numberingStyles and numberingSchema', () => {
    expect(core.numberingStyles).toEqual(['n/N', '(n/N)', '[n/N]', 'n/'])
    expect(core.numberingSchema.safeParse(false).success).toBe(true)
    expect(core.numberingSchema.safeParse('n/').success).toBe(true)
    expect(core.numberingSchema.safeParse('N').success).toBe(false)
  })

  it('limitSchema follows the platform, or the widest range without one', () => {
    expect(core.limitSchema('bluesky').safeParse(300).success).toBe(true)
    expect(core.limitSchema('bluesky').safeParse(301).success).toBe(false)
    expect(core.limitSchema('x').safeParse(25_000).success).toBe(true)
    expect(core.limitSchema().safeParse(100_000).success).toBe(true)
    expect(core.limitSchema().safeParse(39).success).toBe(false)
    expect(core.limitSchema('x').safeParse(1.5).success).toBe(false)
  })

  it('httpUrlSchema accepts absolute http(s) URLs only, serialised', () => {
    expect(core.httpUrlSchema.safeParse('https://Example.com/a b').data).toBe('https://example.com/a%20b')
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'example.com', 5]) {
      expect(core.httpUrlSchema.safeParse(bad).success).toBe(false)
    }
  })

  it('instanceSchema takes a host name, lower-cased', () => {
    expect(core.instanceSchema.safeParse(' Mastodon.Social ').data).toBe('mastodon.social')
    expect(core.instanceSchema.safeParse('https://mastodon.social').success).toBe(false)
  })

  it('nest in zod classic objects, and parseOptions words their problems in one voice', () => {
    const cli = z.strictObject({
      platform: z.optional(core.platformSchema),
      numbering: z.optional(core.numberingSchema),
      limit: z.optional(core.limitSchema('threads')),
      url: z.optional(core.httpUrlSchema),
      instance: z.optional(core.instanceSchema)
    })
    expect(core.parseOptions(cli, {platform: 'threads', limit: 500, url: 'https://example.com'}, 'tweetstorm split')).toEqual({
      platform: 'threads',
      limit: 500,
      url: 'https://example.com/'
    })
    expect(problemsOf(() => core.parseOptions(cli, {platform: 'y', numbering: 'x', limit: 501, url: 'ftp://a', instance: 'a/b', extra: 1}, 'cli'))).toEqual([
      "Unexpected \"y\" for `platform`, expected one of 'x', 'bluesky', 'mastodon', 'threads', 'linkedin'",
      "Unexpected \"x\" for `numbering`, expected false or one of 'n/N', '(n/N)', '[n/N]', 'n/'",
      'Unexpected 501 for `limit`, expected a whole number from 40 to 500',
      'Unexpected "ftp://a" for `url`, expected an absolute URL starting with http:// or https://',
      "Unexpected \"a/b\" for `instance`, expected a Mastodon host name such as 'mastodon.social' (no https://, no path)",
      'Unexpected option `extra`, expected one of `platform`, `numbering`, `limit`, `url`, `instance`'
    ])
  })
})

describe('via takes a handle of the network shared to (an X handle everywhere)', () => {
  const text = (platform: core.Platform, via: string) =>
    new URL(core.intentUrl({text: 'Hi', via}, {platform, instance: 'mastodon.social'})).searchParams.get('text')

  it('folds native handles', () => {
    expect(text('bluesky', '@alice.bsky.social')).toBe('Hi via @alice.bsky.social')
    expect(text('mastodon', '@alice@mastodon.social')).toBe('Hi via @alice@mastodon.social')
    expect(text('threads', 'first.last_')).toBe('Hi via @first.last_')
    for (const platform of ['bluesky', 'mastodon', 'threads'] as const) expect(text(platform, 'tweetstorm')).toBe('Hi via @tweetstorm')
  })

  it('refuses what is no handle there, naming the network', () => {
    expect(problemsOf(() => core.intentUrl({text: 'Hi', via: 'alice.bsky.social'}))).toEqual([
      'Unexpected "alice.bsky.social" for `via`, expected an X handle of 1–15 letters, digits or _ (an optional leading @ is dropped)'
    ])
    expect(problemsOf(() => core.intentUrl({text: 'Hi', via: 'not a handle'}, {platform: 'bluesky'}))).toEqual([
      "Unexpected \"not a handle\" for `via`, expected a Bluesky handle such as 'alice.bsky.social' (an optional leading @ is dropped)"
    ])
    expect(problemsOf(() => core.tweetables('Hi there.', {via: 'a@b', platform: 'mastodon', instance: 'mastodon.social'}))).toEqual([
      "Unexpected \"a@b\" for `via`, expected a Mastodon account such as 'alice' or 'alice@mastodon.social' (an optional leading @ is dropped)"
    ])
  })
})

describe('README examples', () => {
  it('counts the same post on each network as the README says', () => {
    const post = 'Read https://example.com/blog/2026/11/first-lines 👨‍👩‍👧‍👦 東京 @alice@mastodon.social'
    expect(core.platforms.map((platform) => core.countTweet(post, {platform}).length)).toEqual([59, 60, 40, 101, 87])
    expect(core.countTweet(post, {platform: 'bluesky', links: 'full'}).length).toBe(77)
  })

  it('builds the share links the README shows', () => {
    const share = {text: 'Write the first line like it is the only one.', url: 'https://example.com/blog/first-lines', hashtags: ['writing']}
    const text = 'Write+the+first+line+like+it+is+the+only+one.'
    const url = 'https%3A%2F%2Fexample.com%2Fblog%2Ffirst-lines'
    expect(core.platforms.map((platform) => core.intentUrl(share, {platform, instance: 'mastodon.social'}))).toEqual([
      `https://x.com/intent/tweet?text=${text}&url=${url}&hashtags=writing`,
      `https://bsky.app/intent/compose?text=${text}+${url}+%23writing`,
      `https://mastodon.social/share?text=${text}+${url}+%23writing`,
      `https://www.threads.com/intent/post?text=${text}+%23writing&url=${url}`,
      `https://www.linkedin.com/sharing/share-offsite/?url=${url}`
    ])
  })
})
