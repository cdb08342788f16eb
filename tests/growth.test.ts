/**
 * Growth: a synthetic flow of 1,000 questions (made here, never shipped) runs through the
 * same engine. It prints how long replaying a 50-answer path and enumerating the flow's
 * journeys take; like every benchmark here it prints figures and does not fail on
 * time. It does check that the answers still decide the screen at that size.
 */
import { describe, expect, test } from 'vitest'
import { emptyPlan, flowSetup, outcome, question } from '../src/engine/define'
import { maxQuestionsFrom } from '../src/engine/graph'
import { everyJourney, replay } from '../src/engine/replay'
import { initialSnapshot } from '../src/engine/snapshot'
import type { Answer, FlowDefinition } from '../src/engine/types'

const questionCount = 1000
const outcomeCount = 10

/**
 * A chain of yes/no questions: "yes" goes on to the next question, "no" ends in one of
 * ten outcomes; the last "yes" ends too. Every question is on the longest path.
 */
function syntheticFlow(): FlowDefinition {
  const states: Record<string, ReturnType<typeof question>> = {}
  for (let index = 0; index < questionCount; index++) {
    states[`q${index}`] = question({
      text: `synthetic.q${index}`,
      answers: [
        { id: 'yes', label: 'common.yes', to: index + 1 < questionCount ? `q${index + 1}` : 'o0' },
        { id: 'no', label: 'common.no', to: `o${index % outcomeCount}` },
      ],
    })
  }
  for (let index = 0; index < outcomeCount; index++) states[`o${index}`] = outcome({ title: `synthetic.o${index}` })
  return {
    id: 'synthetic',
    machine: flowSetup.createMachine({ id: 'synthetic', initial: 'q0', context: emptyPlan, states }),
    contacts: { desk: { name: 'synthetic.desk' } },
    helpline: 'desk',
    links: {},
    sections: {},
    title: 'synthetic.title',
    intro: 'synthetic.intro',
    sourceDocument: 'synthetic.source',
    checkedOn: '2026-11-27',
    checklist: { title: 'synthetic.checklist', hint: 'synthetic.checklistHint' },
    timeZone: 'Asia/Tokyo',
  }
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now()
  const result = run()
  return { result, ms: performance.now() - started }
}

function percentile(values: number[], fraction: number) {
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * fraction)]!
}

function median(values: number[]) {
  return percentile(values, 0.5)
}

describe(`a flow of ${questionCount} questions`, () => {
  const built = timed(syntheticFlow)
  const flow = built.result
  const path: Answer[] = [
    ...Array.from({ length: 49 }, (_, index) => ({ question: `q${index}`, answer: 'yes' })),
    { question: 'q49', answer: 'no' },
  ]

  test('replays a 50-answer path to its outcome, and prints how long that takes', () => {
    // The first replay in this process also pays for the JavaScript engine compiling
    // XState's code; it is printed apart, and the median is taken after fifty more.
    const first = timed(() => replay(flow, path))
    const journey = first.result
    expect(journey.answered).toHaveLength(50)
    expect(journey.screen).toMatchObject({ kind: 'outcome', id: `o${49 % outcomeCount}` })
    // From nothing: a flow object the engine has not seen, so no snapshot is remembered.
    for (let run = 0; run < 50; run++) replay({ ...flow }, path)
    const cold = Array.from({ length: 100 }, () => timed(() => replay({ ...flow }, path)).ms)
    // As in the app: the first 49 answers were replayed at the step before.
    const warm = Array.from({ length: 50 }, () => {
      const fresh = { ...flow }
      replay(fresh, path.slice(0, 49))
      return timed(() => replay(fresh, path)).ms
    })
    const halfway = replay(flow, path.slice(0, 25))
    expect(halfway.screen).toMatchObject({ kind: 'question', id: 'q25', number: 26 })
    console.log(
      `growth: built the ${questionCount}-question machine in ${built.ms.toFixed(0)} ms; replaying 50 answers: ` +
        `from nothing median ${median(cold).toFixed(2)} ms (p95 ${percentile(cold, 0.95).toFixed(2)} ms; ` +
        `the first in this process ${first.ms.toFixed(2)} ms), ` +
        `one step on from 49 median ${median(warm).toFixed(2)} ms (100 and 50 runs)`,
    )
  })

  test('enumerates every journey, and prints how long that takes', () => {
    const longest = timed(() => maxQuestionsFrom(flow, initialSnapshot(flow)))
    expect(longest.result).toBe(questionCount)
    const journeys = timed(() => everyJourney(flow))
    // The start, then each question's two answers.
    expect(journeys.result).toHaveLength(1 + 2 * questionCount)
    expect(journeys.result.filter(({ screen }) => screen.kind === 'outcome')).toHaveLength(questionCount + 1)
    console.log(
      `growth: longest way ${longest.result} questions (${longest.ms.toFixed(1)} ms); ` +
        `${journeys.result.length} journeys to prerender and check (${journeys.ms.toFixed(1)} ms)`,
    )
  })
})
