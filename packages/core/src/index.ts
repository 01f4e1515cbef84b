export {countTweet, type CountOptions} from './count.js'
export {splitThread, type SplitOptions} from './split.js'
export {tweetables, type TweetablesOptions} from './tweetables.js'
export {intentUrl, defaultBuildUrl, type IntentOptions, type BuildUrl} from './intent.js'
export {OptionsError} from './options.js'
export type {
  IntentParams,
  SourceRange,
  Thread,
  ThreadTweet,
  TweetCount,
  Tweetable
} from './types.js'
