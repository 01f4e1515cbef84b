/**
 * Whether the space between two words ends a sentence, per script (README.md, "Sentences").
 *
 * Every check scans a bounded window at the end of the word before and the start of the word after:
 * no regular expression here can backtrack over a long word, so a hostile 10 MB "word" costs O(1).
 */
import {isInvisible} from './invisible.js'
import {Break} from './segment.js'

const abbreviations = new Set([
  // English
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'al', 'approx',
  'dept', 'est', 'fig', 'figs', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'vol', 'vols', 'pp', 'ch', 'chap', 'sec', 'gen', 'col', 'lt',
  'sgt', 'capt', 'rev', 'hon', 'mt', 'ft', 'govt', 'univ', 'ave', 'blvd', 'rd', 'ed', 'eds', 'op', 'cit', 'ibid',
  'ca', 'viz', 'resp', 'misc', 'incl', 'excl', 'min', 'max', 'avg', 'nr', 'ref', 'refs', 'eq', 'tel', 'feat',
  'oz', 'lb', 'lbs', 'sq', 'esp', 'fn', 'ff', 'pt', 'pts', 'cca',
  // German
  'bzw', 'usw', 'vgl', 'evtl', 'ggf', 'inkl', 'str', 'hr', 'fr', 'frl', 'abs', 'bd', 'jh', 'jhd', 'dt', 'engl',
  'sog', 'urspr', 'zzgl', 'ggü', 'gem', 'allg', 'bspw', 'nachf', 'geb', 'gest', 'tsd', 'mio', 'mrd', 'ebd',
  // French
  'mme', 'mmes', 'mlle', 'mlles', 'mm', 'env', 'av', 'éd', 'boul', 'chap', 'suiv', 'apr', 'av.-j.-c',
  // Devanagari
  'डॉ', 'प्रो', 'श्री', 'सं'
])
// Abbreviations that often end a sentence: a break after them is a sentence break when a capital follows.
const terminalAbbreviations = new Set(['etc', 'al', 'inc', 'ltd', 'co', 'corp', 'usw'])

const closerChars = new Set('"\'”’»«›‹“‘)]}*_」』》）】〕〉')
const quoteClosers = new Set('"\'”’»«›‹“‘」』')
const openerChars = new Set('"\'“‘„‚«‹»›([{*_¿¡「『《（【〔〈')
// Marks a French-spaced text puts after a space; they are glued to the word before.
const gluedPunctuation = new Set('!?:;»›‽')
const clauseChars = new Set(',;:—–、，；：،؛')
// Marks that end a sentence whatever follows (no script with case is involved).
const unconditionalEnds = new Set('।॥؟۔。．')
const questionLike = new Set('!?‽！？')
const window = 16
// Words after which a short number with a stop is an ordinal (German, French): `am 3. Mai`, `le 2. `.
const ordinalContext = new Set([
  'am', 'im', 'vom', 'zum', 'zur', 'der', 'die', 'das', 'den', 'dem', 'des', 'bis', 'ab', 'seit', 'ihr', 'sein',
  'seine', 'ihre', 'mein', 'meine', 'le', 'la', 'au', 'du', 'et', 'und', 'bzw', 'oder', 'vor', 'nach', 'zwischen'
])

const letterOrNumber = /[\p{L}\p{M}\p{N}]/u
// ASCII answers without the Unicode expression (most of the characters read here are ASCII).
const isLetterOrNumber = (char: string) => {
  const code = char.charCodeAt(0)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  return letterOrNumber.test(char)
}
const lowercase = /\p{Ll}/u
const isLowercase = (code: number) => (code < 128 ? code >= 97 && code <= 122 : lowercase.test(String.fromCodePoint(code)))
const isCjk = (code: number) =>
  (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff66 && code <= 0xff9f) || (code >= 0x20000 && code <= 0x3ffff)
// Scripts written without spaces between words, where a space separates phrases: Thai, Lao, Khmer.
const isPhraseSpaced = (code: number) => (code >= 0x0e00 && code <= 0x0eff) || (code >= 0x1780 && code <= 0x17ff)

/** Whether `word` (at most a few characters) is punctuation only, such as `!`, `»` or `! »`. */
export function isPunctuationOnly(word: string): boolean {
  if (word.length === 0 || word.length > 4) return false
  for (const char of word) if (isLetterOrNumber(char)) return false
  return true
}

/** A guillemet standing alone before a word opens a French quotation (`« Bonjour`). */
export const isFrenchOpener = (word: string) => word === '«' || word === '‹'

/** Whether a break before `next` would leave French-spaced punctuation (`!`, `?`, `»`) at the start of a post. */
export function startsGlued(next: string): boolean {
  if (next.length > 4 || isFrenchOpener(next) || isLetterOrNumber(next)) return false
  for (const char of next) if (!gluedPunctuation.has(char) && !closerChars.has(char)) return false
  return next.length > 0
}

/** The word before a stop, scanned back over letters, digits and inner dots (at most 16 characters). */
function tokenBefore(word: string, end: number): string {
  let start = end
  while (start > 0 && end - start < window) {
    const char = word[start - 1] as string
    const code = word.codePointAt(start - 1) as number
    if (char === '.' || char === '-' || (isLetterOrNumber(char) && !isCjk(code))) start--
    else break
  }
  if (start > 0 && end - start >= window) return '' // too long to be an abbreviation
  // The end of a URL or path (`example.com/a.b.`) or of a handle is not an abbreviation.
  if (start > 0 && '/:@#'.includes(word[start - 1] as string)) return ''
  return word.slice(start, end)
}

function isInitialism(token: string): boolean {
  // l.l or l.l.l: letters alternating with dots (`U.S`, `z.B`, `e.g`).
  if (token.length < 3 || token.length % 2 === 0) return false
  for (let index = 0; index < token.length; index++) {
    const char = token[index] as string
    if (index % 2 === 1 ? char !== '.' : !/\p{L}/u.test(char)) return false
  }
  return true
}

/**
 * Class of a break in the space between two words. `previous` may hold a few words joined without
 * spaces when the last of them is bare punctuation (`!»` for `Bonjour ! » dit-il`). `before` is the
 * word before `previous` on the same line, `undefined` when `previous` starts the line.
 */
export function spaceBreak(previous: string, next: string, before?: string): Break {
  if (startsGlued(next) || isFrenchOpener(previous)) return Break.Abbreviation
  // Direction marks after the mark (a right-to-left mark after a Hebrew sentence), then closers,
  // looked through (bounded).
  let end = previous.length
  while (end > 0 && previous.length - end < 4 && isInvisible(previous.charCodeAt(end - 1))) end--
  const invisibleAfter = previous.length - end
  let quoted = false
  while (end > 0 && previous.length - end < 8 + invisibleAfter && closerChars.has(previous[end - 1] as string)) {
    if (quoteClosers.has(previous[end - 1] as string)) quoted = true
    end--
  }
  if (end === 0) {
    // Only brackets or quotes: an opening `«` or `(` standing alone is glued to what follows.
    return Break.Abbreviation
  }
  // First letter of the next word, after openers and direction marks (bounded).
  let first = 0
  while (first < next.length && first < 8 && (openerChars.has(next[first] as string) || isInvisible(next.charCodeAt(first)))) first++
  const nextIsLower = isLowercase(next.codePointAt(first) ?? 32)
  const last = previous[end - 1] as string
  const lastCode = previous.codePointAt(end - 1) as number

  if (clauseChars.has(last)) return Break.Clause
  if (unconditionalEnds.has(last)) return Break.Sentence
  const ellipsis = last === '…' || (last === '.' && end >= 3 && previous[end - 2] === '.' && previous[end - 3] === '.')
  if (ellipsis) return nextIsLower ? Break.Clause : Break.Sentence
  if (questionLike.has(last)) return nextIsLower && quoted ? Break.Clause : Break.Sentence
  if (last === '.') {
    const token = tokenBefore(previous, end - 1)
    const lower = token.toLowerCase()
    if (abbreviations.has(lower)) {
      return terminalAbbreviations.has(lower) && !nextIsLower ? Break.Sentence : Break.Abbreviation
    }
    if (token.length === 1 && /\p{L}/u.test(token)) return Break.Abbreviation // an initial: `J.`, `c.`
    if (isInitialism(token)) return Break.Abbreviation
    // A number of one or two digits is an ordinal (`am 3. Mai`) or a list number (`1. Kapitel` at the
    // start of a line) only after an article or preposition, or first on its line; `He was 25. She…`
    // ends a sentence.
    if (/^\d{1,2}$/.test(token) && (before === undefined || ordinalContext.has(before.toLowerCase()))) return Break.Abbreviation
    // A speech tag after a quoted sentence (`"Go." he said`) continues it.
    if (quoted && nextIsLower) return Break.Clause
    return Break.Sentence
  }
  // Thai, Lao, Khmer: a space between two words of the script separates phrases or sentences.
  if (isPhraseSpaced(lastCode) && isPhraseSpaced(next.codePointAt(first) ?? 0)) return Break.Sentence
  return Break.Word
}

// CJK: after 。！？．, closers (and the straight quotes a Chinese text may use) close the sentence.
export const cjkSentenceMarks = new Set('。！？．')
export const cjkClosers = new Set('」』）》】〕〉”’"\'')
