export {countTweet, type CountOptions} from './count.js'
export {splitThread, type SplitOptions} from './split.js'
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
export {OptionsError} from './options.js'
export {type EntityKind, type LinkedEntity, linkedEntities} from './x-engine/index.js'
export type {StandaloneReason} from './standalone.js'
export type {
  IntentParams,
  SourceRange,
  Thread,
  ThreadTweet,
  TweetCount,
  Tweetable
} from './types.js'
