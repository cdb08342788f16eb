/**
 * Writes every step of the flow, in every language, as a static page of the built site:
 * the client build's index.html with the server-rendered app, the step's own title,
 * description and <html lang>. 404.html keeps the empty shell, for addresses that are not
 * a step (hosts serve it for unknown paths; the app then says what it could read).
 *
 * The site's folder is its base path: a page at `<base>en/topic-login/` is written to
 * `<site>/en/topic-login/index.html`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { escapeHtml } from './html.mjs'

/** Replaces one exact piece of the template, failing loudly if the template changed. */
function fill(html, piece, replacement) {
  if (!html.includes(piece)) throw new Error(`prerender: index.html no longer contains ${piece}`)
  return html.replace(piece, () => replacement)
}

/** Prerenders into `site` with the server build's `pages` and `render`; returns the count, bytes and time taken. */
export async function prerender(site, { pages, render, siteBase }) {
  const started = Date.now()
  const template = await readFile(join(site, 'index.html'), 'utf8')
  await writeFile(join(site, '404.html'), template)
  const list = await pages()
  let bytes = 0
  for (const page of list) {
    if (!page.path.startsWith(siteBase)) throw new Error(`prerender: ${page.path} is outside the base ${siteBase}`)
    const { html, head, route } = await render(page)
    let document = template
    document = fill(document, '<html lang="ja">', `<html lang="${head.lang}">`)
    document = document.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
    document = document.replace(
      /<meta name="description" content="[^"]*"/,
      `<meta name="description" content="${escapeHtml(head.description)}"`,
    )
    document = fill(document, '<div id="app"></div>', `<div id="app" data-prerendered="${escapeHtml(route)}">${html}</div>`)
    const file = join(site, page.path.slice(siteBase.length), 'index.html')
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, document)
    bytes += document.length
  }
  return { count: list.length, bytes, ms: Date.now() - started }
}
