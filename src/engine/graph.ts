/** Facts about a flow's graph that the screens need, computed with the machine's own transitions. */
import { answerTransition, metaOf, stateOf } from './snapshot'
import type { FlowDefinition, FlowMachine, FlowSnapshot } from './types'

/**
 * Per machine, per state: the most questions from there. Where a state leads depends on the
 * state alone, as flowSetup defines no guards, so one answer per state serves every snapshot in it.
 */
const longestByMachine = new WeakMap<FlowMachine, Map<string, number>>()

/**
 * The most questions a person may still be asked from this snapshot's state, this one
 * included: the longest way to an outcome, found by taking each answer's transition.
 */
export function maxQuestionsFrom(flow: FlowDefinition, snapshot: FlowSnapshot): number {
  let memo = longestByMachine.get(flow.machine)
  if (!memo) longestByMachine.set(flow.machine, (memo = new Map()))
  const state = stateOf(flow, snapshot)
  const known = memo.get(state)
  if (known !== undefined) return known
  const meta = metaOf(flow, snapshot)
  if (meta.kind === 'outcome') {
    memo.set(state, 0)
    return 0
  }
  // Set while the answers are tried: an answer that comes back here (a circle, which
  // flow:check reports) then ends the count instead of going round for ever.
  memo.set(state, 0)
  const next = meta.answers.flatMap((option) => answerTransition(flow, snapshot, option.id) ?? [])
  const longest = 1 + Math.max(0, ...next.map((after) => maxQuestionsFrom(flow, after)))
  memo.set(state, longest)
  return longest
}
