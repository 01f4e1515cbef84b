export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string
  close(): Promise<void>
}

/**
 * Serve a built Astro site (`build.format: 'directory'`) on a free loopback port, the way a static
 * host would: `/x/` serves `x/index.html`, `/x` redirects to `/x/`, anything else is the 404 page.
 */
export function serveStatic(root: string): Promise<StaticServer>
