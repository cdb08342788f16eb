/**
 * The checks behind `npm run flow:check`: what an edit of a flow or of a locale file can
 * break, each found problem named by its place and with the fix. Nothing here knows a
 * particular flow: it reads the machine, the facts and the messages it is given.
 */
import { toDirectedGraph } from 'xstate/graph'
import { everyJourney, type Journey } from '../engine/replay'
import { FlowShapeError } from '../engine/snapshot'
import type { Answer, FlowDefinition } from '../engine/types'

export interface Problem {
  /** Where: the flow and state, or the locale and key. */
  where: string
  what: string
  fix: string
}

/** locale code → (message key → message text) */
export type LocaleMessages = Readonly<Record<string, Readonly<Record<string, string>>>>

/** What a message key looks like: words joined by dots, the first one its namespace. */
export const keyShape = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)+$/

/** Phone numbers as the messages write them (0120-95-0178). */
export function phonesIn(text: string): string[] {
  return [...text.matchAll(/\d{2,5}[-‐－]\d{1,4}[-‐－]\d{3,4}/g)].map((match) => match[0])
}

/** Web addresses as the messages write them. */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s)）」"]+|www\.[^\s)）」"]+/g)].map((match) => match[0])
}

/**
 * Every state the flow's author wrote, reachable or not, in the order written: the state
 * nodes of the machine's directed graph (xstate/graph), whose ids are the machine's id and
 * the state's key joined by a dot. Journeys show only what can be reached; this is what
 * finds the rest.
 */
export function statesOf(flow: FlowDefinition): string[] {
  const prefix = `${flow.machine.id}.`
  return toDirectedGraph(flow.machine).children.map((node) => node.id.slice(prefix.length))
}

/** Answers as the address writes them: `topic-login, card-yes`. */
function said(answers: readonly Answer[]): string {
  return answers.map((answer) => `${answer.question}-${answer.answer}`).join(', ')
}

/**
 * Every message key a flow's data names, with the first place it is named: its texts, the
 * meta of each state (questions, answers, outcomes, guidance) and, for what the answers on
 * the way add to a plan, the outcome that shows it.
 */
export function keysOfFlow(flow: FlowDefinition, namespaces: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>()
  function visit(value: unknown, path: string) {
    if (typeof value === 'string') {
      if (keyShape.test(value) && namespaces.has(value.split('.')[0]!) && !found.has(value)) found.set(value, path)
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`))
    else if (value && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) visit(item, path ? `${path}.${name}` : name)
    }
  }
  const { id, title, intro, sourceDocument, contacts, links, sections, checklist } = flow
  visit({ id, title, intro, sourceDocument, contacts, links, sections, checklist }, '')
  const journeys = everyJourney(flow)
  for (const { screen } of journeys) visit(screen.meta, `states.${screen.id}.meta`)
  for (const { screen, answered } of journeys) {
    if (screen.kind !== 'outcome') continue
    for (const part of ['notes', 'steps', 'needs'] as const) visit(screen[part], `states.${screen.id} (after ${said(answered)}) · ${part}`)
  }
  return found
}

/** The states on a circle of answers: a journey that comes back to a question already answered on it. */
function statesInCircles(journeys: readonly Journey[]): Set<string> {
  const inCircle = new Set<string>()
  for (const { answered, screen } of journeys) {
    const from = answered.findIndex((given) => given.question === screen.id)
    if (from >= 0) answered.slice(from).forEach((given) => inCircle.add(given.question))
  }
  return inCircle
}

/** The graph: every state reachable, every answer leading on, every way ending in an outcome with its sources. */
export function checkGraph(flow: FlowDefinition): Problem[] {
  const at = (state: string) => `${flow.id} · state "${state}"`
  let journeys: Journey[]
  try {
    journeys = everyJourney(flow)
  } catch (error) {
    if (!(error instanceof FlowShapeError)) throw error
    return [
      {
        where: at(error.state),
        what: error.problem,
        fix: 'write it with question({...}) or outcome({...}) from src/engine/define.ts',
      },
    ]
  }
  const problems: Problem[] = []
  const sections = new Set(Object.keys(flow.sections))
  const unknownSections = (where: string, sources: readonly string[]) =>
    sources
      .filter((id) => !sections.has(id))
      .map((source) => ({
        where,
        what: `names the section "${source}", which the flow's sections do not define`,
        fix: 'use a section id from the facts, or add the section there',
      }))
  // An answer leads on where a journey takes it: one whose event has no transition gets none.
  const taken = new Set(journeys.map(({ answered }) => said(answered)))
  // A question comes up on several ways; it is checked once.
  const questionsChecked = new Set<string>()
  for (const { screen, answered } of journeys) {
    if (screen.kind !== 'question' || questionsChecked.has(screen.id)) continue
    questionsChecked.add(screen.id)
    if (screen.meta.answers.length === 0)
      problems.push({
        where: at(screen.id),
        what: 'has no way out: a question with no answers',
        fix: 'give it answers, each with "to" naming the next state',
      })
    const leadingNowhere = screen.meta.answers.filter(({ id }) => !taken.has(said([...answered, { question: screen.id, answer: id }])))
    for (const option of leadingNowhere) {
      problems.push({
        where: `${at(screen.id)} · answer "${option.id}"`,
        what: 'leads nowhere',
        fix: 'give the answer a "to" naming the next question or outcome',
      })
    }
    problems.push(...unknownSections(at(screen.id), screen.meta.sources ?? []))
  }
  for (const key of statesInCircles(journeys)) {
    problems.push({
      where: at(key),
      what: 'is on a circle of answers that can come back to it',
      fix: 'make every answer lead on towards an outcome',
    })
  }
  const reached = new Set(journeys.map(({ screen }) => screen.id))
  for (const key of statesOf(flow).filter((state) => !reached.has(state))) {
    problems.push({
      where: at(key),
      what: 'is unreachable: no answer leads here',
      fix: `point an answer's "to" at "${key}", or delete the state`,
    })
  }
  for (const { screen, answered } of journeys) {
    if (screen.kind !== 'outcome') continue
    const where = `${at(screen.id)} (after ${said(answered)})`
    if (screen.sources.length === 0)
      problems.push({ where, what: 'names no section of the FAQ', fix: "give its notes, steps or needs sources, e.g. sources: ['F05']" })
    problems.push(...unknownSections(where, screen.sources))
    for (const id of screen.contacts.filter((contact) => !flow.contacts[contact])) {
      problems.push({
        where,
        what: `names the contact "${id}", which the facts do not define`,
        fix: 'add the contact to the facts, or correct the id',
      })
    }
    for (const link of [...screen.notes, ...screen.steps].flatMap((item) => (item.link ? [item.link] : []))) {
      if (!flow.links[link])
        problems.push({
          where,
          what: `names the link "${link}", which the facts do not define`,
          fix: 'add the link to the facts, or correct the id',
        })
    }
  }
  return problems
}

/** Every key used is in every locale, with words in it. */
export function checkMessages(used: ReadonlyMap<string, string>, locales: LocaleMessages, sourceLocale: string): Problem[] {
  const problems: Problem[] = []
  for (const [code, messages] of Object.entries(locales)) {
    for (const [key, usedAt] of used) {
      const text = messages[key]
      if (text === undefined) {
        problems.push({
          where: `locales/${code}.json · ${key}`,
          what: `is missing (used by ${usedAt})`,
          fix: `add "${key}" to locales/${code}.json${code === sourceLocale ? '' : `, translating locales/${sourceLocale}.json`}`,
        })
      } else if (!text.trim()) {
        problems.push({ where: `locales/${code}.json · ${key}`, what: 'is empty', fix: `write the ${code} text of "${key}"` })
      }
    }
  }
  return problems
}

/** Keys in a locale that nothing uses: left over from an edit, and never shown. */
export function checkUnused(used: ReadonlySet<string>, locales: LocaleMessages): Problem[] {
  return Object.entries(locales).flatMap(([code, messages]) =>
    Object.keys(messages)
      .filter((key) => !used.has(key))
      .map((key) => ({
        where: `locales/${code}.json · ${key}`,
        what: 'is used by no flow and no component',
        fix: `delete "${key}" from locales/${code}.json, or use it`,
      })),
  )
}

/** Phone numbers and web addresses in messages must be ones the flows' facts define. */
export function checkFacts(flows: readonly FlowDefinition[], locales: LocaleMessages): Problem[] {
  const phones = new Set(
    flows.flatMap((flow) => Object.values(flow.contacts).flatMap((contact) => (contact.phones ?? []).map((phone) => phone.number))),
  )
  const urls = new Set(flows.flatMap((flow) => Object.values(flow.links).map((link) => link.url)))
  const problems: Problem[] = []
  for (const [code, messages] of Object.entries(locales)) {
    for (const [key, text] of Object.entries(messages)) {
      const where = `locales/${code}.json · ${key}`
      for (const phone of phonesIn(text).filter((number) => !phones.has(number))) {
        problems.push({
          where,
          what: `states the phone number ${phone}, which the facts do not define`,
          fix: 'correct the number, or (if the FAQ gives it) add it to a contact in the facts',
        })
      }
      for (const url of urlsIn(text).filter((address) => !urls.has(address))) {
        problems.push({
          where,
          what: `states the address ${url}, which the facts do not define`,
          fix: 'correct the address, or (if the FAQ gives it) add it to the links in the facts',
        })
      }
    }
  }
  return problems
}
