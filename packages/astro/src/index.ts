export {default} from './lib/integration.js'
export {resolveOptions, type Options, type ResolvedOptions} from './lib/options.js'
export {guessPathname, pageUrl, type PageInfo, type PageUrlHook, type SiteLayout} from './lib/page-url.js'
export {remarkPageUrl, type RemarkPageUrlOptions} from './lib/remark-page-url.js'
export {satteriPageUrl, type SatteriPageUrlOptions} from './lib/satteri-page-url.js'
export {
  threadPreview,
  type PreviewCard,
  type ThreadPreviewDefaults,
  type ThreadPreviewModel,
  type ThreadPreviewProps
} from './lib/thread-preview.js'
