import type {Root} from 'mdast'
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'

type Directive = ContainerDirective | LeafDirective | TextDirective

/** Our directives, as they must be written. */
const ours = [
  {type: 'containerDirective', name: 'tweetable', written: ':::tweetable'},
  {type: 'containerDirective', name: 'tweetstorm', written: ':::tweetstorm'},
  {type: 'textDirective', name: 'tweet', written: ':tweet[…]'}
] as const

const colons = {containerDirective: ':::', leafDirective: '::', textDirective: ':'} as const

/**
 * Warn about directives that look like a typo of ours (`:::tweetabel`, `:::tweet`, `::tweetable`):
 * other plugins' directives are left alone, so without this a typo renders as nothing and passes
 * every check. Bare text directives (`:30pm`) are prose and are skipped.
 */
export function warnNearMisses(tree: Root, file: VFile): void {
  visit(tree, (node) => {
    if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return
    const directive = node as Directive
    const data = directive.data as {hName?: unknown} | undefined
    if (data?.hName !== undefined) return
    if (directive.type === 'textDirective' && directive.children.length === 0 && Object.keys(directive.attributes ?? {}).length === 0) return
    const name = directive.name.toLowerCase()
    const match = ours.find((own) => {
      if (own.name === directive.name && own.type === directive.type) return false
      if (own.name === name) return true
      return name.length >= 4 && Math.abs(name.length - own.name.length) <= 2 && editDistance(name, own.name) <= 2
    })
    if (!match) return
    file.message(
      `Unexpected directive \`${colons[directive.type]}${directive.name}\`, expected \`${match.written}\` (did you mean it?); leaving it to other plugins`,
      {place: directive.position, ruleId: 'unknown-directive', source: 'tweetstorm'}
    )
  })
}

/** The candidate one or two edits from `name` (`'blusky'` → `'bluesky'`), for a “did you mean”. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase()
  let best: {name: string; distance: number} | undefined
  for (const candidate of candidates) {
    // Long inputs are never a typo of a short name; skip the quadratic table for them.
    if (Math.abs(lower.length - candidate.length) > 2) continue
    const distance = editDistance(lower, candidate)
    if (distance <= 2 && (!best || distance < best.distance)) best = {name: candidate, distance}
  }
  return best?.name
}

/** Levenshtein distance with adjacent swaps counted as one edit (`tweetabel` is one from `tweetable`). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i]!
      const above = rows[i - 1]!
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1)
    }
  }
  return rows[a.length]![b.length]!
}
