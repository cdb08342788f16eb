/**
 * What in a flow rests on one section of its source document: the outcomes and questions
 * that cite it, and every message whose words come from it. Found from the flow's public
 * data alone (the journey to every step), so it holds for any flow.
 */
import { keyShape } from './check'
import { everyJourney } from '../engine/replay'
import type { FlowDefinition, Guidance, MessageKey, QuestionMeta } from '../engine/types'

export interface Citations {
  /** Outcomes whose plan cites the section, with the key of each one's title. */
  outcomes: { id: string; title: MessageKey }[]
  /** Questions that name the section in their sources, with every message key of each. */
  questions: { id: string; keys: MessageKey[] }[]
  /**
   * The section's heading, the cited outcomes' titles, and every message of the guidance that
   * cites it (its text, options, headline, and the contact and link it names).
   */
  keys: MessageKey[]
}

/** Every string in a value, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

function keysIn(value: unknown): MessageKey[] {
  return stringsIn(value).filter((text) => keyShape.test(text))
}

function linkKeys(flow: FlowDefinition, id: string | undefined): MessageKey[] {
  const link = id === undefined ? undefined : flow.links[id]
  return link ? [link.label] : []
}

/** A contact's words: its name, description, notes and days; and the label of its link. */
function contactKeys(flow: FlowDefinition, id: string | undefined): MessageKey[] {
  const contact = id === undefined ? undefined : flow.contacts[id]
  if (!contact) return []
  const { link, ...words } = contact
  return [...keysIn(words), ...linkKeys(flow, link)]
}

/** A piece of guidance's words; its sources, contact and link are ids, not words. */
function guidanceKeys(flow: FlowDefinition, { sources, contact, link, ...words }: Guidance): MessageKey[] {
  return [...keysIn(words), ...contactKeys(flow, contact), ...linkKeys(flow, link)]
}

/** A question's words: its text, hint, and each answer's label and reason. */
function questionKeys({ kind, sources, ...words }: QuestionMeta): MessageKey[] {
  return keysIn(words)
}

/** Everything in the flow that cites the section `section` (an id of `flow.sections`). */
export function citationsOf(flow: FlowDefinition, section: string): Citations {
  const outcomes = new Map<string, MessageKey>()
  const questions = new Map<string, MessageKey[]>()
  const heading = flow.sections[section]
  const keys = new Set<MessageKey>(heading ? [heading] : [])
  for (const { screen } of everyJourney(flow)) {
    if (screen.kind === 'question') {
      if (screen.meta.sources?.includes(section)) questions.set(screen.id, [...new Set(questionKeys(screen.meta))])
    } else if (screen.sources.includes(section)) {
      outcomes.set(screen.id, screen.meta.title)
      keys.add(screen.meta.title)
      for (const item of [...screen.notes, ...screen.steps, ...screen.needs]) {
        if (item.sources.includes(section)) guidanceKeys(flow, item).forEach((key) => keys.add(key))
      }
    }
  }
  return {
    outcomes: [...outcomes].map(([id, title]) => ({ id, title })),
    questions: [...questions].map(([id, keys]) => ({ id, keys })),
    keys: [...keys],
  }
}
