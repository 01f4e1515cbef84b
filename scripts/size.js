// Browser bundle budgets, checked by `pnpm test` (a task of scripts/test.js) after `pnpm build`.
//
// Two bundles, each built here with esbuild the way a browser app would ship it (ESM, minified, tree-shaken,
// browser conditions), then gzipped at level 9:
//   - `core`: `import {splitThread, countTweet} from '@tweetstorm/core'` — what an app pays for the splitter;
//   - `composer`: the site's /composer/ page script (the `<script>` of site/src/pages/composer.astro, read as
//     is), so the figure does not depend on the site having been built first.
// Each prints its size and a breakdown by package (minified bytes from esbuild's metafile; gzip cannot be
// split per package), and the script exits 1 when a bundle is over its budget.
//
// The budgets are the measured sizes plus about 3%, so a change that adds weight fails here and has to raise
// the budget on purpose. Core counts with its own X engine (packages/core/src/x-engine), so neither bundle
// holds twitter-text, core-js or twemoji-parser any more. They are still above the targets of issue 12
// (core ≤ 15 KB, composer ≤ 20 KB gzip): in the core bundle the splitter alone is about 9.6 KB gzip and
// zod/mini about 6.4 KB, together past 15 KB before any counting; the engine's generated data (TLD lists,
// emoji expression, hashtag letter classes, already packed) is about 8.6 KB and its code about 4 KB.
//
//   node scripts/size.js            check the budgets
//   node scripts/size.js --json     the figures as JSON (bytes)
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)))

/** Budgets in gzip bytes (level 9). */
const budgets = {
  // Measured 33,044 B: the counting path reaches only the counting part of each platform profile (no
  // share links, handle rules or sources: −2,192 B), the engine's data packs denser (−558 B) and the
  // limit schema does without z.int() (−388 B). 36,182 B before those; 59,311 B counting through
  // twitter-text; 137,461 B with zod classic. Then 34,894 B (+1,850 B, budget raised on purpose) with the
  // speed work of issue 12 merged: the one-scan cutter of long words with its table of characters that
  // never join a neighbour, the emoji pre-filter, and the prose path's ASCII answers and typed arrays.
  // Then 36,821 B (+1,955 B, budget raised on purpose) with the second round of speed and hostile-input
  // work (2026-12-01): the URL scan's skips and typed-array chain memo, the grapheme windows that skip a
  // repetition, the CJK inner breaks in typed arrays, the sum-of-atoms rule for posts cut inside a
  // word, the cutter's whole-word windows and entity-aware cuts, and the repair with the label in place.
  core: 37_900,
  // Measured 42,817 B with the same (it uses intentUrl and platformProfile, so it keeps every profile
  // whole: +92 B there, −585 B data, −396 B zod). 43,706 B before; 66,767 B through twitter-text;
  // 142,832 B with zod classic. Then 44,869 B (+2,052 B) with the same speed work and tweetables' link
  // writer.
  // Then 46,828 B (+2,004 B) with the same round, and tweetables' sentence-only segmentation and
  // one-pass links.
  composer: 48_200
}

/** The `<script>` of an Astro page: the code Astro bundles for the browser. */
function pageScript(file) {
  const source = readFileSync(file, 'utf8')
  const match = /<script>([\s\S]*?)<\/script>/.exec(source)
  if (!match?.[1]) throw new Error(`size: no <script> in ${path.relative(root, file)}`)
  return match[1]
}

const bundles = [
  {
    name: 'core',
    what: "import {splitThread, countTweet} from '@tweetstorm/core'",
    // Resolved from core's own folder through the package's self-reference, so through its `exports`.
    resolveDir: path.join(root, 'packages/core'),
    contents: "export {splitThread, countTweet} from '@tweetstorm/core'\n",
    loader: 'js'
  },
  {
    name: 'composer',
    what: 'the script of site/src/pages/composer.astro',
    resolveDir: path.join(root, 'site/src/pages'),
    contents: pageScript(path.join(root, 'site/src/pages/composer.astro')),
    loader: 'ts'
  }
]

/** Which package a bundled file belongs to, by its path. */
function packageOf(input) {
  const modules = input.lastIndexOf('node_modules/')
  if (modules !== -1) {
    const [scope = '', name = ''] = input.slice(modules + 'node_modules/'.length).split('/')
    return scope.startsWith('@') ? `${scope}/${name}` : scope
  }
  const own = /^(?:packages\/([^/]+)|(site))\//.exec(path.relative(root, path.resolve(root, input)))
  if (own?.[1]) return `@tweetstorm/${own[1]}`
  if (own?.[2]) return 'site (page code)'
  return input === '<stdin>' ? 'entry' : input
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const results = []
for (const bundle of bundles) {
  const result = await build({
    stdin: {contents: bundle.contents, resolveDir: bundle.resolveDir, loader: bundle.loader, sourcefile: '<stdin>'},
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent'
  })
  const code = result.outputFiles[0].contents
  const gzip = gzipSync(code, {level: 9}).length
  const output = Object.values(result.metafile.outputs)[0]
  const byPackage = new Map()
  for (const [input, {bytesInOutput}] of Object.entries(output.inputs)) {
    const name = packageOf(input)
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput)
  }
  const packages = [...byPackage]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => ({name, minified: bytes}))
  results.push({name: bundle.name, what: bundle.what, minified: code.length, gzip, budget: budgets[bundle.name], packages})
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2))
} else {
  for (const result of results) {
    const verdict = result.gzip <= result.budget ? 'within' : 'OVER'
    console.log(`${result.name}: ${result.what}`)
    console.log(`  ${kib(result.gzip)} gzip (${result.gzip} B), ${kib(result.minified)} minified — ${verdict} the budget of ${kib(result.budget)} gzip (${result.budget} B)`)
    for (const {name, minified} of result.packages) {
      const share = ((minified / result.minified) * 100).toFixed(1).padStart(5)
      console.log(`    ${name.padEnd(28)} ${kib(minified).padStart(10)} minified  ${share}%`)
    }
  }
}
const over = results.filter((result) => result.gzip > result.budget)
if (over.length > 0) {
  console.error(
    `\nsize: over budget: ${over.map((r) => `${r.name} ${r.gzip} B > ${r.budget} B`).join(', ')}.` +
      ' Find what grew in the breakdown above; raise the budget in scripts/size.js only on purpose.'
  )
  process.exit(1)
}
