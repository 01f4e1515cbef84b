export {threadPreview, type ThreadPreviewProps, type ThreadPreviewModel, type PreviewCard} from './lib/thread-preview.js'
export {guessPathname, pageUrl, type PageInfo, type PageUrlHook, type SiteLayout} from './lib/page-url.js'
export {remarkPageUrl, type RemarkPageUrlOptions} from './lib/remark-page-url.js'
