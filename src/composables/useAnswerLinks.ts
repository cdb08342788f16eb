/** Where each answer to the question on screen leads: the address of the next step. */
import { useStepAddresses } from './useAddressSync'
import type { QuestionScreen } from '../engine/replay'
import type { AnswerOption } from '../engine/types'
import { useJourneyStore } from '../stores/journey'

export function useAnswerLinks(screen: () => QuestionScreen) {
  const store = useJourneyStore()
  const { addressFor } = useStepAddresses()
  return (option: AnswerOption) => addressFor([...store.answersBeforeChange, { question: screen().id, answer: option.id }])
}
