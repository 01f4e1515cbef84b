// Astro components ship as source: Astro compiles `.astro` files from dependencies itself.
export {default as ClickToTweet} from './ClickToTweet.astro'
export {default as ThreadPreview} from './ThreadPreview.astro'
export {default as Tweetstorm} from './Tweetstorm.astro'
