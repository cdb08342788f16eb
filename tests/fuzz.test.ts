/**
 * Fuzzing with fast-check, 10,000 cases per property: whatever a person (or a forged link,
 * or stale storage) does, the store never throws and always shows a question or an outcome
 * the flow defines; addresses of any shape, and whatever this tab's storage holds, are read
 * without throwing, and the answers they give replay to a valid screen. A failing case is shrunk to the smallest one and printed.
 */
import fc from 'fast-check'
import { describe, expect, test, vi } from 'vitest'
import { languages } from '../locales/languages'
import { mynaportalFlow as flow } from '../flows/mynaportal'
import { formatAddress, parseAddress } from '../src/lib/address'
import { everyJourney, replay, type Screen } from '../src/engine/replay'
import { createGuide } from '../src/guide'
import { sessionKey } from '../src/lib/storage'
import { loadedEntry } from './support/loadedEntry'

const runs = { numRuns: 10_000 }
/** Seconds alone, but the whole suite shares two cores with the browser tests. */
const fuzzTimeout = 120_000
/** Each state of the flow, and whether it is a question or an outcome. */
const kinds = new Map(everyJourney(flow).map(({ screen }) => [screen.id, screen.kind]))
const stateIds = [...kinds.keys()]
const answerIds = [
  ...new Set(
    everyJourney(flow).flatMap(({ screen }) => (screen.kind === 'question' ? screen.meta.answers.map((answer) => answer.id) : [])),
  ),
]
const noticeKeys = ['ui.notice.rejected', 'ui.notice.changeDropped', 'ui.notice.unknownLanguage', 'ui.notice.cleared']

/** A screen the flow defines: its state exists and is of the kind shown. */
function isValidScreen(screen: Screen) {
  return kinds.get(screen.id) === screen.kind
}

const origin = 'https://guide.example'
/** One guide for all cases (one per case would cost more than the case), back at the start before each. */
const guide = createGuide(loadedEntry(flow), { base: '/', url: `${origin}/ja/` })
const store = guide.store

async function freshStore() {
  await guide.router.start()
  await store.startAgain()
  return store
}

/** Ids that exist in the flow, and ids that do not. */
const someId = fc.oneof(fc.constantFrom(...stateIds, ...answerIds), fc.string({ maxLength: 12 }))

type Store = typeof store
/** Opens an address, as a link or Back and Forward would. */
const visit = (address: string) => guide.router.push(address)
const action = fc.oneof(
  // An answer the screen offers, most of the time; sometimes one it does not.
  fc.nat().map((pick) => (store: Store) => {
    const screen = store.screen
    const options = screen.kind === 'question' ? screen.meta.answers : []
    return store.answer(options.length ? options[pick % options.length]!.id : String(pick))
  }),
  someId.map((id) => (store: Store) => store.answer(id)),
  fc.constant((store: Store) => store.back()),
  fc.constant((store: Store) => store.startAgain()),
  fc.nat().map((pick) => (store: Store) => store.change(store.answers[pick % Math.max(1, store.answers.length)]?.question ?? stateIds[0]!)),
  someId.map((id) => (store: Store) => store.change(id)),
  fc
    .array(fc.record({ question: someId, answer: someId }), { maxLength: 8 })
    .map((answers) => () => visit(formatAddress('/', 'ja', answers))),
)

describe('fuzzing', () => {
  test(
    'any sequence of answers, Back, Change, Start again and links leaves a valid screen',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { maxLength: 10 }), async (actions) => {
          const store = await freshStore()
          for (const act of actions) {
            await act(store)
            expect(isValidScreen(store.screen)).toBe(true)
            if (store.notice) expect(noticeKeys).toContain(store.notice.key)
          }
        }),
        runs,
      )
    },
    fuzzTimeout,
  )

  test(
    'every address the store makes, in every language, reads back as the same answers',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(action, { maxLength: 10 }),
          fc.constantFrom(...languages.map((language) => language.code)),
          async (actions, locale) => {
            const store = await freshStore()
            for (const act of actions) await act(store)
            const [path = '', query] = formatAddress('/', locale, store.answers, store.changing).split('?')
            const parsed = parseAddress(path, query === undefined ? '' : `?${query}`)
            expect(parsed.locale).toBe(locale)
            expect(parsed.answers).toEqual(store.answers)
            expect(parsed.change).toBe(store.changing)
            expect(parsed.malformed).toBe(false)
          },
        ),
        runs,
      )
    },
    fuzzTimeout,
  )

  /** Paths and queries as they arrive: edited, cut, encoded, hostile or huge. */
  const hostile = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.webPath(),
    fc
      .array(
        fc.oneof(
          fc.constantFrom('..', '.', '%', '%2F', '%00', '<script>alert(1)</script>', 'topic-login', 'card-yes', 'ja', 'en'),
          fc.string(),
        ),
        { maxLength: 250 },
      )
      .map((parts) => `/${parts.join('/')}`),
    fc.nat({ max: 100_000 }).map((length) => `/ja/${'x'.repeat(length)}`),
  )

  test(
    'any path and query parse without throwing, and the answers found replay to a valid screen',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostile, hostile, async (path, query) => {
          const parsed = parseAddress(path, `?${query}`)
          expect(parsed.answers.length).toBeLessThanOrEqual(200)
          const store = await freshStore()
          await visit(`${path}?${query}`)
          expect(isValidScreen(store.screen)).toBe(true)
          expect(isValidScreen(replay(flow, parsed.answers).screen)).toBe(true)
        }),
        runs,
      )
    },
    fuzzTimeout,
  )

  /** What session storage may hold: a step of this site, an older format, another site's address, junk. */
  const stored = fc.oneof(
    fc.constant(null),
    hostile,
    fc.array(fc.record({ question: someId, answer: someId }), { maxLength: 8 }).map((answers) => formatAddress('/', 'en', answers)),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.json(),
    fc
      .array(fc.oneof(fc.string(), fc.constantFrom('mynaportal.needs.card', '__proto__', '<img src=x onerror=alert(1)>')))
      .map((list) => JSON.stringify(list)),
  )
  test(
    'whatever storage holds, a bare visit opens the start, what it offers to continue is a valid screen, and ticks are only strings',
    async () => {
      // This project runs in Node: a session storage of its own, read by each new guide as a
      // page opening in this tab would read it.
      const session = new Map<string, string>()
      vi.stubGlobal('window', {
        sessionStorage: {
          getItem: (key: string) => session.get(key) ?? null,
          setItem: (key: string, value: string) => session.set(key, value),
          removeItem: (key: string) => session.delete(key),
        },
      })
      try {
        await fc.assert(
          fc.asyncProperty(stored, stored, async (savedAddress, savedTicks) => {
            session.clear()
            if (savedAddress !== null) session.set(sessionKey(flow.id, 'address'), savedAddress)
            if (savedTicks !== null) session.set(sessionKey(flow.id, 'ticked'), savedTicks)
            const opened = createGuide(loadedEntry(flow), { base: '/', url: `${origin}/` })
            await opened.router.start()
            expect(opened.store.answers).toEqual([])
            expect(opened.store.ticked.every((tick) => typeof tick === 'string')).toBe(true)
            await opened.store.resume()
            expect(isValidScreen(opened.store.screen)).toBe(true)
          }),
          runs,
        )
      } finally {
        vi.unstubAllGlobals()
      }
    },
    fuzzTimeout,
  )

  test('an address stored by another site is not offered to continue', () => {
    expect(guide.router.parse('https://evil.example/en/topic-login/')).toBeUndefined()
    expect(guide.router.parse('//evil.example/en/topic-login/')).toBeUndefined()
    expect(guide.router.parse('http://[')).toBeUndefined()
    expect(guide.router.parse('/en/topic-login/')?.answers).toEqual([{ question: 'topic', answer: 'login' }])
  })

  test('a 100 KB query string is read without throwing', () => {
    const parsed = parseAddress('/ja/topic-login/', `?change=${'a'.repeat(100 * 1024)}`)
    expect(parsed.answers).toEqual([{ question: 'topic', answer: 'login' }])
  })
})
