/**
 * The test report as a page, in Japanese or English, in the shape Japanese public bodies
 * publish a JIS X 8341-3:2016 test result in: the standard, the target level, the date,
 * the pages tested, then every success criterion with 適用, 結果 and 確認方法・注記. Each
 * verdict names the tests behind it; what is left to a person says what to check.
 */
import { languages } from '../../locales/languages'
import { escapeHtml } from '../html.mjs'
import { renderPage } from './page.mjs'
import type { AxeRuleCounts, Counts, Judgement, TestOutcome, Verdict, Words } from './judge'

type Language = 'ja' | 'en'

export interface ReportInput {
  jis: Judgement[]
  beyond: Judgement[]
  outcomes: TestOutcome[]
  brokenFiles: string[]
  counts: { jis: Counts; beyond: Counts }
  /** What each axe rule found over every scan, and the criteria its tags name. */
  axe: { rule: string; criteria: string[]; counts: AxeRuleCounts }[]
  date: Words
  tools: { vitest: string; axe: string; chromium: string }
  siteTitle: Words
  contentSecurityPolicy: string
}

const words = {
  ja: {
    title: 'ウェブアクセシビリティ試験結果',
    lead: 'この試験結果は、リポジトリにある自動試験をブラウザーで実行して作成しました。自動試験で確かめた達成基準だけを「適合」「非適用」とし、その試験の名前を示しています。それ以外の達成基準は「目視確認が必要」として、人が確認する内容を書いています。',
    summary: '試験の概要',
    standard: '規格',
    target: '目標とする適合レベル',
    conformance: '対応度',
    conformanceOpen: (counts: Counts) =>
      counts.fails > 0
        ? `不適合の達成基準が ${counts.fails} 件あるため、準拠とは表記できません。`
        : `目視確認が必要な達成基準が ${counts.needsPerson} 件残っているため、この試験結果だけでは対応度を表記できません。`,
    conformanceDone: '自動試験ではすべての達成基準が適合または非適用です。対応度の表記は、人による確認とあわせて判断してください。',
    date: '試験日',
    method: '試験の方法',
    methodText: (tools: ReportInput['tools']) =>
      `自動試験（Vitest ${tools.vitest}、${tools.chromium}、axe-core ${tools.axe}）。人による確認は、この結果には含まれません。`,
    technologies: '依存したウェブコンテンツ技術',
    technologiesText: 'HTML、CSS、JavaScript、WAI-ARIA（JavaScript がなくても、すべてのステップを利用できます）',
    breakdown: '結果の内訳',
    breakdownText: (counts: Counts, total: number) =>
      `${total} 件のうち、自動試験で判定 ${counts.byMachine} 件（適合 ${counts.conforms}、非適用 ${counts.notApplicable}、不適合 ${counts.fails}）、目視確認が必要 ${counts.needsPerson} 件`,
    pages: '試験対象ページ',
    pagesLead:
      '自動試験が表示または読み込んだページです。案内の各ステップは、質問への回答の組み合わせごとに 1 ページあります。ブラウザーでは、画面の種類ごとに 1 ページを各幅で表示しました。',
    pagesHead: { what: '対象', browser: 'ブラウザーで表示したページ', files: 'HTML ファイルとして検査したページ' },
    /** `language` is HTML: the language's name, marked with its own lang. */
    guideIn: (language: string) => `案内（${language}）`,
    accessibilityPages: 'アクセシビリティ方針と試験結果のページ',
    pageCount: (count: number, widths: number[]) =>
      count === 0 ? '—' : `${count} ページ（幅 ${widths.map((width) => `${width}`).join('・')} px）`,
    fileCount: (count: number) => (count === 0 ? '—' : `${count} ページ`),
    jisTable: '達成基準ごとの結果（JIS X 8341-3:2016）',
    caption: (count: number) => `達成基準 ${count} 件`,
    beyondTable: 'JIS X 8341-3:2016 を超える達成基準',
    beyondLead:
      'この案内が目標とする WCAG 2.2 の達成基準と、自動試験で確かめている WCAG 2.1 の達成基準です。JIS X 8341-3:2016 の対応度には含まれません。',
    head: { criterion: '達成基準', applies: '適用', verdict: '結果', notes: '確認方法・注記' },
    level: (level: string, version: string) => (version === '2.0' ? `レベル ${level}` : `レベル ${level}（WCAG ${version}）`),
    applies: { yes: '適用', no: '非適用', unknown: '未確認' },
    verdict: { conforms: '適合', fails: '不適合', 'not-applicable': '非適用', 'needs-person': '目視確認が必要' } satisfies Record<
      Verdict,
      string
    >,
    byTest: '自動試験で確認：',
    noneByTest: '自動試験で、該当するものがないことを確認：',
    failedTests: '失敗した試験：',
    axeViolations: (rule: string, screens: number, where: string[]) =>
      `axe-core の ${rule} が ${screens} 画面で違反を検出（${where.join('、')}${screens > where.length ? ' など' : ''}）`,
    toCheck: '目視で確認すること：',
    machineChecked: '機械で確認済み：',
    machineGaps: '機械では確かめられなかったこと：',
    axePassed: (rules: number, screens: number) => `axe-core の ${rules} 規則で違反なし（延べ ${screens} 画面で合格）`,
    axeUndecided: (rule: string, screens: number, where: string[]) =>
      `axe-core の ${rule} が ${screens} 画面で判定できず（${where.join('、')}${screens > where.length ? ' など' : ''}）`,
    axeNothing: (rules: string[]) => `axe-core の ${rules.join('、')} は、どの画面でも対象がなかった（確かめていない）`,
    foundSomething: '該当するものがないことを示す試験が失敗した（該当するものがあったか、確かめられなかった）：',
    noTest: 'この達成基準を確かめる試験が、今回は合格しませんでした（実行されなかったか、別の試験ファイルが壊れていました）。',
    notRun: '実行されなかった試験：',
    tests: '実行した試験',
    testsText: (passed: number, failed: number, files: number) =>
      `${files} ファイルの ${passed + failed} 件の試験のうち、合格 ${passed} 件、失敗 ${failed} 件。`,
    brokenFiles: '試験を実行する前に失敗したファイル：',
    otherFailures: '達成基準を宣言していない試験の失敗：',
    axeTable: 'axe-core の規則ごとの結果',
    axeLead: '各規則が、スキャンした画面のうち何画面で違反・合格・判定不能・非該当だったか（すべての試験の合計）。',
    axeHead: { rule: '規則', criteria: '達成基準', violations: '違反', passes: '合格', incomplete: '判定不能', inapplicable: '非該当' },
  },
  en: {
    title: 'Web accessibility test report',
    lead: 'This report was made by running the automated tests in this repository in a browser. Only success criteria that a test checks are marked “Conforms” or “Not applicable”, with the test named. Every other criterion is marked “Needs a person’s check”, with what the person should check.',
    summary: 'Summary',
    standard: 'Standard',
    target: 'Target conformance level',
    conformance: 'Conformance',
    conformanceOpen: (counts: Counts) =>
      counts.fails > 0
        ? `${counts.fails} success criteria fail, so conformance cannot be claimed.`
        : `${counts.needsPerson} success criteria still need a person’s check, so this report alone cannot state a conformance.`,
    conformanceDone:
      'By the automated tests every success criterion conforms or does not apply. State a conformance only together with a person’s check.',
    date: 'Date of test',
    method: 'Method',
    methodText: (tools: ReportInput['tools']) =>
      `Automated tests (Vitest ${tools.vitest}, ${tools.chromium}, axe-core ${tools.axe}). A person’s check is not part of this report.`,
    technologies: 'Technologies relied upon',
    technologiesText: 'HTML, CSS, JavaScript, WAI-ARIA (every step works without JavaScript)',
    breakdown: 'Results',
    breakdownText: (counts: Counts, total: number) =>
      `Of ${total}: decided by the tests ${counts.byMachine} (conform ${counts.conforms}, not applicable ${counts.notApplicable}, fail ${counts.fails}); need a person’s check ${counts.needsPerson}`,
    pages: 'Pages tested',
    pagesLead:
      'The pages the tests showed or read. Each step of the guide, one for each combination of answers, is a page; in the browser one page of each kind of screen was shown at each width.',
    pagesHead: { what: 'What', browser: 'Pages shown in the browser', files: 'Pages read as HTML files' },
    guideIn: (language: string) => `The guide (${language})`,
    accessibilityPages: 'The accessibility statement and report',
    pageCount: (count: number, widths: number[]) => (count === 0 ? '—' : `${count} (${widths.join(', ')} px wide)`),
    fileCount: (count: number) => (count === 0 ? '—' : `${count}`),
    jisTable: 'Results by success criterion (JIS X 8341-3:2016)',
    caption: (count: number) => `${count} success criteria`,
    beyondTable: 'Success criteria beyond JIS X 8341-3:2016',
    beyondLead:
      'The WCAG 2.2 success criteria this guide also aims at, and the WCAG 2.1 criteria the tests check as well. They are not part of conformance to JIS X 8341-3:2016.',
    head: { criterion: 'Success criterion', applies: 'Applies', verdict: 'Result', notes: 'How checked, notes' },
    level: (level: string, version: string) => (version === '2.0' ? `Level ${level}` : `Level ${level} (WCAG ${version})`),
    applies: { yes: 'Yes', no: 'No', unknown: 'Not yet known' },
    verdict: {
      conforms: 'Conforms',
      fails: 'Fails',
      'not-applicable': 'Not applicable',
      'needs-person': 'Needs a person’s check',
    } satisfies Record<Verdict, string>,
    byTest: 'Checked by automated test: ',
    noneByTest: 'Shown by automated test to apply to nothing here: ',
    failedTests: 'Failed tests:',
    axeViolations: (rule: string, screens: number, where: string[]) =>
      `axe-core’s ${rule} found violations on ${plural(screens, 'screen')} (${where.join('; ')}${screens > where.length ? '; …' : ''})`,
    toCheck: 'For a person to check: ',
    machineChecked: 'Checked by machine: ',
    machineGaps: 'What the machine could not check:',
    axePassed: (rules: number, screens: number) =>
      `axe-core: no violation of ${plural(rules, 'rule')} (passed on ${plural(screens, 'screen')} in all)`,
    axeUndecided: (rule: string, screens: number, where: string[]) =>
      `axe-core’s ${rule} could not decide on ${plural(screens, 'screen')} (${where.join('; ')}${screens > where.length ? '; …' : ''})`,
    axeNothing: (rules: string[]) => `axe-core’s ${rules.join(', ')} found nothing to check on any screen (not checked)`,
    foundSomething: 'The test meant to show nothing here applies failed (it found something, or could not look): ',
    noTest: 'No test that checks this criterion passed this time (it did not run, or another test file broke).',
    notRun: 'Tests that did not run: ',
    tests: 'Tests run',
    testsText: (passed: number, failed: number, files: number) =>
      `${plural(passed + failed, 'test')} in ${plural(files, 'file')}: ${passed} passed, ${failed} failed.`,
    brokenFiles: 'Test files that failed before their tests ran:',
    otherFailures: 'Failed tests that declare no success criterion:',
    axeTable: 'axe-core, rule by rule',
    axeLead: 'On how many scanned screens each rule found a violation, passed, could not decide, or did not apply (all tests together).',
    axeHead: {
      rule: 'Rule',
      criteria: 'Criteria',
      violations: 'Violations',
      passes: 'Passes',
      incomplete: 'Undecided',
      inapplicable: 'Not applicable',
    },
  },
}

/** "1 screen", "2 screens". */
function plural(count: number, noun: string) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** A language of the guide named in itself, as its language menu names it, marked with its lang where that differs from the page's. */
function languageName(code: string, lang: Language) {
  const language = languages.find((candidate) => candidate.code === code)
  if (!language) throw new Error(`accessibility report: the tests scanned pages in "${code}", which is not in locales/languages.ts`)
  const name = escapeHtml(language.name)
  return language.lang === lang ? name : `<span lang="${escapeHtml(language.lang)}">${name}</span>`
}

/** A test's name as the report shows it: its file and its name, which are English, marked so in the Japanese page. */
function testName(outcome: TestOutcome, lang: Language) {
  const name = `${escapeHtml(outcome.file)} › ${escapeHtml(outcome.name)}`
  return lang === 'ja' ? `<span lang="en">${name}</span>` : name
}

/** Words of the tests and tools, which are English: marked so in the Japanese page. */
function code(text: string, lang: Language) {
  return `<code${lang === 'ja' ? ' lang="en"' : ''}>${escapeHtml(text)}</code>`
}

/**
 * What a failure says, short: the first thing found where a test compares what it found
 * with none (the first line the diff adds), else the error's first line.
 */
function failureOf(outcome: TestOutcome) {
  const lines = (outcome.failureMessages[0] ?? '').split('\n')
  const added = lines.find((line) => /^\+\s+"/.test(line))
  const first = added ? added.replace(/^\+\s+"(.*?)",?$/, '$1') : (lines.find((line) => line.trim()) ?? '')
  return first.length > 200 ? `${first.slice(0, 200)}…` : first
}

function list(items: string[]) {
  return items.length === 0 ? '' : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`
}

/** What the 確認方法・注記 cell says for one criterion. */
function notes(judgement: Judgement, lang: Language): string {
  const say = words[lang]
  const { criterion, verdict, passed, failed, notRun, axe } = judgement
  const machine = criterion.machine?.[lang] ?? ''
  const tests = (outcomes: TestOutcome[]) => outcomes.map((outcome) => testName(outcome, lang))
  const notRunNote = notRun.length > 0 ? `<p>${escapeHtml(say.notRun)}</p>${list(tests(notRun))}` : ''
  if (verdict === 'conforms') return `<p>${escapeHtml(say.byTest + machine)}</p>${list(tests(passed))}`
  if (verdict === 'not-applicable') return `<p>${escapeHtml(say.noneByTest + machine)}</p>${list(tests(passed))}`
  if (verdict === 'fails') {
    const failures = failed.map((outcome) => `${testName(outcome, lang)}<br>${code(failureOf(outcome), lang)}`)
    const violations = axe
      .filter(({ counts }) => counts.violations > 0)
      .map(({ rule, counts }) => escapeHtml(say.axeViolations(rule, counts.violations, (counts.violatedOn ?? []).slice(0, 5))))
    return `<p>${escapeHtml(say.failedTests)}</p>${list([...failures, ...violations])}<p>${escapeHtml(say.toCheck + criterion.person[lang])}</p>`
  }
  // Needs a person: what to check, then what the machine did check.
  const found =
    failed.length > 0
      ? `<p>${escapeHtml(say.foundSomething)}</p>${list(failed.map((outcome) => `${testName(outcome, lang)}<br>${code(failureOf(outcome), lang)}`))}`
      : ''
  const passedRules = axe.filter(({ counts }) => counts.passes > 0)
  const screens = passedRules.reduce((sum, { counts }) => sum + counts.passes, 0)
  const evidence = [...tests(passed), ...(passedRules.length > 0 ? [escapeHtml(say.axePassed(passedRules.length, screens))] : [])]
  const unchecked = axe.filter(({ counts }) => counts.passes + counts.incomplete + counts.violations === 0).map(({ rule }) => rule)
  const gaps = [
    ...axe
      .filter(({ counts }) => counts.incomplete > 0)
      .map(({ rule, counts }) => escapeHtml(say.axeUndecided(rule, counts.incomplete, (counts.undecidedOn ?? []).slice(0, 5)))),
    ...(unchecked.length > 0 ? [escapeHtml(say.axeNothing(unchecked))] : []),
  ]
  const checked = evidence.length > 0 ? `<p>${escapeHtml(say.machineChecked + machine)}</p>${list(evidence)}` : ''
  const notChecked = gaps.length > 0 ? `<p>${escapeHtml(say.machineGaps)}</p>${list(gaps)}` : ''
  const missing = criterion.decidedBy && passed.length === 0 && failed.length === 0 ? `<p>${escapeHtml(say.noTest)}</p>` : ''
  return `<p>${escapeHtml(say.toCheck + criterion.person[lang])}</p>${found}${checked}${notChecked}${missing}${notRunNote}`
}

/** Criteria in the order of their numbers: 1.4.2 before 1.4.10. */
const byNumber = (a: Judgement, b: Judgement) => a.criterion.id.localeCompare(b.criterion.id, undefined, { numeric: true })

/** A table of criteria: one row each, its roles set so that it stays a table when drawn as cards on a narrow screen. */
function table(judgements: Judgement[], lang: Language, caption: string) {
  const say = words[lang]
  const head = say.head
  const label = (text: string) => `<span class="cell-label" aria-hidden="true">${escapeHtml(text)}</span>`
  const rows = [...judgements].sort(byNumber).map((judgement) => {
    const { criterion, verdict, applies } = judgement
    return `<tr role="row">
<th role="rowheader" scope="row">${escapeHtml(`${criterion.id} ${criterion.name[lang]}`)}<br>${escapeHtml(say.level(criterion.level, criterion.version))}</th>
<td role="cell">${label(head.applies)}${escapeHtml(say.applies[applies])}</td>
<td role="cell">${label(head.verdict)}<span class="verdict-${verdict}">${escapeHtml(say.verdict[verdict])}</span></td>
<td role="cell">${label(head.notes)}${notes(judgement, lang)}</td>
</tr>`
  })
  return `<table class="results" role="table">
<caption>${escapeHtml(caption)}</caption>
<thead role="rowgroup"><tr role="row"><th role="columnheader" scope="col" class="criterion">${escapeHtml(head.criterion)}</th><th role="columnheader" scope="col" class="applies">${escapeHtml(head.applies)}</th><th role="columnheader" scope="col" class="verdict">${escapeHtml(head.verdict)}</th><th role="columnheader" scope="col">${escapeHtml(head.notes)}</th></tr></thead>
<tbody role="rowgroup">
${rows.join('\n')}
</tbody>
</table>`
}

/** The pages the tests looked at, grouped: the guide in each language, and the accessibility pages. */
function pagesTested(outcomes: TestOutcome[], lang: Language) {
  const say = words[lang]
  type Group = { shown: Set<string>; widths: Set<number>; files: Set<string> }
  const groups = new Map<string, Group>()
  for (const { meta } of outcomes) {
    if (!meta.scanned) continue
    for (const path of meta.scanned.paths) {
      const key = path.includes('/accessibility/') ? 'accessibility' : (path.split('/')[1] ?? '') || 'ja'
      const group = groups.get(key) ?? { shown: new Set(), widths: new Set(), files: new Set() }
      groups.set(key, group)
      if (meta.scanned.widths.length === 0) group.files.add(path)
      else {
        group.shown.add(path)
        for (const width of meta.scanned.widths) group.widths.add(width)
      }
    }
  }
  const order = [...languages.map(({ code }) => code), 'accessibility']
  const rows = [...groups]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([key, group]) => {
      const what = key === 'accessibility' ? escapeHtml(say.accessibilityPages) : say.guideIn(languageName(key, lang))
      const widths = [...group.widths].sort((a, b) => a - b)
      return `<tr><th scope="row">${what}</th><td>${escapeHtml(say.pageCount(group.shown.size, widths))}</td><td>${escapeHtml(say.fileCount(group.files.size))}</td></tr>`
    })
  const head = say.pagesHead
  return `<p>${escapeHtml(say.pagesLead)}</p>
<table class="pages">
<thead><tr><th scope="col">${escapeHtml(head.what)}</th><th scope="col">${escapeHtml(head.browser)}</th><th scope="col">${escapeHtml(head.files)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
}

function testsRun(input: ReportInput, lang: Language) {
  const say = words[lang]
  const passed = input.outcomes.filter(({ status }) => status === 'passed').length
  const failed = input.outcomes.filter(({ status }) => status === 'failed')
  const files = new Set(input.outcomes.map(({ file }) => file)).size
  const declares = (outcome: TestOutcome) => Boolean(outcome.meta.wcag?.length || outcome.meta.notApplicable?.length)
  const other = failed.filter((outcome) => !declares(outcome))
  const broken =
    input.brokenFiles.length > 0 ? `<p>${escapeHtml(say.brokenFiles)}</p>${list(input.brokenFiles.map((file) => code(file, lang)))}` : ''
  const others =
    other.length > 0
      ? `<p>${escapeHtml(say.otherFailures)}</p>${list(other.map((outcome) => `${testName(outcome, lang)}<br>${code(failureOf(outcome), lang)}`))}`
      : ''
  return `<p>${escapeHtml(say.testsText(passed, failed.length, files))}</p>${broken}${others}`
}

function axeTable(input: ReportInput, lang: Language) {
  const say = words[lang]
  const head = say.axeHead
  const rows = input.axe.map(
    ({ rule, criteria, counts }) =>
      `<tr><th scope="row"><code>${escapeHtml(rule)}</code></th><td>${escapeHtml(criteria.join(', ') || '—')}</td><td>${counts.violations}</td><td>${counts.passes}</td><td>${counts.incomplete}</td><td>${counts.inapplicable}</td></tr>`,
  )
  return `<details>
<summary>${escapeHtml(say.axeTable)}</summary>
<p>${escapeHtml(say.axeLead)}</p>
<table class="axe-rules">
<thead><tr>${[head.rule, head.criteria, head.violations, head.passes, head.incomplete, head.inapplicable].map((text) => `<th scope="col">${escapeHtml(text)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</details>`
}

/** The whole report page in one language. */
export function renderReport(input: ReportInput, lang: Language): string {
  const say = words[lang]
  const jisTotal = input.jis.length
  const conformance =
    input.counts.jis.fails > 0 || input.counts.jis.needsPerson > 0 ? say.conformanceOpen(input.counts.jis) : say.conformanceDone
  const main = `<h1>${escapeHtml(say.title)}</h1>
<p class="lead">${escapeHtml(say.lead)}</p>
<h2>${escapeHtml(say.summary)}</h2>
<dl class="summary">
<dt>${escapeHtml(say.standard)}</dt><dd>JIS X 8341-3:2016</dd>
<dt>${escapeHtml(say.target)}</dt><dd>AA</dd>
<dt>${escapeHtml(say.conformance)}</dt><dd>${escapeHtml(conformance)}</dd>
<dt>${escapeHtml(say.date)}</dt><dd>${escapeHtml(input.date[lang])}</dd>
<dt>${escapeHtml(say.method)}</dt><dd>${escapeHtml(say.methodText(input.tools))}</dd>
<dt>${escapeHtml(say.technologies)}</dt><dd>${escapeHtml(say.technologiesText)}</dd>
<dt>${escapeHtml(say.breakdown)}</dt><dd>${escapeHtml(say.breakdownText(input.counts.jis, jisTotal))}</dd>
</dl>
<h2>${escapeHtml(say.pages)}</h2>
${pagesTested(input.outcomes, lang)}
<h2>${escapeHtml(say.jisTable)}</h2>
${table(input.jis, lang, say.caption(input.jis.length))}
<h2>${escapeHtml(say.beyondTable)}</h2>
<p>${escapeHtml(say.beyondLead)}</p>
<p>${escapeHtml(say.breakdownText(input.counts.beyond, input.beyond.length))}</p>
${table(input.beyond, lang, say.caption(input.beyond.length))}
<h2>${escapeHtml(say.tests)}</h2>
${testsRun(input, lang)}
${axeTable(input, lang)}`
  return renderPage({
    kind: 'report',
    lang,
    title: say.title,
    siteTitle: input.siteTitle[lang],
    main,
    contentSecurityPolicy: input.contentSecurityPolicy,
  })
}
