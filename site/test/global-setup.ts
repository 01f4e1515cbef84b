import {chromium} from 'playwright-core'
import type {TestProject} from 'vitest/node'
import {serveStatic} from '../scripts/static-server.mjs'
import {chromiumArgs, chromiumPath} from './browser'
import {distDir} from './site'

/**
 * One static server for the built site and one Chromium for every test file: each file connects to
 * the browser instead of starting its own, which is most of what the browser suite used to spend.
 * The site itself is built once, by the `test` script, before vitest starts.
 */
export default async function setup(project: TestProject) {
  const server = await serveStatic(distDir)
  const browser = await chromium.launchServer({executablePath: chromiumPath, args: chromiumArgs})
  project.provide('siteOrigin', server.origin)
  project.provide('browserEndpoint', browser.wsEndpoint())
  return async () => {
    await browser.close()
    await server.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>`, serving `dist/` the way a static host would. */
    siteOrigin: string
    /** Where the shared Chromium listens; connect with `chromium.connect`. */
    browserEndpoint: string
  }
}
