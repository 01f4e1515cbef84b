// Lighthouse 12 against the built site, served from dist/ on loopback, in Debian's Chromium.
// Usage: node scripts/lighthouse.mjs [--runs=N] [path …]   (after `astro build`; default: a post and the composer)
// Each page is audited N times (default 3) and the run with the median performance score is kept, as
// Lighthouse's own docs advise: simulated throttling multiplies any noise from a busy machine.
// Exits 1 when any category of any page scores below the bar, so it can gate a release by hand.
import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import lighthouse from 'lighthouse'
import {serveStatic} from './static-server.mjs'

const siteRoot = fileURLToPath(new URL('..', import.meta.url))
const reportsDir = path.join(siteRoot, 'test-results', 'lighthouse')
const bar = 95
const categories = ['performance', 'accessibility', 'best-practices', 'seo']
const chromiumPath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
const args = process.argv.slice(2)
const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3)
const paths = args.filter((arg) => !arg.startsWith('--'))
const pages = paths.length ? paths : ['/blog/the-first-tweet-is-the-thread/', '/composer/']

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const {port} = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

async function waitForDevtools(port, deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Chromium did not open its DevTools port ${port} in time`)
}

mkdirSync(reportsDir, {recursive: true})
const server = await serveStatic(path.join(siteRoot, 'dist'))
const port = await freePort()
const profile = mkdtempSync(path.join(tmpdir(), 'tweetstorm-lighthouse-'))
const chromium = spawn(chromiumPath, [...chromiumArgs, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`], {
  stdio: 'ignore'
})

let failed = false
try {
  await waitForDevtools(port, Date.now() + 20_000)
  for (const page of pages) {
    const url = server.origin + page
    const results = []
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, {port, output: 'json', logLevel: 'error', onlyCategories: categories})
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      results.push(result)
    }
    results.sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0))
    const result = results[Math.floor(results.length / 2)]
    const spread = results.map((r) => Math.round((r.lhr.categories.performance?.score ?? 0) * 100)).join(', ')
    const name = page.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'
    writeFileSync(path.join(reportsDir, `${name}.json`), result.report)
    const scores = Object.fromEntries(
      categories.map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)])
    )
    const low = Object.entries(scores).filter(([, score]) => score < bar)
    if (low.length) failed = true
    console.log(
      `${page}  ${categories.map((id) => `${id} ${scores[id]}`).join('  ')}  (performance over ${runs} runs: ${spread})` +
        (low.length ? `  ✖ below ${bar}` : '')
    )
    for (const [id] of low) {
      const audits = result.lhr.categories[id].auditRefs
        .map((ref) => result.lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => `    ${id}: ${audit.title}${audit.displayValue ? ' (' + audit.displayValue + ')' : ''}`)
      console.log(audits.join('\n'))
    }
  }
} finally {
  const exited = chromium.exitCode === null ? once(chromium, 'exit') : Promise.resolve()
  chromium.kill()
  // Chromium writes to its profile until it is gone; removing the folder earlier races with it.
  await exited
  await server.close()
  rmSync(profile, {recursive: true, force: true})
}
process.exitCode = failed ? 1 : 0
