/** Facts about a flow's graph that the screens need, computed from the machine itself. */
import type { AnyStateMachine, AnyStateNode } from 'xstate'

const longestByMachine = new WeakMap<AnyStateMachine, Map<string, number>>()

function targetsOf(definitions: readonly { target?: readonly AnyStateNode[] }[]): string[] {
  return definitions.flatMap((definition) => definition.target ?? []).map((target) => target.key)
}

function targets(node: AnyStateNode): string[] {
  return targetsOf(Object.values(node.on).flat())
}

/**
 * Whether an answer decided where the person ended up: another answer to the same
 * question leads somewhere else. An answer that only adds a step to the plan did not.
 */
export function isDeciding(machine: AnyStateMachine, question: string, answer: string): boolean {
  const node = machine.root.states[question]
  if (!node) return false
  const leadsTo = (event: string) => targetsOf(node.on[event] ?? []).join()
  const chosen = leadsTo(answer)
  return Object.keys(node.on).some((event) => leadsTo(event) !== chosen)
}

/**
 * The most questions a person may still be asked from this state, this one included:
 * the longest way to an outcome. Flows are acyclic (the flow tests check it).
 */
export function maxQuestionsFrom(machine: AnyStateMachine, stateKey: string): number {
  let memo = longestByMachine.get(machine)
  if (!memo) longestByMachine.set(machine, (memo = new Map()))
  const known = memo.get(stateKey)
  if (known !== undefined) return known
  const node = machine.root.states[stateKey]
  if (!node) throw new Error(`Unknown state "${stateKey}"`)
  const next = targets(node)
  const longest = node.type === 'final' || next.length === 0 ? 0 : 1 + Math.max(...next.map((key) => maxQuestionsFrom(machine, key)))
  memo.set(stateKey, longest)
  return longest
}
