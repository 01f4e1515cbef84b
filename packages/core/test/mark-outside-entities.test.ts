// The continuation mark of a post cut mid-sentence is glued to the post's last word, but never into
// an entity: where the network would read the mark as part of a link, hashtag or mention that word
// ends, it follows a space. Bluesky's link runs to the next space (atproto's URL_REGEX), so a post
// ending `read https://example.com/x?a=1…` linked to `https://example.com/x?a=1%E2%80%A6`, a page
// that does not exist.
import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {composeIntent, countTweet, platformProfile, platforms, splitThread, tweetables, type SplitOptions} from '../src/index.js'
import {blueskyLink} from '../src/platforms/bluesky.js'

const hashtags = (text: string) => twitter.extractHashtagsWithIndices(text).map((entity) => entity.hashtag)
const texts = (input: string, options: SplitOptions) => splitThread(input, options).tweets.map((tweet) => [tweet.text, tweet.length])

/** The links Bluesky detects in a post: one per word at most, a link never spans a space. */
const blueskyLinks = (post: string) =>
  [...post.matchAll(/\S+/g)].flatMap(([word]) => {
    const link = blueskyLink(word)
    return link ? [word.slice(link.start, link.end)] : []
  })

describe('the continuation mark stays out of the entity the post ends with', () => {
  it('protects a Bluesky link at the end of a cut post: the mark follows a space, and the link is the one written', () => {
    const text =
      'Anyone who files a bug about lost drafts should read https://example.com/x?a=1 first and then tell us what they tried and what they saw when the editor closed. Also see #drafts and @alice for the notes.'
    // Counted by hand, as the app counts (the link shown as `example.com/x?a=1`, 17): 53 + 17 + 2
    // (` …`) = 72; 61 + 1; 61. `»`, which the link would take as well, weighs the same.
    for (const mark of ['…', '»']) {
      const posts = texts(text, {platform: 'bluesky', limit: 72, numbering: false, continuation: mark})
      expect(posts).toEqual([
        [`Anyone who files a bug about lost drafts should read https://example.com/x?a=1 ${mark}`, 72],
        [`first and then tell us what they tried and what they saw when${mark}`, 62],
        ['the editor closed. Also see #drafts and @alice for the notes.', 61]
      ])
      expect(blueskyLinks(posts[0]![0] as string)).toEqual(['https://example.com/x?a=1'])
    }
  })

  it('protects a hashtag from a mark X reads as part of it (`_`), while `…` stays glued: Bluesky drops it from a tag as punctuation', () => {
    const text = 'We kept a list of lost drafts under #drafts and then asked readers to add theirs before the next release of the editor went out to everyone.'
    // Checked by hand: twitter-text reads `#drafts_` as the hashtag `drafts_`, and `#drafts…` as `drafts`.
    expect(hashtags('#drafts_')).toEqual(['drafts_'])
    expect(hashtags('#drafts…')).toEqual(['drafts'])
    // 43 + 2 (` _`); 47 + 1; 48.
    const posts = texts(text, {limit: 48, numbering: false, continuation: '_'})
    expect(posts).toEqual([
      ['We kept a list of lost drafts under #drafts _', 45],
      ['and then asked readers to add theirs before the_', 48],
      ['next release of the editor went out to everyone.', 48]
    ])
    expect(hashtags(posts[0]![0] as string)).toEqual(['drafts'])
  })

  it('protects the link a Bluesky share text ends with: its ellipsis follows a space, and is paid for', () => {
    const page = 'https://example.com/post'
    const text = 'Anyone who files a bug about lost drafts should read https://example.com/x?a=1 first and then tell us what they tried and what they saw.'
    // The piece ending on the link: 70 + 2 (` …`) + 28 (a space and the link back, shown as
    // `example.com/post#t-anyon...`) = 100, which fits 100 and not 99 (there it is not chosen).
    const shared = (limit: number) =>
      tweetables(text, {platform: 'bluesky', limit, url: page}).map((tweetable) => new URL(tweetable.intentUrl).searchParams.get('text') ?? '')
    const [first] = shared(100)
    expect(first).toMatch(/^Anyone who files a bug about lost drafts should read https:\/\/example\.com\/x\?a=1 … https:\/\/example\.com\/post#t-/)
    expect(blueskyLinks(first!)[0]).toBe('https://example.com/x?a=1')
    expect(countTweet(first!, {platform: 'bluesky'}).length).toBe(100)
    expect(shared(99)[0]).toMatch(/^Anyone who files a bug about lost drafts… /)
  })

  it('protects the link a Bluesky intent text is shortened after: its ellipsis follows a space, and is paid for', () => {
    const text = 'Please read the notes at https://example.com/x?a=1 before you file a bug about lost drafts.'
    // Counted by hand: 24 + 1 + 17 (the link as shown) + 2 (` …`) = 44; with one less, the cut is before the link (24 + 1).
    const composed = composeIntent({text}, {platform: 'bluesky', limit: 44})
    expect([composed.text, composed.length]).toEqual(['Please read the notes at https://example.com/x?a=1 …', 44])
    expect(blueskyLinks(composed.text)).toEqual(['https://example.com/x?a=1'])
    expect(composeIntent({text}, {platform: 'bluesky', limit: 43}).text).toBe('Please read the notes at…')
  })

  const words = ['read', 'the', 'notes', 'first,', 'then', 'ask.', 'naïve', '日本語', '#drafts', '@alice', '$TWTR', '@bob@mastodon.social']
  const links = ['https://example.com/x?a=1', 'https://example.com/path/to/a/page', 'http://t.co/abc', 'example.com', 'example.com/x', 'https://example.com/a)', '(https://example.com/b)', 'alice.bsky.social', 'x.com']
  const text = fc
    .array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...words)}, {weight: 1, arbitrary: fc.constantFrom(...links)}), {minLength: 1, maxLength: 80})
    .map((parts) => parts.join(' '))

  it('no post on any platform ends with a mark inside an entity of its last whole word, and every post is valid with its exact length (fast-check)', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(...platforms),
        fc.integer({min: 40, max: 160}),
        fc.constantFrom('…', '»', '_', '/more', '+'),
        fc.constantFrom('n/N' as const, false as const),
        (input, platform, limit, continuation, numbering) => {
          const network = {platform, limit, ...(platform === 'mastodon' ? {instance: 'mastodon.social'} : {})}
          const options = {...network, numbering, continuation} as SplitOptions
          const {counter} = platformProfile(platform)
          const posts = splitThread(input, options).tweets
          for (const post of posts) {
            const counted = countTweet(post.text, network)
            expect(counted.valid).toBe(true)
            expect(post.length).toBe(counted.length)
            const body = numbering && posts.length > 1 ? post.text.replace(/ \d+\/\d+$/, '') : post.text
            // A post cut inside a word (one longer than a post) holds no whole entity to keep apart.
            if (!body.endsWith(continuation) || /\S/.test(input[post.source.end] ?? ' ')) continue
            const markAt = body.length - continuation.length
            // Entities as the network finds them, word by word (a counter reads one word at a time).
            for (const match of body.matchAll(/\S+/g)) {
              for (const [start, end] of counter.entities(match[0])) {
                expect(match.index + start < markAt && match.index + end > markAt).toBe(false)
              }
            }
            // And on Bluesky every link of the post is one the text holds.
            if (platform === 'bluesky') for (const link of blueskyLinks(body)) expect(input.split(/\s+/).some((word) => word.includes(link))).toBe(true)
          }
        }
      ),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 300)}
    )
  })
})
