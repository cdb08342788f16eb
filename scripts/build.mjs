/**
 * `npm run build`: the whole static site in dist/, for the site's root or for any base path
 * a city's website gives it:
 *
 *   npm run build -- --base /kikaku/mynumber/guide/
 *
 * The base is Vite's `base`, set here once for both builds. Everything after them reads it
 * back from the built server entry (`siteBase`), so nothing else is told it twice.
 *
 * 1. the client build (Vite), the guide and the review page;
 * 2. the server build of `src/entry-server.ts`, for prerendering;
 * 3. every step prerendered as a page, and 404.html, the empty shell (scripts/prerender.mjs);
 * 4. the accessibility statement and the last test report, under accessibility/
 *    (scripts/accessibility-pages.mjs);
 * 5. the service worker, scoped to the base, which precaches them too (scripts/service-worker.mjs);
 * 6. the web server settings for this base, beside the site (scripts/deploy.mjs).
 *
 * `--out-dir` builds elsewhere than dist/ (the server build goes beside it, `<dir>-ssr`).
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'vite'
import { writeAccessibilityPages } from './accessibility-pages.mjs'
import { writeDeploySnippets } from './deploy.mjs'
import { prerender } from './prerender.mjs'
import { writeServiceWorker } from './service-worker.mjs'

/**
 * A base path as Vite's `base` takes it for a site served under it: from the root, with a
 * trailing slash. A full URL or a relative base would make the addresses the guide writes
 * (the QR code, the printed address, Back) depend on the page they are read from.
 */
export function normalizeBase(base) {
  // Folder names as a URL and a web server's settings take them as they are: no `.` or `..`,
  // no empty segment, nothing that needs escaping or would end a setting.
  const segments = base.replace(/\/$/, '').split('/').slice(1)
  const plain = (segment) => /^[A-Za-z0-9._~-]+$/.test(segment) && segment !== '.' && segment !== '..'
  if (!base.startsWith('/') || (base !== '/' && !segments.every(plain))) {
    throw new Error(`--base must be a path from the site's root, such as /kikaku/mynumber/guide/ (got "${base}")`)
  }
  return base.endsWith('/') ? base : `${base}/`
}

/** Builds the site under `base` into `outDir`; returns what a caller may print. */
async function buildSite({ base = '/', outDir = 'dist' } = {}) {
  base = normalizeBase(base)
  const serverDir = `${outDir}-ssr`
  await build({ base, build: { outDir } })
  await build({ base, build: { ssr: 'src/entry-server.ts', outDir: serverDir } })
  const server = await import(pathToFileURL(resolve(serverDir, 'entry-server.js')).href)
  const pages = await prerender(outDir, server)
  const accessibility = await writeAccessibilityPages(outDir, server)
  const worker = await writeServiceWorker(outDir, server.siteBase)
  const deploy = await writeDeploySnippets(`${outDir}-deploy`, server.siteBase)
  return { base: server.siteBase, pages, worker, accessibility, deploy }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { base: { type: 'string', default: '/' }, 'out-dir': { type: 'string', default: 'dist' } } })
  const { base, pages, worker, accessibility, deploy } = await buildSite({ base: values.base, outDir: values['out-dir'] })
  console.log(`prerender: ${pages.count} pages in ${pages.ms} ms, ${(pages.bytes / 1024 / 1024).toFixed(1)} MB, under ${base}`)
  console.log(`service worker: precaches ${worker.count} files, ${(worker.size / 1024).toFixed(1)} KB, scope ${base}`)
  console.log(
    `accessibility: the statement in ja and en; ${accessibility.report ? `the test report of ${accessibility.report}` : 'no test report yet'}`,
  )
  if (accessibility.placeholders.length > 0) {
    console.warn(`accessibility: the statement still has parts to fill in: ${accessibility.placeholders.join(', ')}`)
  }
  console.log(`web server settings for ${base}: ${deploy.join(', ')}`)
}
