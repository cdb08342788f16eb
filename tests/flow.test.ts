/**
 * The flow as a graph: every question can be reached and answered, every way through
 * ends in an outcome, and every outcome says which part of the FAQ it rests on.
 */
import { getNextTransitions } from 'xstate'
import { describe, expect, test } from 'vitest'
import { mynaportalFlow as flow } from '../flows/mynaportal'
import { statesOf } from '../src/tooling/check'
import { everyJourney, replay } from '../src/engine/replay'
import { metaOf } from '../src/engine/snapshot'
import type { Guidance } from '../src/engine/types'
import { pathsToOutcomes, snapshotIn } from './support/paths'

const paths = pathsToOutcomes(flow)
const journeys = everyJourney(flow)
const all = statesOf(flow)
const kindOf = (state: string) => metaOf(flow, snapshotIn(flow, state)).kind
const keys = {
  questions: all.filter((state) => kindOf(state) === 'question'),
  outcomes: all.filter((state) => kindOf(state) === 'outcome'),
}

/** The events a state has transitions for (XState's getNextTransitions). */
function eventsOf(state: string): string[] {
  return getNextTransitions(snapshotIn(flow, state)).map((transition) => transition.eventType)
}

function guidanceOf(outcome: string): Guidance[] {
  const screen = replay(flow, paths.find((path) => path.outcome === outcome)!.answers).screen
  if (screen.kind !== 'outcome') throw new Error(`${outcome} is not an outcome`)
  return [...screen.notes, ...screen.steps]
}

describe('the Mynaportal flow', () => {
  test('is flat: every state is a question or an outcome, in a state value of its own', () => {
    for (const state of all) {
      expect(snapshotIn(flow, state).value, state).toBe(state)
      expect(['question', 'outcome'], state).toContain(kindOf(state))
    }
  })

  test('every state can be reached from the start', () => {
    const reached = new Set(journeys.map(({ screen }) => screen.id))
    expect(all.filter((state) => !reached.has(state))).toEqual([])
  })

  test('every question has a way out for each of its answers, and only those', () => {
    for (const state of keys.questions) {
      const meta = metaOf(flow, snapshotIn(flow, state))
      if (meta.kind !== 'question') continue
      expect(meta.answers.length, state).toBeGreaterThanOrEqual(2)
      expect(eventsOf(state).sort(), state).toEqual(meta.answers.map((a) => a.id).sort())
    }
    for (const { screen, answered } of journeys) {
      if (screen.kind !== 'question') continue
      for (const option of screen.meta.answers) {
        const { rejected } = replay(flow, [...answered, { question: screen.id, answer: option.id }])
        expect(rejected, `${screen.id}-${option.id}`).toEqual([])
      }
    }
  })

  test('outcomes are final states and nothing leads out of them', () => {
    for (const state of keys.outcomes) {
      expect(snapshotIn(flow, state).status, state).toBe('done')
      expect(eventsOf(state), state).toEqual([])
    }
  })

  test('every way through ends in an outcome, without going round in circles', () => {
    for (const { screen, answered } of journeys) {
      expect(
        answered.map((given) => given.question),
        `a circle through ${screen.id}`,
      ).not.toContain(screen.id)
    }
    // Every answer of every question leads on (above), so each way ends in an outcome, and every outcome ends one.
    expect(new Set(paths.map((path) => path.outcome))).toEqual(new Set(keys.outcomes))
  })

  test('question ids can be read back from the address (no hyphen)', () => {
    for (const state of keys.questions) expect(state).toMatch(/^[A-Za-z0-9_]+$/)
  })

  test('every outcome cites at least one FAQ section, and every piece of guidance cites one', () => {
    for (const outcome of keys.outcomes) {
      const guidance = guidanceOf(outcome)
      expect(guidance.length, outcome).toBeGreaterThan(0)
      for (const item of guidance) {
        expect(item.sources.length, `${outcome}: ${item.text}`).toBeGreaterThan(0)
        for (const source of item.sources) expect(Object.keys(flow.sections)).toContain(source)
      }
    }
  })

  test('all seventeen sections of the FAQ, F01 to F17, are cited by some outcome', () => {
    const cited = new Set(keys.outcomes.flatMap((outcome) => guidanceOf(outcome).flatMap((item) => item.sources)))
    const all = Array.from({ length: 17 }, (_, index) => `F${String(index + 1).padStart(2, '0')}`)
    expect(Object.keys(flow.sections)).toEqual(all)
    expect(all.filter((id) => !cited.has(id))).toEqual([])
  })

  test('every contact and link that guidance names is defined in the facts', () => {
    for (const outcome of keys.outcomes) {
      for (const item of guidanceOf(outcome)) {
        if (item.contact) expect(flow.contacts, `${outcome}: ${item.contact}`).toHaveProperty(item.contact)
        if (item.link) expect(flow.links, `${outcome}: ${item.link}`).toHaveProperty(item.link)
      }
    }
    for (const contact of Object.values(flow.contacts)) {
      if (contact.link) expect(flow.links).toHaveProperty(contact.link)
    }
  })
})
