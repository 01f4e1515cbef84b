export {countTweet, type CountOptions} from './count.js'
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
export {OptionsError} from './options.js'
export type {StandaloneReason} from './standalone.js'
export type {
  IntentParams,
  SourceRange,
  Thread,
  ThreadTweet,
  TweetCount,
  Tweetable
} from './types.js'
