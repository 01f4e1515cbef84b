/** The X handle the site credits in share links (` via @tweetstorm`), without the @. */
export const siteHandle = 'tweetstorm'
