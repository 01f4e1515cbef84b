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
const sentenceMarks = '.!?‽…。！？．।॥؟۔'
const trailing = '"\'”’»«›‹)]}」』》）】*_'
const leading = /^["'“‘„«‹(\[¿¡「『《（*_]+/u
// The characters `leading` strips (all in the BMP).
const opening = '"\'“‘„«‹([¿¡「『《（*_'
// Scripts written without spaces between words: length is counted in characters there.
export const unspaced = /[\u0E00-\u0EFF\u1780-\u17FF\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/u
const minimumWords = 5
const minimumCharacters = 10

// Longer than any word in the lists above: such a word is never looked up, nor lowercased.
const longestListed = 12

/**
 * `word` without the characters of `strip` at its end, lowercased, or `''` when it is longer than
 * any listed word (a backward scan: `/[,;:]+$/` would retry from every comma of a long run).
 */
function listedForm(word: string, strip: string): string {
  let end = word.length
  while (end > 0 && strip.includes(word[end - 1] as string)) end--
  return end > longestListed ? '' : word.slice(0, end).toLowerCase()
}

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
 * Reasons why `text` may read badly alone; empty when it stands alone. `piece` is true for a
 * tweet-sized piece of a sentence too long to share whole. `mayBeUnspaced` false says that the
 * text holds no character of a script written without spaces (`unspaced`): a caller that checked
 * a whole page at once spares each sentence its own pass.
 *
 * Runs once per sentence of a page, so it reads only what it needs: the first two words, the
 * word count up to five, the last characters; one pass over the text for its script.
 */
export function standaloneReasons(text: string, piece: boolean, mayBeUnspaced = true): StandaloneReason[] {
  const reasons: StandaloneReason[] = []
  // The first two words and whether there are at least five, as `text.trim().split(/\s+/)` gives them.
  let firstWord = ''
  let secondWord = ''
  let count = 0
  for (let index = 0; index < text.length && count < minimumWords; ) {
    while (index < text.length && isSpace(text.charCodeAt(index))) index++
    if (index === text.length) break
    const wordStart = index
    while (index < text.length && !isSpace(text.charCodeAt(index))) index++
    if (count === 0) firstWord = text.slice(wordStart, index)
    else if (count === 1) secondWord = text.slice(wordStart, index)
    count++
  }
  // Most words open with a letter: the expression runs only when an opening mark is there to strip.
  const opened = opening.includes(firstWord.charAt(0)) ? firstWord.replace(leading, '') : firstWord
  const first = listedForm(opened, ',;:')
  const second = listedForm(secondWord, ',;:.!?')

  const fragment =
    ((first === 'that' || first === 'dass') && subjects.has(second)) ||
    (subordinators.has(first) && !/[,;:—–]/u.test(text))
  let end = text.length
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end--
  while (end > 0 && trailing.includes(text[end - 1] as string)) end--
  const punctuated = sentenceMarks.includes(text[end - 1] ?? '')
  // The pointers back of scripts without spaces are all CJK: look only when the text starts with it.
  const dangling =
    danglingStarts.has(first) ||
    (opened.charCodeAt(0) >= 0x3000 && danglingPrefixes.some((prefix) => opened.startsWith(prefix)))
  if (!fragment && dangling) reasons.push('dangling-start')
  // Thai has no sentence punctuation to miss.
  if (fragment || (!punctuated && !piece && !/[\u0E00-\u0E7F]/u.test(text))) reasons.push('fragment')

  const short = mayBeUnspaced && unspaced.test(text) ? charactersUpTo(text, minimumCharacters) < minimumCharacters : count < minimumWords
  if (short) reasons.push('too-short')
  if (piece) reasons.push('cut-piece')
  return reasons
}
