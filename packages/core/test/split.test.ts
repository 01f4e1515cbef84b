import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {OptionsError, splitThread} from '../src/index.js'
import {Break, spaceBreak} from '../src/segment.js'

const v3 = twitter.configs.version3
const texts = (input: string, options?: Parameters<typeof splitThread>[1]) =>
  splitThread(input, options).tweets.map((tweet) => tweet.text)
/** "Word word … word." with `words` words: exactly 5 × `words` characters. */
const sentence = (words: number) => ['Word', ...Array.from({length: words - 1}, () => 'word')].join(' ') + '.'
const validFor = (text: string, limit: number) =>
  twitter.parseTweet(text, {...v3, maxWeightedTweetLength: limit}).valid

describe('splitThread: shape of the result', () => {
  it('gives no tweets for empty or whitespace-only text', () => {
    expect(splitThread('').tweets).toEqual([])
    expect(splitThread(' \n\t \u3000 \r\n ').tweets).toEqual([])
  })

  it('keeps a text that fits as one tweet, without numbering', () => {
    const [tweet, ...rest] = splitThread('  Hello,   world!  ').tweets
    expect(rest).toEqual([])
    expect(tweet).toEqual({text: 'Hello, world!', length: 13, index: 0, source: {start: 2, end: 17}})
  })

  it('collapses runs of spaces, keeps line breaks and trims each tweet', () => {
    expect(texts('one   two \t three  \n  four\n\n\nfive')).toEqual(['one two three\nfour\n\nfive'])
  })

  it('numbers tweets n/N at the end by default, and counts the numbering', () => {
    const input = [sentence(40), sentence(40), sentence(40)].join(' ') // 3 × 200 characters
    const tweets = splitThread(input).tweets
    expect(tweets.map((t) => t.text.slice(-4))).toEqual([' 1/3', ' 2/3', ' 3/3'])
    for (const tweet of tweets) {
      expect(tweet.length).toBe(tweet.text.length)
      expect(tweet.length).toBeLessThanOrEqual(280)
    }
  })
})

describe('splitThread: where it breaks', () => {
  it('prefers a paragraph break to a sentence break', () => {
    // Paragraph 1: two sentences (65 + 125 characters); paragraph 2: one of 145. Breaking after the
    // first sentence also fits (65 | 125 + 145), but the paragraph break wins.
    const p1 = `${sentence(13)} ${sentence(25)}`
    const p2 = sentence(29)
    const tweets = texts(`${p1}\n\n${p2}`)
    expect(tweets).toEqual([`${p1} 1/2`, `${p2} 2/2`])
  })

  it('keeps sentences whole when some arrangement allows it, even if tweets get shorter', () => {
    // Sentences of 145 characters: filling each tweet up to the limit would cut the second one in
    // the middle; three tweets of one sentence each keep them whole.
    const s = sentence(29)
    const tweets = texts(`${s} ${s} ${s}`)
    expect(tweets).toEqual([`${s} 1/3`, `${s} 2/3`, `${s} 3/3`])
  })

  it('cuts a sentence longer than a tweet at a clause before a word, and marks the cut', () => {
    const first = Array.from({length: 30}, () => 'alpha').join(' ') // 179 characters
    const second = Array.from({length: 25}, () => 'beta').join(' ') // 124 characters
    const tweets = texts(`${first}, ${second}.`)
    // The comma already says the sentence goes on, so no continuation mark follows it (",…" reads badly).
    expect(tweets).toEqual([`${first}, 1/2`, `${second}. 2/2`])
  })

  it('adds no continuation mark after a clause mark or an ellipsis, in any script', () => {
    const first = Array.from({length: 30}, () => 'alpha').join(' ')
    const second = Array.from({length: 25}, () => 'beta').join(' ')
    for (const mark of [';', ':', ' —', '…']) {
      const [head] = texts(`${first}${mark} ${second}.`)
      expect(head).toBe(`${first}${mark} 1/2`)
    }
    // Japanese: the post ends on the ideographic comma, without "、…".
    const clause = 'あ'.repeat(100)
    const [japanese] = texts(`${clause}、${'い'.repeat(60)}。`)
    expect(japanese).toBe(`${clause}、 1/2`)
  })

  it('marks a cut sentence with a configurable continuation mark, or none', () => {
    const long = Array.from({length: 100}, () => 'word').join(' ') + '.'
    expect(texts(long, {continuation: '(cont)'})[0]).toMatch(/word\(cont\) 1\/2$/)
    expect(texts(long, {continuation: false})[0]).toMatch(/word 1\/2$/)
  })

  it('balances a cut sentence instead of leaving a tiny orphan', () => {
    // 100 words "word" = 499 characters: greedy would give 275 + 220; balanced gives two halves.
    const long = Array.from({length: 100}, () => 'word').join(' ') + '.'
    const tweets = splitThread(long).tweets
    expect(tweets).toHaveLength(2)
    const [a, b] = tweets.map((t) => t.length) as [number, number]
    expect(Math.abs(a - b)).toBeLessThanOrEqual(6)
  })

  it('balances whole sentences across tweets', () => {
    // Sentences of 60, 60, 60, 60 and 150 characters. Filling greedily gives 4 sentences (243) and
    // then 150; the balanced split is 3 sentences (182) and 2 (211).
    const short = sentence(12)
    const long = sentence(30)
    const tweets = texts([short, short, short, short, long].join(' '))
    expect(tweets).toEqual([`${short} ${short} ${short} 1/2`, `${short} ${long} 2/2`])
  })

  it('does not break after an abbreviation when another break is possible', () => {
    // Without the abbreviation rule, "Dr." and "e.g." look like sentence ends.
    const head = `${sentence(24)} We asked Dr. Smith about it, e.g. about the ${Array.from({length: 18}, () => 'long').join(' ')} data.`
    const tail = sentence(20)
    const tweets = texts(`${head} ${tail}`)
    for (const tweet of tweets) {
      expect(tweet).not.toMatch(/(Dr\.|e\.g\.)(…)? \d+\/\d+$/)
      expect(tweet).not.toMatch(/^Smith|^about the long/)
    }
  })

  it('is not fooled by decimals, ellipses, URLs or closing quotes when finding sentences', () => {
    const quoted = 'He said "it costs 3.14 dollars... at https://example.com/a.b."'
    const tweets = texts(`${quoted} ${sentence(30)} Then ${sentence(30).toLowerCase()}`)
    // Two tweets are needed; the only sentence breaks are after the closing quote and before "Then".
    expect(tweets).toEqual([`${quoted} ${sentence(30)} 1/2`, `Then ${sentence(30).toLowerCase()} 2/2`])
  })

  it('forces a new tweet at a line holding only --- and at four newlines', () => {
    expect(texts('First part.\n---\nSecond part.')).toEqual(['First part. 1/2', 'Second part. 2/2'])
    expect(texts('First part.\n\n\n\nSecond part.')).toEqual(['First part. 1/2', 'Second part. 2/2'])
    expect(texts('Three newlines\n\n\nstay together.')).toEqual(['Three newlines\n\nstay together.'])
    // A --- inside a line is just text.
    expect(texts('a --- b')).toEqual(['a --- b'])
  })

  it('reads a line of three or more dashes alone as a break, as Markdown reads a thematic break, and keeps every other dash', () => {
    // Any length, with spaces around it: `----` and a rule drawn across the line are breaks too.
    expect(texts('First part.\n  ----  \nSecond part.')).toEqual(['First part. 1/2', 'Second part. 2/2'])
    expect(texts(`First part.\n${'-'.repeat(600)}\nSecond part.`)).toEqual(['First part. 1/2', 'Second part. 2/2'])
    // A break before the first post or after the last separates nothing, and a text that is only a
    // break has nothing to post.
    expect(texts('---\nFirst part.\n---')).toEqual(['First part.'])
    expect(texts('-'.repeat(600))).toEqual([])
    // Two dashes, dashes with anything else on the line, and other dashes are text.
    expect(texts('a\n--\nb')).toEqual(['a\n--\nb'])
    expect(texts('a\n--- x\nb')).toEqual(['a\n--- x\nb'])
    expect(texts('a\n---.\nb')).toEqual(['a\n---.\nb'])
    expect(texts('a\n———\nb')).toEqual(['a\n———\nb'])
  })

  it('never breaks a URL, mention, hashtag, cashtag or emoji sequence', () => {
    const family = '👨‍👩‍👧‍👦'
    const parts = ['https://example.com/some/long/path?query=1', '@someone', '#hashtag', '$TWTR', family, '🇫🇷', '1️⃣', '👍🏽']
    const input = Array.from({length: 60}, (_, k) => `w${k} ${parts[k % parts.length]}`).join(' ')
    const tweets = splitThread(input, {limit: 60, numbering: false, continuation: false}).tweets
    const joined = tweets.map((t) => t.text).join(' ')
    expect(joined).toBe(input)
    for (const tweet of tweets) {
      for (const word of tweet.text.split(' ')) {
        expect(input.split(' ')).toContain(word)
      }
    }
  })

  it('counts a URL as 23 whatever its length', () => {
    const url = 'https://example.com/' + 'x'.repeat(200)
    const input = `Read this: ${url} and tell me what you think about it, please.`
    const [tweet, ...rest] = splitThread(input).tweets
    expect(rest).toEqual([])
    expect(tweet?.length).toBe(input.length - url.length + 23)
  })

  it('cuts a single word longer than a tweet at grapheme boundaries', () => {
    const word = '🇫🇷'.repeat(200) // 200 flags of weight 2
    const tweets = splitThread(word, {numbering: false, continuation: false}).tweets
    expect(tweets.map((t) => t.text).join('')).toBe(word)
    for (const tweet of tweets) {
      expect(tweet.text.length % 4).toBe(0) // whole flags only
      expect(validFor(tweet.text, 280)).toBe(true)
    }
  })

  it('gives every post of a repeating word its exact length, where each piece is repaired alike', () => {
    // With three-digit labels the cutter's pieces of `x.com_` × 5,000 each start with `x.com`, a URL
    // in a post (23) but not in the word (5): every post is over and cut again by the repair, the
    // same way each time.
    const word = 'x.com_'.repeat(5_000)
    const tweets = splitThread(word).tweets
    expect(tweets.length).toBeGreaterThan(100)
    let rebuilt = ''
    for (const tweet of tweets) {
      const parsed = twitter.parseTweet(tweet.text, v3)
      expect(parsed.valid).toBe(true)
      expect(tweet.length).toBe(parsed.weightedLength)
      rebuilt += tweet.text.replace(/(?:…)? \d+\/\d+$/, '')
    }
    expect(rebuilt).toBe(word)
  })

  it('breaks CJK text between characters, preferring the end of a sentence', () => {
    const s = '今日はとても良い天気ですね。'.repeat(10) // 14 characters × 10, weight 280
    const tweets = splitThread(s + s, {numbering: false}).tweets
    for (const tweet of tweets) {
      expect(tweet.text.endsWith('。')).toBe(true)
      expect(tweet.length).toBeLessThanOrEqual(280)
    }
    expect(tweets.map((t) => t.text).join('')).toBe(s + s)
  })
})

describe('splitThread: numbering', () => {
  const input = [sentence(40), sentence(40), sentence(40)].join(' ')
  it.each([
    ['n/N', 'end', / 2\/3$/],
    ['(n/N)', 'end', / \(2\/3\)$/],
    ['[n/N]', 'end', / \[2\/3\]$/],
    ['n/', 'end', / 2\/$/],
    ['n/N', 'start', /^2\/3 Word/],
    ['(n/N)', 'start', /^\(2\/3\) Word/]
  ] as const)('style %s at the %s', (numbering, numberingPosition, pattern) => {
    expect(texts(input, {numbering, numberingPosition})[1]).toMatch(pattern)
  })

  it('can be turned off', () => {
    expect(texts(input, {numbering: false})[1]).toBe(sentence(40))
  })

  it('pays for the wider numbering when the thread reaches 10 tweets', () => {
    // Sentences of 275 characters: "… 1/9" fits (275 + 4 = 279) but "… 10/10" would not (281).
    const body = sentence(55)
    expect(body.length).toBe(275)
    const nine = splitThread(Array.from({length: 9}, () => body).join(' ')).tweets
    expect(nine.map((t) => t.text)).toEqual(Array.from({length: 9}, (_, k) => `${body} ${k + 1}/9`))
    // With ten sentences the thread has two-digit numbers, so every sentence must be cut.
    const ten = splitThread(Array.from({length: 10}, () => body).join(' ')).tweets
    expect(ten.length).toBeGreaterThan(10)
    for (const [index, tweet] of ten.entries()) {
      expect(tweet.length).toBeLessThanOrEqual(280)
      expect(validFor(tweet.text, 280)).toBe(true)
      expect(tweet.text.endsWith(` ${index + 1}/${ten.length}`)).toBe(true)
    }
  })
})

describe('splitThread: limits', () => {
  it('gives a classic 140-character tweetstorm', () => {
    const input = Array.from({length: 12}, (_, k) => `Sentence number ${k} is about here.`).join(' ')
    for (const tweet of splitThread(input, {limit: 140}).tweets) {
      expect(tweet.length).toBeLessThanOrEqual(140)
      expect(validFor(tweet.text, 140)).toBe(true)
    }
  })

  it('accepts limits from 40 up to 25,000 (X Premium)', () => {
    const input = sentence(6000)
    expect(splitThread(input, {limit: 25_000}).tweets).toHaveLength(2)
    expect(splitThread('a b c d e f g h i j k l m n o p q r s t u v w x y z', {limit: 40}).tweets).toHaveLength(2)
  })
})

describe('splitThread: source offsets', () => {
  it('index the original string, through collapsed whitespace and dropped characters', () => {
    const input = '\uFEFF  First\u0000 sentence here.  \r\n\r\n  Second   one!  '
    const tweets = splitThread(input, {limit: 40, numbering: false}).tweets
    expect(tweets.map((t) => t.text)).toEqual(['First sentence here.\n\nSecond one!'])
    const [tweet] = tweets
    expect(input.slice(tweet?.source.start, tweet?.source.end)).toBe('First\u0000 sentence here.  \r\n\r\n  Second   one!')
  })

  it('index the original string when NFC normalisation changes lengths', () => {
    const decomposed = 'Cafe\u0301 '.repeat(60) + 'end.' // "Café" decomposed, 60 times
    const tweets = splitThread(decomposed, {limit: 100, numbering: false, continuation: false}).tweets
    expect(tweets[0]?.text.startsWith('Café Café')).toBe(true)
    let previousEnd = 0
    for (const tweet of tweets) {
      const covered = decomposed.slice(tweet.source.start, tweet.source.end)
      expect(covered.normalize('NFC').replace(/\s+/g, ' ')).toBe(tweet.text)
      expect(tweet.source.start).toBeGreaterThanOrEqual(previousEnd)
      previousEnd = tweet.source.end
    }
  })
})

describe('splitThread: bad input', () => {
  it('throws one error naming every bad option', () => {
    let error: unknown
    try {
      // @ts-expect-error: deliberately wrong options
      splitThread('text', {limit: -5, numbering: 'roman', colour: 'red'})
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(OptionsError)
    const message = (error as Error).message
    expect(message).toMatch(/limit.*-5|-5.*limit/s)
    expect(message).toMatch(/from 40 to 25000/)
    expect(message).toMatch(/numbering/)
    expect(message).toMatch(/"roman"/)
    expect(message).toMatch(/`colour`/)
    expect((error as OptionsError).problems).toHaveLength(3)
  })

  it('rejects a limit that is not a whole number, and a continuation with spaces', () => {
    expect(() => splitThread('x', {limit: 100.5})).toThrow(/whole number/)
    expect(() => splitThread('x', {continuation: 'to be continued'})).toThrow(/continuation/)
  })

  it('never throws on strange text', () => {
    const strange = [
      '\uD800 lone high and low \uDC00 surrogates',
      'NUL\u0000 and other \u0001\u0007\u001B controls\u007F\u009F',
      'bidi \u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069 marks',
      '\uFEFF\uFFFE\uFFFF',
      'ZWJ 👩🏽‍💻 and 🏳️‍🌈 and 🧑‍🤝‍🧑 ',
      'עברית ועוד مرحبا بالعالم',
      '\u200B'.repeat(500),
      '\u0301'.repeat(300)
    ]
    for (const text of strange) {
      for (const limit of [40, 280]) {
        const tweets = splitThread(text, {limit}).tweets
        for (const tweet of tweets) expect(validFor(tweet.text, limit)).toBe(true)
      }
    }
  })

  it('never starts or ends a post with a character that renders nothing, even where a long word is cut', () => {
    // A zero-width space, soft hyphen, word joiner or direction mark on every side of every cut a
    // 280-character post can make in a word too long for one post.
    for (const blank of ['\u200b', '\u00ad', '\u2060', '\u200f']) {
      for (let at = 270; at <= 282; at++) {
        const text = `${blank}${'a'.repeat(at)}${blank.repeat(3)}${'b'.repeat(300)}${blank}`
        for (const tweet of splitThread(text, {numbering: false, continuation: false}).tweets) {
          expect(tweet.text).not.toMatch(/^[\u00ad\u200b\u200f\u2060]|[\u00ad\u200b\u200f\u2060]$/u)
        }
      }
    }
  })

  it('gives a post that lost a direction mark at its edge the length X counts for what it shows', () => {
    // A mark after a word's last letter stays in the text (it places the `!` of a Hebrew sentence),
    // so the word weighs it; the post drops it at its edge, and must not be charged for it.
    const texts = ['שלום עולם!\u200f', 'Hello there world.\u200e', 'שלום עולם רב! '.repeat(30) + 'סוף.\u200f']
    for (const text of texts) {
      for (const tweet of splitThread(text).tweets) {
        expect(tweet.text).not.toMatch(/[\u200e\u200f]$/u)
        expect(tweet.length).toBe(twitter.parseTweet(tweet.text, v3).weightedLength)
      }
    }
  })

  it('handles 10 MB of text', () => {
    const paragraph = `${sentence(30)} Then https://example.com/x?y=1 and @you, #tags, $CASH and 🧵. ${sentence(12)}\n\n`
    const big = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))
    const {tweets} = splitThread(big)
    expect(tweets.length).toBeGreaterThan(30_000)
    expect(tweets.every((tweet) => tweet.length <= 280)).toBe(true)
    expect(tweets.at(-1)?.source.end).toBe(big.trimEnd().length)
  })
})

describe('sentence detection (break classes between two words)', () => {
  it.each([
    ['end.', 'Next', Break.Sentence],
    ['end."', 'Next', Break.Sentence],
    ['(end.)', 'Next', Break.Sentence],
    ['end?', 'Next', Break.Sentence],
    ['end!”', '“Next', Break.Sentence],
    ['end…', 'Next', Break.Sentence],
    ['end...', 'Next', Break.Sentence],
    ['well...', 'maybe', Break.Clause],
    // A lower-case writer's question ends a sentence; a quoted one before a speech tag does not.
    ['what?', 'he', Break.Sentence],
    ['"what?"', 'he', Break.Clause],
    ['https://example.com/a.b.', 'Next', Break.Sentence],
    ['1999.', 'Then', Break.Sentence],
    ['Dr.', 'Smith', Break.Abbreviation],
    ['Mr.', 'Jones', Break.Abbreviation],
    ['e.g.', 'this', Break.Abbreviation],
    ['(e.g.', 'this', Break.Abbreviation],
    ['U.S.', 'Army', Break.Abbreviation],
    ['J.', 'Doe', Break.Abbreviation],
    ['etc.', 'Then', Break.Sentence],
    ['etc.', 'and', Break.Abbreviation],
    ['approx.', 'five', Break.Abbreviation],
    // Evidence, not capitalisation: an unknown word before a stop ends the sentence.
    ['unknown.', 'lowercase', Break.Sentence],
    ['pause.', 'tweetstorm', Break.Sentence],
    ['word,', 'next', Break.Clause],
    ['word;', 'next', Break.Clause],
    ['word:', 'next', Break.Clause],
    ['—', 'next', Break.Clause],
    ['word', 'next', Break.Word],
    ['終わり。', '次', Break.Sentence]
  ] as const)('%s | %s', (previous, next, expected) => {
    expect(spaceBreak(previous, next)).toBe(expected)
  })
})
