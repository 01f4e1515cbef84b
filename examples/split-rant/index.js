// Split rant.txt into an X thread and print it, ready to copy post by post.
import {rantThread, render} from './thread.js'

process.stdout.write(render(rantThread()))
