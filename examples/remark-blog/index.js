// Render post.md to HTML with click-to-tweet links and print it (warnings go to stderr).
import {renderPost} from './render.js'

const {html, messages} = await renderPost()
for (const message of messages) console.error(message)
process.stdout.write(html + '\n')
