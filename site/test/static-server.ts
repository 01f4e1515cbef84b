import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json'
}

export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string
  close(): Promise<void>
}

/**
 * Serve a built Astro site (`build.format: 'directory'`) on a free loopback port, the way a static
 * host would: `/x/` serves `x/index.html`, `/x` redirects to `/x/`, anything else is the 404 page.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      pathname = '/'
    }
    const file = path.join(root, pathname.endsWith('/') ? pathname + 'index.html' : pathname)
    if (!file.startsWith(root + path.sep) && file !== root) {
      response.writeHead(403).end()
      return
    }
    const found = await stat(file).catch(() => undefined)
    if (found?.isDirectory()) {
      response.writeHead(301, {location: pathname + '/' + url.search}).end()
      return
    }
    if (!found) {
      response.writeHead(404, {'content-type': types['.html']})
      createReadStream(path.join(root, '404.html')).on('error', () => response.end('Not found')).pipe(response)
      return
    }
    response.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'content-length': found.size,
      // Hashed assets never change; pages always revalidate, as a real static host would set them.
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache'
    })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
}
