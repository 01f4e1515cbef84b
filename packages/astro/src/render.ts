// What the `.astro` components call: plain functions, so the markup logic is tested without Astro.
export {clickToTweetHtml, tweetstormHtml, textOfHtml, type ComponentDefaults, type QuoteProps, type RenderContext} from './lib/quotes.js'
export {pageUrlOf} from './lib/page-url.js'
export {threadPreview, type ThreadPreviewProps, type ThreadPreviewModel, type PreviewCard} from './lib/thread-preview.js'
