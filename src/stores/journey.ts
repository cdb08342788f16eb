/**
 * The one piece of state: the answers given so far. The screen, the progress and the
 * address are all derived from them by replaying them through the flow.
 */
import { defineStore } from 'pinia'
import { computed, inject, ref, shallowRef, type InjectionKey } from 'vue'
import { startJourney } from '../engine/entry'
import type { Screen } from '../engine/replay'
import type { Answer, FlowDefinition, FlowEntry, LoadedFlow, MessageKey } from '../engine/types'

export const flowKey: InjectionKey<FlowEntry> = Symbol('flow')

interface LoadOptions {
  /** A question to reopen, from `?change=`. */
  change?: string
  /** True when part of the address could not be read. */
  incomplete?: boolean
}

export interface Notice {
  key: MessageKey
  count?: number
}

function sameAnswers(some: readonly Answer[], others: readonly Answer[]) {
  return (
    some.length === others.length &&
    some.every((given, index) => given.question === others[index]!.question && given.answer === others[index]!.answer)
  )
}

export const useJourneyStore = defineStore('journey', () => {
  const entry = inject(flowKey)
  if (!entry) throw new Error('No flow provided: call app.provide(flowKey, entry) before using the journey store')
  /** The whole flow and its engine: there from the start when the address has answers, else loaded at the first answer. */
  const loaded = shallowRef<LoadedFlow | undefined>(entry.loaded)
  const flow = computed(() => loaded.value?.flow)

  /** The answers given so far, in order: the single source of truth. */
  const answers = ref<Answer[]>([])
  /** The question the person reopened with Change; later answers wait until it is answered again. */
  const changing = ref<string>()
  /** Something the person should know about input we could not use. */
  const notice = ref<Notice>()
  /** Items of the checklist ("what you will need") the person has ticked. */
  const ticked = ref<MessageKey[]>([])
  /** Set when something failed that the page cannot recover from by itself. */
  const failed = ref(false)

  const journey = computed(() => (loaded.value ? loaded.value.engine.replay(loaded.value.flow, answers.value) : startJourney(entry)))

  /** While changing, the answers before the reopened question; otherwise all of them. */
  const answersBeforeChange = computed(() => {
    const index = answers.value.findIndex((answer) => answer.question === changing.value)
    return index < 0 ? answers.value : answers.value.slice(0, index)
  })

  const screen = computed<Screen>(() =>
    changing.value && loaded.value ? loaded.value.engine.replay(loaded.value.flow, answersBeforeChange.value).screen : journey.value.screen,
  )

  /** The answer now recorded for the question on screen (only while changing it). */
  const currentAnswer = computed(() => answers.value.find((answer) => answer.question === changing.value)?.answer)

  /** Makes sure the whole flow is there, then does what needed it. */
  function withFlow(then: (ready: LoadedFlow) => void) {
    if (loaded.value) return then(loaded.value)
    entry!.load().then(
      (ready) => {
        loaded.value = ready
        then(ready)
      },
      () => (failed.value = true),
    )
  }

  function answer(option: string) {
    withFlow((ready) => answerWith(ready, option))
  }

  function answerWith({ flow, engine }: LoadedFlow, option: string) {
    const current = screen.value
    // Only an answer the question on screen offers: anything else would sit in the answers
    // (and the address) unreplayable. Fuzzing found this.
    if (current.kind !== 'question' || !current.meta.answers.some((offered) => offered.id === option)) return
    const given = { question: current.id, answer: option }
    notice.value = undefined
    if (changing.value) {
      const result = engine.changeAnswer(flow, answers.value, given)
      answers.value = result.answers
      changing.value = undefined
      if (result.dropped.length) notice.value = { key: 'ui.notice.changeDropped', count: result.dropped.length }
      return
    }
    answers.value = [...answers.value, given]
  }

  function back() {
    notice.value = undefined
    if (changing.value) changing.value = undefined
    else answers.value = answers.value.slice(0, -1)
  }

  function startAgain() {
    answers.value = []
    changing.value = undefined
    notice.value = undefined
    ticked.value = []
  }

  function tick(item: MessageKey, done: boolean) {
    const others = ticked.value.filter((key) => key !== item)
    ticked.value = done ? [...others, item] : others
  }

  function change(question: string) {
    if (answers.value.some((answer) => answer.question === question)) changing.value = question
  }

  /**
   * Takes answers from outside (a link, stored answers): keeps those the flow accepts in
   * order, and tells the person when anything had to be left out.
   */
  function load(given: readonly Answer[], options: LoadOptions = {}) {
    // No answers need no replay, so the start screen needs no download.
    if (given.length === 0) return settle([], false, options)
    withFlow(({ flow, engine }) => {
      const result = engine.replay(flow, given)
      const accepted = result.answered.map(({ question, answer }) => ({ question, answer }))
      settle(accepted, result.rejected.length > 0, options)
    })
  }

  /** Keeps the answers the flow accepted, and says so when anything was left out. */
  function settle(accepted: Answer[], rejected: boolean, options: LoadOptions) {
    // The same answers read again (the full address once mounted) must not redraw the page.
    if (!sameAnswers(answers.value, accepted)) answers.value = accepted
    const changeFits = accepted.some((answer) => answer.question === options.change)
    changing.value = changeFits ? options.change : undefined
    const leftOut = rejected || options.incomplete || (options.change !== undefined && !changeFits)
    notice.value = leftOut ? { key: 'ui.notice.rejected' } : undefined
  }

  function dismissNotice() {
    notice.value = undefined
  }

  return {
    entry,
    flow,
    answers,
    changing,
    notice,
    ticked,
    failed,
    journey,
    screen,
    currentAnswer,
    answersBeforeChange,
    answer,
    back,
    startAgain,
    tick,
    change,
    load,
    dismissNotice,
  }
})

/** The whole flow, for the parts of a page that appear only once it has loaded (an outcome). */
export function useLoadedFlow(): FlowDefinition {
  const { flow } = useJourneyStore()
  if (!flow) throw new Error('Outcomes are shown only once the flow has loaded')
  return flow
}
