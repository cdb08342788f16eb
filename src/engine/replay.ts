/**
 * Everything on screen is derived from the answers given so far: this replays them
 * through the flow's machine with XState's pure transition functions, one transition per
 * answer, and builds the screen from the snapshot reached.
 */
import { maxQuestionsFrom } from './graph'
import { answerTransition, initialSnapshot, metaOf, stateOf } from './snapshot'
import type { Answer, AnswerOption, FlowDefinition, FlowSnapshot, MessageKey, Need, OutcomeMeta, Plan, QuestionMeta } from './types'

export interface AnsweredQuestion extends Answer {
  meta: QuestionMeta
  option: AnswerOption
  /** Another answer to the same question would have led elsewhere or made another plan. */
  deciding: boolean
}

export interface QuestionScreen {
  kind: 'question'
  /** The question's id (its state node's key). */
  id: string
  meta: QuestionMeta
  /** 1 for the first question (the start screen). */
  number: number
  /**
   * How many questions at most remain after this one, on the longest way to an outcome;
   * unknown on the first screen while the flow is still loading.
   */
  remainingAtMost?: number
}

export interface OutcomeScreen extends Plan {
  kind: 'outcome'
  id: string
  meta: OutcomeMeta
  /** The headline: the first step's own, if it has one (the first thing to do), else the outcome's title. */
  title: MessageKey
  /** Contact ids, each once, in order of first mention. */
  contacts: readonly string[]
  /** Source sections, each once, in document order. */
  sources: readonly string[]
  /** The answers that led here rather than elsewhere, in the order given: "why this result". */
  decidedBy: readonly AnsweredQuestion[]
}

export type Screen = QuestionScreen | OutcomeScreen

export interface Journey {
  /** The answers that the machine accepted, in order. */
  answered: readonly AnsweredQuestion[]
  screen: Screen
  /** Answers that did not fit at their point (and every answer after them). */
  rejected: readonly Answer[]
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}

/** A need named twice (by an answer and by the outcome, say) is one checkbox. */
function uniqueNeeds(items: readonly Need[]): Need[] {
  return [...new Map(items.map((item) => [item.text, item])).values()]
}

function screenAt(flow: FlowDefinition, snapshot: FlowSnapshot, answered: readonly AnsweredQuestion[]): Screen {
  const id = stateOf(flow, snapshot)
  const meta = metaOf(flow, snapshot)
  if (meta.kind === 'question') {
    return { kind: 'question', id, meta, number: answered.length + 1, remainingAtMost: maxQuestionsFrom(flow, snapshot) - 1 }
  }
  const { context } = snapshot
  const plan: Plan = {
    notes: [...context.notes, ...meta.notes],
    steps: [...context.steps, ...meta.steps],
    needs: uniqueNeeds([...context.needs, ...meta.needs]),
  }
  const guidance = [...plan.notes, ...plan.steps]
  const sectionOrder = Object.keys(flow.sections)
  return {
    kind: 'outcome',
    id,
    meta,
    title: plan.steps[0]?.headline ?? meta.title,
    ...plan,
    contacts: unique([...guidance.flatMap((item) => (item.contact ? [item.contact] : [])), ...(meta.contacts ?? [])]),
    sources: unique([...guidance, ...plan.needs].flatMap((item) => item.sources)).sort(
      (a, b) => sectionOrder.indexOf(a) - sectionOrder.indexOf(b),
    ),
    decidedBy: answered.filter((given) => given.deciding),
  }
}

/** Where a snapshot stands and what it has gathered: two answers with the same are alike. */
function effectOf(snapshot: FlowSnapshot | undefined): string {
  return snapshot ? JSON.stringify([snapshot.value, snapshot.context]) : 'no transition'
}

/**
 * Takes one answer if the question on screen is the one it answers, the option exists and
 * the state has a transition for its event. The other options' transitions are taken too,
 * with the same pure `transition`: the answer decided the result if any of them leads
 * elsewhere or adds something else to the plan.
 */
function accept(flow: FlowDefinition, snapshot: FlowSnapshot, answer: Answer) {
  const meta = metaOf(flow, snapshot)
  if (meta.kind !== 'question' || stateOf(flow, snapshot) !== answer.question) return undefined
  const option = meta.answers.find((candidate) => candidate.id === answer.answer)
  const next = option && answerTransition(flow, snapshot, option.id)
  if (!option || !next) return undefined
  const effect = effectOf(next)
  const deciding = meta.answers.some((other) => other.id !== option.id && effectOf(answerTransition(flow, snapshot, other.id)) !== effect)
  return { next, answered: { ...answer, meta, option, deciding } }
}

/** A snapshot reached by replaying answers, with the answers that the machine accepted on the way. */
interface ReplayedSnapshot {
  snapshot: FlowSnapshot
  answered: readonly AnsweredQuestion[]
}

/** Takes the answers' transitions in order until one does not fit; returns the snapshot reached. */
function snapshotAfter(flow: FlowDefinition, answers: readonly Answer[]): ReplayedSnapshot {
  let replayed: ReplayedSnapshot = { snapshot: initialSnapshot(flow), answered: [] }
  for (const answer of answers) {
    const accepted = accept(flow, replayed.snapshot, answer)
    if (!accepted) break
    replayed = { snapshot: accepted.next, answered: [...replayed.answered, accepted.answered] }
  }
  return replayed
}

/** Replays the answers in order; the first that does not fit ends the replay. */
export function replay(flow: FlowDefinition, answers: readonly Answer[]): Journey {
  const { snapshot, answered } = snapshotAfter(flow, answers)
  return {
    answered,
    screen: screenAt(flow, snapshot, answered),
    rejected: answers.slice(answered.length),
  }
}

/**
 * Every journey through the flow: one for each step a person can be on (each address), the
 * start first, then depth first, each question's answers in their order. It takes every
 * answer's transition from each snapshot reached, so it sees exactly what replaying would.
 * This is the one enumeration of a flow: the prerendered pages, flow:check, the diagram,
 * the review page, the bench and the tests all read it. A state met again on the way (a
 * circle of answers, which flow:check reports) has its journey listed but not followed.
 */
export function everyJourney(flow: FlowDefinition): Journey[] {
  const journeys: Journey[] = []
  function visit({ snapshot, answered }: ReplayedSnapshot) {
    const screen = screenAt(flow, snapshot, answered)
    journeys.push({ answered, screen, rejected: [] })
    if (screen.kind !== 'question' || answered.some((given) => given.question === screen.id)) return
    for (const option of screen.meta.answers) {
      const accepted = accept(flow, snapshot, { question: screen.id, answer: option.id })
      if (accepted) visit({ snapshot: accepted.next, answered: [...answered, accepted.answered] })
    }
  }
  visit({ snapshot: initialSnapshot(flow), answered: [] })
  return journeys
}

/** A journey that ends in an outcome. */
export type OutcomeJourney = Journey & { screen: OutcomeScreen }

export function isOutcomeJourney(journey: Journey): journey is OutcomeJourney {
  return journey.screen.kind === 'outcome'
}

/** Every way through the flow, from the start to an outcome. */
export function journeysToOutcomes(flow: FlowDefinition): OutcomeJourney[] {
  return everyJourney(flow).filter(isOutcomeJourney)
}

/**
 * The answers after changing one: those before it stay, the new one replaces it, and each
 * later answer is kept if its question still comes up on the new way.
 */
export function changeAnswer(flow: FlowDefinition, answers: readonly Answer[], changed: Answer) {
  const index = answers.findIndex((answer) => answer.question === changed.question)
  const before = index < 0 ? answers : answers.slice(0, index)
  const later = index < 0 ? [] : answers.slice(index + 1)
  const replayed = snapshotAfter(flow, [...before, changed])
  let snapshot = replayed.snapshot
  const kept: Answer[] = replayed.answered.map(({ question, answer }) => ({ question, answer }))
  for (;;) {
    const current = stateOf(flow, snapshot)
    const laterAnswer = later.find((answer) => answer.question === current)
    const accepted = laterAnswer && accept(flow, snapshot, laterAnswer)
    if (!laterAnswer || !accepted) break
    kept.push(laterAnswer)
    snapshot = accepted.next
  }
  return { answers: kept, dropped: later.filter((answer) => !kept.includes(answer)) }
}
