/**
 * What a browser test tells the accessibility report (`npm run a11y:report`): the WCAG
 * success criteria it checks, those it shows do not apply, what its axe scans found and
 * the pages it looked at, as Vitest's task metadata (`meta`), which the JSON reporter
 * writes beside each result. scripts/accessibility/judge.ts turns them into verdicts; the
 * report runs every test file that imports this module.
 */
import type { TestContext } from 'vitest'
import type { AxeTally, Scanned } from '../../../scripts/accessibility/judge'

declare module 'vitest' {
  interface TaskMeta {
    /** Success criteria ('2.4.2') the test checks: when it fails, the report marks them 不適合. */
    wcag?: string[]
    /** Success criteria the test shows do not apply to any page it covers. */
    notApplicable?: string[]
    /** What each axe rule found over the test's scans. */
    axe?: AxeTally
    /** The pages the test looked at. */
    scanned?: Scanned
  }
}

type Task = TestContext['task']

/** Test options: the test checks these success criteria. */
export function checks(...criteria: string[]) {
  return { meta: { wcag: criteria } }
}

/** Test options: the test shows these success criteria apply to nothing on the site. */
export function showsNotApplicable(...criteria: string[]) {
  return { meta: { notApplicable: criteria } }
}

/** Starts counting what the test's axe scans find; set `complete` once every screen meant is scanned. */
export function axeTally(task: Task): AxeTally {
  const tally: AxeTally = { complete: false, screens: 0, rules: {} }
  task.meta.axe = tally
  return tally
}

/** Notes pages the test looked at (their paths under the site's base), at a viewport width or as files. */
export function recordPages(task: Task, paths: readonly string[], width?: number) {
  const scanned = (task.meta.scanned ??= { paths: [], widths: [] })
  for (const path of paths) if (!scanned.paths.includes(path)) scanned.paths.push(path)
  if (width !== undefined && !scanned.widths.includes(width)) scanned.widths.push(width)
}
