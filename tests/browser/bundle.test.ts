/**
 * The page ships with one language: the source, which every other language prints beside
 * its own. Each other language is its own chunk, fetched when chosen; so are the holiday
 * calendar and the QR encoder, which only an outcome needs.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { languages } from '../../locales/languages'
import { localeMessages } from '../support/locales'

// The global setup has just built the site into dist/.
const assets = readdirSync('dist/assets').filter((file) => file.endsWith('.js'))
const entry = /<script[^>]+src="\/assets\/([^"]+\.js)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1]
const source = (file: string) => readFileSync(`dist/assets/${file}`, 'utf8')
const gzipKb = (file: string) => (gzipSync(readFileSync(`dist/assets/${file}`)).length / 1024).toFixed(1)
const titleOf = (code: string) => localeMessages[code]!['mynaportal.title']!

describe('the built site', () => {
  test('the entry script carries the source language only', () => {
    expect(entry).toBeDefined()
    const code = source(entry!)
    expect(code).toContain(titleOf(languages[0]!.code))
    const others = languages.slice(1).filter((language) => code.includes(titleOf(language.code)))
    expect(others.map((language) => language.code)).toEqual([])
  })

  test.each(languages.slice(1).map((language) => language.code))('%s is a chunk of its own, loaded on demand', (code) => {
    const holding = assets.filter((file) => source(file).includes(titleOf(code)))
    expect(holding).toHaveLength(1)
    expect(holding[0]).not.toBe(entry)
  })

  test.each([
    ['the holiday calendar', '"2026-11-23"'],
    ['the QR encoder', 'Data too long'],
  ])('%s is a chunk of its own, loaded on demand', (_name, marker) => {
    const holding = assets.filter((file) => source(file).includes(marker))
    expect(holding).toHaveLength(1)
    expect(holding[0]).not.toBe(entry)
  })

  test('reports the sizes', () => {
    const lines = assets.map((file) => `${file === entry ? 'entry ' : ''}${file}: ${gzipKb(file)} KB gzipped`)
    console.log(`bundle:\n  ${lines.join('\n  ')}`)
    expect(lines.filter((line) => line.startsWith('entry '))).toHaveLength(1)
  })
})
