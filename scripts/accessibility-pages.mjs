/**
 * A step of `npm run build` (scripts/build.mjs), after the prerender: the accessibility
 * pages under `accessibility/` of the built site, which the footer of every step links to.
 *
 * - The accessibility statement, rendered from its editable Markdown
 *   (docs/accessibility/statement.ja.md and statement.en.md) with marked. A paragraph the
 *   site's publisher has still to fill in (it starts 【要記入】 or [To be filled in]) is
 *   marked as such, and the build says so. A paragraph that is only `{{report}}` becomes the
 *   summary of the last test report, with a link to it. Raw HTML in the Markdown is shown as text: the
 *   pages allow no inline style or script.
 * - The last test report (docs/accessibility/report/, written by `npm run a11y:report`),
 *   copied, with the site's Content-Security-Policy as this build has it.
 * - Their style sheet, and the guide's design tokens it reads.
 */
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Marked } from 'marked'
import { escapeHtml } from './html.mjs'
import { accessibilityPages, relativeTo, renderPage } from './accessibility/page.mjs'

const docs = fileURLToPath(new URL('../docs/accessibility/', import.meta.url))
const styles = [
  fileURLToPath(new URL('../src/styles/tokens.css', import.meta.url)),
  fileURLToPath(new URL('./accessibility/accessibility.css', import.meta.url)),
]

const placeholderMarks = { ja: '【要記入】', en: '[To be filled in]' }

const summaryWords = {
  ja: {
    none: 'まだ試験結果がありません（npm run a11y:report で作成します）。',
    tested: (date, total) => `最新の試験（${date}）の結果：JIS X 8341-3:2016 の達成基準 ${total} 件のうち、`,
    counts: ({ conforms, notApplicable, fails, needsPerson }) =>
      `自動試験で適合 ${conforms} 件、非適用 ${notApplicable} 件、不適合 ${fails} 件、目視確認が必要 ${needsPerson} 件です。`,
    link: '試験結果を見る',
  },
  en: {
    none: 'There is no test report yet (npm run a11y:report writes it).',
    tested: (date, total) => `The latest test (${date}), of the ${total} success criteria of JIS X 8341-3:2016: `,
    counts: ({ conforms, notApplicable, fails, needsPerson }) =>
      `${conforms} conform and ${notApplicable} do not apply by automated test, ${fails} fail, and ${needsPerson} need a person's check.`,
    link: 'See the test report',
  },
}

/** The policy in the `<meta http-equiv="Content-Security-Policy">` of a built page. */
function contentSecurityPolicyOf(html) {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]
  if (!content) throw new Error('accessibility pages: the built index.html carries no Content-Security-Policy')
  return content
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/**
 * The guide's name in Japanese and English, from the server build (`render`, `siteBase`):
 * the title of its start page in each reads "<question> | <guide>"
 * (src/composables/usePageHead.ts).
 */
export async function guideNames({ render, siteBase }) {
  const names = {}
  for (const lang of ['ja', 'en']) {
    const { head } = await render({ path: `${siteBase}${lang}/` })
    names[lang] = head.title.split(' | ').at(-1)
  }
  return names
}

/** The statement's Markdown as the body of its page; how many placeholders it still has. */
function renderStatement(markdown, lang, summary) {
  let placeholders = 0
  const say = summaryWords[lang]
  const marked = new Marked({
    renderer: {
      html: ({ text }) => escapeHtml(text),
      paragraph(token) {
        if (token.text.trim() === '{{report}}') {
          if (!summary) return `<p>${escapeHtml(say.none)}</p>\n`
          const link = relativeTo(accessibilityPages.statement[lang], accessibilityPages.report[lang])
          // Every criterion is decided by the tests or left to a person: together, all of them.
          const total = summary.jis.byMachine + summary.jis.needsPerson
          const what = say.tested(summary.date[lang], total) + say.counts(summary.jis)
          return `<p>${escapeHtml(what)}</p>\n<p class="wide-links"><a href="${link}">${escapeHtml(say.link)}</a></p>\n`
        }
        if (!token.text.startsWith(placeholderMarks[lang])) return false
        placeholders++
        return `<p class="placeholder">${this.parser.parseInline(token.tokens)}</p>\n`
      },
    },
  })
  const main = marked.parse(markdown)
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim()
  if (!title) throw new Error(`accessibility pages: statement.${lang}.md has no # heading`)
  return { main, title, placeholders }
}

/**
 * Writes the statement, the last report and their styles into `<site>/accessibility/`,
 * with the server build's `render` and `siteBase`. Returns the statement's parts still to
 * fill in, and the date of the report copied.
 */
export async function writeAccessibilityPages(site, server) {
  const out = join(site, 'accessibility')
  const contentSecurityPolicy = contentSecurityPolicyOf(await readFile(join(site, 'index.html'), 'utf8'))
  const summaryFile = join(docs, 'report', 'summary.json')
  const summary = existsSync(summaryFile) ? JSON.parse(await readFile(summaryFile, 'utf8')) : undefined
  const written = { placeholders: [], report: summary?.date.en }
  const names = await guideNames(server)
  await mkdir(out, { recursive: true })
  for (const style of styles) await copyFile(style, join(out, basename(style)))

  for (const lang of ['ja', 'en']) {
    const markdown = await readFile(join(docs, `statement.${lang}.md`), 'utf8')
    const { main, title, placeholders } = renderStatement(markdown, lang, summary)
    if (placeholders > 0) written.placeholders.push(`statement.${lang}.md (${placeholders})`)
    const file = join(out, accessibilityPages.statement[lang], 'index.html')
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, renderPage({ kind: 'statement', lang, title, siteTitle: names[lang], main, contentSecurityPolicy }))

    const report = join(docs, accessibilityPages.report[lang], 'index.html')
    if (!existsSync(report)) continue
    const page = (await readFile(report, 'utf8')).replace(
      /(<meta http-equiv="Content-Security-Policy" content=")[^"]*"/,
      (_, start) => `${start}${escapeHtml(contentSecurityPolicy)}"`,
    )
    const copy = join(out, accessibilityPages.report[lang], 'index.html')
    await mkdir(dirname(copy), { recursive: true })
    await writeFile(copy, page)
  }
  return written
}
