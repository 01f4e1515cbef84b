import {xEntities} from '../count.js'
import {measuredCounter} from './measure.js'
import {type CountingProfile, type PlatformProfile, withSharing} from './profile.js'
import {xHandle} from './x.js'

// LinkedIn. A post's commentary holds 3,000 characters. LinkedIn does not document its unit;
// tweetstorm counts UTF-16 code units (what a JavaScript composer's `length` reports, and what Buffer
// counts for LinkedIn), an upper bound of code points and grapheme clusters, so an emoji counts 2 and a
// family of four 11. Links count as written.
//
// LinkedIn's documented share link, `https://www.linkedin.com/sharing/share-offsite/?url=`, takes
// only a URL: LinkedIn builds the preview from the page's Open Graph tags, and the member writes the
// text. So the share text is not carried; `composeIntent` still fits it to 3,000 and returns it for a
// surface that offers it to copy.

export const linkedinCounter = measuredCounter({
  platform: 'linkedin',
  defaultLimit: 3000,
  maxLimit: 3000,
  spans: () => [],
  cluster: (_text, start, end) => end - start,
  entities: xEntities
})

/** The counting part of the LinkedIn profile: all that splitThread and countTweet read of it. */
export const linkedinCounting: CountingProfile = {
  name: 'linkedin',
  label: 'LinkedIn',
  limit: {min: 40, default: 3000, max: 3000},
  needsInstance: false,
  counter: linkedinCounter
}

export const linkedin: PlatformProfile = /* @__PURE__ */ withSharing(linkedinCounting, {
  shareTail: () => [],
  // Not carried: the share link takes a URL only.
  handle: xHandle,
  carries: {text: false, url: true, via: false, hashtags: false, related: false, inReplyTo: false},
  shareUrl(share) {
    const url = new URL('https://www.linkedin.com/sharing/share-offsite/')
    if (share.url) url.searchParams.set('url', share.url)
    return url.href
  },
  sources: [
    {rule: '3,000 characters per post', url: 'https://www.linkedin.com/help/linkedin/answer/a528176'},
    {rule: '3,000, counted in UTF-16 code units by a scheduler that posts to LinkedIn', url: 'https://developers.buffer.com/guides/character-limits'},
    {rule: 'share link https://www.linkedin.com/sharing/share-offsite/?url= (a URL only)', url: 'https://learn.microsoft.com/en-us/linkedin/consumer/integrations/self-serve/share-on-linkedin'},
    {rule: 'the share plugin takes a data-url only; members write their own post', url: 'https://learn.microsoft.com/en-us/linkedin/consumer/integrations/self-serve/plugins/share-plugin'}
  ]
})
