/**
 * Serves a built site as its hosts do (docs/deploy/): Vite's preview server under the base
 * the site was built for, each step's prerendered page, a folder's address without its last
 * slash redirected to the address with it, and for any other address under the base the
 * empty shell, 404.html, with status 404. (Vite's own fallback would send the start page
 * instead.) Outside the base Vite finds nothing (it redirects only the origin's bare root to
 * the base), so a link or a file that escapes the base fails where it is used.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { preview } from 'vite'

/** The file an address names inside the site; undefined for one that cannot be decoded or leaves the site. */
function fileIn(site, pathname) {
  try {
    const file = resolve(site, `.${decodeURIComponent(pathname)}`)
    return file.startsWith(resolve(site) + sep) ? file : undefined
  } catch {
    return undefined
  }
}

/** What `configurePreviewServer` adds after Vite's own files: the shell for an address that is not a file. */
function notFoundShell(site) {
  return {
    name: 'not-found-shell',
    configurePreviewServer(server) {
      return () =>
        server.middlewares.use((request, response, next) => {
          const { pathname, search } = new URL(request.url ?? '/', 'http://site')
          const file = fileIn(site, pathname)
          if (file && existsSync(file) && statSync(file).isFile()) return next()
          // A page's folder without its last slash: sent to the address with it, as web servers
          // do, so that the page's relative links resolve inside its folder.
          if (file && existsSync(join(file, 'index.html'))) {
            response.writeHead(301, { Location: `${request.originalUrl?.split('?')[0] ?? pathname}/${search}` })
            response.end()
            return
          }
          response.statusCode = 404
          response.setHeader('Content-Type', 'text/html; charset=utf-8')
          response.end(readFileSync(join(site, '404.html')))
        })
    },
  }
}

/** Starts serving `site`, built for `base`; resolves to the server and the site's address (with the base, no trailing slash). */
export async function serveSite({ site = 'dist', base = '/', port = 0, host = '127.0.0.1', strictPort = false } = {}) {
  const server = await preview({
    configFile: false,
    base,
    appType: 'mpa',
    build: { outDir: site },
    preview: { port, host, strictPort },
    plugins: [notFoundShell(site)],
    logLevel: 'warn',
  })
  const origin = server.resolvedUrls?.local[0]
  if (!origin) throw new Error('The preview server did not report its address')
  return {
    server,
    url: new URL(base, origin).href.replace(/\/$/, ''),
    close: () => new Promise((resolve) => server.httpServer.close(resolve)),
  }
}
