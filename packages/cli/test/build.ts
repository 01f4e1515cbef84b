import {execFileSync} from 'node:child_process'
import {chmodSync, readdirSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

function newest(folder: string): number {
  let time = 0
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return time
}

/**
 * The tests run the built bin as users do. Root `pnpm test` builds first; when this package's
 * tests run alone after an edit, rebuild rather than test a stale `dist`.
 */
export default function build(): void {
  let built = 0
  try {
    built = statSync(join(root, 'dist/bin.js')).mtimeMs
  } catch {
    built = 0
  }
  if (built >= newest(join(root, 'src'))) return
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {cwd: root, stdio: 'inherit'})
  chmodSync(join(root, 'dist/bin.js'), 0o755)
}
