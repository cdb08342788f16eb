/**
 * The answers in the address bar: `/<locale>/<question>-<answer>/…`, readable and stable,
 * so that Back and Forward, reload and a copied link all land on the same step.
 * A question id has no hyphen; the answer id is everything after the first one.
 */
import type { Answer } from '../engine/types'

export interface Address {
  locale?: string
  answers: Answer[]
  /** The question being changed, if the person chose Change on an earlier answer. */
  change?: string
  /** True when part of the path could not be read (it is dropped from there on). */
  malformed: boolean
}

/** More segments than any flow could need: a longer path is cut, not parsed. */
const MAX_SEGMENTS = 200

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

function parseAnswer(segment: string): Answer | undefined {
  const match = /^([A-Za-z0-9_]+)-([A-Za-z0-9_-]+)$/.exec(decode(segment) ?? '')
  return match ? { question: match[1]!, answer: match[2]! } : undefined
}

export function parseAddress(pathname: string, search: string, base = '/'): Address {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname
  const [locale, ...segments] = path.split('/').filter(Boolean)
  const answers: Answer[] = []
  let malformed = segments.length > MAX_SEGMENTS
  for (const segment of segments.slice(0, MAX_SEGMENTS)) {
    const answer = parseAnswer(segment)
    if (!answer) {
      malformed = true
      break
    }
    answers.push(answer)
  }
  const change = new URLSearchParams(search).get('change') ?? undefined
  return { locale: locale === undefined ? undefined : decode(locale), answers, change, malformed }
}

export function formatAddress(base: string, locale: string, answers: readonly Answer[], change?: string): string {
  const segments = answers.map(({ question, answer }) => `${encodeURIComponent(question)}-${encodeURIComponent(answer)}`)
  const path = `${base}${[locale, ...segments].map((part) => `${part}/`).join('')}`
  return change ? `${path}?change=${encodeURIComponent(change)}` : path
}
