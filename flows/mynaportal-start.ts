/**
 * What the start screen shows: the guide's name and introduction, and the first question.
 * It is written apart from the rest of the flow (mynaportal.ts) so that the first page
 * carries only this; the rest loads once a person answers.
 */
import type { QuestionConfig } from '../src/engine/meta'
import type { FlowTexts } from '../src/engine/types'

export const mynaportalTexts: FlowTexts = {
  id: 'mynaportal',
  title: 'mynaportal.title',
  intro: 'mynaportal.intro',
  sourceDocument: 'mynaportal.sourceDocument',
}

/** What do you need help with? Each topic leads to its own branch of mynaportal.ts. */
export const topic: QuestionConfig = {
  text: 'mynaportal.q.topic.text',
  answers: [
    { id: 'login', label: 'mynaportal.q.topic.login', to: 'card' },
    { id: 'info', label: 'mynaportal.q.topic.info', to: 'problem' },
    { id: 'history', label: 'mynaportal.q.topic.history', to: 'history' },
    { id: 'apply', label: 'mynaportal.q.topic.apply', to: 'procedure' },
    { id: 'family', label: 'mynaportal.q.topic.family', to: 'familyProxy' },
    { id: 'help', label: 'mynaportal.q.topic.help', to: 'helpkind' },
    { id: 'about', label: 'mynaportal.q.topic.about', to: 'about' },
  ],
}
