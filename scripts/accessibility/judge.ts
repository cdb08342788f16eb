/**
 * The accessibility report's one rule: how the results of the repository's own tests
 * become a verdict on each success criterion. Pure: the report command
 * (scripts/a11y-report.ts) runs the tests and renders what this returns, and
 * tests/accessibilityReport.test.ts holds the rule to its promise with made-up results.
 *
 * - A test declares what it shows through Vitest's task metadata (`meta`, which the JSON
 *   reporter writes beside each result): the criteria it checks (`wcag`), the criteria it
 *   shows do not apply (`notApplicable`), and, for axe-core scans, what each axe rule found
 *   (`axe`). Axe's own rule tags (`wcag111` → 1.1.1) say which criteria a rule speaks to.
 * - 不適合 (fails): a test that checks the criterion failed, or an axe rule of the criterion
 *   found a violation on any screen.
 * - 適合 (conforms): only for a criterion whose catalogue entry says tests can decide it,
 *   with at least one test checking it, every such test passed, and no axe rule of it
 *   left undecided. Never without a test.
 * - 非適用 (not applicable): only for a criterion whose entry says so, shown by a test that
 *   passed (nothing on the site it could apply to).
 * - Anything else needs a person; what the tests did check is listed beside it.
 */

/** What an axe rule found, counted in screens, over every scan of one test. */
export interface AxeRuleCounts {
  violations: number
  passes: number
  incomplete: number
  inapplicable: number
  /** The first screens on which it found a violation, or could not decide: for the person who looks next. */
  violatedOn?: string[]
  undecidedOn?: string[]
}

/** Every axe scan of one test: per rule, how many screens it passed, failed, could not decide or did not apply to. */
export interface AxeTally {
  /** True once the test scanned every screen it meant to: only then do its passes count. */
  complete: boolean
  screens: number
  rules: Record<string, AxeRuleCounts>
}

/** The pages a test looked at, and at which viewport widths (none: read as files). */
export interface Scanned {
  paths: string[]
  widths: number[]
}

/** What a test tells the report, as its Vitest task metadata. */
export interface WcagMeta {
  /** Success criteria ('2.4.2') this test checks: when it fails, they are 不適合. */
  wcag?: string[]
  /** Success criteria this test shows do not apply: nothing on the pages it covers that they could apply to. */
  notApplicable?: string[]
  axe?: AxeTally
  scanned?: Scanned
}

export type TestStatus = 'passed' | 'failed' | 'skipped' | 'pending' | 'todo' | 'disabled'

/** One test's result, as Vitest's JSON reporter writes it. */
export interface TestOutcome {
  /** The test file, relative to the repository. */
  file: string
  /** The test's full name: its describe blocks' names and its own, joined with › . */
  name: string
  status: TestStatus
  failureMessages: string[]
  meta: WcagMeta
}

export interface Words {
  ja: string
  en: string
}

export type Level = 'A' | 'AA'

export interface Criterion {
  /** The success criterion's number, '1.1.1'. */
  id: string
  level: Level
  /** The WCAG version that added it. JIS X 8341-3:2016 is WCAG 2.0. */
  version: '2.0' | '2.1' | '2.2'
  name: Words
  /**
   * What passing tests decide without a person: that the site conforms, or that the
   * criterion does not apply. Absent: tests can only help; a person decides.
   */
  decidedBy?: 'tests-conform' | 'tests-not-applicable'
  /** What the tests check of this criterion, in words. */
  machine?: Words
  /** What a person checks on this site, when the tests cannot decide. */
  person: Words
}

/** 適合, 不適合, 非適用, or 目視確認が必要. */
export type Verdict = 'conforms' | 'fails' | 'not-applicable' | 'needs-person'

/** An axe rule as axe-core describes itself (`axe.getRules()`). */
export interface AxeRule {
  ruleId: string
  tags: string[]
}

export interface AxeEvidence {
  rule: string
  counts: AxeRuleCounts
}

export interface Judgement {
  criterion: Criterion
  verdict: Verdict
  /** Whether the criterion applies to the site: known from the tests' verdict, or not yet (a person decides). */
  applies: 'yes' | 'no' | 'unknown'
  /** Tests that check the criterion, or show it does not apply, and passed. */
  passed: TestOutcome[]
  /** Such tests that failed (for a criterion shown not to apply: the test found something it applies to, or could not look). */
  failed: TestOutcome[]
  /** Such tests that did not run to an end (skipped). */
  notRun: TestOutcome[]
  /** The axe rules that speak to the criterion, with what they found over every scan. */
  axe: AxeEvidence[]
}

/** '1.4.10' from axe's tag 'wcag1410'; undefined for any other tag ('wcag2aa', 'best-practice'). */
export function criterionOfTag(tag: string): string | undefined {
  const match = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag)
  return match ? `${match[1]}.${match[2]}.${match[3]}` : undefined
}

/** Per criterion, the axe rules whose tags name it. */
export function axeRulesByCriterion(rules: readonly AxeRule[]): Map<string, string[]> {
  const byCriterion = new Map<string, string[]>()
  for (const rule of rules) {
    for (const tag of rule.tags) {
      const criterion = criterionOfTag(tag)
      if (criterion) byCriterion.set(criterion, [...(byCriterion.get(criterion) ?? []), rule.ruleId])
    }
  }
  return byCriterion
}

const noCounts = (): AxeRuleCounts => ({ violations: 0, passes: 0, incomplete: 0, inapplicable: 0 })

/**
 * What each axe rule found over every test's scans. A violation counts wherever it was
 * found; a pass or an undecided check only from a test that scanned all it meant to (it
 * passed, or its tally says it finished), so a scan cut short proves nothing.
 */
export function axeTotals(outcomes: readonly TestOutcome[]): Map<string, AxeRuleCounts> {
  const totals = new Map<string, AxeRuleCounts>()
  for (const outcome of outcomes) {
    const tally = outcome.meta.axe
    if (!tally) continue
    const finished = outcome.status === 'passed' || tally.complete
    for (const [rule, counts] of Object.entries(tally.rules)) {
      const total = totals.get(rule) ?? noCounts()
      total.violations += counts.violations
      total.violatedOn = [...(total.violatedOn ?? []), ...(counts.violatedOn ?? [])]
      if (finished) {
        total.passes += counts.passes
        total.incomplete += counts.incomplete
        total.inapplicable += counts.inapplicable
        total.undecidedOn = [...(total.undecidedOn ?? []), ...(counts.undecidedOn ?? [])]
      }
      totals.set(rule, total)
    }
  }
  return totals
}

/**
 * Each criterion judged from the tests' outcomes and axe-core's rules. A run in which a
 * test file broke before its tests ran (`runComplete: false`) decides nothing in the
 * site's favour: what it lost might have failed.
 */
export function judge(
  criteria: readonly Criterion[],
  outcomes: readonly TestOutcome[],
  axeRules: readonly AxeRule[],
  { runComplete = true } = {},
): Judgement[] {
  const rulesOf = axeRulesByCriterion(axeRules)
  const totals = axeTotals(outcomes)
  return criteria.map((criterion) => {
    const checking = outcomes.filter((outcome) => outcome.meta.wcag?.includes(criterion.id))
    const showingNone = outcomes.filter((outcome) => outcome.meta.notApplicable?.includes(criterion.id))
    const axe = (rulesOf.get(criterion.id) ?? []).flatMap((rule) => {
      const counts = totals.get(rule)
      return counts ? [{ rule, counts }] : []
    })
    const passed = [...checking, ...showingNone].filter((outcome) => outcome.status === 'passed')
    const failed = [...checking, ...showingNone].filter((outcome) => outcome.status === 'failed')
    const notRun = [...checking, ...showingNone].filter((outcome) => outcome.status !== 'passed' && outcome.status !== 'failed')
    const base = { criterion, passed, failed, notRun, axe }

    const checkFailed = checking.some((outcome) => outcome.status === 'failed')
    const axeViolated = axe.some(({ counts }) => counts.violations > 0)
    if (checkFailed || axeViolated) return { ...base, verdict: 'fails', applies: 'yes' }

    // A test meant to show there is nothing to apply to failed: it found something, or could not look.
    const somethingFound = showingNone.some((outcome) => outcome.status === 'failed')
    const allPassed = (tests: TestOutcome[]) => tests.length > 0 && tests.every((outcome) => outcome.status === 'passed')
    if (runComplete && criterion.decidedBy === 'tests-not-applicable' && !somethingFound && allPassed(showingNone)) {
      return { ...base, verdict: 'not-applicable', applies: 'no' }
    }
    const axeUndecided = axe.some(({ counts }) => counts.incomplete > 0)
    if (runComplete && criterion.decidedBy === 'tests-conform' && allPassed(checking) && !axeUndecided) {
      return { ...base, verdict: 'conforms', applies: 'yes' }
    }
    return { ...base, verdict: 'needs-person', applies: 'unknown' }
  })
}

export interface Counts {
  conforms: number
  fails: number
  notApplicable: number
  needsPerson: number
  /** Decided by the tests: 適合, 不適合 and 非適用. */
  byMachine: number
}

export function countVerdicts(judgements: readonly Judgement[]): Counts {
  const count = (verdict: Verdict) => judgements.filter((judgement) => judgement.verdict === verdict).length
  const conforms = count('conforms')
  const fails = count('fails')
  const notApplicable = count('not-applicable')
  return { conforms, fails, notApplicable, needsPerson: count('needs-person'), byMachine: conforms + fails + notApplicable }
}

/** Vitest's JSON report, the parts read here. */
export interface VitestJsonReport {
  testResults: {
    name: string
    status: string
    message?: string
    assertionResults: { ancestorTitles: string[]; title: string; status: string; failureMessages?: string[]; meta?: WcagMeta }[]
  }[]
}

/** The tests' outcomes from Vitest's JSON report, and the test files that failed before any test ran. */
export function readVitestReport(report: VitestJsonReport, root: string): { outcomes: TestOutcome[]; brokenFiles: string[] } {
  const relative = (file: string) => (file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file)
  const statuses: readonly TestStatus[] = ['passed', 'failed', 'skipped', 'pending', 'todo', 'disabled']
  const outcomes = report.testResults.flatMap((file) =>
    file.assertionResults.map((result) => ({
      file: relative(file.name),
      name: [...result.ancestorTitles, result.title].join(' › '),
      status: statuses.find((status) => status === result.status) ?? 'failed',
      failureMessages: result.failureMessages ?? [],
      meta: result.meta ?? {},
    })),
  )
  const brokenFiles = report.testResults
    .filter((file) => file.status === 'failed' && file.assertionResults.length === 0)
    .map((file) => `${relative(file.name)}: ${file.message ?? 'failed'}`)
  return { outcomes, brokenFiles }
}
