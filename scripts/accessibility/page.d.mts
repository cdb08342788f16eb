type Language = 'ja' | 'en'
type Kind = 'statement' | 'report'

export const accessibilityPages: Record<Kind, Record<Language, string>>
export const pageWords: Record<
  Language,
  { skip: string; nav: string; statement: string; report: string; other: { lang: Language; name: string }; back: string }
>
export function relativeTo(from: string, to: string): string
export function renderPage(page: {
  kind: Kind
  lang: Language
  title: string
  /** The guide's name in the page's language. */
  siteTitle: string
  main: string
  contentSecurityPolicy: string
}): string
