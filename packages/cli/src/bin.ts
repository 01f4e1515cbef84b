#!/usr/bin/env node
import {main} from './index.js'

// `tweetstorm split big.txt | head` closes the pipe early; that is not an error worth a trace.
// Exiting here would beat `main` to the exit code (a `check` with problems would pass under
// `pipefail`), so the error is only kept from crashing the process: the failed write rejects
// in `main`, which stops and exits non-zero, because output was lost.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

process.exitCode = await main(process.argv.slice(2))
