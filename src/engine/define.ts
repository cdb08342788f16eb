/**
 * Helpers for writing flows: a question state and an outcome state in the shape the
 * engine reads, so that a flow file reads like the decision tree it is.
 */
import { assign, setup } from 'xstate'
import { questionMeta, type QuestionConfig } from './meta'
import type { Guidance, OutcomeMeta, PlanContext, QuestionMeta } from './types'

export const flowSetup = setup({
  types: {
    context: {} as PlanContext,
    events: {} as { type: string },
    meta: {} as QuestionMeta | OutcomeMeta,
  },
  actions: {
    addSteps: assign(({ context }, params: { steps: readonly Guidance[] }) => ({
      steps: [...context.steps, ...params.steps],
    })),
  },
})

type StateConfig = Parameters<typeof flowSetup.createStateConfig>[0]

/** A question state: one event per answer, so each answer is its own edge in the graph. */
export function question(config: QuestionConfig): StateConfig {
  const meta = questionMeta(config)
  const on = Object.fromEntries(
    config.answers.map(({ id, to, steps }) => [
      id,
      steps ? { target: to, actions: { type: 'addSteps' as const, params: { steps } } } : { target: to },
    ]),
  )
  return flowSetup.createStateConfig({ meta, on })
}

/** An outcome: a final state carrying the guidance to show. */
export function outcome(
  config: Omit<OutcomeMeta, 'kind' | 'notes' | 'steps'> & Partial<Pick<OutcomeMeta, 'notes' | 'steps'>>,
): StateConfig {
  const meta: OutcomeMeta = { kind: 'outcome', notes: [], steps: [], ...config }
  return flowSetup.createStateConfig({ type: 'final', meta })
}
