// twemoji-parser ships no types; this is the one function the tests use (twitter-text uses the same one
// to find the emoji it counts as a single weighted unit).
declare module 'twemoji-parser' {
  interface EmojiEntity {
    text: string
    indices: [number, number]
  }
  const twemoji: {parse(text: string, options?: {assetType?: 'png' | 'svg'}): EmojiEntity[]}
  export default twemoji
}
