/** The rant the composer and the home page show when someone wants to see tweetstorm work. */
export const exampleDraft = `Hot take: most threads should have been a blog post, and most blog posts should have been a thread. The trick is knowing which one you are writing before you start.

A thread works when every post can stand on its own. If a reader lands on post four from a quote, they should still get something out of it. That means one idea per post, a full stop at the end, and no "as I said above".

A blog post works when the argument needs room: examples, caveats, a table, a diagram. You can link to it from a thread, and the link costs 23 characters whatever its length, so https://tweetstorm.dev/blog/the-first-tweet-is-the-thread/ is as cheap as a short one.

Counting is where people get burned. Emoji like 🧵 count as two, so does every character in 日本語, and the numbering at the end of each post takes its share too. Paste your draft here, pick a limit, and let the splitter do the counting for you. #writing @tweetstorm`
