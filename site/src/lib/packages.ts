/** The published packages, in the order a newcomer meets them. */
export const packages = [
  {
    name: '@tweetstorm/core',
    slug: 'core',
    summary: 'Counting, splitting, per-sentence share anchors and intent links. Plain TypeScript, no DOM.'
  },
  {
    name: '@tweetstorm/remark',
    slug: 'remark',
    summary: 'Click-to-tweet quotes and rant blocks in Markdown, rendered as plain, accessible HTML.'
  },
  {
    name: '@tweetstorm/astro',
    slug: 'astro',
    summary: 'An Astro integration for the Markdown syntax, plus ClickToTweet, Tweetstorm and ThreadPreview components.'
  },
  {
    name: '@tweetstorm/cli',
    slug: 'cli',
    summary: 'The tweetstorm command: split a file into a thread, build an intent link, check posts in CI.'
  }
] as const

export type PackageInfo = (typeof packages)[number]
