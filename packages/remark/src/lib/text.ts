// Small text helpers written as loops rather than regexes: a regex such as `/[ \t]*\n[ \t]*/g`
// retries its leading run at every position, so a long run of spaces costs quadratic time, and
// this text comes from strangers.

function isBlank(char: string): boolean {
  return char === ' ' || char === '\t'
}

/**
 * Soft line breaks as a reader sees them: each line ending, with the spaces and tabs around it,
 * becomes one space. Linear in the length of `text`.
 *
 * @example
 *   joinLines('One line  \n  and the next.') // 'One line and the next.'
 */
export function joinLines(text: string): string {
  if (!text.includes('\n')) return text
  const lines = text.split('\n')
  return lines
    .map((line, index) => {
      let start = 0
      let end = line.length
      if (index > 0) while (start < end && isBlank(line.charAt(start))) start++
      if (index < lines.length - 1) while (end > start && isBlank(line.charAt(end - 1))) end--
      return line.slice(start, end)
    })
    .join(' ')
}

/**
 * Every run of whitespace that holds a line ending becomes one space, as
 * replacing the regex `\s*\n\s*` with a space would, in linear time.
 */
export function joinLinesLoosely(text: string): string {
  if (!text.includes('\n')) return text
  let result = ''
  let index = 0
  while (index < text.length) {
    const char = text.charAt(index)
    if (!/\s/.test(char)) {
      result += char
      index++
      continue
    }
    let end = index
    let breaks = false
    while (end < text.length && /\s/.test(text.charAt(end))) {
      if (text.charAt(end) === '\n') breaks = true
      end++
    }
    result += breaks ? ' ' : text.slice(index, end)
    index = end
  }
  return result
}

/**
 * Whether `text` holds anything worth sharing: a character that is not whitespace (any Unicode
 * space, NBSP and U+2007 and U+202F included), a control or an invisible format character.
 */
export function hasVisibleText(text: string): boolean {
  return /[^\p{White_Space}\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(text)
}
