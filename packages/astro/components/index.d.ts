// Types for `@tweetstorm/astro/components`, so that a `.ts` file importing the components type-checks with
// plain `tsc` (which cannot read the `.astro` sources that `index.ts` re-exports). Each component has the
// shape Astro's language tools give an `.astro` file: a function of its props. Astro itself compiles the
// `.astro` files; this file is only read by TypeScript.
import type {QuoteProps, ThreadPreviewProps} from '../dist/render.js'

/** A click-to-tweet quote box: the same markup as a `:::tweetable` block. */
export declare function ClickToTweet(props: QuoteProps): any
/** A rant block whose every sentence has its own share link: the same markup as `:::tweetstorm`. */
export declare function Tweetstorm(props: QuoteProps): any
/** A text or a list of posts shown as a thread of cards, each with its weighted length. */
export declare function ThreadPreview(props: ThreadPreviewProps): any
