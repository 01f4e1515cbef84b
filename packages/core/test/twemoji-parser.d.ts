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

// The expression twemoji-parser matches with, which core's X engine ships packed (src/x-engine/data.ts).
declare module 'twemoji-parser/dist/lib/regex.js' {
  const expression: RegExp
  export default expression
}
