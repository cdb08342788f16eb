/**
 * What the engine reads of a flow's machine, all through XState's public API: the pure
 * `initialTransition` and `transition` functions, and a snapshot's `value`, `status`,
 * `context` and `getMeta()`. Flows are flat: a snapshot is in one state node, a question
 * (an active state) or an outcome (a final state, where the snapshot's status is done).
 */
import { initialTransition, transition } from 'xstate'
import type { AnswerEvent, FlowDefinition, FlowSnapshot, NodeMeta } from './types'

/** A state that is not what a flow's states must be; `flow:check` reports it as a problem of that state. */
export class FlowShapeError extends Error {
  constructor(
    readonly flow: string,
    readonly state: string,
    readonly problem: string,
  ) {
    super(`Flow "${flow}", state "${state}": ${problem}`)
  }
}

/**
 * Transitions already taken from a snapshot, by answer. A snapshot never changes, so each
 * answer's transition from it is taken once, though replaying an answer (is it deciding?),
 * the progress count and the enumeration of journeys all ask for it.
 */
const transitionsTaken = new WeakMap<FlowSnapshot, Map<string, FlowSnapshot | undefined>>()

/** The snapshot a flow starts in: its initial state, with nothing gathered. */
export function initialSnapshot(flow: FlowDefinition): FlowSnapshot {
  return initialTransition(flow.machine)[0]
}

/**
 * The snapshot after an answer's event, or undefined when the state has no transition for it
 * (the answer leads nowhere). A question has one event per answer (define.ts), so the event
 * type is the answer's id.
 */
export function answerTransition(flow: FlowDefinition, snapshot: FlowSnapshot, answer: string): FlowSnapshot | undefined {
  let taken = transitionsTaken.get(snapshot)
  if (!taken) transitionsTaken.set(snapshot, (taken = new Map()))
  if (taken.has(answer)) return taken.get(answer)
  const event: AnswerEvent = { type: answer }
  const next = snapshot.can(event) ? transition(flow.machine, snapshot, event)[0] : undefined
  taken.set(answer, next)
  return next
}

/** The state a snapshot is in: in a flat machine its value is the state node's key. */
export function stateOf(flow: FlowDefinition, snapshot: FlowSnapshot): string {
  const { value } = snapshot
  if (typeof value !== 'string')
    throw new FlowShapeError(flow.id, JSON.stringify(value), 'must be flat: every state a question or an outcome')
  return value
}

/**
 * The meta of the state node a snapshot is in. `getMeta()` is keyed by state-node id, which
 * XState makes of the machine's id and the state's key joined by a dot (the flows give
 * their states no ids of their own).
 */
export function metaOf(flow: FlowDefinition, snapshot: FlowSnapshot): NodeMeta {
  const state = stateOf(flow, snapshot)
  const meta = snapshot.getMeta()[`${flow.machine.id}.${state}`]
  if (meta?.kind === 'question' && snapshot.status === 'active') return meta
  if (meta?.kind === 'outcome' && snapshot.status === 'done') return meta
  throw new FlowShapeError(flow.id, state, 'is neither a question nor an outcome')
}
