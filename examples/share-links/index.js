// Print an X share link for each quote: paste them into a page as "Tweet this" links.
import {shareLinks} from './links.js'

for (const link of shareLinks()) {
  console.log(`${link.id}: ${link.href}`)
}
