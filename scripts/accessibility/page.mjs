/**
 * The four static accessibility pages share one shell: the accessibility statement and the
 * test report, each in Japanese and English, under `accessibility/` of the built site.
 * Plain HTML that needs no script, one small style sheet (no inline style: the pages carry
 * the site's Content-Security-Policy), and only relative links, so they work under any
 * base path. The same navigation, in the same order, on each.
 */

import { escapeHtml } from '../html.mjs'

/** Each page: where it lives under `accessibility/`, its language, and the page in the other language. */
export const accessibilityPages = {
  statement: { ja: '', en: 'en/' },
  report: { ja: 'report/', en: 'report/en/' },
}

/** The words of the shell, in each language (tests read them here). */
export const pageWords = {
  ja: {
    skip: '本文へ移動',
    nav: 'アクセシビリティのページ',
    statement: 'アクセシビリティ方針',
    report: '試験結果',
    other: { lang: 'en', name: 'English' },
    back: '案内のはじめに戻る',
  },
  en: {
    skip: 'Skip to main content',
    nav: 'Accessibility pages',
    statement: 'Accessibility statement',
    report: 'Test report',
    other: { lang: 'ja', name: '日本語' },
    back: 'Back to the start of the guide',
  },
}

/** From a page's folder under `accessibility/` to another's: both end in '/' or are ''. */
export function relativeTo(from, to) {
  const up = '../'.repeat(from.split('/').filter(Boolean).length)
  return up + to || './'
}

/**
 * A whole page. `where` is its folder under `accessibility/` (one of `accessibilityPages`),
 * `kind` 'statement' or 'report'; `main` is the HTML inside <main>, its <h1> first.
 */
export function renderPage({ kind, lang, title, siteTitle, main, contentSecurityPolicy }) {
  const say = pageWords[lang]
  const where = accessibilityPages[kind][lang]
  const other = say.other.lang
  const toSite = '../'.repeat(where.split('/').filter(Boolean).length + 1)
  // The guide's start in the page's language (the bare base would pick the browser's).
  const guide = `${toSite}${lang}/`
  const link = (target, label, current) =>
    `<a href="${relativeTo(where, target)}"${current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a>`
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}">
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>${escapeHtml(title)} | ${escapeHtml(siteTitle)}</title>
    <link rel="icon" href="${toSite}favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="${relativeTo(where, 'tokens.css')}">
    <link rel="stylesheet" href="${relativeTo(where, 'accessibility.css')}">
    <link rel="alternate" hreflang="${other}" href="${relativeTo(where, accessibilityPages[kind][other])}">
  </head>
  <body>
    <a class="skip-link" href="#main">${escapeHtml(say.skip)}</a>
    <header class="site-header">
      <nav aria-label="${escapeHtml(say.nav)}">
        <ul>
          <li>${link(accessibilityPages.statement[lang], say.statement, kind === 'statement')}</li>
          <li>${link(accessibilityPages.report[lang], say.report, kind === 'report')}</li>
          <li><a href="${relativeTo(where, accessibilityPages[kind][other])}" lang="${other}" hreflang="${other}">${escapeHtml(say.other.name)}</a></li>
        </ul>
      </nav>
    </header>
    <main id="main" class="${kind}">
${main}
    </main>
    <footer class="site-footer">
      <p><a href="${guide}">${escapeHtml(say.back)}</a></p>
    </footer>
  </body>
</html>
`
}
