// twitter-text 3.1 is CommonJS without types of its own, and @types/twitter-text misses `configs`.
// These are the parts the tests use (twitter-text is their reference), as twitter-text 3.1.0 defines them.
declare module 'twitter-text' {
  interface WeightRange {
    start: number
    end: number
    weight: number
  }
  interface Configuration {
    version: number
    maxWeightedTweetLength: number
    scale: number
    defaultWeight: number
    emojiParsingEnabled: boolean
    transformedURLLength: number
    ranges: WeightRange[]
  }
  interface ParsedTweet {
    weightedLength: number
    valid: boolean
    permillage: number
    validRangeStart: number
    validRangeEnd: number
    displayRangeStart: number
    displayRangeEnd: number
  }
  interface EntityWithIndices {
    indices: [number, number]
  }
  const twitter: {
    configs: {version3: Configuration; defaults: Configuration}
    parseTweet(text: string, config: Configuration): ParsedTweet
    extractUrlsWithIndices(text: string): Array<EntityWithIndices & {url: string}>
    extractMentionsOrListsWithIndices(text: string): Array<EntityWithIndices & {screenName: string}>
    extractHashtagsWithIndices(text: string): Array<EntityWithIndices & {hashtag: string}>
    extractCashtagsWithIndices(text: string): Array<EntityWithIndices & {cashtag: string}>
    extractEntitiesWithIndices(text: string): EntityWithIndices[]
    isValidHashtag(hashtag: string): boolean
    isValidUsername(username: string): boolean
    regexen: Record<
      | 'validGTLD'
      | 'validCCTLD'
      | 'validPunycode'
      | 'validDomainChars'
      | 'validGeneralUrlPathChars'
      | 'validUrlQueryChars'
      | 'validMentionOrList'
      | 'validHashtag'
      | 'validCashtag'
      | 'bmpLetterAndMarks'
      | 'bmpNumerals'
      | 'astralLetterAndMarks'
      | 'astralNumerals',
      RegExp
    >
  }
  export type {Configuration, ParsedTweet}
  export default twitter
}
