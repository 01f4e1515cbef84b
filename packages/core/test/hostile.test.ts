// Regression tests for issue 10 (hostile input), one per defect class, named after what they protect.
// No timings here (CPU time is measured by `pnpm bench`): the linear-time tests check the structure
// that makes the work linear, such as the size of what is handed to twitter-text.
import twitter from 'twitter-text'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {countTweet, intentUrl, splitThread, tweetables} from '../src/index.js'

const v3 = twitter.configs.version3
const valid = (text: string, limit = 280) => twitter.parseTweet(text, {...v3, maxWeightedTweetLength: limit}).valid

describe('linear time: what twitter-text is handed', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  /** The longest string twitter-text scans for URLs (directly, or inside parseTweet) while `run` runs. */
  function longestUrlScan(run: () => void): number {
    let longest = 0
    const extract = twitter.extractUrlsWithIndices
    const parse = twitter.parseTweet
    vi.spyOn(twitter, 'extractUrlsWithIndices').mockImplementation((text: string) => {
      longest = Math.max(longest, text.length)
      return extract(text)
    })
    vi.spyOn(twitter, 'parseTweet').mockImplementation((text: string, config: typeof v3) => {
      longest = Math.max(longest, text.length)
      return parse(text, config)
    })
    run()
    return longest
  }

  it('counts a long CJK run before a URL without handing the run to the URL regex', () => {
    const text = '東'.repeat(20_000) + ' https://example.com/'
    let length = 0
    expect(longestUrlScan(() => (length = countTweet(text).length))).toBeLessThan(2_000)
    expect(length).toBe(40_000 + 1 + 23)
  })

  it('never scans runs of dots without a TLD for URLs ("a." and "a.b." to 100 KB)', () => {
    for (const unit of ['a.', 'a.b.']) {
      const text = unit.repeat(100_000 / unit.length)
      expect(longestUrlScan(() => countTweet(text))).toBe(0)
      expect(longestUrlScan(() => intentUrl({text}))).toBeLessThan(2_000)
    }
  })

  it('cuts a long run of distinct CJK characters before a domain, where the URL check is quadratic', () => {
    let distinct = ''
    for (let code = 0x4e00; distinct.length < 20_000; code++) distinct += String.fromCharCode(code)
    // Weights checked against parseTweet once by hand (it takes seconds on these): the domain
    // after 20,000 CJK characters is refused (2 × 20,000 + 11), `.xn--` is no TLD, and the run of
    // `x.com_` gives one URL, the first `x.com`, and the rest reads as one refused domain (18,000 − 5 + 23).
    const cases: Array<[string, number]> = [
      [distinct + 'example.com', 40_011],
      ['中国'.repeat(10_000) + '.xn--', 40_005],
      ['x.com_'.repeat(3_000), 18_018]
    ]
    for (const [text, weight] of cases) {
      let counted = 0
      expect(longestUrlScan(() => (counted = countTweet(text).length))).toBeLessThan(2_000)
      expect(counted).toBe(weight)
      vi.restoreAllMocks()
    }
  })

  it('keeps sentence ends after thousands of closing quotes and brackets', () => {
    expect(splitThread('"'.repeat(10_000) + 'a. b').tweets.every((tweet) => valid(tweet.text))).toBe(true)
    const brackets = splitThread(')'.repeat(20_000) + 'x. Next', {limit: 25_000}).tweets
    expect(brackets.map((tweet) => tweet.text)).toEqual([')'.repeat(20_000) + 'x. Next'])
    // The scan still looks through closers: `."` ends a sentence, so the thread breaks after it.
    expect(splitThread('He said "stop." ' + 'Then he left the room and closed the door. '.repeat(8)).tweets[0]?.text).toMatch(/^He said "stop\." Then/)
  })

  it('splits a text made only of sentences at the highest limit', () => {
    const {tweets} = splitThread('. '.repeat(20_000), {limit: 25_000})
    expect(tweets.length).toBe(2)
    for (const tweet of tweets) expect(valid(tweet.text, 25_000)).toBe(true)
  })

  it('cuts a single word of a megabyte into valid posts', () => {
    const {tweets} = splitThread('x'.repeat(1_000_000))
    // Each post holds 280 less ` 9999/9999` (10) less `…` (2): full posts, not a margin short.
    expect(tweets.length).toBe(Math.ceil(1_000_000 / (280 - 10 - 2)))
    expect(tweets.every((tweet) => valid(tweet.text))).toBe(true)
    expect(tweets.map((tweet) => tweet.text.replace(/…? \d+\/\d+$/, '')).join('')).toBe('x'.repeat(1_000_000))
  })
})

describe('splitThread never throws on text', () => {
  it('repairs the post where a URL after a long CJK run counts differently in pieces', () => {
    const text = 'これは日本語の長い文章です'.repeat(10).slice(0, 122) + 'example.com/' + 'a'.repeat(25)
    const {tweets} = splitThread(text)
    expect(tweets.length).toBe(2)
    for (const tweet of tweets) expect(valid(tweet.text)).toBe(true)
    expect(tweets.map((tweet) => tweet.text.replace(/…? \d\/\d$/, '')).join('')).toBe(text)
  })
})

describe('every post within the limit, wherever the label goes', () => {
  // twitter-text reads a word of CJK characters then a domain differently at the start of a text and
  // after a space (near the ~20-character threshold where the domain label's punycode form passes 63
  // characters). A label before a post puts a space before its first word.
  const word = 'これは日本語の長い文章ですこれは日本語' + 'example.com/' + 'a'.repeat(30)

  it('counts a post with its label before it, where its first word reads differently after a space', () => {
    // Checked by hand against parseTweet: 19 ideographs (38) and a URL (23) alone, but 38 and the
    // 42 characters of a URL not recognised after a label (84 with `1/2 `). The split used to post
    // exactly that, over the limit of 65.
    expect(twitter.parseTweet(word, v3).weightedLength).toBe(61)
    expect(twitter.parseTweet(`1/2 ${word}`, v3).weightedLength).toBe(84)
    const text = `${word}\n\nyyy`
    for (const numbering of ['n/N', '(n/N)', '[n/N]', 'n/'] as const) {
      const {tweets} = splitThread(text, {limit: 65, numbering, numberingPosition: 'start'})
      expect(tweets.length).toBeGreaterThan(1)
      for (const tweet of tweets) {
        const parsed = twitter.parseTweet(tweet.text, {...v3, maxWeightedTweetLength: 65})
        expect(parsed.valid).toBe(true)
        expect(tweet.length).toBe(parsed.weightedLength)
      }
      // Nothing lost: the posts without their labels and marks give the text back.
      const bodies = tweets.map((tweet) => tweet.text.replace(/^\S+ /, '').replace(/…$/, ''))
      expect(bodies.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
    }
    // With the label after it, the word starts its post and reads as at the start of a text.
    const {tweets} = splitThread(text, {limit: 65})
    expect(tweets.map((tweet) => tweet.text)).toEqual([`${word} 1/2`, 'yyy 2/2'])
    expect(tweets.map((tweet) => tweet.length)).toEqual([65, 7])
  })
})

describe('every post within the limit with its label, on every network', () => {
  it('keeps a Bluesky post within 3,000 UTF-8 bytes once its label is added', () => {
    // A family emoji is one grapheme cluster of 25 bytes: 119 of them are 2,975 bytes. The first post
    // used to be the families, 22 letters and `…` (3,000 bytes) and then ` 1/2`: 3,004 bytes.
    const family = '👨‍👩‍👧‍👦'
    expect(new TextEncoder().encode(family).length).toBe(25)
    const text = family.repeat(119) + 'a'.repeat(24) + ' b'
    for (const numberingPosition of ['end', 'start'] as const) {
      const {tweets} = splitThread(text, {platform: 'bluesky', numberingPosition})
      expect(tweets.length).toBe(2)
      for (const tweet of tweets) {
        expect(new TextEncoder().encode(tweet.text).length).toBeLessThanOrEqual(3000)
        expect(tweet.length).toBe([...new Intl.Segmenter().segment(tweet.text)].length)
        expect(countTweet(tweet.text, {platform: 'bluesky'}).valid).toBe(true)
      }
      expect(tweets.map((tweet) => tweet.text.replace(/^\d\/2 | \d\/2$/, '').replace(/…$/, '')).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
    }
  })
})

describe('entities that fit stay whole, posts stay full', () => {
  it('keeps the closing hashtag whole instead of shrinking every post by a margin', () => {
    const text = 'な/a,b..😀com#y東abc東#y@xabc😀$Zcomabc.om_@x😀-abc#y_#y東/@x/#ycm#y#y #tagtagtagtagtagtagtagtagtag'
    const {tweets} = splitThread(text, {limit: 46, numbering: '[n/N]'})
    // Before: five posts, the last two `#tagtagtagtagtagtagtagtag… [4/5]` and `tag [5/5]`.
    expect(tweets.length).toBe(4)
    expect(tweets.at(-1)?.text).toBe('#tagtagtagtagtagtagtagtagtag [4/4]')
    for (const tweet of tweets) expect(valid(tweet.text, 46)).toBe(true)
  })
})

describe('source offsets', () => {
  it('never end inside a surrogate pair after a character NFC lengthens', () => {
    const input = '\u0344' + '👍'.repeat(64)
    const {tweets} = splitThread(input, {limit: 128})
    expect(tweets.map((tweet) => tweet.source)).toEqual([
      {start: 0, end: 121},
      {start: 121, end: 129}
    ])
    // Each slice is well formed: no lone half of 👍.
    for (const tweet of tweets) expect(input.slice(tweet.source.start, tweet.source.end).isWellFormed()).toBe(true)
  })
})

describe('no whitespace at the edges', () => {
  it('never starts or ends a post or a tweetable with a no-break space', () => {
    for (const space of ['\u00a0', '\u2007', '\u202f']) {
      const text = 'x' + space.repeat(300) + 'y' + (' word' + space).repeat(50) + 'z'
      for (const tweet of splitThread(text, {limit: 40}).tweets) {
        expect(tweet.text.replace(/ \d+\/\d+$/, '')).not.toMatch(/^\s|\s…?$/u)
      }
      const found = tweetables(text, {limit: 40})
      expect(found.length).toBeGreaterThan(0)
      for (const tweetable of found) {
        expect(tweetable.text).not.toMatch(/^\s|\s$/u)
        expect(tweetable.text).not.toBe('')
      }
    }
  })

  it('gives nothing for text made only of controls', () => {
    const controls = '\u0000\u0001\u0007\u001f\u007f\u0085\ufeff'
    expect(splitThread(controls).tweets).toEqual([])
    expect(tweetables(controls)).toEqual([])
  })
})
