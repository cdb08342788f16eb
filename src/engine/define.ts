/**
 * Helpers for writing flows: a question state and an outcome state in the shape the
 * engine reads, so that a flow file reads like the decision tree it is.
 */
import { assign, setup } from 'xstate'
import type { AnswerEvent, AnswerOption, FlowDefinition, MessageKey, NodeMeta, OutcomeMeta, Plan, PlanContext, QuestionMeta } from './types'

export const flowSetup = setup({
  // XState's way of declaring a machine's types: only the types of these values are read.
  types: {
    context: {} as PlanContext,
    events: {} as AnswerEvent,
    meta: {} as NodeMeta,
  },
  actions: {
    addToPlan: assign(({ context }, params: Partial<Plan>) => ({
      notes: [...context.notes, ...(params.notes ?? [])],
      steps: [...context.steps, ...(params.steps ?? [])],
      needs: [...context.needs, ...(params.needs ?? [])],
    })),
  },
})

/** The context a flow's machine starts with: nothing gathered yet. */
export const emptyPlan: PlanContext = { notes: [], steps: [], needs: [] }

type StateConfig = Parameters<typeof flowSetup.createStateConfig>[0]

/** An answer, where it leads, and what it adds to the person's plan (notes, steps, needs). */
export interface AnswerConfig extends AnswerOption, Partial<Plan> {
  /** The state this answer leads to. */
  to: string
}

export interface QuestionConfig {
  text: MessageKey
  hint?: MessageKey
  sources?: readonly string[]
  answers: readonly AnswerConfig[]
}

/** What the screens read of a question: its words and answers, not where they lead. */
function questionMeta({ answers, ...rest }: QuestionConfig): QuestionMeta {
  return {
    kind: 'question',
    ...rest,
    answers: answers.map(({ id, label, because }) => ({ id, label, ...(because ? { because } : {}) })),
  }
}

/**
 * A question state: one event per answer, so each answer is its own transition (an edge of
 * the graph), and what it adds to the plan is an action with the answer's params.
 */
export function question(config: QuestionConfig): StateConfig {
  const on = Object.fromEntries(
    config.answers.map(({ id, to, notes, steps, needs }) => [
      id,
      notes || steps || needs ? { target: to, actions: { type: 'addToPlan' as const, params: { notes, steps, needs } } } : { target: to },
    ]),
  )
  return flowSetup.createStateConfig({ meta: questionMeta(config), on })
}

/** An outcome: a final state carrying the guidance to show. */
export function outcome(config: Omit<OutcomeMeta, 'kind' | keyof Plan> & Partial<Plan>): StateConfig {
  const meta: OutcomeMeta = { kind: 'outcome', notes: [], steps: [], needs: [], ...config }
  return flowSetup.createStateConfig({ type: 'final', meta })
}

/** The flows a module exports: anything with an id and a machine. */
export function flowsExportedBy(exports: Readonly<Record<string, unknown>>): FlowDefinition[] {
  return Object.values(exports).filter(
    (value): value is FlowDefinition => !!value && typeof value === 'object' && 'machine' in value && 'id' in value,
  )
}
