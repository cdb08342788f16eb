/**
 * The guide's store. The journey is not kept here: the answers, the question being
 * changed and the language are read from the current route, and the screen is derived
 * from them by replaying the answers through the flow's machine:
 * route → answers → replay → screen. Answering, Back, Change, Start again and switching
 * language are navigations.
 *
 * The store owns only what an address cannot carry: the flow once loaded, a notice about
 * input that could not be used, the ticks on the checklist, this tab's last step (which the
 * start offers to continue), whether the page failed, and whether it is being printed. Each
 * changes only through the actions below.
 */
import { useStorage } from '@vueuse/core'
import { defineStore } from 'pinia'
import { computed, inject, ref, shallowRef, watch, type InjectionKey } from 'vue'
import type { Address } from '../lib/address'
import { startJourney } from '../engine/entry'
import type { Screen } from '../engine/replay'
import type { Answer, AnswerOption, FlowDefinition, FlowEntry, LoadedFlow, MessageKey } from '../engine/types'
import { loadLanguage, matchLocale, preferredLocale, rememberLocale, type AppI18n } from '../i18n'
import type { Notice, RouteLocation, Router } from '../router'
export type { Notice } from '../router'
import { sessionKey, storedList, tabStorage } from '../lib/storage'

type HolidayCheck = (date: string) => boolean

/** The store for one flow, reading its journey from `router` and loading languages into `i18n`. */
export function defineGuideStore(entry: FlowEntry, router: Router, i18n: AppI18n) {
  return defineStore('guide', () => {
    const route = router.currentRoute
    // What lasts for the tab's session; null removes the key.
    const sessionOptions = { writeDefaults: false, onError: () => undefined }
    /** This tab's last step with answers, which the start screen offers to continue. */
    const lastVisit = useStorage<string | null>(sessionKey(entry.id, 'address'), null, tabStorage(), sessionOptions)
    const storedTicks = useStorage<string[] | null>(sessionKey(entry.id, 'ticked'), null, tabStorage(), {
      ...sessionOptions,
      serializer: storedList,
    })

    /** The whole flow and the engine that replays it: loaded with the first route that has answers. */
    const loaded = shallowRef<LoadedFlow>()
    let loading: Promise<LoadedFlow> | undefined
    const flow = computed(() => loaded.value?.flow)

    /** Something the person should know about input we could not use. */
    const notice = ref<Notice>()
    /** Items of the checklist ("what you will need") the person has ticked; they last for the tab's session. */
    const ticked = computed<readonly MessageKey[]>(() => storedTicks.value ?? [])
    /** Set when something failed that the page cannot recover from by itself. */
    const failed = ref(false)
    /** When the printing under way started; undefined when nothing is being printed. */
    const printStarted = ref<Date>()

    const locale = computed(() => route.value.locale)
    /** The answers given so far, in order, as the route has them. */
    const answers = computed(() => route.value.answers)
    /** The question the person reopened with Change; later answers wait until it is answered again. */
    const changing = computed(() => route.value.change)

    const journey = computed(() => (loaded.value ? loaded.value.engine.replay(loaded.value.flow, answers.value) : startJourney(entry)))

    /** While changing, the answers before the reopened question; otherwise all of them. */
    const answersBeforeChange = computed(() => {
      const index = answers.value.findIndex((answer) => answer.question === changing.value)
      return index < 0 ? answers.value : answers.value.slice(0, index)
    })

    const screen = computed<Screen>(() =>
      changing.value && loaded.value
        ? loaded.value.engine.replay(loaded.value.flow, answersBeforeChange.value).screen
        : journey.value.screen,
    )

    /** The answer now recorded for the question on screen (only while changing it). */
    const currentAnswer = computed(() => answers.value.find((answer) => answer.question === changing.value)?.answer)

    // vue-i18n shows the route's language, whose messages the guard has loaded; the notice
    // is the new route's (what the guard left out of its address), until an action says more.
    watch(locale, (code) => (i18n.global.locale.value = code), { flush: 'sync' })
    watch(route, (current) => (notice.value = current.notice), { flush: 'sync' })
    // Only a step with answers is kept, and only forget() removes it. Back to the start and
    // Start again (the same address) leave it: the start then offers to continue, with
    // "Clear my answers" beside it, so a mistaken tap can be undone and nothing is kept out
    // of sight. A bare visit never opens it (see resolve): the device may be shared.
    watch(
      route,
      ({ href, answers }) => {
        if (answers.length) lastVisit.value = href
      },
      { flush: 'sync' },
    )

    /**
     * The stored step to continue, in the language on screen: its address made anew from
     * its answers, so that nothing stored by another site or as markup reaches a link, and
     * how many answers it holds. The guard reads the address as any other when it is followed.
     */
    const resumable = computed(() => {
      const stored = lastVisit.value ? router.parse(lastVisit.value) : undefined
      return stored?.answers.length ? { href: hrefFor(stored.answers, stored.change), count: stored.answers.length } : undefined
    })

    /** Loads the whole flow once; a failed download (a dropped connection) may work on the next try. */
    function loadFlow(): Promise<LoadedFlow> {
      loading ??= entry.load().then(
        (ready) => (loaded.value = ready),
        (error: unknown) => {
          loading = undefined
          throw error
        },
      )
      return loading
    }

    /**
     * The navigation guard: which route an address is. A bare visit opens the start in the
     * preferred language, never the stored step; a language named in another case is read
     * as ours; answers the flow does not accept, and everything after them, are
     * left out, and the route carries a notice saying so. The route's language and flow are
     * loaded first, so the screen never shows a message key or waits for a chunk.
     */
    async function resolve(to: Address): Promise<RouteLocation> {
      let found: Notice | undefined
      const named = to.locale === undefined ? undefined : matchLocale(to.locale)
      if (to.locale !== undefined && !named) found = { key: 'ui.notice.unknownLanguage' }
      let code = named ?? preferredLocale()
      try {
        await loadLanguage(i18n, code)
      } catch {
        found = { key: 'ui.notice.languageFailed' }
        code = i18n.global.locale.value
      }
      let accepted: readonly Answer[] = []
      let change: string | undefined
      let leftOut = to.malformed
      if (to.answers.length > 0) {
        try {
          const { flow: loadedFlow, engine } = await loadFlow()
          accepted = engine.replay(loadedFlow, to.answers).answered.map(({ question, answer }) => ({ question, answer }))
          leftOut ||= accepted.length < to.answers.length
        } catch {
          failed.value = true
          accepted = to.answers
        }
      }
      if (to.change !== undefined) {
        if (accepted.some((answer) => answer.question === to.change)) change = to.change
        else leftOut = true
      }
      return { locale: code, answers: accepted, change, notice: found ?? (leftOut ? { key: 'ui.notice.rejected' } : undefined) }
    }

    /** The address of other answers, in the language on screen: where each link leads without JavaScript. */
    function hrefFor(given: readonly Answer[], change?: string) {
      return router.href({ locale: locale.value, answers: given, change })
    }

    /** Answers the question on screen: a new step, or, while changing, the answers that still apply. */
    async function answer(option: string) {
      const from = route.value
      const current = screen.value
      // An answer the question on screen does not offer would make an address the guard rejects.
      if (current.kind !== 'question' || !current.meta.answers.some((offered) => offered.id === option)) return
      const given = { question: current.id, answer: option }
      let ready: LoadedFlow
      try {
        ready = await loadFlow()
      } catch {
        failed.value = true
        return
      }
      // Back or another link while the flow loaded: that navigation wins.
      if (route.value !== from) return
      if (!from.change) return void (await router.push(hrefFor([...from.answers, given])))
      const result = ready.engine.changeAnswer(ready.flow, from.answers, given)
      const committed = await router.push(hrefFor(result.answers))
      if (committed && result.dropped.length) notice.value = { key: 'ui.notice.changeDropped', count: result.dropped.length }
    }

    /** Where each answer to the question on screen leads without JavaScript: the next step. */
    function answerHref(option: AnswerOption) {
      return hrefFor([...answersBeforeChange.value, { question: screen.value.id, answer: option.id }])
    }

    /** Back from a reopened question keeps every answer; otherwise it drops the last. */
    const backHref = computed(() => hrefFor(changing.value ? answers.value : answers.value.slice(0, -1)))

    function back() {
      return router.push(backHref.value)
    }

    function change(question: string) {
      return router.push(hrefFor(answers.value, question))
    }

    function startAgain() {
      storedTicks.value = null
      return router.push(hrefFor([]))
    }

    /** Goes back to this tab's stored step. */
    function resume() {
      return resumable.value ? router.push(resumable.value.href) : Promise.resolve(false)
    }

    /** Forgets everything this tab kept: the answers, the ticks, the stored step. */
    async function forget() {
      lastVisit.value = null
      if (await startAgain()) notice.value = { key: 'ui.notice.cleared' }
    }

    /** The same step in another language. */
    function languageHref(code: string) {
      return router.href({ locale: code, answers: answers.value, change: changing.value })
    }

    /** Shows the same step in another language, remembered for the next visit; not a step of its own in history. */
    async function switchLanguage(code: string) {
      const committed = await router.replace(languageHref(code))
      // Not when the language could not load, or another navigation won.
      if (committed && locale.value === code) rememberLocale(code)
    }

    function tick(item: MessageKey, done: boolean) {
      const others = ticked.value.filter((key) => key !== item)
      storedTicks.value = done ? [...others, item] : others
    }

    function dismissNotice() {
      notice.value = undefined
    }

    function fail() {
      failed.value = true
    }

    function startPrinting() {
      printStarted.value = new Date()
    }

    function endPrinting() {
      printStarted.value = undefined
    }

    /** The flow's public holidays of some years, loaded once for every contact on the page. */
    const calendars = new Map<string, Promise<HolidayCheck>>()
    function holidays(years: readonly number[]): Promise<HolidayCheck> {
      const key = years.join()
      let calendar = calendars.get(key)
      if (!calendar) {
        const load = flow.value?.loadHolidays
        calendar = load ? load(years) : Promise.resolve(() => false)
        calendar.catch(() => calendars.delete(key))
        calendars.set(key, calendar)
      }
      return calendar
    }

    return {
      entry,
      flow,
      locale,
      answers,
      changing,
      notice,
      ticked,
      failed,
      printStarted,
      journey,
      screen,
      currentAnswer,
      backHref,
      answerHref,
      resumable,
      back,
      resolve,
      loadFlow,
      hrefFor,
      answer,
      change,
      startAgain,
      resume,
      forget,
      languageHref,
      switchLanguage,
      tick,
      dismissNotice,
      fail,
      startPrinting,
      endPrinting,
      holidays,
    }
  })
}

export type GuideStore = ReturnType<ReturnType<typeof defineGuideStore>>

export const guideKey: InjectionKey<GuideStore> = Symbol('guide')

export function useGuide(): GuideStore {
  const guide = inject(guideKey)
  if (!guide) throw new Error('No guide: install it (app.use(createGuide(…))) before mounting')
  return guide
}

/** The whole flow, for the parts of a page that appear only once it has loaded (an outcome). */
export function useLoadedFlow(): FlowDefinition {
  const { flow } = useGuide()
  if (!flow) throw new Error('Outcomes are shown only once the flow has loaded')
  return flow
}
