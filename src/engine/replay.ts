/**
 * Everything on screen is derived from the answers given so far: this replays them
 * through the flow's machine with XState's pure transition functions.
 */
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateNode } from 'xstate'
import { everyStep, maxQuestionsFrom } from './graph'
import type { Answer, AnswerOption, FlowDefinition, MessageKey, Need, OutcomeMeta, Plan, PlanContext, QuestionMeta } from './types'

export interface AnsweredQuestion extends Answer {
  meta: QuestionMeta
  option: AnswerOption
  /** Another answer to the same question would have led elsewhere or made another plan. */
  deciding: boolean
}

export interface QuestionScreen {
  kind: 'question'
  /** The question's id (its state's key). */
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

function stateNode(flow: FlowDefinition, snapshot: AnyMachineSnapshot): AnyStateNode {
  const key = snapshot.value
  const node = typeof key === 'string' ? flow.machine.root.states[key] : undefined
  if (!node) throw new Error(`Flow "${flow.id}" must be flat: every state a question or an outcome`)
  return node
}

function questionAt(flow: FlowDefinition, snapshot: AnyMachineSnapshot): QuestionMeta | undefined {
  const meta = stateNode(flow, snapshot).meta as QuestionMeta | OutcomeMeta | undefined
  return meta?.kind === 'question' ? meta : undefined
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}

/** A need named twice (by an answer and by the outcome, say) is one checkbox. */
function uniqueNeeds(items: readonly Need[]): Need[] {
  return [...new Map(items.map((item) => [item.text, item])).values()]
}

function screenAt(flow: FlowDefinition, snapshot: AnyMachineSnapshot, answered: readonly AnsweredQuestion[]): Screen {
  const node = stateNode(flow, snapshot)
  const meta = node.meta as QuestionMeta | OutcomeMeta
  if (meta.kind === 'question') {
    return {
      kind: 'question',
      id: node.key,
      meta,
      number: answered.length + 1,
      remainingAtMost: maxQuestionsFrom(flow.machine, node.key) - 1,
    }
  }
  const context = snapshot.context as PlanContext
  const plan: Plan = {
    notes: [...context.notes, ...meta.notes],
    steps: [...context.steps, ...meta.steps],
    needs: uniqueNeeds([...context.needs, ...meta.needs]),
  }
  const guidance = [...plan.notes, ...plan.steps]
  const sectionOrder = Object.keys(flow.sections)
  return {
    kind: 'outcome',
    id: node.key,
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
function effectOf(snapshot: AnyMachineSnapshot): string {
  return JSON.stringify([snapshot.value, snapshot.context])
}

/**
 * Takes one answer if the question on screen is the one it answers and the option exists.
 * Every option of a question is one of its events (define.ts builds both from one list),
 * so no separate `can()` check is needed. The other options are tried too, with the same
 * pure `transition`: the answer decided the result if any of them leads elsewhere or adds
 * something else to the plan.
 */
function accept(flow: FlowDefinition, snapshot: AnyMachineSnapshot, answer: Answer) {
  const meta = questionAt(flow, snapshot)
  const option = meta?.answers.find((candidate) => candidate.id === answer.answer)
  if (!meta || !option || stateNode(flow, snapshot).key !== answer.question) return undefined
  const [next] = transition(flow.machine, snapshot, { type: answer.answer })
  const effect = effectOf(next)
  const deciding = meta.answers.some(
    (other) => other.id !== option.id && effectOf(transition(flow.machine, snapshot, { type: other.id })[0]) !== effect,
  )
  return { next, answered: { ...answer, meta, option, deciding } }
}

interface Walked {
  snapshot: AnyMachineSnapshot
  answered: readonly AnsweredQuestion[]
}

/** Snapshots already reached, by the answers that reached them: each new step is one transition. */
const reached = new WeakMap<FlowDefinition, Map<string, Walked>>()
/** Plenty for one person's session; past it the cache starts over rather than grow. */
const maxReached = 2000

/** The cache key of every beginning of these answers: keys[n] stands for the first n. */
function prefixKeys(answers: readonly Answer[]): string[] {
  const keys = ['']
  for (const { question, answer } of answers) keys.push(`${keys[keys.length - 1]}/${question}-${answer}`)
  return keys
}

/** Replays answers in order until one does not fit; returns where that left the machine. */
function walk(flow: FlowDefinition, answers: readonly Answer[]): Walked {
  let cache = reached.get(flow)
  if (!cache || cache.size > maxReached) reached.set(flow, (cache = new Map()))
  const keys = prefixKeys(answers)
  // Start from the longest beginning of these answers already replayed.
  let known = answers.length
  while (known > 0 && !cache.has(keys[known]!)) known--
  let walked = cache.get(keys[known]!)
  if (!walked) {
    const [initial] = initialTransition(flow.machine)
    walked = { snapshot: initial, answered: [] }
    cache.set('', walked)
  }
  for (let index = known; index < answers.length; index++) {
    const step = accept(flow, walked.snapshot, answers[index]!)
    if (!step) break
    walked = { snapshot: step.next, answered: [...walked.answered, step.answered] }
    cache.set(keys[index + 1]!, walked)
  }
  return walked
}

/** Replays the answers in order; the first that does not fit ends the replay. */
export function replay(flow: FlowDefinition, answers: readonly Answer[]): Journey {
  const { snapshot, answered } = walk(flow, answers)
  return {
    answered,
    screen: screenAt(flow, snapshot, answered),
    rejected: answers.slice(answered.length),
  }
}

/** The journey to every step a person can be on: for the checks, the diagram and the review page. */
export function everyJourney(flow: FlowDefinition): Journey[] {
  return everyStep(flow.machine).map((answers) => replay(flow, answers))
}

/**
 * The answers after changing one: those before it stay, the new one replaces it, and each
 * later answer is kept if its question still comes up on the new way.
 */
export function changeAnswer(flow: FlowDefinition, answers: readonly Answer[], changed: Answer) {
  const index = answers.findIndex((answer) => answer.question === changed.question)
  const before = index < 0 ? answers : answers.slice(0, index)
  const later = index < 0 ? [] : answers.slice(index + 1)
  const walked = walk(flow, [...before, changed])
  let snapshot = walked.snapshot
  const kept: Answer[] = walked.answered.map(({ question, answer }) => ({ question, answer }))
  for (;;) {
    const current = stateNode(flow, snapshot).key
    const laterAnswer = later.find((answer) => answer.question === current)
    const step = laterAnswer && accept(flow, snapshot, laterAnswer)
    if (!laterAnswer || !step) break
    kept.push(laterAnswer)
    snapshot = step.next
  }
  return { answers: kept, dropped: later.filter((answer) => !kept.includes(answer)) }
}
