/** Facts about a flow's graph that the screens need, computed from the machine itself. */
import type { AnyStateMachine, AnyStateNode } from 'xstate'
import type { Answer, NodeMeta } from './types'

const longestByMachine = new WeakMap<AnyStateMachine, Map<string, number>>()

function targetsOf(definitions: readonly { target?: readonly AnyStateNode[] }[]): string[] {
  return definitions.flatMap((definition) => definition.target ?? []).map((target) => target.key)
}

/** The states one answer of this state can lead to (none for an outcome). */
export function nextStates(node: AnyStateNode, event?: string): string[] {
  return targetsOf(event === undefined ? Object.values(node.on).flat() : (node.on[event] ?? []))
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
  const next = nextStates(node)
  const longest = node.type === 'final' || next.length === 0 ? 0 : 1 + Math.max(...next.map((key) => maxQuestionsFrom(machine, key)))
  memo.set(stateKey, longest)
  return longest
}

/**
 * Every step a person can be on, as the answers that lead there: the start (no answers),
 * then each answer of each question in turn. One entry per address; flows are acyclic.
 */
export function everyStep(machine: AnyStateMachine): Answer[][] {
  const steps: Answer[][] = []
  function visit(key: string, answers: Answer[]) {
    steps.push(answers)
    const node = machine.root.states[key]
    const meta = node?.meta as NodeMeta | undefined
    if (!node || meta?.kind !== 'question') return
    for (const option of meta.answers) {
      const [next] = targetsOf(node.on[option.id] ?? [])
      if (next) visit(next, [...answers, { question: key, answer: option.id }])
    }
  }
  const initial = machine.root.initial?.target[0]?.key
  if (initial) visit(initial, [])
  return steps
}
