// What the `.astro` components call: plain functions, so the markup logic is tested without Astro.
export {threadPreview, type ThreadPreviewProps, type ThreadPreviewModel, type PreviewCard} from './lib/thread-preview.js'
