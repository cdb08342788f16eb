/** The locale files as plain text, the way a translator edits them: locale code → (message key → message text). */
import { readLocales } from '../../scripts/repository'

export const localeMessages: Record<string, Record<string, string>> = readLocales()
