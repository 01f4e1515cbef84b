export {default} from './lib/plugin.js'
export {tweetableElement, tweetstormElement} from './lib/elements.js'
export {threadFromMarkdown, type ThreadFromMarkdownOptions} from './lib/thread-from-markdown.js'
export {
  defaultLabels,
  optionsSchema,
  resolveOptions,
  type Labels,
  type Options,
  type ResolvedOptions
} from './lib/options.js'
export {networkLabels} from './lib/networks.js'
// The networks links can go to, as core names them.
export type {Platform} from '@tweetstorm/core'
// The hook pattern of `buildUrl`: wrap core's default to change one thing.
export {defaultBuildUrl, type BuildUrl} from '@tweetstorm/core'
