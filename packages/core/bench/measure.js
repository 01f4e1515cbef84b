// How the benchmarks measure, in one place. This machine is shared (2 cores, other jobs running), so:
// - CPU time of this process (process.cpuUsage, user + system), never wall time;
// - contenders interleaved: every round runs each once, in an order that alternates between rounds,
//   so a burst of load elsewhere falls on all of them alike;
// - the median of the rounds (at least five);
// - a call too quick to time alone (under a few milliseconds) is repeated within its sample, and the
//   sample divided by the repetitions.

/** CPU milliseconds spent by `run()` (user + system, all threads of this process). */
export function cpu(run) {
  const before = process.cpuUsage()
  run()
  const spent = process.cpuUsage(before)
  return (spent.user + spent.system) / 1000
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Median CPU milliseconds per call of each contender, over `rounds` interleaved rounds.
 *
 * @param {Record<string, () => unknown>} contenders
 * @param {{rounds?: number, sampleMs?: number, warmUp?: boolean, estimates?: Record<string, number>}} [options]
 *   `sampleMs`: repeat quick calls until a sample lasts about this long
 * @returns {Record<string, {median: number, samples: number[], repeat: number}>}
 */
export function interleaved(contenders, {rounds = 5, sampleMs = 4, warmUp = true, estimates} = {}) {
  const names = Object.keys(contenders)
  const repeat = {}
  for (const name of names) {
    // Warm-up (compiles the code paths), and a first estimate of the cost of one call. Calls that
    // take seconds skip it (`warmUp: false`) once the same code ran on a smaller input; a caller
    // that warmed up on a smaller input passes its own `estimates` (ms per call).
    const once = estimates?.[name] ?? (warmUp ? cpu(contenders[name]) : Infinity)
    repeat[name] = once >= sampleMs ? 1 : Math.min(200, Math.ceil(sampleMs / Math.max(once, 0.02)))
  }
  const samples = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse()
    for (const name of order) {
      const run = contenders[name]
      const times = repeat[name]
      samples[name].push(
        cpu(() => {
          for (let index = 0; index < times; index++) run()
        }) / times
      )
    }
  }
  return Object.fromEntries(names.map((name) => [name, {median: median(samples[name]), samples: samples[name], repeat: repeat[name]}]))
}

/** `unit` repeated to exactly `size` code units. */
export const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

const paragraph =
  'Writing online is a strange craft. You write for people you will never meet, and most of them will read ' +
  'only your first line. That is not a tragedy; it is a constraint, and constraints make better writers. ' +
  'Dr. Smith said it well: cut everything that does not earn its place, e.g. adjectives. See ' +
  'https://example.com/essays/first-lines?ref=bench for more, @someone #amwriting 🧵.\n\n'

/** English prose with a URL, a mention, a hashtag, an emoji and abbreviations, `size` code units. */
export const prose = (size) => fill(paragraph, size)

const japaneseParagraph =
  '読者は一つの投稿を単独で読むことが多い。だから、最初の一文がすべてを決める。長い文章は短く区切り、' +
  '各投稿が独立して意味を持つように書くべきだ。詳しくは https://example.com/ja を参照してください。\n\n'

/** Japanese prose (no spaces between words), `size` code units. */
export const japanese = (size) => fill(japaneseParagraph, size)

/**
 * The inputs issue 12 sets against prose of the same size, by the name of their row: Japanese
 * (no spaces between words), and single-token texts (one "word" as long as the text).
 */
export const againstProse = {
  Japanese: (size) => japanese(size),
  '`.`×n': (size) => '.'.repeat(size),
  '`@`×n': (size) => '@'.repeat(size),
  '`(`×n': (size) => '('.repeat(size),
  'mark stack': (size) => 'a' + '\u0301'.repeat(size - 1),
  'ZWJ emoji': (size) => fill('👍🏽\u200d', size)
}

/**
 * Per-round ratios: `ratio(samples, round)` for each round of `samples` (name → CPU ms per round, as
 * `interleaved` or a paired loop records them), and their median. A ratio of two calls made back to
 * back shares their moment's load, where a ratio of two medians may set a calm sample of one against
 * a loaded sample of the other.
 */
export function perRound(rounds, ratio) {
  const ratios = []
  for (let round = 0; round < rounds; round++) ratios.push(ratio(round))
  return {median: median(ratios), ratios}
}

/**
 * A chain of calls run back to back in every round, in order in even rounds and in reverse in odd
 * ones (so that no call always pays for what its neighbour left to collect): the CPU ms of each per
 * round. A ratio of two neighbours in the chain, taken per round (`perRound`), divides two calls made
 * one after the other under the same load.
 *
 * @param {Record<string, () => unknown>} calls
 * @returns {Record<string, number[]>}
 */
export function chained(calls, rounds) {
  const names = Object.keys(calls)
  const samples = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) samples[name].push(cpu(calls[name]))
  }
  return samples
}

/** CPU milliseconds this process has spent so far (all threads). */
export function spentSoFar() {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

/** Milliseconds and ratios, formatted for a table. */
export const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)) + ' ms'
export const times = (value) => value.toFixed(value >= 10 ? 1 : 2) + '×'
