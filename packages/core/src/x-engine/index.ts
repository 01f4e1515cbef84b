// Core's own X counting engine: twitter-text 3.1's parseTweet (config v3), URL, mention, hashtag and
// cashtag extraction, and twemoji-parser's emoji, re-implemented as linear scans over data generated
// from those packages (scripts/generate-x-data.js). twitter-text stays the reference in the tests.
export {emojiSpans, type Span} from './emoji.js'
export {
  cashtagSpans,
  type EntityKind,
  hashtagSpans,
  isValidHashtag,
  type LinkedEntity,
  linkedEntities,
  mentionSpans
} from './entities.js'
export {isTld} from './tlds.js'
export {extractUrls, type UrlMatch} from './urls.js'
export {type Atom, unitWeight, weightedLength, xAtoms, xEntities} from './weigh.js'
