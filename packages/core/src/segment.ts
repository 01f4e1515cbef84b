/**
 * Break opportunities of a canonical text, each with a class that says how good a place it is to
 * end a tweet. The splitter only chooses among these; see the cost model in README.md.
 */
import type {Counter} from './count.js'
import {floorIndex, Gap, type Canonical} from './normalize.js'
import {forEachGrapheme} from './platforms/graphemes.js'
import {structureGlue} from './structure.js'
import {cjkClosers, cjkSentenceMarks, isFrenchOpener, isPunctuationOnly, spaceBreak, startsGlued} from './sentences.js'
import {insidePair} from './surrogates.js'

/** Break classes, best first. The numeric order is the preference order. */
export const enum Break {
  Hard = 0,
  Paragraph = 1,
  Line = 2,
  Sentence = 3,
  Clause = 4,
  Word = 5,
  Abbreviation = 6,
  Grapheme = 7,
  Number = 8,
  Entity = 9,
  End = 10
}

/** Units between break opportunities, as parallel typed arrays (a 10 MB text makes millions). */
export interface Units {
  count: number
  start: Int32Array
  end: Int32Array
  weight: Float64Array
  /** Weight of the whitespace kept after the unit when no break is taken there. */
  gap: Uint8Array
  /** Class of the break after the unit. */
  after: Uint8Array
  /** Structure glue of the break after the unit (`Glue`, see structure.ts). */
  glue: Uint8Array
}

export {spaceBreak}

// Ideographs, kana and full-width forms: scripts written without spaces, breakable between characters.
const isCjk = (code: number) =>
  (code >= 0x2e80 && code <= 0x2fff) ||
  (code >= 0x3040 && code <= 0x30ff) ||
  (code >= 0x3100 && code <= 0x312f) ||
  (code >= 0x31a0 && code <= 0x31ff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xff66 && code <= 0xff9f) ||
  (code >= 0x20000 && code <= 0x2ffff)
// What each character is to the breaks inside a CJK word, as bits of one table lookup (the loop below
// reads two characters per code point of a paragraph).
const enum Role {
  SentenceMark = 1, // 。！？．
  Closer = 2, // 」』）》】〕〉”’"'
  NoStart = 4, // may not start a line in CJK typesetting (kinsoku)
  NoEnd = 8, // an opener, which may not end one
  Quotative = 16, // と, っ: a quote they follow is part of a longer sentence
  CjkSentence = 32, // 。！？
  CjkClause = 64, // 、，；：
  Dash = 128, // — –
  WordCloser = 256, // 」』）
  WordOpener = 512, // 「『（
  Cjk = 1024
}
let roles: Uint16Array | undefined
function buildRoles(): Uint16Array {
  const table = new Uint16Array(0x10000)
  const add = (characters: Iterable<string>, role: Role) => {
    for (const character of characters) table[character.charCodeAt(0)] = (table[character.charCodeAt(0)] as number) | role
  }
  add(cjkSentenceMarks, Role.SentenceMark)
  add(cjkClosers, Role.Closer)
  add('、。，．！？：；）」』】〕〉》ー〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・‥…’”)]', Role.NoStart)
  add('（「『【〔〈《‘“([', Role.NoEnd)
  add('とっ', Role.Quotative)
  add('。！？', Role.CjkSentence)
  add('、，；：', Role.CjkClause)
  add('—–', Role.Dash)
  add('」』）', Role.WordCloser)
  add('「『（', Role.WordOpener)
  for (let code = 0; code < 0x10000; code++) if (isCjk(code)) table[code] = (table[code] as number) | Role.Cjk
  return table
}
const roleOf = (code: number): number => (code < 0x10000 ? ((roles ??= buildRoles())[code] as number) : isCjk(code) ? Role.Cjk : 0)
const needsInnerBreaks = /[\u2013\u2014\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[\uD840-\uD87F]/

/**
 * What a word's pieces are weighed and cut with: the whole word's atoms, as the weight before each
 * offset (-1 inside an atom), and its entity spans.
 */
interface WordContext {
  before: Float64Array
  /** Sorted by start. */
  spans: Array<[number, number]>
}

/**
 * The counter's atoms of `word` as weights before each offset, and its entities (`Counter.cutting`),
 * as the word reads where it stands: after whitespace (`afterSpace`), or at the start of the text.
 * twitter-text can read a word's first label differently in the two places: `🧵`×53 `.jp`×14 holds
 * the URL `jp.jp…` after a space and none at the start of a text (a label of ~50 non-ASCII
 * characters is refused or not by its punycode length, and a refused match consumes what follows).
 * A cut must keep whole the entity the reader sees, and weigh it as it will be posted: a piece that
 * starts at that URL reads it as one. The spans of the other reading are kept too (`otherSpans`).
 */
function cutting(counter: Counter, word: string, into?: Float64Array, afterSpace = false): WordContext {
  const spaced = afterSpace && readsDifferentlyAfterSpace(word)
  const text = spaced ? ' ' + word : word
  let before: Float64Array
  let entities: Array<[number, number]>
  if (counter.cutting) {
    ;({before, entities} = counter.cutting(text, into !== undefined && into.length > text.length ? into : undefined))
  } else {
    before = new Float64Array(text.length + 1).fill(-1)
    let total = 0
    for (const atom of counter.atoms(text)) {
      before[atom.start] = total
      total += atom.weight
    }
    before[text.length] = total
    entities = counter.entities(text)
  }
  if (!spaced) return {before, spans: otherSpans(counter, word, entities, false)}
  // The space is the first atom: every weight after it, less its own, moved one place left.
  const space = before[1] as number
  for (let offset = 0; offset <= word.length; offset++) {
    const weight = before[offset + 1] as number
    before[offset] = weight < 0 ? -1 : weight - space
  }
  return {before: before.subarray(0, word.length + 1), spans: otherSpans(counter, word, afterTheSpace(entities), true)}
}

/** The entities of `' ' + word` in offsets of `word` (one that starts at the space is dropped). */
function afterTheSpace(entities: Array<[number, number]>): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const [start, end] of entities) if (start >= 1) spans.push([start - 1, end - 1])
  return spans
}

/**
 * Whether the word that starts at `start` of `canonical` follows whitespace in the source, where
 * `cutting` reads it after a space: every word but the first does, and the first when the source
 * has anything before it.
 */
function followsSpace(canonical: Canonical, start: number): boolean {
  return start > 0 || canonical.toSource(0) > 0
}

/**
 * Whether twitter-text can read `word` differently after a space than at the start of a text: only
 * a word whose first dot follows non-ASCII characters within 512 code units can (the first label
 * decides, and a label that long is refused either way).
 */
function readsDifferentlyAfterSpace(word: string): boolean {
  const dot = word.indexOf('.')
  return dot >= 0 && dot <= 512 && nonAscii.test(word.slice(0, dot))
}

/**
 * `spans`, the entities of `word` in one reading (after a space, `afterSpace`, or at the start of a
 * text), with those it holds in the other. A piece of the word can hold either, depending on what
 * it is posted after, so a cut avoids both. Only the part of the word where the readings can differ
 * is read again: past its first dot, as far as a URL reaches (4,096); an entity the slice cuts
 * short is not one.
 */
function otherSpans(counter: Counter, word: string, spans: Array<[number, number]>, afterSpace: boolean): Array<[number, number]> {
  if (!readsDifferentlyAfterSpace(word)) return spans
  const read = Math.min(word.length, word.indexOf('.') + 4200)
  const shift = afterSpace ? 0 : 1
  const extra: Array<[number, number]> = []
  for (const [start, end] of counter.entities((afterSpace ? '' : ' ') + word.slice(0, read))) {
    if (start < shift || (end - shift >= read && read < word.length)) continue
    if (!spans.some(([s, e]) => s === start - shift && e === end - shift)) extra.push([start - shift, end - shift])
  }
  return extra.length === 0 ? spans : [...spans, ...extra].sort((a, b) => a[0] - b[0])
}

/**
 * The entities of word `k` of `canonical` as the cutter reads them (`cutting`): where the word
 * stands, after whitespace or at the start of the text, with those of the other reading, in offsets
 * of the canonical text, sorted by start. A post cut again inside a word avoids these as well as
 * those it holds alone: `.S.U.S.’.com.com` alone holds no URL, and the word `U.S.`…`’.com.com` it
 * was cut from holds `com.com`, which then starts a post as a URL.
 */
export function wordEntities(counter: Counter, canonical: Canonical, k: number): Array<[number, number]> {
  const start = canonical.wordStart[k] as number
  const word = canonical.text.slice(start, canonical.wordEnd[k] as number)
  const spaced = followsSpace(canonical, start) && readsDifferentlyAfterSpace(word)
  const spans = spaced ? afterTheSpace(counter.entities(' ' + word)) : counter.entities(word)
  return otherSpans(counter, word, spans, spaced).map(([s, e]) => [s + start, e + start])
}

// The inner breaks of the word being segmented, as parallel arrays reused from word to word (a
// Japanese paragraph is one word with a break between most of its characters: no object per break).
let innerEnd = new Int32Array(256)
let innerKind = new Uint8Array(256)
// The weights before each offset of that word, when the counter writes them where it is asked to
// (`Counter.cutting`): a typed array of a few hundred bytes, made for every word, is allocated
// outside the heap, which costs more than filling it.
let scratch = new Float64Array(256)
// A word longer than this does not leave arrays of its size behind it.
const keptScratch = 1 << 16
function releaseScratch(): void {
  innerEnd = new Int32Array(256)
  innerKind = new Uint8Array(256)
  scratch = new Float64Array(256)
}

// What `innerBreaks` leaves besides the breaks: the start of the sentence it was in at the word's
// end (-1 if that sentence began before the word), how many breaks come before that sentence's,
// and the heaviest sentence wholly inside the word.
let innerSentenceStart = 0
let innerPending = 0
let innerPeak = 0

/**
 * The places inside a word where a script without spaces, or an em dash, allows a break, written to
 * `innerEnd`/`innerKind` (grown as needed); returns how many. A sentence wholly inside the word (from
 * `sentenceStart`, its start when a line starts there, else -1, or from a sentence break, to a
 * sentence break) that weighs at most `longWord` keeps none of its breaks but the one that ends it:
 * they are written over as soon as that break is found. The caller closes the last sentence.
 */
function innerBreaks(word: string, context: WordContext, sentenceStart: number, longWord: number): number {
  let count = 0
  let pending = 0
  let peak = 0
  if (innerEnd.length < word.length) {
    let size = innerEnd.length
    while (size < word.length) size *= 2
    innerEnd = new Int32Array(size)
    innerKind = new Uint8Array(size)
  }
  const ends = innerEnd
  const kinds = innerKind
  // Never inside a URL (`https://例え.jp/パス`), a hashtag (`#日本語`) or a multi-character atom
  // (-1 in `before`); nor one or two characters before an entity: what precedes it decides whether
  // it is one (`。.jp.jp` holds a URL, `.jp.jp` alone does not; `東@x` a mention, `a@x` not). Marked
  // once as a running count (testing every span at every offset is quadratic in a long word full of
  // hashtags).
  const depth = context.spans.length > 0 ? new Int32Array(word.length + 2) : undefined
  if (depth) {
    const mark = (from: number, to: number) => {
      // Offsets from..to-1.
      if (from < to) {
        depth[from] = (depth[from] as number) + 1
        depth[to] = (depth[to] as number) - 1
      }
    }
    for (const [start, end] of context.spans) {
      mark(Math.max(1, start - 2), start)
      mark(start + 1, end)
    }
  }
  const {before} = context
  const table = (roles ??= buildRoles())
  let blocked = 0
  let index = 0
  let code = word.codePointAt(0) as number
  let role = roleOf(code)
  // Set after 。！？ and kept over the closers that follow it: the sentence ends after the last closer.
  let closing = false
  while (index < word.length) {
    const next = index + (code > 0xffff ? 2 : 1)
    if (next >= word.length) break
    if (depth) for (let offset = index + 1; offset <= next; offset++) blocked += depth[offset] as number
    let following = word.charCodeAt(next)
    let followingRole: number
    if (following < 0xd800 || following > 0xdbff) {
      followingRole = table[following] as number
    } else {
      following = word.codePointAt(next) as number
      followingRole = roleOf(following)
    }
    closing = (role & Role.SentenceMark) !== 0 || (closing && (role & Role.Closer) !== 0)
    let kind = 0
    if (closing && (followingRole & (Role.Closer | Role.SentenceMark)) !== 0) {
      // `。"` or `！」`: the closer belongs to the sentence before it.
    } else if (closing && (role & Role.Closer) !== 0 && (followingRole & Role.Quotative) !== 0) {
      // 「行きます。」と言った: a quotative particle after the quote continues the sentence.
      kind = Break.Clause
    } else if (closing && (followingRole & Role.NoStart) === 0) {
      kind = Break.Sentence
    } else if ((followingRole & Role.NoStart) === 0 && (role & Role.NoEnd) === 0) {
      if ((role & Role.CjkSentence) !== 0) kind = Break.Sentence
      else if ((role & Role.CjkClause) !== 0) kind = Break.Clause
      else if ((role & Role.Dash) !== 0 && following !== code) kind = Break.Clause
      else if ((role & (Role.Cjk | Role.WordCloser)) !== 0 && (followingRole & (Role.Cjk | Role.WordOpener)) !== 0) kind = Break.Word
    }
    if (kind !== 0 && blocked === 0 && (before[next] as number) >= 0) {
      const endsSentence = kind <= Break.Sentence
      if (endsSentence && sentenceStart >= 0) {
        const weight = (before[next] as number) - (before[sentenceStart] as number)
        if (weight > peak) peak = weight
        // A sentence that fits keeps none of its breaks: this one is written over them.
        if (weight <= longWord) count = pending
      }
      ends[count] = next
      kinds[count] = kind
      count++
      if (endsSentence) {
        sentenceStart = next
        pending = count
      }
    }
    index = next
    code = following
    role = followingRole
  }
  innerSentenceStart = sentenceStart
  innerPending = pending
  innerPeak = peak
  return count
}

const isAsciiAlphanumeric = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)


/**
 * Grapheme boundaries inside a string (not 0 nor its length). `forEachGrapheme` finds them in bounded
 * windows (`Intl.Segmenter` is quadratic on long inputs in Node 20), and only around the characters
 * that can join a neighbour.
 */
export function graphemeBoundaries(text: string): number[] {
  const boundaries: number[] = []
  forEachGrapheme(text, (start) => {
    if (start > 0) boundaries.push(start)
  })
  return boundaries
}

const digit = /\p{Nd}/u
const asciiDigit = /[0-9]/
const nonAscii = /[^\x00-\x7f]/
const isDigitAt = (text: string, offset: number) => {
  const code = text.charCodeAt(offset)
  return code >= 48 && code <= 57 ? true : code < 128 || Number.isNaN(code) ? false : digit.test(text.slice(offset, offset + 1))
}
// A cluster boundary inside a multi-character atom: no cut lands there unless the atom alone is
// heavier than a post (`cutRange`).
const insideAtom = 16
// The last resorts of a cut, after `Break.Entity` (inside an entity heavier than the budget) and
// posted as one: between the atoms of a grapheme cluster; one or two characters before an entity that
// the budget holds; inside such an entity (`@user` followed by a cluster heavier than a post is cut
// inside the cluster, never as `@use`; where entities overlap, `‽＠example.com` holding the mention
// `＠example` and the URL `example.com`, the cut goes before the mention, not at the URL inside it);
// inside a cluster inside an entity.
const insideCluster = 11
const beforeEntityThatFits = 12
const entityThatFits = 13
const clusterInEntity = 14
const cutClass = (k: number): Break => (k > Break.Entity ? Break.Entity : (k as Break))

/** A piece of a long word: where it ends, the break after it, and its weight. */
export interface Piece {
  end: number
  after: Break
  weight: number
}

/**
 * Cut `text.slice(from, to)`, heavier than `budget`, into pieces of at most `budget`, choosing in
 * each stretch of one budget the best cut: outside URLs, mentions, hashtags, cashtags and emoji, not
 * between digits, else at any grapheme boundary (latest first). Greedy on purpose: a word this long
 * has no natural break. `before` holds the weight before each offset that starts an atom (-1 inside
 * one), `spans` the entities: both for the whole `text`, computed once. The only per-character work
 * is one pass over typed arrays; grapheme clusters are asked of `Intl.Segmenter` only when the range
 * is not ASCII. An atom heavier than the budget alone and than `wholeAtoms` (a Bluesky link written out
 * longer than a post) is cut too, between its clusters, each piece weighed alone; a lighter one is
 * left whole with the rest of the range (a share link then shares it as the bare link back).
 */
export function cutRange(
  text: string,
  from: number,
  to: number,
  before: Float64Array,
  spans: ReadonlyArray<readonly [number, number]>,
  counter: Counter,
  budget: number,
  wholeAtoms: number
): Piece[] {
  const pieces: Piece[] = []
  const total = before[to] as number
  if (total - (before[from] as number) <= budget) return [{end: to, after: Break.End, weight: total - (before[from] as number)}]
  const size = to - from
  // The class of a cut at each offset, 0 where none may land.
  const kind = new Uint8Array(size + 1)
  const slice = text.slice(from, to)
  // Whether a cut between two digits may have to be avoided. In an ASCII range one scan for `0`–`9`
  // says (a run of `@` or `.` has none), instead of a test at every offset; elsewhere the test at each
  // offset that gets that far stays (a scan for \p{Nd} reads combining marks at 9 ns a character).
  let mayHaveDigits = true
  if (nonAscii.test(slice)) {
    forEachGrapheme(slice, (start) => {
      if (start > 0) kind[start] = Break.Grapheme
    })
  } else {
    kind.fill(Break.Grapheme, 1, size)
    mayHaveDigits = asciiDigit.test(slice)
  }
  // Offsets strictly inside an entity, or one or two characters before it (what precedes an entity
  // decides whether it is one: `.jp.jp` alone holds no URL, `＃.jp.jp` does; a piece that starts
  // there is counted again as posted, and cut again inside the entity), as running counts: any
  // entity; one that fits the budget, strictly inside; and one that fits, just before it. Made at the
  // first entity that reaches into the range: a window of a run of `@` or `.` holds none, and arrays
  // of four bytes per offset, zeroed, cost more than the rest of the window's classes.
  let depth = undefined as Int32Array | undefined
  let fitting = undefined as Int32Array | undefined
  let fittingAhead = undefined as Int32Array | undefined
  const mark = (a: number, b: number, fits: boolean, ahead: boolean) => {
    a = Math.max(1, a)
    b = Math.min(size + 1, b)
    if (a >= b) return
    depth ??= new Int32Array(size + 2)
    fitting ??= new Int32Array(size + 2)
    fittingAhead ??= new Int32Array(size + 2)
    depth[a] = (depth[a] as number) + 1
    depth[b] = (depth[b] as number) - 1
    if (fits) {
      const counts = ahead ? fittingAhead : fitting
      counts[a] = (counts[a] as number) + 1
      counts[b] = (counts[b] as number) - 1
    }
  }
  for (const [start, end] of spans) {
    if (end <= from || start - 2 >= to) continue
    // An entity that starts or ends inside an atom (the mention `＠example` of `＠example.com`, whose
    // URL `example.com` is one atom) is weighed with the whole atoms it touches.
    let first = start
    while (first > 0 && (before[first] as number) < 0) first--
    let last = end
    while (last < text.length && (before[last] as number) < 0) last++
    const fits = (before[first] as number) >= 0 && (before[last] as number) >= 0 && (before[last] as number) - (before[first] as number) <= budget
    mark(start - 2 - from, start - from, fits, true)
    mark(start + 1 - from, end - from, fits, false)
  }
  let inside = 0
  let insideFitting = 0
  let aheadOfFitting = 0
  for (let offset = 1; offset < size; offset++) {
    if (depth && fitting && fittingAhead) {
      inside += depth[offset] as number
      insideFitting += fitting[offset] as number
      aheadOfFitting += fittingAhead[offset] as number
    }
    if ((before[from + offset] as number) < 0) {
      if (kind[offset] !== 0) kind[offset] = insideAtom
    } else if (kind[offset] === 0) {
      // Between two atoms of one grapheme cluster (`r` and the skin tones after it): a cut there
      // is a last resort, but still better than one inside an entity a post could hold.
      kind[offset] = inside > 0 ? clusterInEntity : insideCluster
    } else if (insideFitting > 0) kind[offset] = entityThatFits
    else if (aheadOfFitting > 0) kind[offset] = beforeEntityThatFits
    else if (inside > 0) kind[offset] = Break.Entity
    else if (mayHaveDigits && isDigitAt(text, from + offset - 1) && isDigitAt(text, from + offset)) kind[offset] = Break.Number
  }

  let start = from
  let startWeight = before[from] as number
  while (total - startWeight > budget) {
    const limit = startWeight + budget
    let best = -1
    let bestKind: number = insideAtom
    let lastAtom = -1
    let offset = start - from + 1
    for (; offset < size; offset++) {
      const weight = before[from + offset] as number
      if (weight < 0) continue
      if (weight > limit) break
      lastAtom = offset
      const k = kind[offset] as number
      if (k !== 0 && k <= bestKind && (k < insideCluster || weight > startWeight)) {
        best = offset
        bestKind = k
      }
    }
    if (best < 0 && lastAtom >= 0 && (before[from + lastAtom] as number) > startWeight) {
      // One grapheme cluster heavier than the budget (say, hundreds of combining marks): cut it
      // between its atoms, the last resort.
      best = lastAtom
      bestKind = Break.Entity
    }
    if (best >= 0) {
      const weight = (before[from + best] as number) - startWeight
      pieces.push({end: from + best, after: cutClass(bestKind), weight})
      start = from + best
      startWeight += weight
      continue
    }
    // The atom at `start` alone is heavier than the budget.
    const atomEnd = from + offset
    if ((before[atomEnd] as number) - startWeight <= wholeAtoms) break
    cutAtom(text, start, atomEnd, kind, from, counter, budget, pieces)
    const last = pieces[pieces.length - 1] as Piece
    const edge = kind[atomEnd - from] as number
    last.after = atomEnd === to ? Break.End : edge > 0 && edge < insideAtom ? cutClass(edge) : Break.Entity
    start = atomEnd
    startWeight = before[atomEnd] as number
    if (atomEnd === to) return pieces
  }
  pieces.push({end: to, after: Break.End, weight: total - startWeight})
  return pieces
}

/**
 * Cut one atom heavier than the budget, `text.slice(start, end)`, at its grapheme boundaries (code
 * points inside a cluster that is itself too heavy), each piece as heavy as the budget allows when
 * weighed alone. The first guess is one cluster per unit of weight, which is exact for a link
 * counted as written; otherwise a binary search over a bounded stretch.
 */
function cutAtom(text: string, start: number, end: number, kind: Uint8Array, from: number, counter: Counter, budget: number, pieces: Piece[]): void {
  const reach = budget * 4 + 16
  let piece = start
  while (piece < end) {
    const last = Math.min(end, piece + reach)
    const candidates: number[] = []
    for (let offset = piece + 1; offset <= last; offset++) if (offset === end || (kind[offset - from] as number) > 0) candidates.push(offset)
    if (candidates.length === 0 || (candidates.length === 1 && last < end)) {
      // A cluster longer than the stretch: its code points.
      candidates.length = 0
      for (let offset = piece + 1; offset <= last; offset++) {
        if (offset === end || !insidePair(text, offset)) candidates.push(offset)
      }
    }
    const weights = new Map<number, number>()
    const weighs = (k: number) => {
      let weight = weights.get(k)
      if (weight === undefined) {
        weight = counter.weigh(text.slice(piece, candidates[k] as number))
        weights.set(k, weight)
      }
      return weight
    }
    // The last candidate whose piece fits (the first one when none does), assuming a longer piece
    // never weighs less. Probed first: the guess and the candidate after it.
    let found = 0
    let low = 0
    let high = candidates.length - 1
    const guess = Math.min(high, Math.max(0, Math.floor(budget) - 1))
    if (weighs(guess) <= budget) {
      found = guess
      low = guess + 1
      if (low > high || weighs(low) > budget) high = guess
    } else {
      high = guess - 1
    }
    while (low <= high) {
      const middle = (low + high) >> 1
      if (weighs(middle) <= budget) {
        found = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    const cut = candidates[found] as number
    pieces.push({end: cut, after: Break.Entity, weight: weighs(found)})
    piece = cut
  }
}

/**
 * Cut a word heavier than `budget` into pieces of at most `budget` (see `cutRange`). A word of
 * megabytes is cut window by window, so that its typed arrays stay bounded: each window keeps only
 * the pieces that end well before its edge, where an entity or cluster cut by the window could not
 * have changed the choice, and the rest is cut again from there.
 */
export function cutLongWord(word: string, counter: Counter, budget: number, wholeAtoms = 0, afterSpace = false): Piece[] {
  const window = Math.max(65_536, budget * 8)
  const margin = 8192 // longer than any URL twitter-text accepts (4,096) and any emoji sequence
  // The last window's weights, which the next window's are written over where the counter can
  // (`Counter.cutting`'s `into`): a new array is half a megabyte per window to zero, which costs more
  // than writing the weights, and a window's pieces keep nothing of it. A window after the first
  // starts inside the word: it reads as the start of a text would.
  let into: Float64Array | undefined
  const cutWhole = (text: string, first: boolean) => {
    const {before, spans} = cutting(counter, text, into, first && afterSpace)
    into = before
    return cutRange(text, 0, text.length, before, spans, counter, budget, wholeAtoms)
  }
  // Up to two windows, the word is cut whole: a word just over one window whose first window has no
  // safe cut (a link longer than the window) would otherwise be cut once in part and then again whole.
  if (word.length <= window * 2) return cutWhole(word, true)
  const pieces: Piece[] = []
  let offset = 0
  let size = window
  while (offset < word.length) {
    const to = Math.min(word.length, offset + size)
    const cuts = cutWhole(word.slice(offset, to), offset === 0)
    // The window's pieces are its own: moved to the word's offsets in place, not copied (a word of
    // megabytes makes thousands, alive until the word is done).
    if (to === word.length) {
      for (const cut of cuts) {
        cut.end += offset
        pieces.push(cut)
      }
      break
    }
    let kept = 0
    while (kept < cuts.length - 1 && offset + (cuts[kept] as Piece).end <= to - margin) kept++
    if (kept === 0) {
      // Not one safe cut in this window (a giant URL or cluster): look further. What is left of the
      // word, when it is within eight times this window, at once: such a link mostly runs to the end
      // of its word (`https://x.com/ab/ab/…`), and doubling step by step cut the word's start again
      // at each step (the steps before the last cost nearly as much as the last).
      const rest = word.length - offset
      size = rest <= size * 8 ? rest : size * 2
      continue
    }
    for (let k = 0; k < kept; k++) {
      const cut = cuts[k] as Piece
      cut.end += offset
      pieces.push(cut)
    }
    offset = (cuts[kept - 1] as Piece).end
    size = window
  }
  return pieces
}

/**
 * The units of a canonical text with what it takes to reuse them for another text or another
 * `longWord`: where each word's units begin, and the heaviest piece of each word before cutting.
 */
export interface Segmentation {
  units: Units
  canonical: Canonical
  longWord: number
  /**
   * Index of the first unit of each word, and the unit count at the end (`count + 1` entries);
   * undefined while every word is one unit (unit `k` is word `k`), as in most prose.
   */
  wordFirst: Int32Array | undefined
  /**
   * Heaviest piece or sentence before cutting of each word that has one heavier than `longWord`
   * (cut, or a sentence inside the word kept in pieces). Any other word's heaviest piece or sentence
   * is its heaviest unit (`peakOf`), since a sentence that fits is one unit: a number per word would
   * cost as much as the units of a 10 MB text's weights.
   */
  heavy: Map<number, number>
}

/** Index of the first unit of word `k` (the unit count for `k` = the word count). */
function firstUnit(segmentation: Segmentation, k: number): number {
  return segmentation.wordFirst ? (segmentation.wordFirst[k] as number) : k
}

/** Heaviest piece or sentence of a word before long pieces are cut (the word itself, for most). */
function peakOf(segmentation: Segmentation, word: number): number {
  const cut = segmentation.heavy.get(word)
  if (cut !== undefined) return cut
  const {units} = segmentation
  let peak = 0
  for (let unit = firstUnit(segmentation, word); unit < firstUnit(segmentation, word + 1); unit++) {
    if ((units.weight[unit] as number) > peak) peak = units.weight[unit] as number
  }
  return peak
}

/**
 * Growable parallel arrays of units. While every unit is a whole word (prose, mostly), the units'
 * offsets are the canonical text's word offsets: `start` and `end` are only made, and filled, once
 * a word is cut into pieces or units are copied, so that prose does not keep two copies of them.
 */
class UnitList {
  capacity: number
  count = 0
  start: Int32Array
  end: Int32Array
  weight: Float64Array
  gap: Uint8Array
  after: Uint8Array
  /** The words' offsets, while unit `k` is word `k` for every unit so far. */
  private words: {start: Int32Array; end: Int32Array} | undefined
  constructor(capacity: number, words?: {start: Int32Array; end: Int32Array}) {
    this.capacity = Math.max(16, capacity)
    this.words = words
    this.start = words ? words.start : new Int32Array(this.capacity)
    this.end = words ? words.end : new Int32Array(this.capacity)
    this.weight = new Float64Array(this.capacity)
    this.gap = new Uint8Array(this.capacity)
    this.after = new Uint8Array(this.capacity)
  }
  /** Give the list offsets of its own, from the words' (once a unit is not a whole word). */
  private own(): void {
    if (!this.words) return
    this.words = undefined
    const start = new Int32Array(this.capacity)
    const end = new Int32Array(this.capacity)
    start.set(this.start.subarray(0, this.count))
    end.set(this.end.subarray(0, this.count))
    this.start = start
    this.end = end
  }
  /** Append units `from … to-1` of `units`, their offsets moved by `delta`. */
  copy(units: Units, from: number, to: number, delta: number): void {
    this.own()
    const size = to - from
    this.reserve(this.count + size)
    const at = this.count
    this.start.set(units.start.subarray(from, to), at)
    this.end.set(units.end.subarray(from, to), at)
    this.weight.set(units.weight.subarray(from, to), at)
    this.gap.set(units.gap.subarray(from, to), at)
    this.after.set(units.after.subarray(from, to), at)
    if (delta !== 0) {
      for (let u = at; u < at + size; u++) {
        this.start[u] = (this.start[u] as number) + delta
        this.end[u] = (this.end[u] as number) + delta
      }
    }
    this.count += size
  }
  push(s: number, e: number, w: number, g: number, a: Break): void {
    this.reserve(this.count + 1)
    const k = this.count
    if (this.words && !(k < this.start.length && this.start[k] === s && this.end[k] === e)) this.own()
    if (!this.words) {
      this.start[k] = s
      this.end[k] = e
    }
    this.weight[k] = w
    this.gap[k] = g
    this.after[k] = a
    this.count = k + 1
  }
  private reserve(size: number): void {
    if (size > this.capacity) {
      while (this.capacity < size) this.capacity *= 2
      const grow = <T extends Int32Array | Float64Array | Uint8Array>(array: T): T => {
        const next = new (array.constructor as new (n: number) => T)(this.capacity)
        next.set(array)
        return next
      }
      if (!this.words) {
        this.start = grow(this.start)
        this.end = grow(this.end)
      }
      this.weight = grow(this.weight)
      this.gap = grow(this.gap)
      this.after = grow(this.after)
    }
  }
}

/**
 * For each word of `canonical`, the word of `previous` whose units can be copied (shifted by the
 * change in length), or -1. A word's units depend on the word, the gap after it, and the break
 * before the next word, which reads the next word's head and the two words before it with their
 * gaps: so a word is reused when it and those neighbours are the same words, at the same place
 * relative to the start (before the edit) or to the end (after it), with the same gaps.
 */
function reusableWords(canonical: Canonical, previous: Segmentation, longWord: number): {same: Int32Array; moved: Uint8Array} {
  const old = previous.canonical
  const n = canonical.count
  const m = old.count
  const same = new Int32Array(n).fill(-1)
  // 1 where the word lies after the edit, so its offsets move by the change in length.
  const moved = new Uint8Array(n)
  if (m === 0 || n === 0) return {same, moved}
  const a = canonical.text
  const b = old.text
  const shortest = Math.min(a.length, b.length)
  // Compared a block at a time (string equality is a memory compare), then a character at a time.
  const block = 256
  let prefix = 0
  while (prefix + block <= shortest && a.slice(prefix, prefix + block) === b.slice(prefix, prefix + block)) prefix += block
  while (prefix < shortest && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix + block <= shortest - prefix && a.slice(a.length - suffix - block, a.length - suffix) === b.slice(b.length - suffix - block, b.length - suffix)) {
    suffix += block
  }
  while (suffix < shortest - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++
  const shift = a.length - b.length
  const lastOf = (k: number, count: number) => k === count - 1
  // Word k is the same word as old word k + offset: same text, same place, same gap after it.
  const front = new Uint8Array(n)
  const back = new Uint8Array(n)
  for (let k = 0; k < n && k < m; k++) {
    if ((canonical.wordEnd[k] as number) > prefix) break
    if (canonical.wordStart[k] !== old.wordStart[k] || canonical.wordEnd[k] !== old.wordEnd[k]) break
    if (lastOf(k, n) !== lastOf(k, m)) break
    if (!lastOf(k, n) && canonical.gapAfter[k] !== old.gapAfter[k]) break
    front[k] = 1
  }
  const offset = m - n
  for (let k = n - 1; k >= 0 && k + offset >= 0; k--) {
    const j = k + offset
    if ((canonical.wordStart[k] as number) < a.length - suffix) break
    if ((canonical.wordStart[k] as number) - shift !== old.wordStart[j] || (canonical.wordEnd[k] as number) - shift !== old.wordEnd[j]) break
    if (!lastOf(k, n) && canonical.gapAfter[k] !== old.gapAfter[j]) break
    back[k] = 1
  }
  const limit = Math.min(previous.longWord, longWord)
  const sameCut = previous.longWord === longWord
  for (let k = 0; k < n; k++) {
    let j = -1
    if (front[k] && (k === n - 1 || front[k + 1]) && (k < 1 || front[k - 1]) && (k < 2 || front[k - 2])) {
      j = k
    } else if (back[k] && (k === n - 1 || back[k + 1]) && (k < 1 ? offset === 0 : back[k - 1]) && (k < 2 ? offset === 0 : back[k - 2])) {
      j = k + offset
      moved[k] = 1
    }
    if (j >= 0 && (sameCut || peakOf(previous, j) <= limit)) same[k] = j
  }
  return {same, moved}
}

/**
 * The class of the break in the space after word `k` of `canonical` (the next word on the same line).
 */
function wordBreaks(canonical: Canonical): (k: number) => Break {
  const {text, wordStart, wordEnd, gapAfter} = canonical
  // Only the edges of a word matter to a break: at most 16 characters of each are read.
  const tail = (k: number) => text.slice(Math.max(wordStart[k] as number, (wordEnd[k] as number) - 16), wordEnd[k] as number)
  const head = (k: number) => text.slice(wordStart[k] as number, Math.min(wordEnd[k] as number, (wordStart[k] as number) + 16))
  return (k: number): Break => {
    const lastCode = text.charCodeAt((wordEnd[k] as number) - 1)
    // Most words end in a letter or digit and the next starts a word: no need to look closer (only a
    // next word of at most four characters can be punctuation glued to this one).
    if (
      isAsciiAlphanumeric(lastCode) &&
      ((wordEnd[k + 1] as number) - (wordStart[k + 1] as number) > 4 || isAsciiAlphanumeric(text.charCodeAt(wordStart[k + 1] as number)))
    ) {
      return Break.Word
    }
    const next = head(k + 1)
    if (isAsciiAlphanumeric(lastCode) && !startsGlued(next)) return Break.Word
    let previous = tail(k)
    if (isFrenchOpener(previous)) return Break.Abbreviation // `« Bonjour`: the guillemet opens what follows
    // French spacing (`Bonjour ! » dit-il`): bare punctuation joins the words before it, up to three.
    for (let back = 1; back <= 2 && k - back >= 0 && isPunctuationOnly(previous.slice(-4)) && previous.length <= 8; back++) {
      if ((gapAfter[k - back] as Gap) !== Gap.Space) break
      previous = tail(k - back) + previous
    }
    // The word before, for ordinals (`am 3. Mai`): undefined when `previous` starts its line.
    const atLineStart = k === 0 || (gapAfter[k - 1] as Gap) !== Gap.Space
    return spaceBreak(previous, next, atLineStart ? undefined : tail(k - 1))
  }
}

// Word weights remembered per segmentation: words of at most this many code units, this many words.
const maxRemembered = 64
const rememberedWords = 16_384

/**
 * Units of the canonical text and the class of each break. Words heavier than `longWord` are cut
 * into pieces no heavier than it.
 */
export function segment(canonical: Canonical, counter: Counter, longWord: number): Units {
  // Share links keep whole an atom that a post could hold (a URL in a tiny room: the bare link back).
  return segmentation(canonical, counter, longWord, undefined, counter.maxLimit).units
}

/**
 * The class of a break after a word that sentences mode did not work out: it is no sentence break
 * (nor a line, paragraph or hard break, nor the end), and `classifyBreaks` gives its class.
 */
export const Unclassified = 11

/**
 * `segment` for what needs only where sentences end and what each unit weighs (`tweetables`): the
 * same units and weights, and the same class for every break of class `Break.Sentence` or better
 * and at the end; other breaks after a word may be `Unclassified`, and there is no structure glue
 * (`glue` is empty). `classifyBreaks` and `structureGlue` give the rest where it is wanted: a
 * sentence too long for a post.
 */
export function segmentSentences(canonical: Canonical, counter: Counter, longWord: number): Units {
  return segmentation(canonical, counter, longWord, undefined, counter.maxLimit, true).units
}

/**
 * Works out the class of each `Unclassified` break after units `from..to-1` (in place): what
 * `segment` gives there. Such a break follows the last unit of a word, which ends where the word ends.
 */
export function classifyBreaks(canonical: Canonical, units: Units, from: number, to: number): void {
  let classOf: ((k: number) => Break) | undefined
  for (let unit = from; unit < to; unit++) {
    if (units.after[unit] !== Unclassified) continue
    classOf ??= wordBreaks(canonical)
    const word = floorIndex(canonical.wordEnd, units.end[unit] as number, canonical.count)
    units.after[unit] = classOf(word)
  }
}

/**
 * `segment`, keeping what is needed to redo it cheaply. With `previous` (the segmentation of an
 * earlier text, or of the same text for another `longWord`), the units of every word an edit
 * cannot have changed are copied instead of computed: the result is the same either way.
 */
export function segmentation(canonical: Canonical, counter: Counter, longWord: number, previous?: Segmentation, wholeAtoms = 0, sentencesOnly = false): Segmentation {
  if (previous && previous.canonical === canonical && previous.longWord !== longWord) {
    // The same text for another `longWord` (the numbering width grew): when no word was or will be
    // cut, the units are the same.
    let heaviest = 0
    for (const weight of previous.heavy.values()) if (weight > heaviest) heaviest = weight
    const {weight, count} = previous.units
    for (let unit = 0; unit < count; unit++) if ((weight[unit] as number) > heaviest) heaviest = weight[unit] as number
    if (heaviest <= Math.min(previous.longWord, longWord)) return {...previous, longWord}
  }
  const list = previous && previous.canonical.count > 0
    ? new UnitList(previous.units.count + 16)
    : new UnitList(canonical.count, {start: canonical.wordStart, end: canonical.wordEnd})
  // Made at the first word of more than one unit; until then, unit `k` is word `k`.
  let wordFirst: Int32Array | undefined
  const setFirst = (k: number, unit: number) => {
    if (!wordFirst) {
      if (unit === k) return
      wordFirst = new Int32Array(canonical.count + 1)
      for (let w = 0; w < k; w++) wordFirst[w] = w
    }
    wordFirst[k] = unit
  }
  const heavy = new Map<number, number>()
  const reuse = previous ? reusableWords(canonical, previous, longWord) : undefined
  const shift = previous ? canonical.text.length - previous.canonical.text.length : 0
  const {text, wordStart, wordEnd, gapAfter} = canonical
  const classOf = wordBreaks(canonical)
  // The first word of the previous text, read at the start of the text where this one follows
  // whitespace or the other way round (`followsSpace`), may have been cut differently: it is not
  // reused.
  if (reuse && reuse.same[0] === 0 && followsSpace((previous as Segmentation).canonical, 0) !== followsSpace(canonical, 0)) reuse.same[0] = -1
  // Sentences mode: a word that ends in a letter, a digit, `,`, `;` or `:` is never followed by a
  // sentence break (`spaceBreak`), whatever follows: its class is left for later.
  const breakBetween = sentencesOnly
    ? (k: number): Break => {
        const lastCode = text.charCodeAt((wordEnd[k] as number) - 1)
        return isAsciiAlphanumeric(lastCode) || lastCode === 44 || lastCode === 58 || lastCode === 59 ? (Unclassified as Break) : classOf(k)
      }
    : classOf
  const push = (s: number, e: number, w: number, g: number, a: Break) => list.push(s, e, w, g, a)
  // The weights of the words seen so far: a text says "the" and "e.g." many times, and a word with a
  // dot or an emoji costs the counter a scan for URLs and emoji each time. Short words only, and a
  // bounded number of them (the first ones; prose repeats its common words early).
  const weights = new Map<string, number>()
  const weigh = (word: string): number => {
    if (word.length > maxRemembered) return counter.weigh(word)
    let weight = weights.get(word)
    if (weight === undefined) {
      weight = counter.weigh(word)
      if (weights.size < rememberedWords) weights.set(word, weight)
    }
    return weight
  }
  for (let k = 0; k < canonical.count; k++) {
    setFirst(k, list.count)
    const ws = wordStart[k] as number
    const we = wordEnd[k] as number
    const j = reuse ? (reuse.same[k] as number) : -1
    if (previous && reuse && j >= 0) {
      // The same word in the same surroundings: its units, moved by the edit's change in length.
      // A run of such words is copied at once.
      const moved = reuse.moved[k] as number
      let last = k
      while (last + 1 < canonical.count && (reuse.same[last + 1] as number) === j + last + 1 - k && reuse.moved[last + 1] === moved) last++
      const from = firstUnit(previous, j)
      for (let w = k; w <= last; w++) {
        setFirst(w, list.count + firstUnit(previous, j + w - k) - from)
        if (previous.heavy.size > 0) {
          const cut = previous.heavy.get(j + w - k)
          if (cut !== undefined) heavy.set(w, cut)
        }
      }
      list.copy(previous.units, from, firstUnit(previous, j + last - k + 1), moved ? shift : 0)
      k = last
      continue
    }
    const word = text.slice(ws, we)
    let wordBreak: Break = Break.End
    let wordGap = 0
    if (k < canonical.count - 1) {
      const kind = gapAfter[k] as Gap
      wordGap = kind === Gap.Space || kind === Gap.Line ? 1 : 2
      wordBreak =
        kind === Gap.Hard
          ? Break.Hard
          : kind === Gap.Paragraph
            ? Break.Paragraph
            : kind === Gap.Line
              ? Break.Line
              : breakBetween(k)
    }

    // Fast path: most words have no inner break and fit easily. An ASCII word has none.
    if (canonical.wide[k] === 0 || !needsInnerBreaks.test(word)) {
      // A word of thousands of characters is weighed by cutting it (one scan of its atoms), not twice.
      let wordWeight: number | undefined
      if (word.length <= 4096) {
        wordWeight = weigh(word)
        if (wordWeight <= longWord) {
          push(ws, we, wordWeight, wordGap, wordBreak)
          continue
        }
      }
      // A long word with no inner break (a run of dots, a mark stack, a link written out).
      let cutStart = 0
      let sum = 0
      for (const cut of cutLongWord(word, counter, longWord, wholeAtoms, followsSpace(canonical, ws))) {
        const last = cut.after === Break.End
        push(ws + cutStart, ws + cut.end, cut.weight, last ? wordGap : 0, last ? wordBreak : cut.after)
        cutStart = cut.end
        sum += cut.weight
      }
      const peak = wordWeight ?? sum
      if (peak > longWord) heavy.set(k, peak)
    if (scratch.length > keptScratch) releaseScratch()
      continue
    }
    // Pieces of a word are weighed and cut with the word's own atoms and entities: twitter-text
    // reads a piece alone differently (`。.example.com` is a URL in the word, not in its piece).
    if (scratch.length <= word.length + 1) {
      let size = scratch.length
      while (size <= word.length + 1) size *= 2
      scratch = new Float64Array(size)
    }
    const context = cutting(counter, word, scratch, followsSpace(canonical, ws))
    const {before, spans} = context
    // A sentence wholly inside the word (from its start when a line starts there, or from a
    // sentence break, to a sentence break, or to its end when a sentence ends there too) that fits
    // in a post keeps none of its inner breaks: the choice of breaks never ends a post inside a
    // sentence that fits, so one unit per sentence instead of one per character changes nothing
    // but the work (Japanese is one word per paragraph). Only the word and the breaks next to it
    // decide this, which keeps its units reusable as before.
    let kept = innerBreaks(word, context, k === 0 || (gapAfter[k - 1] as Gap) !== Gap.Space ? 0 : -1, longWord)
    const ends = innerEnd
    const kinds = innerKind
    // Heaviest sentence or piece of the word before cutting: a sentence decides the units too.
    let peak = innerPeak
    if ((wordBreak <= Break.Sentence || wordBreak === Break.End) && innerSentenceStart >= 0) {
      const weight = (before[word.length] as number) - (before[innerSentenceStart] as number)
      if (weight > peak) peak = weight
      if (weight <= longWord) kept = innerPending
    }
    let pieceStart = 0
    for (let index = 0; index <= kept; index++) {
      const last = index === kept
      const pieceEnd = last ? word.length : (ends[index] as number)
      const pieceBreak: Break = last ? wordBreak : (kinds[index] as Break)
      const pieceGap = last ? wordGap : 0
      const pieceWeight = (before[pieceEnd] as number) - (before[pieceStart] as number)
      if (pieceWeight > peak) peak = pieceWeight
      if (pieceWeight > longWord) {
        let cutStart = pieceStart
        for (const cut of cutRange(word, pieceStart, pieceEnd, before, spans, counter, longWord, wholeAtoms)) {
          const end = cut.after === Break.End
          push(ws + cutStart, ws + cut.end, cut.weight, end ? pieceGap : 0, end ? pieceBreak : cut.after)
          cutStart = cut.end
        }
      } else {
        push(ws + pieceStart, ws + pieceEnd, pieceWeight, pieceGap, pieceBreak)
      }
      pieceStart = pieceEnd
    }
    if (peak > longWord) heavy.set(k, peak)
  }

  const count = list.count
  setFirst(canonical.count, count)
  const units: Units = {
    count,
    start: list.start.subarray(0, count),
    end: list.end.subarray(0, count),
    weight: list.weight.subarray(0, count),
    gap: list.gap.subarray(0, count),
    after: list.after.subarray(0, count),
    glue: new Uint8Array(0)
  }
  if (!sentencesOnly) units.glue = structureGlue(text, units)
  return {units, canonical, longWord, wordFirst, heavy}
}
