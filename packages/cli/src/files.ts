import {stat} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {InputError} from './errors.js'

/** What `check` looks for inside a folder. */
export const markdownPattern = '**/*.{md,markdown,mdx}'

const ignore = ['**/node_modules/**', '**/.git/**']

/**
 * Expand `check`'s operands into files, in the order given and without duplicates: a file is
 * taken as is, a folder means every Markdown file in it, `-` is stdin, anything else is a glob. An operand that
 * yields nothing is an error rather than a silent pass, so a typo cannot make CI green.
 *
 * Paths are returned as the user would write them (relative to `cwd` when they were).
 */
export async function markdownFiles(
  operands: readonly string[],
  cwd: string
): Promise<string[]> {
  const files: string[] = []
  const seen = new Set<string>()
  const add = (path: string): void => {
    const key = resolve(cwd, path)
    if (seen.has(key)) return
    seen.add(key)
    files.push(path)
  }

  for (const operand of operands) {
    // `-` is stdin, for editors that lint the buffer rather than the file on disk.
    if (operand === '-') {
      if (!seen.has('-')) files.push('-')
      seen.add('-')
      continue
    }
    const kind = await kindOf(resolve(cwd, operand))
    if (kind === 'file') {
      add(operand)
      continue
    }
    if (kind === 'folder') {
      // Globbing inside the folder, not with the folder in the pattern: folder names such as
      // `[slug]` would otherwise be read as glob syntax.
      const found = await glob(markdownPattern, {cwd: resolve(cwd, operand), ignore})
      if (found.length === 0) {
        throw new InputError(
          `Unexpected folder "${operand}" without Markdown files, expected .md, .markdown or .mdx files in it`
        )
      }
      for (const path of found.sort()) add(join(operand, path))
      continue
    }
    if (!isDynamicPattern(operand)) {
      throw new InputError(
        `Cannot read "${operand}": no such file or folder, expected a Markdown file, a folder or a glob`
      )
    }
    const found = await glob(operand, {cwd, ignore})
    if (found.length === 0) {
      throw new InputError(
        `Unexpected pattern "${operand}" that matches no files, expected a glob matching Markdown files`
      )
    }
    for (const path of found.sort()) add(path)
  }
  return files
}

async function kindOf(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    const info = await stat(path)
    return info.isDirectory() ? 'folder' : 'file'
  } catch {
    return undefined
  }
}
