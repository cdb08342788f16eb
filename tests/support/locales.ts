/** The locale files as plain text, the way a translator edits them: locale code → (message key → message text). */
import { readLocales } from '../../scripts/repository'
import { withoutRuby } from '../../src/lib/ruby'

export const localeMessages: Record<string, Record<string, string>> = readLocales()

/** Values for a message's placeholders; `count` also picks its plural form. */
type Params = Record<string, string | number>

/**
 * A message as a person reads it on screen, taken from the locale file: the plural form
 * vue-i18n picks for `count`, the placeholders filled in, `{'@'}`-style literals as the
 * character, furigana readings left out. Tests compare the screen with this, so that a
 * translator's edit changes the expectation with the screen.
 */
export function say(locale: string, key: string, params: Params = {}, messages = localeMessages): string {
  const written = messages[locale]?.[key]
  if (written === undefined || !written.trim()) throw new Error(`The ${locale} locale has no message "${key}"`)
  const forms = written.split('|').map((form) => form.trim())
  const form = forms.length === 1 ? forms[0]! : forms[pluralIndex(Number(params.count ?? 1), forms.length)]!
  const filled = form
    .replace(/\{'(.)'\}/g, '$1')
    .replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder))
  return withoutRuby(filled)
}

/** vue-i18n's default choice of plural form: with two forms, singular and plural; with three, zero, one and many. */
function pluralIndex(count: number, forms: number): number {
  const choice = Math.abs(count)
  if (forms === 2) return choice === 1 ? 0 : 1
  return Math.min(choice, 2)
}
