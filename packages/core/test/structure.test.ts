import {describe, expect, it} from 'vitest'
import {splitThread} from '../src/index.js'

/** "Word word … word." with `words` words: exactly 5 × `words` characters. */
const sentence = (words: number, first = 'Word') => [first, ...Array.from({length: words - 1}, () => 'word')].join(' ') + '.'
const texts = (input: string, limit = 280) => splitThread(input, {limit, numbering: false}).tweets.map((t) => t.text)

// Each case was checked by hand: the weights are multiples of 5 and the expected posts are the ones a
// careful editor would make (README "Structure glue").
describe('structure glue', () => {
  it('never leaves a heading at the end of a post: it travels with its section', () => {
    const before = sentence(30) // 150
    const section = sentence(44) // 220
    // [before + heading][section] has the better balance; the heading must still go with its section.
    expect(texts(`${before}\n\nGetting started\n\n${section}`)).toEqual([before, `Getting started\n\n${section}`])
  })

  it('never makes a post of a heading alone', () => {
    // 3 + 2 + 140 + 1 + 140 = 286: the section needs two posts, and the heading opens the first.
    const first = sentence(28)
    const second = sentence(28, 'Then')
    expect(texts(`Intro.\n\n---\n\nFAQ\n\n${first} ${second}`)).toEqual(['Intro.', `FAQ\n\n${first}`, second])
  })

  it('leaves a heading alone rather than cut a sentence that fits in a post', () => {
    // 3 + 2 + 280 > 280: the heading cannot join its first sentence, and that sentence is never cut.
    const long = sentence(56) // 280
    expect(texts(`Intro.\n\n---\n\nFAQ\n\n${long}`)).toEqual(['Intro.', 'FAQ', long])
  })

  it('keeps a bold pseudo-heading line with the text under it', () => {
    const before = sentence(30)
    const body = sentence(44)
    expect(texts(`${before}\n\nWhy it matters\n${body}`)).toEqual([before, `Why it matters\n${body}`])
  })

  it('keeps a lead-in ending in ":" with the list it introduces', () => {
    const before = sentence(30) // 150
    const list = ['- flour and water', '- a pinch of salt', '- ' + sentence(32)].join('\n')
    expect(texts(`${before}\n\nYou need three things:\n${list}`)).toEqual([before, `You need three things:\n${list}`])
  })

  it('keeps a question with the first sentence of its answer when both fit', () => {
    const before = sentence(24) // 120
    const question = 'Why does the splitter keep the question with its answer when both fit in one post?' // 83
    const answer = sentence(30, 'Because') // 150
    expect(texts(`${before}\n\n${question}\n\n${answer}`)).toEqual([before, `${question}\n\n${answer}`])
  })

  it('keeps a list item whole when it fits, so a bullet tail never opens a post', () => {
    const before = sentence(20) // 100
    const item = `- ${sentence(18)} ${sentence(18, 'Also')}` // 2 + 90 + 1 + 90
    const next = `- ${sentence(16)}`
    const result = texts(`${before}\n\n${item}\n${next}`)
    for (const post of result) expect(post.startsWith('Also')).toBe(false)
    expect(result).toEqual([before, `${item}\n${next}`])
  })
})

describe('cost model: the number of posts comes first', () => {
  it('packs paragraphs into as few posts as whole sentences allow', () => {
    // Five paragraphs of 100: three posts (2 + 2 + 1) at 280, never four or five.
    const paragraphs = Array.from({length: 5}, () => sentence(20)).join('\n\n')
    expect(texts(paragraphs)).toHaveLength(3)
  })

  it('never cuts a sentence that fits to save a post', () => {
    const s = sentence(29) // 145: two of them never fit in 280
    const result = texts(`${s} ${s} ${s}`)
    expect(result).toEqual([s, s, s])
  })

  it('cuts a sentence longer than a post into as few pieces as its length needs', () => {
    const long = Array.from({length: 100}, () => 'word').join(' ') + '.' // 500
    expect(texts(long)).toHaveLength(2)
  })
})

// The heading rule in every script: [language, sentence before, heading, sentence of the section, copies
// before, copies in the section, how many section sentences travel with the heading in the first post
// (0: the heading opens the second post)]. With the rule off, each of these ends its first post on the
// heading; the outputs below were read by hand.
const headings: Array<[string, string, string, string, number, number, number]> = [
  ['German', 'Der Brief kam am Morgen, und sie las ihn zweimal.', 'Zum Schluss', 'Sie legte den Brief auf den Tisch und ging hinaus.', 1, 5, 2],
  ['French', 'La pluie tombait sur la ville depuis trois jours.', 'Le lendemain', 'Elle ouvrit la librairie à huit heures, comme toujours.', 1, 4, 0],
  ['Japanese', '長い文章を投稿するときは区切り方が大切だ。', 'まとめ', '読者は一つの投稿を単独で読むことが多い。', 1, 6, 0],
  ['Chinese', '很多工具只看字数，到了上限就切。', '结论', '每一条推文都要能独立成立。', 1, 9, 4],
  ['Hindi', 'हर पोस्ट अक्सर अकेले पढ़ी जाती है।', 'निष्कर्ष', 'इसलिए हर पोस्ट का अपना अर्थ होना चाहिए।', 1, 6, 0],
  ['Arabic', 'كل منشور يقرأ وحده في أغلب الأحيان.', 'الخلاصة', 'لذلك يجب أن يحمل كل منشور معناه الخاص.', 2, 6, 0],
  ['Thai', 'แต่ละโพสต์มักถูกอ่านแยกกัน', 'บทสรุป', 'ทุกโพสต์ต้องมีความหมายในตัวเอง', 1, 8, 3]
]

describe('a heading travels with its section, in every script', () => {
  it.each(headings)('%s', (_language, sentenceBefore, heading, sentenceAfter, copiesBefore, copiesAfter, withHeading) => {
    const before = Array.from({length: copiesBefore}, () => sentenceBefore).join(' ')
    const section = Array.from({length: copiesAfter}, () => sentenceAfter)
    const expected =
      withHeading === 0
        ? [before, `${heading}\n\n${section.join(' ')}`]
        : [`${before}\n\n${heading}\n\n${section.slice(0, withHeading).join(' ')}`, section.slice(withHeading).join(' ')]
    expect(texts(`${before}\n\n${heading}\n\n${section.join(' ')}`)).toEqual(expected)
  })
})

// Question → first answer sentence, and lead-in → first line it introduces, in other scripts:
// [case, sentence before, question or lead-in, sentence after, separator, copies before, copies after].
// With the glue off, the question cases end their first post on the question.
const glued: Array<[string, string, string, string, string, number, number]> = [
  ['Japanese question', '長い文章を投稿するときは区切り方が大切だ。', 'なぜ区切り方が大切なのか？', '読者は一つの投稿を単独で読むことが多いからだ。', '\n\n', 1, 5],
  ['Arabic question', 'كل منشور يقرأ وحده في أغلب الأحيان.', 'لماذا يهم هذا؟', 'لأن القارئ يقرأ منشورا واحدا في كل مرة.', '\n\n', 1, 6],
  ['Hindi question', 'हर पोस्ट अक्सर अकेले पढ़ी जाती है।', 'क्या यह कठिन है?', 'हाँ, लेकिन असंभव नहीं है।', '\n\n', 1, 9],
  ['French question', 'La pluie tombait sur la ville depuis trois jours.', 'Pourquoi la librairie était-elle ouverte ?', 'Parce que Mme. Lefèvre ouvrait toujours à huit heures.', '\n\n', 1, 4],
  ['German lead-in', 'Der Brief kam am Morgen, und sie las ihn zweimal.', 'Sie brauchte drei Dinge:', '- einen Stift und etwas Papier', '\n', 3, 8],
  ['Chinese lead-in', '很多工具只看字数，到了上限就切。', '你需要三样东西：', '- 一支笔和一张纸', '\n', 3, 12]
]

describe('a question travels with its first answer sentence, a lead-in with what it introduces', () => {
  it.each(glued)('%s', (_name, sentenceBefore, glue, sentenceAfter, separator, copiesBefore, copiesAfter) => {
    const before = Array.from({length: copiesBefore}, () => sentenceBefore).join(' ')
    const after = Array.from({length: copiesAfter}, () => sentenceAfter).join(separator === '\n' ? '\n' : ' ')
    const posts = texts(`${before}\n\n${glue}${separator}${after}`)
    expect(posts.length).toBeGreaterThan(1)
    const holder = posts.find((post) => post.includes(glue))
    expect(holder).toContain(`${glue}${separator}${sentenceAfter}`)
    for (const post of posts) expect(post.endsWith(glue)).toBe(false)
  })
})
