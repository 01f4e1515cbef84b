import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {createServer} from 'node:http'
import path from 'node:path'
import {createGzip} from 'node:zlib'

const types = {
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

/**
 * Serve a built Astro site (`build.format: 'directory'`) on a free loopback port, the way a static
 * host would: `/x/` serves `x/index.html`, `/x` redirects to `/x/`, anything else is the 404 page.
 *
 * @param {string} root absolute path of the built site
 * @returns {Promise<{origin: string, close(): Promise<void>}>}
 */
export async function serveStatic(root) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    let pathname
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
    const type = types[/** @type {keyof typeof types} */ (path.extname(file))] ?? 'application/octet-stream'
    // Compress text as any real static host does, so Lighthouse measures what visitors would get.
    const gzip = /^(text|application\/(json|xml|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))
    response.writeHead(200, {
      'content-type': type,
      ...(gzip ? {'content-encoding': 'gzip', vary: 'accept-encoding'} : {'content-length': found.size}),
      // Hashed assets never change; pages always revalidate, as a real static host would set them.
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache'
    })
    const body = createReadStream(file)
    if (gzip) body.pipe(createGzip()).pipe(response)
    else body.pipe(response)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = /** @type {import('node:net').AddressInfo} */ (server.address())
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
}
