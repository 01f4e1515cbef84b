// Quality harness: splits every text of quality/corpus/ with splitThread and with two baselines
// (greedy word fill; Chirr-style sentence packing) and prints what a reader would notice. Results
// are printed, not asserted: the rules themselves are asserted by the tests.
//
// Run: pnpm quality (from the repository root), or node quality/index.js [--limit 280]
// [--show <text name>] [--explain] [--module path/to/index.js] after building.
//
// The harness judges with its own reference rules (sentence ends, headings, lead-ins, list items),
// written separately from src/ so that the splitter is not graded by its own code.
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import twitter from 'twitter-text'

const here = dirname(fileURLToPath(import.meta.url))
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : fallback
}
const limit = Number(argument('--limit', 280))
const show = argument('--show', undefined)
const explain = process.argv.includes('--explain')
const modulePath = resolve(argument('--module', join(here, '..', 'dist', 'index.js')))
const {splitThread} = await import(pathToFileURL(modulePath).href)

const config = {...twitter.configs.version3, maxWeightedTweetLength: limit}
const weigh = (text) => twitter.parseTweet(text, config).weightedLength
// The baselines reserve room for the widest label of a thread under 100 posts.
const label = ' 99/99'
const fitsWithLabel = (text) => twitter.parseTweet(text + label, config).valid

// ---------------------------------------------------------------------------------------------
// Reference rules

const abbreviations = new Set(
  ('mr mrs ms dr prof st vs etc e.g i.e cf al approx inc ltd co jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'no vol pp sgt ca min max bzw usw vgl nr ggf inkl gem abs mme mlle env डॉ प्रो').split(' ')
)
const terminalMarks = '.!?‽…。！？．।॥؟۔'
const cjkMarks = '。！？．'
const closers = '"\'”’“‘»«›‹)]}」』》）】'
const quotes = '"\'”’“‘»«›‹」』'
const isSpace = (char) => char !== undefined && /\s/u.test(char)
const isThai = (char) => char !== undefined && /[\u0E00-\u0E7F]/u.test(char)

/** Offsets where a sentence ends (just after its mark and closers) and where one starts. */
function referenceSentences(text) {
  const ends = new Set()
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '\n') {
      let j = i
      while (j > 0 && isSpace(text[j - 1])) j--
      if (j > 0) ends.add(j)
      continue
    }
    if (char === ' ' && isThai(text[i - 1]) && isThai(text[i + 1])) {
      ends.add(i)
      continue
    }
    if (!terminalMarks.includes(char)) continue
    // Consume the closers after the mark, French spacing included (`! »`).
    let j = i + 1
    let quoted = false
    while (j < text.length) {
      if (closers.includes(text[j])) {
        if (quotes.includes(text[j])) quoted = true
        j++
      } else if (text[j] === ' ' && '»›'.includes(text[j + 1]) && (j + 2 >= text.length || isSpace(text[j + 2]))) j++ // French `! »`
      else break
    }
    if (terminalMarks.includes(text[j])) continue // `?!`, `...`: the last mark decides
    if (cjkMarks.includes(char)) {
      if (text[j] !== 'と' && text[j] !== 'っ') ends.add(j)
      continue
    }
    if (j < text.length && !isSpace(text[j])) continue // 3.14, example.com, z.B.
    let k = j
    while (isSpace(text[k])) k++
    let next = text[k]
    while (next !== undefined && '"“„«(¿¡'.includes(next)) next = text[++k]
    const nextLower = next !== undefined && /\p{Ll}/u.test(next)
    if (char === '.') {
      let s = i
      while (s > 0 && /[\p{L}\p{M}\p{N}.]/u.test(text[s - 1]) && !/[\u3000-\u9FFF]/u.test(text[s - 1])) s--
      const token = text.slice(s, i).toLowerCase()
      if (s > 0 && '/:@'.includes(text[s - 1])) {
        ends.add(j)
        continue
      }
      const isAbbreviation = abbreviations.has(token) || /^\p{L}$/u.test(token) || /^(\p{L}\.)+\p{L}$/u.test(token) || /^\d{1,2}$/.test(token)
      if (isAbbreviation && !(token === 'etc' && !nextLower)) continue
      if (i >= 2 && text[i - 1] === '.' && text[i - 2] === '.' && nextLower) continue // `well... maybe`
    }
    if (char === '…' && nextLower) continue
    if (quoted && nextLower) continue // `"Stop!" she said`, `« Bonjour ! » dit-il`
    ends.add(j)
  }
  ends.add(text.trimEnd().length)
  return ends
}

/** Lines of the text with their offsets and what the harness reads them as. */
function lines(text) {
  const result = []
  let start = 0
  const raw = text.split('\n')
  for (let n = 0; n < raw.length; n++) {
    const line = raw[n]
    const trimmed = line.trim()
    const previousBlank = n === 0 || raw[n - 1].trim() === '' || raw[n - 1].trim() === '---'
    // What follows in the same section: a heading right before a forced break has nothing to join.
    const nextNonBlank = raw.slice(n + 1).find((l) => l.trim() !== '')?.trim()
    const followed = nextNonBlank !== undefined && nextNonBlank !== '---'
    const last = trimmed.at(-1) ?? ''
    const isList = /^(?:[-*•+]|\d{1,3}[.)])\s/u.test(trimmed)
    const isHeading =
      trimmed !== '' && trimmed !== '---' && previousBlank && followed && !isList &&
      !'.!?…,;:。！？、，；：।॥؟۔،'.includes(last) && weigh(trimmed) <= 100 && trimmed.split(/\s+/).length <= 12
    const isLeadIn = (last === ':' || last === '：') && followed
    const offset = start + line.indexOf(trimmed)
    result.push({start: offset, end: offset + trimmed.length, text: trimmed, isHeading, isLeadIn, isList})
    start += line.length + 1
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// Baselines. Both honour forced breaks (a `---` line), as splitThread does.

function hardSections(text) {
  const sections = []
  const re = /(^|\n)[ \t]*---[ \t]*(?=\n|$)/g
  let last = 0
  for (const match of text.matchAll(re)) {
    sections.push([last, match.index])
    last = match.index + match[0].length
  }
  sections.push([last, text.length])
  return sections
}

// Scripts written without spaces: each character is a word for the baselines, as for any splitter.
const unspaced = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u

function words(text, from, to) {
  const result = []
  for (const match of text.slice(from, to).matchAll(/\S+/g)) {
    const start = from + match.index
    const end = start + match[0].length
    if (!unspaced.test(match[0])) {
      result.push([start, end])
      continue
    }
    let piece = start
    for (let i = start; i < end; ) {
      const char = String.fromCodePoint(text.codePointAt(i))
      const next = i + char.length
      const following = next < end ? String.fromCodePoint(text.codePointAt(next)) : ''
      if (next === end || unspaced.test(char) || unspaced.test(following)) {
        result.push([piece, next])
        piece = next
      }
      i = next
    }
  }
  return result
}

const slice = (text, start, end) => text.slice(start, end).replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim()

/** Greedy word fill: add words while the chunk plus the label fits. */
function greedy(text) {
  const posts = []
  for (const [from, to] of hardSections(text)) {
    let start = -1
    let end = -1
    for (const [ws, we] of words(text, from, to)) {
      if (start < 0) {
        start = ws
        end = we
      } else if (fitsWithLabel(slice(text, start, we))) end = we
      else {
        posts.push([start, end])
        start = ws
        end = we
      }
    }
    if (start >= 0) posts.push([start, end])
  }
  return posts
}

/** Chirr-style: pack whole reference sentences; a sentence too long for a post is filled by words. */
function sentencePacking(text, ends) {
  const posts = []
  for (const [from, to] of hardSections(text)) {
    const sentences = []
    let start = from
    for (const [ws, we] of words(text, from, to)) {
      if (start < ws && text.slice(start, ws).trim() === '') start = ws
      if (ends.has(we) || [...ends].some((e) => e > ws && e <= we && e === we)) {
        sentences.push([start, we])
        start = we
      }
    }
    const tail = words(text, start, to)
    if (tail.length > 0) sentences.push([tail[0][0], tail.at(-1)[1]])
    let current
    for (const [ss, se] of sentences) {
      if (current && fitsWithLabel(slice(text, current[0], se))) current[1] = se
      else if (fitsWithLabel(slice(text, ss, se))) {
        if (current) posts.push(current)
        current = [ss, se]
      } else {
        if (current) posts.push(current)
        current = undefined
        for (const [ws, we] of words(text, ss, se)) {
          if (!current) current = [ws, we]
          else if (fitsWithLabel(slice(text, current[0], we))) current[1] = we
          else {
            posts.push(current)
            current = [ws, we]
          }
        }
      }
    }
    if (current) posts.push(current)
  }
  return posts
}

function render(text, ranges) {
  return ranges.map(([start, end], index) => {
    const body = slice(text, start, end)
    const posted = ranges.length > 1 ? `${body} ${index + 1}/${ranges.length}` : body
    return {start, end, text: posted, length: weigh(posted)}
  })
}

// ---------------------------------------------------------------------------------------------
// Metrics

function measure(text, posts, ends, textLines, splitterName) {
  const sentenceStarts = new Set([0])
  for (const end of ends) {
    let k = end
    while (isSpace(text[k])) k++
    sentenceStarts.add(k)
  }
  const room = limit - label.length
  const m = {posts: posts.length, invalid: posts.filter((post) => !twitter.parseTweet(post.text, config).valid).length, midFit: 0, midLong: 0, headingOnly: 0, endsOnHeading: 0, lowerStarts: 0, itemsCut: 0, brokenAbbreviations: 0, spread: 0}
  const sortedEnds = [...ends].sort((a, b) => a - b)
  posts.forEach((post, index) => {
    const body = text.slice(post.start, post.end).trim()
    if (textLines.some((line) => line.isHeading && line.text === body)) m.headingOnly++
    let end = post.end
    while (end > post.start && isSpace(text[end - 1])) end--
    if (index < posts.length - 1) {
      const lastLine = textLines.find((line) => line.start < end && line.end >= end)
      if (lastLine && lastLine.end === end && (lastLine.isHeading || lastLine.isLeadIn)) m.endsOnHeading++
      if (!ends.has(end)) {
        // The sentence around the cut: from the previous sentence end to the next one.
        const after = sortedEnds.find((e) => e > end) ?? text.length
        const before = sortedEnds.filter((e) => e < end).at(-1) ?? 0
        const fit = weigh(text.slice(before, after).trim()) <= room
        if (fit) m.midFit++
        else m.midLong++
        if (explain) console.log(`  ${splitterName}: ${fit ? 'mid-sentence end, sentence fit' : 'mid-sentence end, sentence too long'}: …${JSON.stringify(text.slice(Math.max(post.start, end - 40), end))}`)
        let s = end
        while (s > post.start && /[\p{L}\p{M}\p{N}.]/u.test(text[s - 1])) s--
        const token = text.slice(s, end)
        if (token.endsWith('.') && (abbreviations.has(token.slice(0, -1).toLowerCase()) || /^\p{L}\.$/u.test(token))) m.brokenAbbreviations++
      }
      for (const line of textLines) {
        if (line.isList && line.start < end && end < line.end && weigh(line.text) <= room) {
          m.itemsCut++
          if (explain) console.log(`  ${splitterName}: list item cut though it fits: ${JSON.stringify(line.text)}`)
        }
      }
    }
    if (index > 0 && !sentenceStarts.has(post.start)) {
      const first = text.slice(post.start).match(/\p{L}/u)?.[0]
      if (first && /\p{Ll}/u.test(first)) m.lowerStarts++
    }
  })
  const lengths = posts.map((post) => post.length)
  const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length
  m.spread = Math.sqrt(lengths.reduce((a, b) => a + (b - mean) ** 2, 0) / lengths.length)
  return m
}

// ---------------------------------------------------------------------------------------------

const corpusDirectory = join(here, 'corpus')
const names = readdirSync(corpusDirectory).filter((name) => name.endsWith('.txt')).sort()
const splitters = {
  tweetstorm: (text) =>
    splitThread(text, {limit}).tweets.map((tweet) => ({start: tweet.source.start, end: tweet.source.end, text: tweet.text, length: tweet.length})),
  'greedy fill': (text) => render(text, greedy(text)),
  'sentence packing': (text, ends) => render(text, sentencePacking(text, ends))
}

const totals = {}
const perText = []
for (const name of names) {
  const text = readFileSync(join(corpusDirectory, name), 'utf8')
  const ends = referenceSentences(text)
  const textLines = lines(text)
  const row = {text: name.replace(/\.txt$/, '')}
  for (const [splitter, split] of Object.entries(splitters)) {
    const posts = split(text, ends)
    if (show && name.startsWith(show)) {
      console.log(`\n── ${name} · ${splitter} ──`)
      for (const post of posts) console.log(`[${post.length}] ${post.text}\n`)
    }
    const m = measure(text, posts, ends, textLines, splitter)
    const total = (totals[splitter] ??= {posts: 0, invalid: 0, midFit: 0, midLong: 0, headingOnly: 0, endsOnHeading: 0, lowerStarts: 0, itemsCut: 0, brokenAbbreviations: 0, spread: 0})
    for (const key of Object.keys(m)) total[key] += key === 'spread' ? m[key] / names.length : m[key]
    row[`posts (${splitter})`] = m.posts
    row[`mid-sentence, fit (${splitter})`] = m.midFit
  }
  perText.push(row)
}

console.log(`Corpus: ${names.length} texts, limit ${limit}, module ${modulePath}`)
console.log('\n| splitter | posts | invalid posts | mid-sentence ends (sentence fit) | mid-sentence ends (too long) | heading-only posts | ends on heading or lead-in | lower-case continuation starts | list items cut though they fit | broken abbreviations | length spread (sd, mean per text) |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const [splitter, t] of Object.entries(totals)) {
  console.log(`| ${splitter} | ${t.posts} | ${t.invalid} | ${t.midFit} | ${t.midLong} | ${t.headingOnly} | ${t.endsOnHeading} | ${t.lowerStarts} | ${t.itemsCut} | ${t.brokenAbbreviations} | ${t.spread.toFixed(1)} |`)
}
console.log('\nPer text: posts and mid-sentence ends whose sentence fit (tweetstorm / greedy / packing)\n')
console.log('| text | posts | mid-sentence, fit |')
console.log('| --- | --- | --- |')
for (const row of perText) {
  const values = Object.values(row).slice(1)
  console.log(`| ${row.text} | ${values[0]} / ${values[2]} / ${values[4]} | ${values[1]} / ${values[3]} / ${values[5]} |`)
}
