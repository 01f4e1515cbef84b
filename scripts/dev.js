// `pnpm dev`: the site's Astro dev server on the workspace packages, with the packages rebuilt as you
// edit them. One `tsc --watch` per package the site uses; when a package's dist changes, the dev server
// restarts, because the integration and the remark plugin are loaded with the Astro config (Vite hot-reloads
// pages and the `.astro` components by itself). Ctrl+C stops everything and exits 0.
import {spawn} from 'node:child_process'
import {watch} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildStale} from './build-stale.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const site = join(root, 'site')
const watched = ['core', 'remark', 'astro']
const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc')
const astro = join(site, 'node_modules', 'astro', 'astro.js')
const env = {...process.env, ASTRO_TELEMETRY_DISABLED: '1'}

// The dev server needs every dist before it starts; after this, the watchers keep them fresh.
buildStale(watched)

const children = new Set()
let stopping = false

function start(label, args, cwd) {
  const child = spawn(process.execPath, args, {cwd, env, stdio: ['ignore', 'pipe', 'pipe']})
  const prefix = (stream, out) => {
    let rest = ''
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) out.write(`${label} ${line}\n`)
    })
  }
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  children.add(child)
  child.on('exit', (code) => {
    children.delete(child)
    if (!stopping && child.label !== 'restarting' && code !== 0 && code !== null) {
      console.error(`${label} exited with code ${code}`)
      stop(1)
    }
  })
  return child
}

// Start the dev server once every watcher finished its first compile (which rewrites all of dist), then
// restart it whenever a package's JavaScript changes again.
const pending = new Set(watched)
for (const name of watched) {
  const watcher = start(`[${name}]`, [tsc, '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], join(root, 'packages', name))
  watcher.stdout.on('data', (chunk) => {
    if (pending.has(name) && /Watching for file changes/.test(String(chunk))) {
      pending.delete(name)
      if (pending.size === 0) serve()
    }
  })
}

let server
let timer
function serve() {
  server = start('[site]', [astro, 'dev'], site)
  for (const name of watched) {
    watch(join(root, 'packages', name, 'dist'), {recursive: true}, (_event, file) => {
      if (file && file.endsWith('.js')) restartServer()
    })
  }
}

function restartServer() {
  clearTimeout(timer)
  // tsc writes a package's files one by one: wait until it is done.
  timer = setTimeout(() => {
    if (stopping) return
    console.log('[dev] a package changed: restarting the dev server')
    const old = server
    old.label = 'restarting'
    old.once('exit', () => {
      if (!stopping) server = start('[site]', [astro, 'dev'], site)
    })
    old.kill('SIGTERM')
  }, 500)
}

function stop(code = 0) {
  if (stopping) return
  stopping = true
  clearTimeout(timer)
  for (const child of children) child.kill('SIGTERM')
  const exit = () => process.exit(code)
  if (children.size === 0) exit()
  for (const child of children) child.once('exit', () => children.size === 0 && exit())
  // A child that ignores SIGTERM must not keep the terminal.
  setTimeout(exit, 5000).unref()
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
