// Astro components ship as source: Astro compiles `.astro` files from dependencies itself. Plain JS
// (not TS) so that TypeScript reads the declarations in index.d.ts instead of following these imports.
export {default as ClickToTweet} from './ClickToTweet.astro'
export {default as ThreadPreview} from './ThreadPreview.astro'
export {default as Tweetstorm} from './Tweetstorm.astro'
