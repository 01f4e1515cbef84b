// Packs @tweetstorm/core, remark and astro as a user would receive them, installs the tarballs with npm
// into scratch copies of the stock Astro blog starter (test/fixtures/starter-blog), one per Astro major,
// and runs real `astro build`s. Shared by tarballs.test.ts (the HTML) and contrast.test.ts (the browser).
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const workspace = path.resolve(here, '../../../..')
const fixture = path.resolve(here, '../fixtures/starter-blog')

/** Astro 7 needs Node ≥ 22.12: use the running Node when it is new enough, else the workspace's Node 24. */
export const modernNode =
  Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : path.join(workspace, 'node_modules/.bin/node')

/** The dependencies a new user's starter has on each Astro major (what `npm create astro` gives). */
const majors = {
  5: {astro: '^5.18.2', '@astrojs/mdx': '^4.3.14', '@astrojs/rss': '^4.0.12', '@astrojs/sitemap': '^3.6.0'},
  7: {
    astro: '^7.3.5',
    '@astrojs/mdx': '^8.0.2',
    '@astrojs/rss': '^4.0.19',
    '@astrojs/sitemap': '^3.7.3',
    // Only the opt-in build uses it (`markdown.processor: unified()`); Sätteri needs nothing extra.
    '@astrojs/markdown-remark': '^7.3.1'
  }
} as const
export type Major = keyof typeof majors

/** A config of the starter: with or without the integration, on the major's default processor or unified. */
export interface Variant {
  major: Major
  integration: boolean
  processor: 'default' | 'unified'
}

export interface Build {
  outDir: string
  output: string
  /** CPU seconds (user + system) the `astro build` process used. */
  cpu: number
}

/** User + system CPU seconds of this process's finished children (Linux `/proc/self/stat`), or NaN. */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
    // Fields 16 and 17 of stat (cutime, cstime), in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return Number.NaN
  }
}

/** npm must not inherit the settings pnpm exports to the scripts it runs. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_package_|npm_lifecycle_|npm_config_user_agent$|npm_execpath$|npm_node_execpath$|npm_command$|pnpm_)/i.test(key)) continue
    env[key] = value
  }
  return {...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', npm_config_engine_strict: 'false'}
}

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: npmEnv(), maxBuffer: 64 * 1024 * 1024})
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${output}${result.error ?? ''}`)
  return output
}

/** Pack the three packages into `into` and return their tarball paths by package name. */
function pack(into: string): Record<string, string> {
  const tarballs: Record<string, string> = {}
  for (const name of ['core', 'remark', 'astro']) {
    const dir = path.join(workspace, 'packages', name)
    if (!existsSync(path.join(dir, 'dist'))) throw new Error(`packages/${name}/dist is missing: run \`pnpm build\` first.`)
    const prefix = `tweetstorm-${name}-`
    for (const old of readdirSync(into)) if (old.startsWith(prefix)) rmSync(path.join(into, old))
    run('pnpm', ['pack', '--pack-destination', into], dir)
    const made = readdirSync(into).find((file) => file.startsWith(prefix) && file.endsWith('.tgz'))
    if (!made) throw new Error(`pnpm pack made no tarball for packages/${name}`)
    tarballs[`@tweetstorm/${name}`] = path.join(into, made)
  }
  return tarballs
}

/** The starter's config as a variant needs it. The fixture's own config is the one with the integration. */
function configOf(variant: Variant): string {
  let config = readFileSync(path.join(fixture, 'astro.config.mjs'), 'utf8')
  if (!variant.integration) {
    config = config.replace("import tweetstorm from '@tweetstorm/astro';\n", '').replace(', tweetstorm()]', ']')
    if (config.includes('tweetstorm')) throw new Error('could not take tweetstorm out of the starter config')
  }
  if (variant.processor === 'unified') {
    config = config
      .replace("import { defineConfig } from 'astro/config';", "import { unified } from '@astrojs/markdown-remark';\nimport { defineConfig } from 'astro/config';")
      .replace("\tsite: 'https://example.com',", "\tsite: 'https://example.com',\n\tmarkdown: { processor: unified() },")
    if (!config.includes('processor: unified()')) throw new Error('could not opt the starter config into unified')
  }
  return config
}

export interface Starter {
  root: string
  /** CPU seconds of `npm install`. */
  installCpu: number
  build(variant: Omit<Variant, 'major'>): Build
}

/** One scratch directory for the whole run, removed by `cleanUp`. */
let scratch: string | undefined
let tarballs: Record<string, string> | undefined
const starters = new Map<Major, Starter>()
const builds = new Map<string, Build>()

export function cleanUp() {
  if (scratch && !process.env['TWEETSTORM_SCRATCH']) rmSync(scratch, {recursive: true, force: true})
  scratch = undefined
  tarballs = undefined
  starters.clear()
  builds.clear()
}

/** The starter on an Astro major, with the packed tarballs installed by npm. */
export function starter(major: Major): Starter {
  const known = starters.get(major)
  if (known) return known
  // TWEETSTORM_SCRATCH keeps the scratch copies and reuses their installs (while working on these tests).
  scratch ??= process.env['TWEETSTORM_SCRATCH'] || path.join(tmpdir(), `tweetstorm-starter-${process.pid}`)
  mkdirSync(scratch, {recursive: true})
  tarballs ??= pack(scratch)

  const root = path.join(scratch, `astro${major}`)
  const reuse = Boolean(process.env['TWEETSTORM_SCRATCH']) && existsSync(path.join(root, 'node_modules'))
  if (!reuse) rmSync(root, {recursive: true, force: true})
  // A reused install must take the new tarballs, which have the same names and versions as the old ones.
  for (const stale of ['node_modules/@tweetstorm', 'package-lock.json']) rmSync(path.join(root, stale), {recursive: true, force: true})
  cpSync(fixture, root, {recursive: true, filter: (source) => !/[/\\](node_modules|dist|\.astro)$/.test(source)})
  const dependencies = {...majors[major], ...Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]))}
  writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify({name: 'starter-blog', type: 'module', version: '0.0.1', private: true, dependencies}, null, 2) + '\n'
  )
  const cpuBefore = childrenCpu()
  // No --legacy-peer-deps: npm has to accept our peer range on every major.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], root)
  const installCpu = childrenCpu() - cpuBefore

  const made: Starter = {
    root,
    installCpu,
    build(options) {
      const variant: Variant = {major, ...options}
      const name = `${options.integration ? 'with' : 'without'}-${options.processor}`
      const key = `${major}:${name}`
      const done = builds.get(key)
      if (done) return done
      writeFileSync(path.join(root, `astro.config.${name}.mjs`), configOf(variant))
      const outDir = path.join(root, `dist-${name}`)
      const manifest = JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')) as {bin: {astro: string}}
      const astro = path.join(root, 'node_modules/astro', manifest.bin.astro)
      const before = childrenCpu()
      const output = run(modernNode, [astro, 'build', '--config', `astro.config.${name}.mjs`, '--outDir', outDir], root)
      const build = {outDir, output, cpu: childrenCpu() - before}
      builds.set(key, build)
      return build
    }
  }
  starters.set(major, made)
  return made
}

/** Every `.html` file of a build, relative to its root. */
export function htmlFiles(outDir: string, dir = ''): string[] {
  return readdirSync(path.join(outDir, dir), {withFileTypes: true}).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(outDir, file)
    return entry.name.endsWith('.html') ? [file] : []
  })
}
