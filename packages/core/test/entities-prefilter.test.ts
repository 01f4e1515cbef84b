// xEntities runs the mention, hashtag and cashtag extractors only when the word holds one of their
// marks (@ ＠ # ＃ $): pinned to twitter-text's four extractors on words with and without them.
import fc from 'fast-check'
import twitter from 'twitter-text'
import {describe, expect, it} from 'vitest'
import {xEntities} from '../src/x-engine/index.js'

const piece = fc.constantFrom(
  '@', '＠', '#', '＃', '$', '@user', '＠ユーザー', '@user/list', '#tag', '＃タグ', '#日本', '$TSLA', '$BRK.A', 'tag', 'user',
  '東', '日本語', '。', '、', 'a', '_', '1', '.', '/', 'https://example.com/#x', 'example.jp', 'http://a.com#x', '👍'
)
const word = fc.array(piece, {maxLength: 16}).map((parts) => parts.join(''))
const spans = (entities: Array<{indices: [number, number]}>) => entities.map((entity) => entity.indices)

describe('xEntities', () => {
  it('is the sorted union of twitter-text extractors, with or without an entity mark (fast-check)', () => {
    fc.assert(
      fc.property(word, (text) => {
        const expected = [
          ...twitter.extractUrlsWithIndices(text).map((url) => url.indices),
          ...spans(twitter.extractMentionsOrListsWithIndices(text)),
          ...spans(twitter.extractHashtagsWithIndices(text)),
          ...spans(twitter.extractCashtagsWithIndices(text))
        ].sort((a, b) => a[0] - b[0])
        expect(xEntities(text)).toEqual(expected)
      }),
      {numRuns: 1500}
    )
  })
})
