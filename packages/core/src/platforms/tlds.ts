import twitter from 'twitter-text'

// Top-level domains, as twitter-text 3.1 lists them (its URL regex alternations, lower-cased).
// Bluesky checks bare domains against the `tlds` package (IANA's list); twitter-text's list is
// older, so a bare domain under a TLD added since 2019 is counted in full rather than as a link.
const regexen = twitter.regexen
export const topLevelDomains = new Set<string>()
for (const source of [regexen.validGTLD.source, regexen.validCCTLD.source]) {
  for (const tld of source.replace(/^\(\?:\(\?:/, '').replace(/\)\(\?=[\s\S]*$/, '').split('|')) topLevelDomains.add(tld.toLowerCase())
}
