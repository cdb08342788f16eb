/**
 * The flow as a graph: every question can be reached and answered, every way through
 * ends in an outcome, and every outcome says which part of the FAQ it rests on.
 */
import { describe, expect, test } from 'vitest'
import { entry } from '../flows'
import { mynaportalFlow as flow } from '../flows/mynaportal'
import { firstQuestion } from '../src/engine/loadedEntry'
import { replay } from '../src/engine/replay'
import type { Guidance } from '../src/engine/types'
import { nodeMeta, pathsToOutcomes, stateKeys } from './support/paths'

const paths = pathsToOutcomes(flow)
const keys = stateKeys(flow)

function targetsOf(key: string): string[] {
  const node = flow.machine.root.states[key]!
  return Object.values(node.on)
    .flat()
    .flatMap((transition) => transition.target ?? [])
    .map((target) => target.key)
}

function guidanceOf(outcome: string): Guidance[] {
  const screen = replay(flow, paths.find((path) => path.outcome === outcome)!.answers).screen
  if (screen.kind !== 'outcome') throw new Error(`${outcome} is not an outcome`)
  return [...screen.notes, ...screen.steps]
}

describe('the Mynaportal flow', () => {
  test('is flat: every state is a question or an outcome', () => {
    for (const key of keys.all) {
      expect(['question', 'outcome'], key).toContain(nodeMeta(flow, key).kind)
      expect(flow.machine.root.states[key]!.type, key).not.toBe('compound')
    }
  })

  test('the start screen shipped first is the machine’s first question, word for word', () => {
    expect(entry.start).toEqual(firstQuestion(flow))
    expect({ id: entry.id, title: entry.title, intro: entry.intro, sourceDocument: entry.sourceDocument }).toEqual({
      id: flow.id,
      title: flow.title,
      intro: flow.intro,
      sourceDocument: flow.sourceDocument,
    })
  })

  test('every state can be reached from the start', () => {
    const reached = new Set(['topic', ...paths.flatMap((path) => [path.outcome, ...path.answers.map((a) => a.question)])])
    expect(keys.all.filter((key) => !reached.has(key))).toEqual([])
  })

  test('every question has a way out for each of its answers, and only those', () => {
    for (const key of keys.questions) {
      const meta = nodeMeta(flow, key)
      if (meta.kind !== 'question') continue
      expect(meta.answers.length, key).toBeGreaterThanOrEqual(2)
      expect(Object.keys(flow.machine.root.states[key]!.on).sort(), key).toEqual(meta.answers.map((a) => a.id).sort())
      expect(targetsOf(key).length, key).toBe(meta.answers.length)
    }
  })

  test('outcomes are final states and nothing leads out of them', () => {
    for (const key of keys.outcomes) {
      expect(flow.machine.root.states[key]!.type, key).toBe('final')
      expect(targetsOf(key), key).toEqual([])
    }
  })

  test('every way through ends in an outcome, without going round in circles', () => {
    const visiting = new Set<string>()
    const finished = new Set<string>()
    function walk(key: string): void {
      expect(visiting.has(key), `cycle through ${key}`).toBe(false)
      if (finished.has(key)) return
      visiting.add(key)
      const next = targetsOf(key)
      if (next.length === 0) expect(nodeMeta(flow, key).kind, `${key} ends a path`).toBe('outcome')
      next.forEach(walk)
      visiting.delete(key)
      finished.add(key)
    }
    walk('topic')
    expect(new Set(paths.map((path) => path.outcome))).toEqual(new Set(keys.outcomes))
  })

  test('question ids can be read back from the address (no hyphen)', () => {
    for (const key of keys.questions) expect(key).toMatch(/^[A-Za-z0-9_]+$/)
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
