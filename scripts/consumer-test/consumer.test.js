// The consumer test: the packages as a user gets them from npm. Each package is packed with `pnpm pack`
// (so `workspace:*` becomes a version and only `files` ships), the tarballs are installed with npm into
// scratch projects under os.tmpdir() (outside the workspace, so nothing resolves through it), and each
// case runs what a user would run. Needs built packages (`pnpm build`) and the npm registry for the
// third-party dependencies. Run with `pnpm test:consumer` at the root.
import assert from 'node:assert/strict'
import {execFile, execFileSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../', import.meta.url))
const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))
const packages = ['core', 'remark', 'astro', 'cli']
const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc')
// Quiet npm (no audit, fund or update notices) so the log shows what the test checks.
const npmEnv = {...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false'}

const scratch = mkdtempSync(join(tmpdir(), 'tweetstorm-consumer-'))
const tarballs = {}
const project = join(scratch, 'project')
const globalPrefix = join(scratch, 'global')

async function npm(args, cwd) {
  return run('npm', args, {cwd, env: npmEnv, maxBuffer: 64 * 1024 * 1024})
}

// The fenced block that follows the first line matching `after` in `markdown`.
function blockAfter(markdown, after) {
  const start = markdown.search(after)
  assert.ok(start >= 0, `README has no ${after}`)
  const match = /```[a-z]*\n([\s\S]*?)\n```/.exec(markdown.slice(start))
  assert.ok(match, `README has no code block after ${after}`)
  return match[1]
}

const remarkReadme = readFileSync(join(root, 'packages/remark/README.md'), 'utf8')
const installSection = remarkReadme.slice(remarkReadme.indexOf('## Install'), remarkReadme.indexOf('## Use'))
// The last `npm install` line of the Install section names what the Use example needs.
const readmeInstall = [...installSection.matchAll(/^npm install (.+)$/gm)].at(-1)?.[1].split(/\s+/) ?? []

before(async () => {
  const packed = join(scratch, 'tarballs')
  mkdirSync(packed)
  const sizes = []
  for (const name of packages) {
    const dir = join(root, 'packages', name)
    const {stdout} = await run('pnpm', ['pack', '--json', '--pack-destination', packed], {cwd: dir})
    const info = JSON.parse(stdout)
    tarballs[name] = info.filename
    const unpacked = info.files.reduce((sum, file) => sum + statSync(join(dir, file.path)).size, 0)
    sizes.push(`${info.name}: ${kb(statSync(info.filename).size)} packed, ${kb(unpacked)} unpacked, ${info.files.length} files`)
  }
  console.log(sizes.join('\n'))

  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
  cpSync(fixtures, project, {recursive: true})
  const fromRegistry = readmeInstall.filter((name) => !name.startsWith('@tweetstorm/'))
  // Both installs at once: they share npm's cache but not a folder.
  await Promise.all([
    npm(['install', ...packages.map((name) => tarballs[name]), ...fromRegistry, '@types/node@^20.19.0'], project),
    // The bin's own dependencies on core and remark are not on the registry yet, so their tarballs go in too.
    npm(['install', '--global', '--prefix', globalPrefix, tarballs.core, tarballs.remark, tarballs.cli], scratch)
  ])
})

after(() => rmSync(scratch, {recursive: true, force: true}))

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`

const expectedProbe = {
  length: 16,
  tweets: 3,
  tweetables: 2,
  intent: 'https://x.com/intent/tweet?text=Hi&url=https%3A%2F%2Fexample.com%2F',
  plugin: 'function',
  thread: 'Title\n\nSome text with a link https://example.com/.'
}

describe('Node', () => {
  it('imports core, remark and cli as ESM', async () => {
    const {stdout} = await run(process.execPath, ['esm.mjs'], {cwd: project})
    assert.deepEqual(JSON.parse(stdout), {...expectedProbe, cli: 'function'})
  })

  it('requires core and remark from CommonJS', async () => {
    const {stdout, stderr} = await run(process.execPath, ['cjs.cjs'], {cwd: project})
    assert.deepEqual(JSON.parse(stdout), expectedProbe)
    // Node 20 warns that require(esm) is experimental; anything else would be a real problem.
    assert.equal(stderr.replace(/.*ExperimentalWarning.*\n|.*--trace-warnings.*\n/g, ''), '')
  })
})

describe('TypeScript', () => {
  const check = async (config) => {
    const result = await run(process.execPath, [tsc, '-p', config], {cwd: project}).catch((error) => error)
    assert.equal(result.stdout, '', `tsc -p ${config} reported:\n${result.stdout}`)
  }
  for (const resolution of ['node16', 'bundler']) {
    // Our declarations are checked too (skipLibCheck off): they must hold on their own.
    it(`type-checks core, remark, cli and @tweetstorm/astro/components (${resolution}, skipLibCheck off)`, () =>
      check(`tsconfig.${resolution}.json`))
    // Astro's own declarations do not pass with skipLibCheck off (unstorage drivers, Cloudflare globals), so
    // the integration is checked the way Astro's tsconfig presets do it.
    it(`type-checks the @tweetstorm/astro integration against astro (${resolution}, skipLibCheck on)`, () =>
      check(`tsconfig.${resolution}.astro.json`))
  }
})

describe('remark README', () => {
  it('installs with exactly what its Install section names', () => {
    assert.ok(readmeInstall.includes('@tweetstorm/remark'), `Install names ${readmeInstall.join(' ')}`)
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'))
    for (const name of readmeInstall) assert.ok(name in manifest.dependencies, `${name} was not installed`)
  })

  it('prints the output the README shows when its example runs verbatim', async () => {
    writeFileSync(join(project, 'example.md'), blockAfter(remarkReadme, /following file `example\.md`/) + '\n')
    writeFileSync(join(project, 'example.js'), blockAfter(remarkReadme, /a module `example\.js`/) + '\n')
    const {stdout} = await run(process.execPath, ['example.js'], {cwd: project})
    // The README breaks long tags before each attribute ("line breaks added between attributes").
    const shown = blockAfter(remarkReadme, /running `node example\.js` yields/).replace(/\n {2}(?=[a-z-]+=)/g, ' ')
    assert.equal(stdout.trimEnd(), shown)
  })
})

describe('CLI from a global prefix', () => {
  const bin = join(globalPrefix, 'bin', 'tweetstorm')

  it('splits stdin into a numbered thread', () => {
    const text = 'Nobody warned me that writing online is mostly deleting. '.repeat(8)
    const output = execFileSync(bin, ['split'], {input: text, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    const headers = output.match(/^── Tweet \d+ of \d+ · \d+\/280 ──$/gm) ?? []
    assert.equal(headers.length, 2, output)
    assert.match(output, /Nobody warned me that writing online is mostly deleting\./)
  })

  it('prints JSON with --json', () => {
    const output = execFileSync(bin, ['split', '--json', '--limit', '100'], {
      input: 'One short sentence. Another short sentence. A third one to make it split.',
      encoding: 'utf8'
    })
    const {tweets} = JSON.parse(output)
    assert.ok(tweets.length >= 1)
    for (const tweet of tweets) assert.ok(tweet.length <= 100, JSON.stringify(tweet))
  })
})
