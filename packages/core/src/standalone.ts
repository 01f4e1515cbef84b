/**
 * Whether a tweetable reads well on its own (README.md, "Quotes that stand alone"). Every sentence
 * keeps its anchor; this is a signal a site can use to choose which to show prominently.
 */
import {isWhitespace} from './invisible.js'

/** Why a tweetable may read badly out of context. */
export type StandaloneReason = 'dangling-start' | 'fragment' | 'too-short' | 'cut-piece'

// Words that point back at something the reader of a lone quote has not seen: pronouns and
// demonstratives standing for an earlier noun, and conjunctions continuing an earlier sentence.
const danglingStarts = new Set([
  // English
  'this', 'that', 'these', 'those', 'it', 'they', 'he', 'she', 'him', 'her', 'them', 'such', 'and', 'but', 'or',
  'so', 'also', 'then', 'yet', 'plus', 'hence', 'thus', 'therefore', 'however', 'which', 'both',
  // German
  'das', 'dies', 'diese', 'dieser', 'dieses', 'er', 'aber', 'und', 'oder', 'dann', 'doch', 'deshalb', 'daher',
  // French
  'cela', 'ça', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'mais', 'et', 'ou', 'donc', 'puis',
  // Hindi
  'यह', 'वह', 'ये', 'वे', 'इसलिए', 'लेकिन', 'पर', 'और', 'तो', 'इससे',
  // Arabic
  'هذا', 'هذه', 'ذلك', 'تلك', 'لذلك', 'لكن', 'ولكن', 'هو', 'هي', 'هم'
])
// Scripts without spaces: the same pointers back, as the first characters of the sentence.
const danglingPrefixes = ['これは', 'それは', 'これが', 'それが', 'しかし', 'だから', 'そして', 'でも', '这', '那', '但是', '所以', '因此', '而且', '它', '他们']
// Words that open a subordinate clause: a sentence made of only that clause is a fragment.
const subordinators = new Set(['because', 'although', 'though', 'whereas', 'unless', 'whether', 'which', 'weil', 'obwohl', 'dass', 'parce', 'quoique', 'bien'])
const subjects = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'there', 'people', 'nobody', 'everyone'])
// Sets of char codes (all in the BMP): read with `charCodeAt`, no string of one character per test.
const codes = (characters: string) => new Set(Array.from(characters, (character) => character.charCodeAt(0)))
const sentenceMarks = codes('.!?‽…。！？．।॥؟۔')
const trailing = codes('"\'”’»«›‹)]}」』》）】*_')
// What a quote may open with before its first word (all in the BMP): skipped to find that word.
const opening = codes('"\'“‘„«‹([¿¡「『《（*_')
// What the first and second words lose at their end before they are looked up.
const firstStrip = codes(',;:')
const secondStrip = codes(',;:.!?')
// Scripts written without spaces between words: length is counted in characters there.
export const unspaced = /[\u0E00-\u0EFF\u1780-\u17FF\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/u
const minimumWords = 5
const minimumCharacters = 10

// Longer than any word in the lists above: such a word is never looked up, nor lowercased.
const longestListed = 12

/**
 * `text.slice(start, end)` without the characters of `strip` at its end, lowercased, or `''` when it
 * is longer than any listed word (a backward scan: `/[,;:]+$/` would retry from every comma of a long
 * run; and a word too long to be listed is never sliced).
 */
function listedForm(text: string, start: number, end: number, strip: Set<number>): string {
  while (end > start && strip.has(text.charCodeAt(end - 1))) end--
  return end - start > longestListed ? '' : text.slice(start, end).toLowerCase()
}

/** `text.slice(start, end)`, or `text` when that is all of it. */
const rangeOf = (text: string, start: number, end: number) => (start === 0 && end === text.length ? text : text.slice(start, end))

/** `isWhitespace`, answering printable ASCII (most of any text) with two comparisons. */
const isSpace = (code: number) => (code > 32 && code < 0x7f ? false : isWhitespace(code))

/** How many characters of `text` are not punctuation, spaces or symbols, counting no further than `most`. */
function charactersUpTo(text: string, most: number): number {
  const character = /[^\p{P}\p{Z}\p{S}]/gu
  let found = 0
  while (found < most && character.exec(text) !== null) found++
  return found
}

/**
 * Reasons why `text` (or its range `start..end`) may read badly alone; empty when it stands alone.
 * `piece` is true for a tweet-sized piece of a sentence too long to share whole. `mayBeUnspaced`
 * false says that the text holds no character of a script written without spaces (`unspaced`): a
 * caller that checked a whole page at once spares each sentence its own pass.
 *
 * Runs once per sentence of a page, so it reads only what it needs, in place (a page's sentences
 * are ranges of one string, read faster there than through slices of it): the first two words, the
 * word count up to five, the last characters; one pass over the text for its script.
 */
export function standaloneReasons(text: string, piece: boolean, mayBeUnspaced = true, start = 0, end = text.length): StandaloneReason[] {
  const reasons: StandaloneReason[] = []
  // The first two words and whether there are at least five, as `text.trim().split(/\s+/)` gives them.
  let firstStart = start
  let firstEnd = start
  let secondStart = start
  let secondEnd = start
  let count = 0
  for (let index = start; index < end && count < minimumWords; ) {
    while (index < end && isSpace(text.charCodeAt(index))) index++
    if (index === end) break
    const wordStart = index
    while (index < end && !isSpace(text.charCodeAt(index))) index++
    if (count === 0) {
      firstStart = wordStart
      firstEnd = index
    } else if (count === 1) {
      secondStart = wordStart
      secondEnd = index
    }
    count++
  }
  // The opening marks a quote may start with (`leading`, all in the BMP) are skipped.
  let opened = firstStart
  while (opened < firstEnd && opening.has(text.charCodeAt(opened))) opened++
  const first = listedForm(text, opened, firstEnd, firstStrip)

  const fragment =
    ((first === 'that' || first === 'dass') && subjects.has(listedForm(text, secondStart, secondEnd, secondStrip))) ||
    (subordinators.has(first) && !/[,;:—–]/u.test(rangeOf(text, start, end)))
  let last = end
  while (last > start && isWhitespace(text.charCodeAt(last - 1))) last--
  while (last > start && trailing.has(text.charCodeAt(last - 1))) last--
  // (Nothing left but closers counts as punctuated, as `''` is found in any string.)
  const punctuated = last === start || sentenceMarks.has(text.charCodeAt(last - 1))
  // The pointers back of scripts without spaces are all CJK: look only when the text starts with it.
  const dangling =
    danglingStarts.has(first) ||
    (text.charCodeAt(opened) >= 0x3000 &&
      opened < firstEnd &&
      danglingPrefixes.some((prefix) => prefix.length <= firstEnd - opened && text.startsWith(prefix, opened)))
  if (!fragment && dangling) reasons.push('dangling-start')
  // Thai has no sentence punctuation to miss.
  if (fragment || (!punctuated && !piece && !/[\u0E00-\u0E7F]/u.test(rangeOf(text, start, end)))) reasons.push('fragment')

  const short = mayBeUnspaced && unspaced.test(rangeOf(text, start, end)) ? charactersUpTo(rangeOf(text, start, end), minimumCharacters) < minimumCharacters : count < minimumWords
  if (short) reasons.push('too-short')
  if (piece) reasons.push('cut-piece')
  return reasons
}
