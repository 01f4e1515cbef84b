import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {tweetables} from '../src/index.js'
import {standaloneReasons} from '../src/standalone.js'

const signal = (text: string, limit = 1000) =>
  tweetables(text, {limit}).map(({text, standalone, reasons}) => ({text, standalone, reasons}))

// [language, rule, sentence, reasons]; each row checked by hand against README "Quotes that stand alone".
const table: Array<[string, string, string, string[]]> = [
  ['English', 'a full claim stands alone', 'Writing online is mostly deleting what you wrote.', []],
  ['English', 'a pronoun pointing at nothing', 'This is the issue with social media tools.', ['dangling-start']],
  ['English', 'a conjunction continuing an earlier sentence', 'But nobody reads the second post of a thread.', ['dangling-start']],
  ['English', 'a that-clause alone is a fragment', "That you can't pull it back once it is out.", ['fragment']],
  ['English', 'a because-clause alone is a fragment', 'Because the counter says so and nobody checks.', ['fragment']],
  ['English', 'a because-clause with its main clause is whole', 'Because it fits in one post, it ships as one post.', []],
  ['English', 'a heading line has no sentence punctuation', 'Start with the claim\nThe first post is the one most people read.', ['fragment', 'too-short']],
  ['English', 'too short to carry a claim', 'Rant over.', ['too-short']],
  ['English', 'a sign-off is too short', 'Have a great weekend..', ['too-short']],
  ['German', 'a demonstrative pointing back', 'Das ist genau das Problem mit langen Texten.', ['dangling-start']],
  ['German', 'a dass-clause alone is a fragment', 'Dass er nie wieder zurückkam, wusste niemand.', []],
  ['French', 'a conjunction continuing an earlier sentence', 'Mais personne ne lit le deuxième message.', ['dangling-start']],
  ['French', 'a pronoun, and too short', 'Elle sourit.', ['dangling-start', 'too-short']],
  ['Japanese', 'a full sentence stands alone', '読者は一つの投稿を単独で読むことが多い。', []],
  ['Japanese', 'a pointer back at the start', 'これは読者にとって一番大きな問題である。', ['dangling-start']],
  ['Chinese', 'a conjunction continuing an earlier sentence', '所以每一条都要能独立成立。', ['dangling-start']],
  ['Hindi', 'a full sentence stands alone', 'हर पोस्ट अक्सर अकेले पढ़ी जाती है।', []],
  ['Hindi', 'a conjunction continuing an earlier sentence', 'इसलिए हर पोस्ट का अपना अर्थ होना चाहिए।', ['dangling-start']],
  ['Arabic', 'a full sentence stands alone', 'كل منشور يقرأ وحده في أغلب الأحيان.', []],
  ['Arabic', 'a conjunction continuing an earlier sentence', 'لذلك يجب أن يحمل كل منشور معناه الخاص.', ['dangling-start']],
  ['Thai', 'Thai needs no sentence punctuation to stand alone', 'ทุกโพสต์ต้องมีความหมายในตัวเอง', []],
  ['Chinese', 'too short in characters', '不是。', ['too-short']]
]

describe('tweetables: standalone signal', () => {
  it.each(table)('%s: %s', (_language, _rule, input, reasons) => {
    const [first] = signal(input)
    expect(first?.reasons).toEqual(reasons)
    expect(first?.standalone).toBe(reasons.length === 0)
  })

  it('marks every piece of a sentence too long to share whole as a cut piece, and keeps an anchor on each', () => {
    const long = 'Every tool I tried cuts my posts in the weirdest places, ' + 'over and over again, '.repeat(10) + 'until I gave up.'
    const pieces = signal(long, 140)
    expect(pieces.length).toBeGreaterThan(1)
    for (const piece of pieces) expect(piece.reasons).toContain('cut-piece')
    expect(pieces.map((piece) => piece.text).join(' ')).toBe(long)
  })

  it('keeps one anchor per sentence of the seed rant, and flags the ones that read badly alone', () => {
    const rant = "Threads need care. This is the issue with social. That you can't pull it back. Rant over. Have a great weekend.."
    const result = signal(rant)
    expect(result.map((r) => r.text)).toEqual([
      'Threads need care.',
      'This is the issue with social.',
      "That you can't pull it back.",
      'Rant over.',
      'Have a great weekend..'
    ])
    expect(result.map((r) => r.reasons)).toEqual([['too-short'], ['dangling-start'], ['fragment'], ['too-short'], ['too-short']])
  })

  it('reads a range of a text as it reads that range sliced out (fast-check)', () => {
    // tweetables checks each sentence in place, in the page's text: the edges of the range must
    // stop every scan (the first words, the closers at the end, the scripts without spaces).
    const unit = fc.oneof(
      fc.constantFrom(' ', '\n', '\u00a0', '\u3000', 'a', 'This', 'that', 'you', 'Because', 'which', 'Dass', 'es', ',', ';', '—', '.', '!', '?', '…', '。',
        '"', '“', '«', '»', '(', ')', '*', '_', '」', '「', 'これは', 'しかし', '这', '東', 'ไทย', 'é', '👍🏽', '\ud800', '\udc00', 'x'.repeat(13)),
      fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))
    )
    fc.assert(
      fc.property(fc.string({unit, maxLength: 30}), fc.nat(), fc.nat(), fc.boolean(), fc.boolean(), (text, a, b, piece, mayBeUnspaced) => {
        const start = Math.min(a % (text.length + 1), b % (text.length + 1))
        const end = Math.max(a % (text.length + 1), b % (text.length + 1))
        expect(standaloneReasons(text, piece, mayBeUnspaced, start, end)).toEqual(standaloneReasons(text.slice(start, end), piece, mayBeUnspaced))
      }),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 1000)}
    )
    // A Japanese pointer back is read in the first word only, not past the range's end.
    expect(standaloneReasons('でもない。でも', false, true, 0, 1)).not.toContain('dangling-start')
    expect(standaloneReasons('でもない。', false, true)).toContain('dangling-start')
  })
})
