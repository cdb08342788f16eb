import { describe, expect, test } from 'vitest'
import { formatAddress, parseAddress } from '../src/lib/address'

describe('the address', () => {
  test('names each question and answer in words, after the language', () => {
    const answers = [
      { question: 'topic', answer: 'apply' },
      { question: 'procedure', answer: 'child-allowance' },
    ]
    expect(formatAddress('/', 'en', answers)).toBe('/en/topic-apply/procedure-child-allowance/')
    expect(parseAddress('/en/topic-apply/procedure-child-allowance/', '')).toEqual({
      locale: 'en',
      answers,
      change: undefined,
      malformed: false,
    })
  })

  test('carries the question being changed', () => {
    const address = formatAddress('/', 'ja', [{ question: 'topic', answer: 'login' }], 'topic')
    expect(address).toBe('/ja/topic-login/?change=topic')
    expect(parseAddress('/ja/topic-login/', '?change=topic').change).toBe('topic')
  })

  test('works under a sub-path', () => {
    expect(formatAddress('/guide/', 'ja', [])).toBe('/guide/ja/')
    expect(parseAddress('/guide/ja/topic-family/', '', '/guide/')).toMatchObject({
      locale: 'ja',
      answers: [{ question: 'topic', answer: 'family' }],
    })
  })

  test('a bare address names no language and no answers', () => {
    expect(parseAddress('/', '')).toEqual({ locale: undefined, answers: [], change: undefined, malformed: false })
  })

  test.each([
    ['/ja/topic-login/%E0%A4%A/card-yes/', 'broken percent-encoding'],
    ['/ja/topic-login/<script>alert(1)<%2Fscript>/', 'script text'],
    ['/ja/topic-login/../card-yes/', 'a dot segment'],
    ['/ja/topic-login/justaword/', 'a segment without an answer'],
  ])('%s (%s) keeps what comes before the bad part and says so', (path) => {
    expect(parseAddress(path, '')).toMatchObject({
      locale: 'ja',
      answers: [{ question: 'topic', answer: 'login' }],
      malformed: true,
    })
  })

  test('a huge path is cut, not read to the end', () => {
    const path = `/ja/${'topic-login/'.repeat(100_000)}`
    const parsed = parseAddress(path, '')
    expect(parsed.malformed).toBe(true)
    expect(parsed.answers.length).toBeLessThanOrEqual(200)
  })
})
