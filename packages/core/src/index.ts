export {countTweet, type CountOptions} from './count-tweet.js'
export {createThreadSplitter, splitThread, type SplitOptions, type ThreadSplitter} from './split.js'
export {tweetables, type TweetablesOptions} from './tweetables.js'
export {
  composeIntent,
  defaultBuildUrl,
  intentUrl,
  type BuildUrl,
  type ComposedIntent,
  type IntentInput,
  type IntentOptions
} from './intent.js'
export {OptionsError, parseOptions} from './options.js'
export {
  platformProfile,
  platforms,
  type HandleRule,
  type LinkCounting,
  type Platform,
  type PlatformProfile,
  type Share,
  type ShareSettings,
  type TailPart
} from './platforms/index.js'
export type {Atom, Counter, Cutting} from './count.js'
export {type EntityKind, type LinkedEntity, linkedEntities} from './x-engine/index.js'
export {
  httpUrlSchema,
  instanceSchema,
  limitSchema,
  linksSchema,
  numberingSchema,
  numberingStyles,
  platformSchema,
  type NumberingStyle
} from './schemas.js'
export type {StandaloneReason} from './standalone.js'
export type {
  IntentParams,
  SourceRange,
  Thread,
  ThreadTweet,
  TweetCount,
  Tweetable
} from './types.js'
