/**
 * A question as plain data. The first question of a flow is written this way so the
 * first screen can show it before the machine and XState have loaded.
 */
import type { AnswerOption, MessageKey, Plan, QuestionMeta } from './types'

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
export function questionMeta({ answers, ...rest }: QuestionConfig): QuestionMeta {
  return {
    kind: 'question',
    ...rest,
    answers: answers.map(({ id, label, because }) => ({ id, label, ...(because ? { because } : {}) })),
  }
}
