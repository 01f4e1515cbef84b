import type {Options} from '@tweetstorm/remark'
import type {Processor} from 'unified'

// One reader for every command: which files are Markdown, which are MDX, and how each is parsed.
// `check` lints with the same syntax `split` reads, so front matter, `import` lines and JSX are
// syntax to both, never text to post.

/** Whether a path names a Markdown file (`.md`, `.markdown` or `.mdx`). */
export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown|mdx)$/i.test(path)
}

/** Whether a path names an MDX file: `import`/`export`, JSX and `{expressions}` are syntax there. */
export function isMdxPath(path: string): boolean {
  return /\.mdx$/i.test(path)
}

/** Turn a Markdown (or MDX) post into the plain text `splitThread` expects. */
export async function markdownToThreadText(markdown: string, {mdx = false}: {mdx?: boolean} = {}): Promise<string> {
  const {threadFromMarkdown} = await import('@tweetstorm/remark')
  return threadFromMarkdown(markdown, {mdx})
}

/** The processor `check` lints with: front matter, directives, MDX when asked, and the plugin. */
export async function lintProcessor(options: Options, {mdx = false}: {mdx?: boolean} = {}): Promise<Processor> {
  const [{default: remarkTweetstorm}, {default: remarkFrontmatter}, {default: remarkMdx}, {default: remarkParse}, {unified}] =
    await Promise.all([
      import('@tweetstorm/remark'),
      import('remark-frontmatter'),
      import('remark-mdx'),
      import('remark-parse'),
      import('unified')
    ])
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(mdx ? [remarkMdx] : [])
    .use(remarkTweetstorm, options)
  // Options are validated when the processor freezes.
  processor.freeze()
  return processor as unknown as Processor
}
