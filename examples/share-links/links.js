// Three quotes from a blog post, each turned into an X share link that credits the site and
// tags the post. Shared by index.js (prints them) and check.js (checks what was printed).
import {intentUrl} from '@tweetstorm/core'

export const page = 'https://example.com/blog/writing-online'
export const via = '@tweetstorm'
export const hashtags = ['writing', '#editing']

export const quotes = [
  {id: 'deleting', text: 'Writing online is mostly deleting.'},
  {id: 'alone', text: 'Every paragraph has to survive being read alone.'},
  {
    // Too long to share whole with the link and the credit: intentUrl shortens it at a word.
    id: 'rule',
    text:
      'Write the whole thing first, in one place, like an adult. Then split it where a reader would ' +
      'take a breath, not where the counter runs out, and keep a sentence with the one before it ' +
      'when it only works with that one, even if that leaves a post looking a little empty. ' +
      'Link back to the long version for the people who still like to read a thing from the top.'
  }
]

export function shareLinks() {
  return quotes.map((quote) => ({
    ...quote,
    href: intentUrl({text: quote.text, url: `${page}#${quote.id}`, via, hashtags})
  }))
}
