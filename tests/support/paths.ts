/**
 * Every way through a flow, from the start to each outcome, as the answers a person
 * would give: generated from the machine with xstate/graph, so a new question is
 * covered without anyone writing a test for it.
 */
import { getSimplePaths } from 'xstate/graph'
import type { AnyMachineSnapshot } from 'xstate'
import { replay } from '../../src/engine/replay'
import type { Answer, FlowDefinition, NodeMeta } from '../../src/engine/types'

export interface FlowPath {
  outcome: string
  answers: Answer[]
}

function stateKey(snapshot: AnyMachineSnapshot): string {
  return String(snapshot.value)
}

export function nodeMeta(flow: FlowDefinition, key: string): NodeMeta {
  return flow.machine.root.states[key]!.meta as NodeMeta
}

/** The message key of the main heading after these answers: the question, or the plan's headline. */
export function headingKey(flow: FlowDefinition, answers: readonly Answer[]): string {
  const { screen } = replay(flow, answers)
  return screen.kind === 'question' ? screen.meta.text : screen.title
}

/** All simple paths that end in an outcome (a final state). */
export function pathsToOutcomes(flow: FlowDefinition): FlowPath[] {
  const paths = getSimplePaths(flow.machine, {
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
  })
  return paths
    .filter((path) => path.state.status === 'done')
    .map((path) => ({
      outcome: stateKey(path.state),
      answers: path.steps.slice(1).map((step, index) => ({
        question: stateKey(path.steps[index]!.state),
        answer: step.event.type,
      })),
    }))
}

/** The state keys of the flow: questions and outcomes. */
export function stateKeys(flow: FlowDefinition) {
  const keys = Object.keys(flow.machine.root.states)
  return {
    all: keys,
    questions: keys.filter((key) => nodeMeta(flow, key).kind === 'question'),
    outcomes: keys.filter((key) => nodeMeta(flow, key).kind === 'outcome'),
  }
}

export interface FlowScreen {
  /** The state on screen: a question or an outcome. */
  state: string
  /** The shortest answers that lead to it. */
  answers: Answer[]
}

/** One way to reach each screen of the flow: the start, every question and every outcome. */
export function everyScreen(flow: FlowDefinition): FlowScreen[] {
  const screens = new Map<string, Answer[]>()
  for (const { outcome, answers } of pathsToOutcomes(flow)) {
    answers.forEach((answer, index) => {
      const known = screens.get(answer.question)
      if (!known || known.length > index) screens.set(answer.question, answers.slice(0, index))
    })
    const known = screens.get(outcome)
    if (!known || known.length > answers.length) screens.set(outcome, answers)
  }
  return [...screens].map(([state, answers]) => ({ state, answers }))
}
