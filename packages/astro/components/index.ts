// Astro components ship as source: Astro compiles `.astro` files from dependencies itself.
export {default as ThreadPreview} from './ThreadPreview.astro'
