/** The locale files as plain text, the way a translator edits them. */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Not `new URL(…)`: in a simulated DOM the global URL is the DOM's, which knows no file scheme.
const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../locales/')

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = '', into: Record<string, string> = {}) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') into[path] = value
    else flatten(value, path, into)
  }
  return into
}

/** locale code → (message key → message text) */
export const localeMessages: Record<string, Record<string, string>> = Object.fromEntries(
  readdirSync(localesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.replace(/\.json$/, ''), flatten(JSON.parse(readFileSync(localesDir + file, 'utf8')) as Tree)]),
)
