/**
 * The web server settings in docs/deploy/, written for the base the site was built for:
 * each `{{base}}` in them becomes that base. They go beside the site, not into it, since
 * a server's settings are not a page to serve.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const templates = new URL('../docs/deploy/', import.meta.url)

/** Fills in the base; fails on any other placeholder, so a typo cannot ship as text. */
export function fillBase(template, base) {
  const filled = template.replaceAll('{{base}}', base)
  const left = /\{\{[^}]*\}\}/.exec(filled)
  if (left) throw new Error(`docs/deploy: unknown placeholder ${left[0]}`)
  return filled
}

/** Writes every snippet into `dir` for `base`; returns the files written. */
export async function writeDeploySnippets(dir, base) {
  await mkdir(dir, { recursive: true })
  const names = (await readdir(templates)).filter((name) => name !== 'README.md')
  for (const name of names) await writeFile(join(dir, name), fillBase(await readFile(new URL(name, templates), 'utf8'), base))
  return names.map((name) => join(dir, name))
}
