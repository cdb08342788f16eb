/**
 * A city hosts the guide under a path of its own site: the build takes that base in one
 * setting, and the web server settings written for it keep every path under it.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { normalizeBase } from '../scripts/build.mjs'
import { fillBase } from '../scripts/deploy.mjs'

const base = '/kikaku/mynumber/guide/'
const snippets = readdirSync('docs/deploy').filter((name) => name !== 'README.md')

describe('the base path setting', () => {
  test('takes a path from the root, with or without its last slash', () => {
    expect(normalizeBase('/')).toBe('/')
    expect(normalizeBase('/kikaku/mynumber/guide')).toBe(base)
    expect(normalizeBase(base)).toBe(base)
  })

  test.each([
    'kikaku/guide/',
    './',
    'https://www.city.example/guide/',
    '//cdn.example/guide/',
    '/guide/?x=1',
    '/my guide/',
    '/a/../b/',
    '/a//b/',
    '/a;b/',
    '/{b}/',
  ])('refuses %j with a message that says what it takes', (value) => {
    expect(() => normalizeBase(value)).toThrow(/--base must be a path from the site's root/)
  })
})

describe.each(snippets)('docs/deploy/%s written for a sub-path', (name) => {
  const written = fillBase(readFileSync(`docs/deploy/${name}`, 'utf8'), base)
  const settings = written
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')

  test('names the base and every path it serves under it', () => {
    expect(settings).toContain(base)
    // A path in a setting: a location, an error page, a header rule's pattern.
    const paths = [...settings.matchAll(/(?:^|\s)(\/[^\s;{]*)/gm)].map((match) => match[1] ?? '')
    expect(paths.length).toBeGreaterThan(0)
    expect(paths.filter((path) => !path.startsWith(base) && !path.startsWith('/srv/'))).toEqual([])
  })

  test('leaves no placeholder', () => {
    expect(written).not.toMatch(/\{\{/)
  })
})

test('a placeholder other than the base stops the build rather than ship as text', () => {
  expect(() => fillBase('location {{bsae}} {}', base)).toThrow(/unknown placeholder \{\{bsae\}\}/)
})
