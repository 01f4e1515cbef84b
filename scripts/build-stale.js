// Build only the packages whose dist is missing or older than their sources, so `pnpm start` and
// `pnpm dev` do not recompile four packages that are already up to date. `tsc` rewrites every output
// of a package, so dist/index.js is as old as the package's last build.
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
// In dependency order: a package is built after what it imports.
export const packages = ['core', 'remark', 'astro', 'cli']

function newest(path) {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  let latest = stats.mtimeMs
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)))
  return latest
}

export function isStale(name) {
  const dir = join(root, 'packages', name)
  const output = join(dir, 'dist', 'index.js')
  if (!existsSync(output)) return true
  const inputs = ['src', 'package.json', 'tsconfig.build.json'].map((file) => join(dir, file)).filter(existsSync)
  return Math.max(...inputs.map(newest)) > statSync(output).mtimeMs
}

export function buildStale(names = packages) {
  const stale = names.filter(isStale)
  if (stale.length === 0) {
    console.log(`dist is up to date (${names.join(', ')})`)
    return
  }
  const filters = stale.flatMap((name) => ['--filter', `@tweetstorm/${name}`])
  // pnpm orders the filtered packages by their dependencies.
  const result = spawnSync('pnpm', [...filters, 'build'], {cwd: root, stdio: 'inherit'})
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildStale()
