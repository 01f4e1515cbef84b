/**
 * Whether a tweetable reads well on its own (README.md, "Quotes that stand alone"). Every sentence
 * keeps its anchor; this is a signal a site can use to choose which to show prominently.
 */

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
// Scripts written without spaces between words: length is counted in characters there.
const unspaced = /[\u0E00-\u0EFF\u1780-\u17FF\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/u
const minimumWords = 5
const minimumCharacters = 10

/**
 * Reasons why `text` may read badly alone; empty when it stands alone. `piece` is true for a
 * tweet-sized piece of a sentence too long to share whole.
 */
export function standaloneReasons(text: string, piece: boolean): StandaloneReason[] {
  const reasons: StandaloneReason[] = []
  const words = text.trim().split(/\s+/u)
  const first = (words[0] ?? '').replace(leading, '').replace(/[,;:]+$/u, '').toLowerCase()
  const second = (words[1] ?? '').replace(/[,;:.!?]+$/u, '').toLowerCase()

  const fragment =
    ((first === 'that' || first === 'dass') && subjects.has(second)) ||
    (subordinators.has(first) && !/[,;:—–]/u.test(text))
  let end = text.trimEnd().length
  while (end > 0 && trailing.includes(text[end - 1] as string)) end--
  const punctuated = sentenceMarks.includes(text[end - 1] ?? '')
  const thai = /[\u0E00-\u0E7F]/u.test(text) // Thai has no sentence punctuation to miss
  const start = text.trimStart().replace(leading, '').slice(0, 3)
  if (!fragment && (danglingStarts.has(first) || danglingPrefixes.some((prefix) => start.startsWith(prefix)))) {
    reasons.push('dangling-start')
  }
  if (fragment || (!punctuated && !thai && !piece)) reasons.push('fragment')

  const short = unspaced.test(text)
    ? [...text.replace(/[\p{P}\p{Z}\p{S}]/gu, '')].length < minimumCharacters
    : words.length < minimumWords
  if (short) reasons.push('too-short')
  if (piece) reasons.push('cut-piece')
  return reasons
}
