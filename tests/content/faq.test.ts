/**
 * What the guide may say, held to the FAQ: rules an edit of the flow must keep. They read
 * which sections each piece of guidance cites and how it is shown, not its words, so a
 * reworded message passes and a plan that goes beyond the FAQ fails.
 */
import { describe, expect, test } from 'vitest'
import { mynaportalFlow as flow } from '../../flows/mynaportal'
import { journeysToOutcomes, replay, type OutcomeScreen } from '../../src/engine/replay'
import type { Guidance } from '../../src/engine/types'

const outcomes = journeysToOutcomes(flow)

function after(question: string, answer: string) {
  const found = outcomes.filter(({ answered }) => answered.some((given) => given.question === question && given.answer === answer))
  expect(found.length, `journeys after ${question}-${answer}`).toBeGreaterThan(0)
  return found.map(({ screen }) => screen)
}

const cites = (section: string) => (item: Guidance) => item.sources.includes(section)
const plan = (screen: OutcomeScreen) => [...screen.notes, ...screen.steps, ...screen.needs]

describe('logging in', () => {
  test('without a PC at home, the plan is the support window (F06), with no smartphone in it (F05)', () => {
    for (const screen of after('pc', 'no')) {
      const ownSteps = screen.steps.filter((step) => !step.sources.includes('F04'))
      expect(ownSteps[0]?.sources).toContain('F06')
      expect(ownSteps[0]?.contact).toBe('supportWindow')
      expect(plan(screen).filter(cites('F05'))).toEqual([])
    }
  })

  test('a checklist lists only what the FAQ says logging in needs (F04, F05)', () => {
    const items = new Set(outcomes.flatMap(({ screen }) => screen.needs))
    expect(items.size).toBeGreaterThan(0)
    for (const item of items) expect(['F04', 'F05']).toEqual(expect.arrayContaining([...item.sources]))
  })

  test('certificate declined: the ward office heads the plan, the answer is a reason, and no PIN is listed', () => {
    const declined = outcomes.filter(({ answered }) =>
      answered.some((given) => given.question === 'certificate' && given.answer === 'declined'),
    )
    expect(declined.length).toBeGreaterThan(0)
    for (const { answered, screen } of declined) {
      const [first] = screen.steps
      expect(first?.contact).toBe('wardOffice')
      expect(first?.headline).toBeDefined()
      expect(screen.title).toBe(first?.headline)
      expect(screen.decidedBy.map((given) => given.question)).toContain('certificate')
      // The same way with the certificate on the card lists one thing more: its PIN (F04).
      const withCertificate = replay(
        flow,
        answered.map(({ question, answer }) => ({ question, answer: question === 'certificate' ? 'yes' : answer })),
      ).screen
      if (withCertificate.kind !== 'outcome') throw new Error(`With the certificate on the card the way ends on ${withCertificate.id}`)
      const missing = withCertificate.needs.filter((item) => !screen.needs.some((need) => need.text === item.text))
      expect(missing.map((item) => item.sources)).toEqual([['F04']])
    }
  })

  test('certificate not known: the ward office is offered as an option to know, not a step to take', () => {
    for (const screen of after('certificate', 'unknown')) {
      expect(screen.notes.some((note) => note.contact === 'wardOffice' && note.sources.includes('F04'))).toBe(true)
      expect(screen.steps.some((step) => step.contact === 'wardOffice')).toBe(false)
      expect(screen.title).toBe(screen.meta.title)
    }
  })

  test('ready to log in from a PC: the plan points to the operation manual (F08)', () => {
    for (const screen of after('pc', 'yes'))
      expect(screen.steps.some((step) => step.sources.includes('F08') && step.link === 'manual')).toBe(true)
  })
})

test('no card: the two ways of F07 are alternatives to choose from, not numbered steps', () => {
  for (const screen of after('card', 'no')) {
    expect(screen.steps).toEqual([])
    expect(screen.notes.filter(cites('F07')).flatMap((note) => note.options ?? [])).toHaveLength(2)
  }
})

test('exchange history gone: both rules of F15 are given, neither as the only cause', () => {
  const citing = outcomes.filter(({ screen }) => screen.sources.includes('F15'))
  expect(citing.length).toBeGreaterThan(0)
  for (const { screen } of citing) expect(screen.notes.filter(cites('F15'))).toHaveLength(2)
})

test('proxy: where the manual explains registering comes before registering (F14)', () => {
  for (const screen of after('topic', 'family')) {
    expect(screen.steps[0]?.link).toBe('manual')
    expect(screen.steps.length).toBeGreaterThan(1)
  }
})

describe('the sections of the FAQ', () => {
  test('every note, step and checklist item cites a section', () => {
    const uncited = outcomes.flatMap(({ screen }) =>
      plan(screen)
        .filter((item) => item.sources.length === 0)
        .map((item) => item.text),
    )
    expect(uncited).toEqual([])
  })

  test('all seventeen sections of the FAQ, F01 to F17, are cited by some outcome', () => {
    const all = Array.from({ length: 17 }, (_, index) => `F${String(index + 1).padStart(2, '0')}`)
    expect(Object.keys(flow.sections)).toEqual(all)
    const cited = new Set(outcomes.flatMap(({ screen }) => screen.sources))
    expect(all.filter((id) => !cited.has(id))).toEqual([])
  })
})
