/**
 * Writes every step of the flow, in every language, as a static page in dist/: the
 * client build's index.html with the server-rendered app, the step's own title,
 * description and <html lang>. dist/404.html keeps the empty shell, for addresses that
 * are not a step (hosts serve it for unknown paths; the app then says what it could read).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

const { pages, render } = await import('../dist-ssr/entry-server.js')

const started = Date.now()
const template = await readFile('dist/index.html', 'utf8')
await writeFile('dist/404.html', template)

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Replaces one exact piece of the template, failing loudly if the template changed. */
function fill(html, piece, replacement) {
  if (!html.includes(piece)) throw new Error(`prerender: index.html no longer contains ${piece}`)
  return html.replace(piece, () => replacement)
}

const list = await pages()
let bytes = 0
for (const page of list) {
  const { html, head, route } = await render(page)
  let document = template
  document = fill(document, '<html lang="ja">', `<html lang="${head.lang}">`)
  document = document.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
  document = document.replace(
    /<meta name="description" content="[^"]*"/,
    `<meta name="description" content="${escapeHtml(head.description)}"`,
  )
  document = fill(document, '<div id="app"></div>', `<div id="app" data-prerendered="${escapeHtml(route)}">${html}</div>`)
  const file = `dist${page.path}index.html`
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, document)
  bytes += document.length
}
console.log(`prerender: ${list.length} pages in ${Date.now() - started} ms, ${(bytes / 1024 / 1024).toFixed(1)} MB`)
