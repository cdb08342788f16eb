/**
 * Views of the engine's one enumeration of a flow (`everyJourney`) that the tests read:
 * every way from the start to an outcome, one way to each screen, and the state each
 * declared state is in. Generated from the machine, so a new question is covered without
 * anyone writing a test for it.
 */
import { emptyPlan } from '../../src/engine/define'
import { everyJourney, journeysToOutcomes, replay, type Journey } from '../../src/engine/replay'
import type { Answer, FlowDefinition, FlowSnapshot } from '../../src/engine/types'

export interface FlowPath {
  outcome: string
  answers: Answer[]
}

/** A journey's answers as the address holds them: which question, which option. */
export function answersOf({ answered }: Journey): Answer[] {
  return answered.map(({ question, answer }) => ({ question, answer }))
}

/** The message key of the main heading after these answers: the question, or the plan's headline. */
export function headingKey(flow: FlowDefinition, answers: readonly Answer[]): string {
  const { screen } = replay(flow, answers)
  return screen.kind === 'question' ? screen.meta.text : screen.title
}

/** Every way through the flow that ends in an outcome (a final state). */
export function pathsToOutcomes(flow: FlowDefinition): FlowPath[] {
  return journeysToOutcomes(flow).map((journey) => ({ outcome: journey.screen.id, answers: answersOf(journey) }))
}

export interface FlowScreen {
  /** The state on screen: a question or an outcome. */
  state: string
  kind: 'question' | 'outcome'
  /** The shortest answers that lead to it. */
  answers: Answer[]
}

/** One way to reach each screen of the flow: the start, every question and every outcome. */
export function everyScreen(flow: FlowDefinition): FlowScreen[] {
  const shortest = new Map<string, Journey>()
  for (const journey of everyJourney(flow)) {
    const known = shortest.get(journey.screen.id)
    if (!known || known.answered.length > journey.answered.length) shortest.set(journey.screen.id, journey)
  }
  return [...shortest.values()].map((journey) => ({ state: journey.screen.id, kind: journey.screen.kind, answers: answersOf(journey) }))
}

/** A snapshot in the given state, as the machine resolves it (XState's `resolveState`), with nothing gathered. */
export function snapshotIn(flow: FlowDefinition, state: string): FlowSnapshot {
  return flow.machine.resolveState({ value: state, context: emptyPlan })
}
