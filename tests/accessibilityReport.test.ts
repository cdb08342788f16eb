/**
 * npm run a11y:report: how the browser tests' results become a verdict on each success
 * criterion (scripts/accessibility/judge.ts), held to its promise with made-up results: a
 * passing test that checks a criterion the tests can decide makes it 適合 and is named; a
 * failing one makes it 不適合; a criterion no test checks needs a person; and nothing is
 * 適合 without a test that passed. Also: the catalogue of criteria is JIS X 8341-3:2016's.
 */
import axe from 'axe-core'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { beyondCriteria, jisCriteria } from '../scripts/accessibility/criteria'
import {
  axeRulesByCriterion,
  countVerdicts,
  criterionOfTag,
  judge,
  readVitestReport,
  type AxeRule,
  type Criterion,
  type Judgement,
  type TestOutcome,
  type WcagMeta,
} from '../scripts/accessibility/judge'
import { renderReport } from '../scripts/accessibility/render'
import { languages } from '../locales/languages'

const words = { ja: '名前', en: 'name' }
const decided: Criterion = {
  id: '3.1.1',
  level: 'A',
  version: '2.0',
  name: words,
  decidedBy: 'tests-conform',
  person: words,
  machine: words,
}
const partial: Criterion = { id: '1.1.1', level: 'A', version: '2.0', name: words, person: words, machine: words }
const noMedia: Criterion = { id: '1.2.1', level: 'A', version: '2.0', name: words, decidedBy: 'tests-not-applicable', person: words }
const unchecked: Criterion = { id: '2.4.5', level: 'AA', version: '2.0', name: words, person: words }
const criteria = [decided, partial, noMedia, unchecked]
const rules: AxeRule[] = [
  { ruleId: 'html-has-lang', tags: ['wcag2a', 'wcag311'] },
  { ruleId: 'image-alt', tags: ['wcag2a', 'wcag111'] },
]

function outcome(name: string, status: TestOutcome['status'], meta: WcagMeta = {}): TestOutcome {
  return {
    file: 'tests/browser/x.test.ts',
    name,
    status,
    failureMessages: status === 'failed' ? ['AssertionError: found something'] : [],
    meta,
  }
}

/** The report page in Japanese for the judgements and outcomes given. */
function report(jis: Judgement[], outcomes: TestOutcome[]) {
  return renderReport(
    {
      jis,
      beyond: [],
      outcomes,
      brokenFiles: [],
      counts: { jis: countVerdicts(jis), beyond: countVerdicts([]) },
      axe: [],
      date: { ja: '2026年12月2日', en: '2 December 2026' },
      tools: { vitest: '4', axe: '4', chromium: 'Chromium' },
      siteTitle: { ja: '案内', en: 'guide' },
      contentSecurityPolicy: "default-src 'self'",
    },
    'ja',
  )
}

const verdicts = (outcomes: TestOutcome[], options = {}) =>
  Object.fromEntries(judge(criteria, outcomes, rules, options).map(({ criterion, verdict }) => [criterion.id, verdict]))

describe('a verdict for each criterion', () => {
  test('a passing test that checks a criterion the tests decide makes it 適合, and is named', () => {
    const lang = outcome('each page names its language', 'passed', { wcag: ['3.1.1'] })
    const [judgement] = judge([decided], [lang], rules)
    expect(judgement!.verdict).toBe('conforms')
    expect(judgement!.passed).toEqual([lang])
    const page = report([judgement!], [lang])
    expect(page).toMatch(/<span class="verdict-conforms">[^<]+<\/span>/)
    expect(page).toContain('each page names its language')
  })

  test('a failing test makes the criteria it checks 不適合, whatever passed beside it', () => {
    expect(
      verdicts([
        outcome('lang', 'passed', { wcag: ['3.1.1'] }),
        outcome('lang again', 'failed', { wcag: ['3.1.1'] }),
        outcome('alt', 'failed', { wcag: ['1.1.1'] }),
      ]),
    ).toMatchObject({ '3.1.1': 'fails', '1.1.1': 'fails' })
  })

  test('a criterion no test checks needs a person; so does one the tests only help with', () => {
    expect(verdicts([outcome('alt', 'passed', { wcag: ['1.1.1'] })])).toMatchObject({ '1.1.1': 'needs-person', '2.4.5': 'needs-person' })
  })

  test('one axe rule that found a violation marks only the criteria its tags name', () => {
    const tally = {
      complete: true,
      screens: 2,
      rules: {
        'image-alt': { violations: 1, passes: 1, incomplete: 0, inapplicable: 0 },
        'html-has-lang': { violations: 0, passes: 2, incomplete: 0, inapplicable: 0 },
      },
    }
    expect(verdicts([outcome('axe', 'failed', { axe: tally }), outcome('lang', 'passed', { wcag: ['3.1.1'] })])).toMatchObject({
      '1.1.1': 'fails',
      '3.1.1': 'conforms',
    })
  })

  test('an axe rule that could not decide, or a scan cut short, proves nothing', () => {
    const undecided = {
      complete: true,
      screens: 1,
      rules: { 'html-has-lang': { violations: 0, passes: 0, incomplete: 1, inapplicable: 0 } },
    }
    expect(verdicts([outcome('axe', 'passed', { axe: undecided }), outcome('lang', 'passed', { wcag: ['3.1.1'] })])['3.1.1']).toBe(
      'needs-person',
    )
    const cutShort = {
      complete: false,
      screens: 1,
      rules: { 'html-has-lang': { violations: 0, passes: 1, incomplete: 0, inapplicable: 0 } },
    }
    const [judgement] = judge([partial, decided], [outcome('axe', 'failed', { axe: cutShort })], rules).slice(1)
    expect(judgement!.axe).toEqual([{ rule: 'html-has-lang', counts: expect.objectContaining({ passes: 0 }) }])
  })

  test('a test that shows nothing is there makes a criterion 非適用; when it fails, a person checks (it is not 不適合)', () => {
    expect(verdicts([outcome('no media', 'passed', { notApplicable: ['1.2.1'] })])['1.2.1']).toBe('not-applicable')
    expect(verdicts([outcome('no media', 'failed', { notApplicable: ['1.2.1'] })])['1.2.1']).toBe('needs-person')
  })

  test('a run in which a test file broke decides nothing in the site’s favour', () => {
    const outcomes = [outcome('lang', 'passed', { wcag: ['3.1.1'] }), outcome('no media', 'passed', { notApplicable: ['1.2.1'] })]
    expect(verdicts(outcomes, { runComplete: false })).toMatchObject({ '3.1.1': 'needs-person', '1.2.1': 'needs-person' })
  })

  test('whatever the results, no criterion is 適合 or 非適用 without a test that passed, nor survives a failed check', () => {
    const ids = criteria.map(({ id }) => id)
    const anOutcome = fc.record({
      status: fc.constantFrom<TestOutcome['status']>('passed', 'failed', 'skipped'),
      wcag: fc.subarray(ids),
      notApplicable: fc.subarray(ids),
    })
    fc.assert(
      fc.property(fc.array(anOutcome, { maxLength: 6 }), fc.boolean(), (drawn, runComplete) => {
        const outcomes = drawn.map(({ status, wcag, notApplicable }, index) => outcome(`test ${index}`, status, { wcag, notApplicable }))
        for (const { criterion, verdict, passed } of judge(criteria, outcomes, rules, { runComplete })) {
          const checking = outcomes.filter(({ meta }) => meta.wcag?.includes(criterion.id))
          if (verdict === 'conforms') {
            expect(criterion.decidedBy).toBe('tests-conform')
            expect(passed.some(({ meta }) => meta.wcag?.includes(criterion.id))).toBe(true)
            expect(checking.every(({ status }) => status === 'passed')).toBe(true)
          }
          if (verdict === 'not-applicable') expect(passed.some(({ meta }) => meta.notApplicable?.includes(criterion.id))).toBe(true)
          if (checking.some(({ status }) => status === 'failed')) expect(verdict).toBe('fails')
        }
      }),
    )
  })
})

describe('what the report reads', () => {
  test("axe-core's own tags name the criteria of its rules", () => {
    expect([criterionOfTag('wcag111'), criterionOfTag('wcag1410'), criterionOfTag('wcag2aa'), criterionOfTag('best-practice')]).toEqual([
      '1.1.1',
      '1.4.10',
      undefined,
      undefined,
    ])
    const byCriterion = axeRulesByCriterion(axe.getRules())
    expect(byCriterion.get('1.1.1')).toContain('image-alt')
    expect(byCriterion.get('3.1.1')).toContain('html-has-lang')
  })

  test('the pages tested are named by the guide’s own list of languages; a page in a language not on it stops the report', () => {
    const scanned = (paths: string[]) => outcome('pages', 'passed', { scanned: { paths, widths: [360] } })
    const page = report([], [scanned(languages.map(({ code }) => `/${code}/`))])
    const rows = [...page.matchAll(/<tr><th scope="row">(.*?)<\/th>/g)].map(([, row]) => row)
    expect(rows).toHaveLength(languages.length)
    languages.forEach(({ name }, index) => expect(rows[index]).toContain(name))
    expect(() => report([], [scanned(['/xx/'])])).toThrow('"xx"')
  })

  test("Vitest's JSON report: each test with its file, its full name and what it declares; a file that broke before running", () => {
    const { outcomes, brokenFiles } = readVitestReport(
      {
        testResults: [
          {
            name: '/repo/tests/browser/a.test.ts',
            status: 'passed',
            assertionResults: [{ ancestorTitles: ['pages'], title: 'name their language', status: 'passed', meta: { wcag: ['3.1.1'] } }],
          },
          { name: '/repo/tests/browser/b.test.ts', status: 'failed', message: 'SyntaxError', assertionResults: [] },
        ],
      },
      '/repo',
    )
    expect(outcomes).toEqual([
      {
        file: 'tests/browser/a.test.ts',
        name: 'pages › name their language',
        status: 'passed',
        failureMessages: [],
        meta: { wcag: ['3.1.1'] },
      },
    ])
    expect(brokenFiles).toEqual(['tests/browser/b.test.ts: SyntaxError'])
  })
})

describe('the criteria', () => {
  test('JIS X 8341-3:2016: the 25 criteria of level A and 13 of level AA of WCAG 2.0, each once', () => {
    const ids = jisCriteria.map(({ id }) => id)
    expect(new Set(ids).size).toBe(38)
    expect(jisCriteria.filter(({ level }) => level === 'A')).toHaveLength(25)
    expect(jisCriteria.filter(({ level }) => level === 'AA')).toHaveLength(13)
    expect(jisCriteria.every(({ version }) => version === '2.0')).toBe(true)
  })

  test('beyond it, the WCAG 2.2 criteria the guide also aims at', () => {
    expect(beyondCriteria.map(({ id }) => id)).toEqual(expect.arrayContaining(['2.4.11', '2.5.8', '3.2.6', '3.3.7']))
    expect(beyondCriteria.every(({ version }) => version !== '2.0')).toBe(true)
  })

  test('every criterion the tests may decide says what they check, in both languages', () => {
    for (const criterion of [...jisCriteria, ...beyondCriteria].filter(({ decidedBy }) => decidedBy)) {
      expect(criterion.machine?.ja, criterion.id).toBeTruthy()
      expect(criterion.machine?.en, criterion.id).toBeTruthy()
    }
  })
})
