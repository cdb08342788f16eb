/**
 * What a first visit downloads, read from the production build the global setup has
 * just made: the start page's scripts (the entry and everything it imports statically)
 * and styles stay within budget; the flow, XState, the other languages, the holiday
 * calendar, the QR encoder and the send button are chunks of their own, fetched when needed.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, test } from 'vitest'
import { mynaportalFlow } from '../../flows/mynaportal'
import { languages } from '../../locales/languages'
import { firstQuestion } from '../../src/engine/firstScreen'
import { localeMessages } from '../support/locales'

/** The budget for what the start screen downloads: JavaScript and CSS, gzipped. */
const budget = { js: 80 * 1024, css: 8 * 1024 }

const startPage = readFileSync('dist/index.html', 'utf8')
const assets = readdirSync('dist/assets')
const source = (file: string) => readFileSync(`dist/assets/${file}`, 'utf8')
const gzipped = (file: string) => gzipSync(readFileSync(`dist/assets/${file}`), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const titleOf = (code: string) => localeMessages[code]!['mynaportal.title']!

const referenced = (pattern: RegExp) => [...startPage.matchAll(pattern)].map((match) => match[1]!)
const entry = referenced(/<script[^>]+src="\/assets\/([^"]+\.js)"/g)[0]!

/** A script and every chunk it imports statically (not `import()`), each once. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const [, imported] of source(file).matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    staticClosure(imported!, seen)
  }
  return seen
}

const firstVisit = {
  js: [...staticClosure(entry)],
  css: referenced(/<link[^>]+rel="stylesheet"[^>]+href="\/assets\/([^"]+\.css)"/g),
}
const total = (files: string[]) => files.reduce((sum, file) => sum + gzipped(file), 0)

afterAll(() => {
  const rows = assets
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => ({ file, size: gzipped(file), first: [...firstVisit.js, ...firstVisit.css].includes(file) }))
    .sort((a, b) => Number(b.first) - Number(a.first) || b.size - a.size)
  console.log(
    `bundle (gzipped; * = downloaded for the start screen):\n` +
      rows.map(({ file, size, first }) => `  ${first ? '*' : ' '} ${kb(size).padStart(8)}  ${file}`).join('\n') +
      `\n  first visit: JS ${kb(total(firstVisit.js))} of ${kb(budget.js)}, CSS ${kb(total(firstVisit.css))} of ${kb(budget.css)}`,
  )
})

describe('the built site', () => {
  test(`the start screen downloads at most ${kb(budget.js)} of JavaScript and ${kb(budget.css)} of CSS, gzipped`, () => {
    expect(firstVisit.js.length).toBeGreaterThan(0)
    expect(total(firstVisit.js), `JS: ${firstVisit.js.join(', ')}`).toBeLessThanOrEqual(budget.js)
    expect(total(firstVisit.css), `CSS: ${firstVisit.css.join(', ')}`).toBeLessThanOrEqual(budget.css)
  })

  test('the start screen carries its first question as data, as the machine has it', () => {
    const code = firstVisit.js.map(source).join('\n')
    const { id, meta } = firstQuestion(mynaportalFlow)
    for (const key of [id, meta.text, ...meta.answers.flatMap((answer) => [answer.id, answer.label])]) expect(code).toContain(key)
  })

  test('the start screen carries the source language only', () => {
    const code = firstVisit.js.map(source).join('\n')
    expect(code).toContain(titleOf(languages[0]!.code))
    const others = languages.slice(1).filter((language) => code.includes(titleOf(language.code)))
    expect(others.map((language) => language.code)).toEqual([])
  })

  test.each(languages.slice(1).map((language) => language.code))('%s is a chunk of its own, loaded on demand', (code) => {
    const holding = assets.filter((file) => file.endsWith('.js') && source(file).includes(titleOf(code)))
    expect(holding).toHaveLength(1)
    expect(firstVisit.js).not.toContain(holding[0])
  })

  test.each([
    ['XState', 'xstate.done.actor'],
    ['the rest of the flow', 'mynaportal.o.supportWindow'],
    ['the holiday calendar', '"2026-11-23"'],
    ['the QR encoder', 'Data too long'],
    ['the send button', 'canShare'],
  ])('%s is not in the first download', (_name, marker) => {
    const holding = assets.filter((file) => file.endsWith('.js') && source(file).includes(marker))
    expect(holding.length).toBeGreaterThan(0)
    expect(holding.filter((file) => firstVisit.js.includes(file))).toEqual([])
  })
})
