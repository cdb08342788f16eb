/// <reference types="vite/client" />
/** The flows and the locale files of this repository, as the content scripts read them. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { languages } from '../locales/languages'
import { flowsExportedBy } from '../src/engine/define'
import type { FlowDefinition } from '../src/engine/types'
import { withoutRuby } from '../src/lib/ruby'

type Tree = { [key: string]: string | Tree }

/** A locale file's nested groups as flat keys: `{ "ui": { "back": … } }` → `ui.back`. */
export function flattenMessages(tree: Tree, prefix = '', into: Record<string, string> = {}) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') into[path] = value
    else flattenMessages(value, path, into)
  }
  return into
}

export const sourceLocale = languages[0]!.code

/** A locale file as its translator writes it: key → text. */
export function readLocale(code: string): Record<string, string> {
  return flattenMessages(JSON.parse(readFileSync(`locales/${code}.json`, 'utf8')) as Tree)
}

/** The code of every file in locales/: those listed in languages.ts in its order, then any not (yet) listed. */
export function localeCodes(): string[] {
  const present = readdirSync('locales')
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
  const listed = languages.map(({ code }) => code).filter((code) => present.includes(code))
  return [...listed, ...present.filter((code) => !listed.includes(code))]
}

/** Every file in locales/, by its code. */
export function readLocales(): Record<string, Record<string, string>> {
  return Object.fromEntries(localeCodes().map((code) => [code, readLocale(code)]))
}

/** A message of the source language as plain words (readings left out), failing on a missing key. */
export function sourceWords(): (key: string) => string {
  const messages = readLocale(sourceLocale)
  return (key) => {
    const text = messages[key]
    if (text === undefined) throw new Error(`No message "${key}" in locales/${sourceLocale}.json: run npm run flow:check`)
    return withoutRuby(text).replace(/\{'(.)'\}/g, '$1')
  }
}

/**
 * Every flow a file in flows/ exports: anything with an id and a machine. Building one
 * throws if an answer leads to a state that does not exist (XState checks that).
 */
export async function flowsInRepository(): Promise<FlowDefinition[]> {
  const modules = await Promise.all(Object.values(import.meta.glob<Record<string, unknown>>('../flows/*.ts')).map((load) => load()))
  return modules.flatMap(flowsExportedBy)
}

/** Keys the app's own screens name: quoted strings in src/ that start with a message namespace. */
export function keysNamedInSource(namespaces: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>()
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.(vue|ts)$/.test(file))
  for (const file of files) {
    const source = readFileSync(join('src', file), 'utf8')
    for (const [, key] of source.matchAll(/['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+)['"`]/g)) {
      if (namespaces.has(key!.split('.')[0]!) && !found.has(key!)) found.set(key!, `src/${file}`)
    }
  }
  return found
}
