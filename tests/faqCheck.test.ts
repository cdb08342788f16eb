/**
 * npm run faq:check: a saved source page, as text or as HTML, is split by its own headings
 * and compared section by section with stored fingerprints; each change is named with what
 * in the flow cites it, and what is not wording (whitespace, line breaks, full-width digits,
 * the page's header and footer) never counts. The page here is a small one of its own.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, test } from 'vitest'
import { describeChange } from '../scripts/faq-check'
import { citationsOf } from '../src/tooling/citations'
import {
  comparePage,
  htmlLines,
  isHtml,
  normalise,
  splitPage,
  textLines,
  type PageLine,
  type StoredSection,
} from '../src/tooling/sourcePage'
import { libraryFlow } from './fixtures/library'

const run = promisify(execFile)

/** The test-only library flow: L1 is membership (the question, joining or a new card, the desk), L2 the catalogue. */
const flow = libraryFlow

const footerMarkers = ['関連ホームページ', '関連する質問', '管理番号']

const page = [
  'FAQ 図書館について',
  '《図書館の利用について》',
  '利用カードがあれば、本を2週間借りられます。',
  '【カードをなくした場合】貸出窓口へ',
  '窓口で再発行します。電話 000-1111-2222',
  '[受付時間]',
  '平日:10時~18時',
  '【蔵書を探すには】',
  'ホームページの【蔵書検索】から探せます。',
  '《ご不明な点は、下記の【貸出窓口】にお尋ねください。》',
  '関連ホームページ',
  '関連する質問',
  '管理番号:12345',
].join('\n')

/** The same page as a browser saves it from a site: chrome around it, headings as elements. */
const html = `<!DOCTYPE html>
<html lang="ja">
<head><title>FAQ 図書館について</title><style>h2 { color: red }</style><script>var heading = '【偽】'</script></head>
<body>
<header><p>図書館のサイト</p><nav><ul><li>《トップ》</li><li>【くらし】</li></ul></nav></header>
<main>
  <h1>FAQ 図書館について</h1>
  <h2>《図書館の利用について》</h2>
  <p>利用カードがあれば、本を2週間
     借りられます。</p>
  <p><strong>【カードをなくした場合】</strong>貸出窓口へ</p>
  <p>窓口で再発行します。<br>電話 000-1111-2222</p>
  <h4>受付時間</h4>
  <table><tr><td>平日:</td><td>10時~18時</td></tr></table>
  <h3>蔵書を探すには</h3>
  <p>ホームページの<a href="/search">【蔵書検索】</a>から探せます。</p>
  <script>document.title = '【偽の見出し】'</script>
  <aside><h2>注目情報</h2></aside>
  <h3>《ご不明な点は、下記の【貸出窓口】にお尋ねください。》</h3>
  <h2>関連ホームページ</h2>
  <ul><li><a href="/related">関連する質問</a></li></ul>
  <p>管理番号:12345</p>
</main>
<footer><p>【お問い合わせ】図書館</p></footer>
</body>
</html>`

const cites: Record<string, string[]> = {
  図書館の利用について: ['L2'],
  カードをなくした場合: ['L1'],
  受付時間: ['L1'],
  蔵書を探すには: ['L2'],
  'ご不明な点は、下記の【貸出窓口】にお尋ねください。': ['L1'],
}

/** The fingerprint file's sections as --accept records them from the page above. */
async function storedFrom(text: string): Promise<StoredSection[]> {
  const sections = splitPage(textLines(text), footerMarkers)
  const written = sections.map(({ heading }) => ({ heading, cites: cites[heading] ?? [], fingerprint: '' }))
  return (await comparePage(sections, written)).sections
}

async function changesIn(text: string, asHtml = false) {
  const lines = asHtml ? htmlLines(text) : textLines(text)
  return (await comparePage(splitPage(lines, footerMarkers), await storedFrom(page))).changes
}

describe('the page is split by its own headings', () => {
  test('《…》, 【…】 and […] start sections; a 【…】 inside a line does not; header and footer belong to none', () => {
    const sections = splitPage(textLines(page), footerMarkers)
    expect(sections.map(({ heading }) => heading)).toEqual(Object.keys(cites))
    expect(sections[1]).toEqual({
      heading: 'カードをなくした場合',
      text: 'カードをなくした場合\n貸出窓口へ\n窓口で再発行します。電話 000-1111-2222',
    })
    expect(sections.at(-1)!.text).not.toContain('管理番号')
  })

  test('HTML: the text of <main> without scripts and asides, h2-h6 as headings, brackets dropped', () => {
    // The same words in the same sections; the line breaks differ, and do not count.
    const words = (lines: PageLine[]) => splitPage(lines, footerMarkers).map(({ heading, text }) => [heading, normalise(text)])
    expect(words(htmlLines(html))).toEqual(words(textLines(page)))
    expect(words(htmlLines(html.replace('<main>', '<div role="main">').replace('</main>', '</div>')))).toEqual(words(textLines(page)))
    expect(isHtml('page.html', page) && isHtml('saved', html) && !isHtml('page.txt', page)).toBe(true)
  })
})

describe('what counts as a change', () => {
  test('the unchanged page, as text and as HTML, has none', async () => {
    expect(await changesIn(page)).toEqual([])
    expect(await changesIn(html, true)).toEqual([])
    expect(await changesIn(html.replace('<main>', '<div>').replace('</main>', '</div>'), true)).toEqual([])
  })

  test('line breaks and whitespace alone are none', async () => {
    const rewrapped = page
      .replace('本を2週間借りられます。', '本を2週間\n借りられます。\n\n')
      .replace('電話 000-1111-2222', '電話\u3000000-1111-2222  ')
      .replace('平日:10時~18時', '\t平日: 10時 ~ 18時')
      .replace('《ご不明な点は、下記の【貸出窓口】に', '《ご不明な点は、\n下記の【貸出窓口】に')
      .replace(/\n/g, '\r\n')
    expect(await changesIn(rewrapped)).toEqual([])
  })

  test('full-width and half-width digits are alike', async () => {
    const wide = page
      .replace('000-1111-2222', '０００－１１１１－２２２２')
      .replace('10時~18時', '１０時～１８時')
      .replace('2週間', '２週間')
    expect(await changesIn(wide)).toEqual([])
  })

  test('a new header and footer are none', async () => {
    const rechromed = page
      .replace('FAQ 図書館について', 'よくある質問\n図書館について (2030年更新)')
      .replace('管理番号:12345', '管理番号:99999\nこのページについてのお問い合わせ\n【新着】お知らせ')
    expect(await changesIn(rechromed)).toEqual([])
  })

  test('a changed sentence, an added section and a removed one are each named, with their cites', async () => {
    const edited = page
      .replace('窓口で再発行します。', '窓口で、本人確認のうえ再発行します。')
      .replace('【蔵書を探すには】\nホームページの【蔵書検索】から探せます。\n', '')
      .replace('関連ホームページ', '【予約について】\n予約は窓口でできます。\n関連ホームページ')
    expect(await changesIn(edited)).toEqual([
      { change: 'changed', heading: 'カードをなくした場合', cites: ['L1'] },
      { change: 'appeared', heading: '予約について', cites: [] },
      { change: 'vanished', heading: '蔵書を探すには', cites: ['L2'] },
    ])
  })

  test('a renamed heading is a section that vanished and one that appeared', async () => {
    expect(await changesIn(page.replace('[受付時間]', '[開館時間]'))).toEqual([
      { change: 'appeared', heading: '開館時間', cites: [] },
      { change: 'vanished', heading: '受付時間', cites: ['L1'] },
    ])
  })

  test('accepting records the new fingerprints, keeping cites; compared again, nothing has changed', async () => {
    const edited = page.replace('2週間', '3週間').replace('関連ホームページ', '【予約について】\n予約は窓口でできます。\n関連ホームページ')
    const stored = await storedFrom(page)
    const { sections } = await comparePage(splitPage(textLines(edited), footerMarkers), stored)
    expect(sections.map(({ heading, cites }) => [heading, cites])).toEqual([...Object.entries(cites), ['予約について', []]])
    expect(sections[0]!.fingerprint).not.toBe(stored[0]!.fingerprint)
    expect(sections.every(({ fingerprint }) => /^[0-9a-f]{64}$/.test(fingerprint))).toBe(true)
    expect((await comparePage(splitPage(textLines(edited), footerMarkers), sections)).changes).toEqual([])
  })
})

describe('what cites a section', () => {
  test('the outcomes, questions and messages that rest on it, from the journeys alone', () => {
    // Borrowing cites L1 on the way that renews an expired card first.
    expect(citationsOf(flow, 'L1')).toEqual({
      outcomes: [
        { id: 'replace', title: 'library.o.replace' },
        { id: 'join', title: 'library.o.join' },
        { id: 'borrow', title: 'library.o.borrow' },
      ],
      questions: [
        {
          id: 'member',
          keys: [
            'library.q.member',
            'common.yes',
            'library.because.member',
            'common.no',
            'library.because.notMember',
            'library.q.expired',
            'library.because.expired',
          ],
        },
      ],
      keys: [
        'library.section.L1',
        'library.o.replace',
        'library.step.replace',
        'library.contact.desk',
        'library.hours.weekdays',
        'library.bring.proof',
        'library.o.join',
        'library.step.join',
        'library.step.joinAtDesk',
        'library.step.joinOnline',
        'library.bring.photo',
        'library.o.borrow',
        'library.step.renew',
        'library.o.renewFirst',
      ],
    })
    expect(citationsOf(flow, 'L2')).toEqual({
      outcomes: [{ id: 'borrow', title: 'library.o.borrow' }],
      questions: [],
      keys: ['library.section.L2', 'library.o.borrow', 'library.step.catalogue', 'library.link.catalogue'],
    })
  })

  test('each change says what cites it, in which files, and what to do', () => {
    const changed = describeChange(flow, { change: 'changed', heading: 'カードをなくした場合', cites: ['L1'] }, 'flows/library.faq.json')
    expect(changed).toContain('✗ "カードをなくした場合" changed on the page. The guide cites it as L1.')
    expect(changed).toContain('L1 · outcomes: replace (library.o.replace), join (library.o.join), borrow (library.o.borrow)')
    expect(changed).toContain(
      'L1 · questions: member (library.q.member, common.yes, library.because.member, common.no, library.because.notMember, library.q.expired, library.because.expired)',
    )
    expect(changed).toMatch(/L1 · messages: library\.section\.L1, library\.o\.replace, library\.step\.replace, .*library\.bring\.proof/)
    expect(changed).toMatch(/Re-read the section on the page, then each message above in locales\/ja\.json, .*locales\/en\.json/)

    const vanished = describeChange(flow, { change: 'vanished', heading: '蔵書を探すには', cites: ['L2'] }, 'flows/library.faq.json')
    expect(vanished).toContain('✗ "蔵書を探すには" is no longer on the page. The guide cites it as L2.')
    expect(vanished).toContain('L2 · outcomes: borrow (library.o.borrow)')
    expect(vanished).toContain('L2 · messages: library.section.L2, library.o.borrow, library.step.catalogue, library.link.catalogue')

    const appeared = describeChange(flow, { change: 'appeared', heading: '予約について', cites: [] }, 'flows/library.faq.json')
    expect(appeared).toContain('✗ "予約について" appeared on the page, and flows/library.faq.json does not have it yet.')
    expect(appeared).toContain('add the section to flows/library.faq.json with its "cites"')
  })
})

describe('npm run faq:check, end to end', () => {
  // A page of its own with a heading the shipped flow cites, and a fingerprint file to match.
  const folder = mkdtempSync(join(tmpdir(), 'faq-check-'))
  const fingerprints = join(folder, 'mynaportal.faq.json')
  const textPage = join(folder, 'page.txt')
  const htmlPage = join(folder, 'page.html')
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  const command = (pageFile: string, ...rest: string[]) =>
    run('node', ['scripts/run-ts.mjs', 'scripts/faq-check.ts', pageFile, '--fingerprints', fingerprints, ...rest], {
      env: { ...process.env, FAQ_CHECK_DATE: '2030-01-02' },
    })
  writeFileSync(textPage, 'FAQ テスト\n【自宅にパソコン等がない場合】\nテストの本文。\n[対応時間]\n平日 9時~17時\n管理番号:1')
  writeFileSync(
    htmlPage,
    '<html><body><nav>メニュー</nav><main><h1>FAQ テスト</h1><h2>自宅にパソコン等がない場合</h2><p>テストの本文。</p><h3>[対応時間]</h3><p>平日 ９時～１７時</p><p>管理番号:1</p></main></body></html>',
  )
  writeFileSync(
    fingerprints,
    JSON.stringify({
      page: 'a test page',
      comparedOn: '2000-01-01',
      footerMarkers: ['管理番号'],
      sections: [
        { heading: '自宅にパソコン等がない場合', cites: ['F06'], fingerprint: '' },
        { heading: '対応時間', cites: ['F17'], fingerprint: '' },
      ],
    }),
  )

  test('names each change with what cites it and fails; --accept records the page and the date; then no change', async () => {
    const failed = await command(textPage).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failed?.code).toBe(1)
    expect(failed?.stderr).toContain('✗ "自宅にパソコン等がない場合" changed on the page. The guide cites it as F06.')
    expect(failed?.stderr).toMatch(/F06 · outcomes: \w+ \(mynaportal\.o\.\w+\)/)
    expect(failed?.stderr).toContain('mynaportal.section.F06')
    expect(failed?.stderr).toContain('locales/ja.json')
    expect(failed?.stderr).toContain(`npm run flow:check, then npm run faq:check -- ${textPage} --accept`)

    const accepted = await command(textPage, '--accept')
    expect(accepted.stdout).toContain(`faq:check: recorded 2 sections of ${textPage} in`)
    const recorded = JSON.parse(readFileSync(fingerprints, 'utf8'))
    expect(recorded.comparedOn).toBe('2030-01-02')
    expect(
      recorded.sections.map((section: StoredSection) => [section.heading, section.cites, /^[0-9a-f]{64}$/.test(section.fingerprint)]),
    ).toEqual([
      ['自宅にパソコン等がない場合', ['F06'], true],
      ['対応時間', ['F17'], true],
    ])

    const { stdout } = await command(htmlPage)
    expect(stdout).toContain(`faq:check: no change in 2 sections of ${htmlPage} (mynaportal, last compared on 2030-01-02)`)
  }, 180_000)

  test('a page that is not there: a clear message and the usage', async () => {
    const failed = await command(join(folder, 'missing.html')).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failed?.code).toBe(1)
    expect(failed?.stderr).toContain(`✗ faq:check: there is no file ${join(folder, 'missing.html')}.`)
    expect(failed?.stderr).toContain('usage: npm run faq:check -- <saved page: .html or .txt> [--accept]')
  }, 60_000)

  test('another page, even with --accept, is refused and the stored fingerprints stay as they were', async () => {
    const other = join(folder, 'other.txt')
    writeFileSync(other, 'お知らせ\n【休館日】\n月曜日は休みです。')
    const before = readFileSync(fingerprints, 'utf8')
    const failed = await command(other, '--accept').then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failed?.code).toBe(1)
    expect(failed?.stderr).toContain(`${other} has none of the headings of`)
    expect(readFileSync(fingerprints, 'utf8')).toBe(before)
  }, 60_000)
})
