/**
 * npm run a11y:report: the accessibility test report, made from the repository's own
 * browser tests. It runs, in one Vitest run, every browser test file that tells the
 * report what it shows (those importing tests/browser/support/wcag.ts; the suite's global
 * setup builds the site first), reads their results from Vitest's JSON reporter, judges
 * every success criterion with scripts/accessibility/judge.ts, and writes the report in
 * Japanese and English to docs/accessibility/report/ (the last published report, which
 * `npm run build` copies into the site) and into dist/accessibility/. It prints how many
 * criteria the tests decided and how many are left to a person, and exits with 1 when a
 * criterion fails or a test failed: after writing the pages.
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import axe from 'axe-core'
import { contentSecurityPolicy } from '../vite.config'
import { beyondCriteria, jisCriteria } from './accessibility/criteria'
import { axeRulesByCriterion, axeTotals, countVerdicts, judge, readVitestReport, type VitestJsonReport } from './accessibility/judge'
import { accessibilityPages } from './accessibility/page.mjs'
import { renderReport } from './accessibility/render'
import { guideNames, writeAccessibilityPages } from './accessibility-pages.mjs'
import { findChromium } from './chromium.mjs'

const root = process.cwd()
const testDir = 'tests/browser'
const reportDir = 'docs/accessibility'

/** The browser test files that tell the report something. */
function reportingTestFiles(): string[] {
  return readdirSync(testDir)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(testDir, name))
    .filter((file) => readFileSync(file, 'utf8').includes("from './support/wcag'"))
}

/** Runs the files in Vitest's browser project, the usual output on the terminal and JSON into a file. */
function runTests(files: string[], output: string): Promise<number | null> {
  // The child is Vitest's own run: it sets its mode itself, not the Vite dev server's here.
  const { NODE_ENV: _mode, ...env } = process.env
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      ['vitest', 'run', '--project', 'browser', ...files, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`],
      { stdio: 'inherit', env },
    )
    child.on('error', reject)
    child.on('exit', resolve)
  })
}

/** "Chromium 150.0.7871.100", without what it was built on. */
async function chromiumVersion() {
  const { stdout } = await promisify(execFile)(findChromium(), ['--version'])
  return /^\D*[\d.]+/.exec(stdout.trim())?.[0] ?? stdout.trim()
}

function testDate(date: Date) {
  const format = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(date)
  return { iso: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(date), ja: format('ja-JP'), en: format('en-GB') }
}

export async function main() {
  const started = Date.now()
  const files = reportingTestFiles()
  const scratch = mkdtempSync(join(tmpdir(), 'a11y-report-'))
  const output = join(scratch, 'results.json')
  console.log(`a11y:report: running ${files.join(', ')}`)
  const exitCode = await runTests(files, output)
  if (!existsSync(output)) throw new Error(`a11y:report: Vitest wrote no results (exit code ${exitCode})`)
  const report: VitestJsonReport = JSON.parse(readFileSync(output, 'utf8'))
  rmSync(scratch, { recursive: true, force: true })
  await writeReport(report, files.length, started, exitCode)
}

/**
 * Judges the results of a run, writes the report's pages, prints the counts and sets the
 * exit code. A run that failed with no test failing (the build in the global setup broke,
 * say) is a broken run: it decides nothing in the site's favour, and says why.
 */
async function writeReport(report: VitestJsonReport, fileCount: number, started: number, exitCode: number | null = 0) {
  // The suite's global setup built the site for the root into dist/, its server build beside it.
  const serverEntry = resolve('dist-ssr/entry-server.js')
  if (!existsSync(serverEntry))
    throw new Error('a11y:report: the site was never built (no dist-ssr/entry-server.js): see the test output above')
  const server = await import(pathToFileURL(serverEntry).href)
  const read = readVitestReport(report, root)
  const { outcomes } = read
  const failedBeforeTests = exitCode !== 0 && !outcomes.some(({ status }) => status === 'failed') && read.brokenFiles.length === 0
  const brokenFiles = failedBeforeTests
    ? [`the run stopped before its tests could tell anything (Vitest exited with ${exitCode}; see its output above)`]
    : read.brokenFiles
  const rules = axe.getRules()
  const options = { runComplete: brokenFiles.length === 0 }
  const jis = judge(jisCriteria, outcomes, rules, options)
  const beyond = judge(beyondCriteria, outcomes, rules, options)
  const counts = { jis: countVerdicts(jis), beyond: countVerdicts(beyond) }
  const criteriaOf = new Map<string, string[]>()
  for (const [criterion, ids] of axeRulesByCriterion(rules))
    for (const id of ids) criteriaOf.set(id, [...(criteriaOf.get(id) ?? []), criterion])
  const axeRules = [...axeTotals(outcomes)]
    .map(([rule, ruleCounts]) => ({ rule, criteria: criteriaOf.get(rule) ?? [], counts: ruleCounts }))
    .sort((a, b) => a.rule.localeCompare(b.rule))
  const date = testDate(new Date())
  const input = {
    jis,
    beyond,
    outcomes,
    brokenFiles,
    counts,
    axe: axeRules,
    date,
    tools: {
      vitest: JSON.parse(readFileSync('node_modules/vitest/package.json', 'utf8')).version,
      axe: axe.version,
      chromium: await chromiumVersion(),
    },
    siteTitle: await guideNames(server),
    contentSecurityPolicy,
  }

  const written: string[] = []
  for (const lang of ['ja', 'en'] as const) {
    const file = join(reportDir, accessibilityPages.report[lang], 'index.html')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, renderReport(input, lang))
    written.push(file)
  }
  const summary = join(reportDir, accessibilityPages.report.ja, 'summary.json')
  writeFileSync(summary, `${JSON.stringify({ date, jis: counts.jis, beyond: counts.beyond }, null, 2)}\n`)
  written.push(summary)
  await writeAccessibilityPages('dist', server)
  written.push('dist/accessibility/')

  const failedTests = outcomes.filter(({ status }) => status === 'failed')
  const passedTests = outcomes.filter(({ status }) => status === 'passed')
  const line = (name: string, total: number, { byMachine, conforms, notApplicable, fails, needsPerson }: typeof counts.jis) =>
    `  ${name}, ${total} success criteria: decided by the tests ${byMachine} ` +
    `(適合 conform ${conforms}, 非適用 not applicable ${notApplicable}, 不適合 fail ${fails}); ` +
    `目視確認が必要 left to a person ${needsPerson}`
  console.log(
    [
      `a11y:report: tested on ${date.iso}`,
      line('JIS X 8341-3:2016 (WCAG 2.0 A and AA)', jis.length, counts.jis),
      line('beyond JIS (WCAG 2.1 and 2.2)', beyond.length, counts.beyond),
      `  tests: ${passedTests.length} passed, ${failedTests.length} failed, in ${fileCount} files` +
        (brokenFiles.length > 0 ? `; broken before running: ${brokenFiles.join('; ')}` : ''),
      `  wrote ${written.map((file) => relative(root, file) || file).join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    ].join('\n'),
  )
  const failing = [...jis, ...beyond].filter(({ verdict }) => verdict === 'fails').map(({ criterion }) => criterion.id)
  if (failing.length > 0) console.log(`a11y:report: 不適合 (fails): ${failing.join(', ')}`)
  if (failing.length > 0 || failedTests.length > 0 || brokenFiles.length > 0) process.exitCode = 1
}
