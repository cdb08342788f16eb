/**
 * What the review page shows of a flow, worked out from the flow itself: every state, the
 * journeys that land on it, and its messages as rows of a table with a column per language.
 * Like the engine, it knows no particular flow.
 */
import type { Journey, OutcomeScreen } from '../engine/replay'
import type { FlowDefinition, Guidance, LoadedFlow, MessageKey, MonthDay, NodeMeta, OutcomeMeta, QuestionMeta } from '../engine/types'
import { formatMonthDay, formatTime } from '../lib/format'

export interface MessageRow {
  /** The message, shown in every language; none for a fact without words (a phone number with no note). */
  key?: MessageKey
  /** The message's parameters in a language, given its BCP 47 tag. */
  params?: (lang: string) => Record<string, string>
  /** What the row is about beside its message: FAQ sections, a phone number, opening times, an address. */
  aside?: string
  /** Where `aside` leads, when it is an address. */
  href?: string
  /** Belongs to the row above it (a step's link, an answer's reason). */
  sub?: boolean
  /** The numbers of the paths it appears on, when it does not appear on all of them. */
  onlyOn?: readonly number[]
}

export interface RowGroup {
  /** The group's heading, as a message key. */
  heading: MessageKey
  rows: readonly MessageRow[]
}

export interface ReviewedState {
  id: string
  kind: NodeMeta['kind']
  /** The question, or the outcome's headline. */
  heading: MessageKey
  /** Every way to this state, numbered from 1 in this order. */
  journeys: readonly Journey[]
  groups: readonly RowGroup[]
}

/** One item of several lists, with the numbers (from 1) of the lists that have it when not all do. */
interface Merged<T> {
  item: T
  onlyOn?: number[]
}

/**
 * The items of several lists, each once. An item missing from the lists before is placed just
 * before the next item of its own list already placed, so the lists' common order is kept.
 */
function merge<T>(lists: readonly (readonly T[])[], keyOf: (item: T) => string): Merged<T>[] {
  const merged: T[] = []
  const placed = new Set<string>()
  for (const list of lists) {
    list.forEach((item, index) => {
      if (placed.has(keyOf(item))) return
      const next = list.slice(index + 1).find((later) => placed.has(keyOf(later)))
      const at = next === undefined ? merged.length : merged.findIndex((known) => keyOf(known) === keyOf(next))
      merged.splice(at, 0, item)
      placed.add(keyOf(item))
    })
  }
  return merged.map((item) => {
    const on = lists.flatMap((list, index) => (list.some((other) => keyOf(other) === keyOf(item)) ? [index + 1] : []))
    return on.length < lists.length ? { item, onlyOn: on } : { item }
  })
}

function closedRow({ from, to }: { from: MonthDay; to: MonthDay }): MessageRow {
  return {
    key: 'ui.contact.closed',
    params: (lang) => ({ from: formatMonthDay(lang, from), to: formatMonthDay(lang, to) }),
    sub: true,
  }
}

function linkRow(flow: FlowDefinition, id: string): MessageRow[] {
  const link = flow.links[id]
  return link ? [{ key: link.label, aside: link.url, href: link.url, sub: true }] : []
}

function guidanceRows(flow: FlowDefinition, guidance: Guidance, onlyOn?: readonly number[]): MessageRow[] {
  const contact = guidance.contact ? flow.contacts[guidance.contact] : undefined
  return [
    { key: guidance.text, aside: guidance.sources.join(' '), onlyOn },
    ...(guidance.headline ? [{ key: guidance.headline, sub: true }] : []),
    ...(guidance.options ?? []).map((option) => ({ key: option, sub: true })),
    ...(guidance.link ? linkRow(flow, guidance.link) : []),
    ...(contact ? [{ key: contact.name, sub: true }] : []),
  ]
}

function contactRows(flow: FlowDefinition, id: string, onlyOn?: readonly number[]): MessageRow[] {
  const contact = flow.contacts[id]
  if (!contact) return []
  return [
    { key: contact.name, onlyOn },
    ...(contact.description ? [{ key: contact.description, sub: true }] : []),
    ...(contact.phones ?? []).map((phone) => ({ key: phone.note, aside: phone.number, sub: true })),
    ...(contact.hours ?? []).map((hours) => ({
      key: hours.days,
      aside: `${formatTime(hours.opens)}–${formatTime(hours.closes)}`,
      sub: true,
    })),
    ...(contact.closed ? [closedRow(contact.closed)] : []),
    ...(contact.link ? linkRow(flow, contact.link) : []),
  ]
}

/** FAQ sections in the order of the source document. */
function sectionRows(flow: FlowDefinition, sections: readonly Merged<string>[]): MessageRow[] {
  const order = Object.keys(flow.sections)
  return [...sections]
    .sort((a, b) => order.indexOf(a.item) - order.indexOf(b.item))
    .map(({ item, onlyOn }) => ({ key: flow.sections[item], aside: item, onlyOn }))
}

/** Only the groups that have something to show. */
function groups(...all: RowGroup[]): RowGroup[] {
  return all.filter((group) => group.rows.length > 0)
}

/** An outcome's groups: its plan differs from one way to it to another, so each part is merged across them all. */
function outcomeGroups(flow: FlowDefinition, meta: OutcomeMeta, screens: readonly OutcomeScreen[]): RowGroup[] {
  const across = <T>(part: (screen: OutcomeScreen) => readonly T[], keyOf: (item: T) => string = String) => merge(screens.map(part), keyOf)
  const guidanceAcross = (part: (screen: OutcomeScreen) => readonly Guidance[]) =>
    across(part, (item) => item.text).flatMap(({ item, onlyOn }) => guidanceRows(flow, item, onlyOn))
  return groups(
    { heading: 'ui.review.outcome', rows: [{ key: meta.title }] },
    { heading: 'ui.outcome.notes', rows: guidanceAcross((screen) => screen.notes) },
    { heading: 'ui.outcome.steps', rows: guidanceAcross((screen) => screen.steps) },
    { heading: flow.checklist.title, rows: guidanceAcross((screen) => screen.needs) },
    {
      heading: 'ui.outcome.contacts',
      rows: across((screen) => screen.contacts).flatMap(({ item, onlyOn }) => contactRows(flow, item, onlyOn)),
    },
    {
      heading: 'ui.outcome.sources',
      rows: sectionRows(
        flow,
        across((screen) => screen.sources),
      ),
    },
  )
}

/**
 * A question's groups. A question rests on no FAQ section of its own: it shows those of the
 * outcomes it leads to, so an editor sees what a change to it may touch.
 */
function questionGroups(flow: FlowDefinition, meta: QuestionMeta, outcomesAhead: readonly OutcomeScreen[]): RowGroup[] {
  return groups(
    { heading: 'ui.review.question', rows: [{ key: meta.text }] },
    { heading: 'ui.whyWeAsk', rows: meta.hint ? [{ key: meta.hint }] : [] },
    {
      heading: 'ui.review.answers',
      rows: meta.answers.flatMap((option) => [
        { key: option.label, aside: option.id },
        ...(option.because ? [{ key: option.because, sub: true }] : []),
      ]),
    },
    { heading: 'ui.review.sectionsAhead', rows: sectionRows(flow, merge([outcomesAhead.flatMap((screen) => screen.sources)], String)) },
  )
}

/** Every state a person can reach, in the order they meet it: the order of the flow's journeys. */
export function reviewFlow({ flow, engine }: LoadedFlow): ReviewedState[] {
  const journeys = engine.everyJourney(flow)
  const outcomes = journeys.filter(engine.isOutcomeJourney)
  // One screen a state: its question, or its outcome's own meta, is the same on every way there.
  const states = new Map(journeys.map(({ screen }) => [screen.id, screen]))
  return [...states.values()].map(({ id, kind, meta }) => {
    const landing = journeys.filter((journey) => journey.screen.id === id)
    if (kind === 'question') {
      const ahead = outcomes.filter((journey) => journey.answered.some((given) => given.question === id)).map(({ screen }) => screen)
      return { id, kind, heading: meta.text, journeys: landing, groups: questionGroups(flow, meta, ahead) }
    }
    const screens = outcomes.filter((journey) => journey.screen.id === id).map(({ screen }) => screen)
    return { id, kind, heading: meta.title, journeys: landing, groups: outcomeGroups(flow, meta, screens) }
  })
}
