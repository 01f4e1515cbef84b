// @types/twitter-text leaves out `configs`, which twitter-text 3.1 exports; the tests count with v3.
import type {ParseTweetOptions} from 'twitter-text'

declare module 'twitter-text' {
  export const configs: {version1: ParseTweetOptions; version2: ParseTweetOptions; version3: ParseTweetOptions}
}
