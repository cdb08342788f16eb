/**
 * The engine as a person's answers drive it, on the test-only library flow: the plan an
 * outcome gathers on the way, every way through walked forward one answer at a time and
 * back to the start, the progress count, changing an earlier answer, and answers that do
 * not fit. (The journeys a resident takes through the Mynaportal flow: tests/content/.)
 */
import { describe, expect, test } from 'vitest'
import { libraryFlow as flow, libraryWith } from './fixtures/library'
import { question } from '../src/engine/define'
import { changeAnswer, replay } from '../src/engine/replay'
import type { Answer } from '../src/engine/types'
import { pathsToOutcomes } from './support/paths'

/** `'member-yes card-no'` → answers, as they appear in the address. */
function answers(path: string): Answer[] {
  return path.split(' ').map((segment) => {
    const [question, ...answer] = segment.split('-')
    return { question: question!, answer: answer.join('-') }
  })
}

function outcomeAfter(path: string) {
  const { screen, rejected } = replay(flow, answers(path))
  expect(rejected).toEqual([])
  if (screen.kind !== 'outcome') throw new Error(`${path} ends on the question ${screen.id}`)
  return screen
}

const said = (given: readonly Answer[]) => given.map(({ question, answer }) => `${question}-${answer}`).join(' ')
const ways = pathsToOutcomes(flow).map(({ answers, outcome }) => ({ path: said(answers), answers, outcome }))

describe('the plan an outcome gathers', () => {
  test("an answer's step comes first, its headline heads the plan, and its contact is listed", () => {
    const screen = outcomeAfter('member-expired card-yes')
    expect(screen.id).toBe('borrow')
    expect(screen.title).toBe('library.o.renewFirst')
    expect(screen.steps.map((step) => step.text)).toEqual(['library.step.renew', 'library.step.catalogue'])
    expect(screen.contacts).toEqual(['desk'])
    expect(screen.sources).toEqual(['L1', 'L2'])
  })

  test("without it, the outcome's own title heads its own steps", () => {
    const screen = outcomeAfter('member-yes card-yes')
    expect(screen.title).toBe(screen.meta.title)
    expect(screen.steps.map((step) => step.text)).toEqual(['library.step.catalogue'])
    expect(screen.contacts).toEqual([])
  })

  test('the checklist, the options of a step, and the answers that decided it', () => {
    const screen = outcomeAfter('member-no')
    expect(screen.needs.map((item) => item.text)).toEqual(['library.bring.proof', 'library.bring.photo'])
    expect(screen.steps[0]?.options).toEqual(['library.step.joinAtDesk', 'library.step.joinOnline'])
    expect(screen.decidedBy.map((given) => given.question)).toEqual(['member'])
    expect(outcomeAfter('member-yes card-no').decidedBy.map((given) => given.question)).toEqual(['member', 'card'])
  })
})

describe.each(ways)('every way: $path', ({ answers: given, outcome }) => {
  test('walked forward, each answer opens the next question in turn', () => {
    for (let count = 0; count < given.length; count++) {
      const { screen } = replay(flow, given.slice(0, count))
      expect(screen).toMatchObject({ kind: 'question', id: given[count]!.question, number: count + 1 })
    }
  })

  test('walked back, each Back reopens the question before', () => {
    const seen: string[] = []
    for (let count = given.length; count >= 0; count--) seen.push(replay(flow, given.slice(0, count)).screen.id)
    expect(seen).toEqual([outcome, ...given.map((answer) => answer.question).reverse()])
  })
})

describe('progress', () => {
  // One way three questions long (member, card, lost), and a shorter one beside it (member, online).
  const branching = libraryWith({
    member: question({
      text: 'library.q.member',
      answers: [
        { id: 'yes', label: 'common.yes', to: 'card' },
        { id: 'no', label: 'common.no', to: 'online' },
      ],
    }),
    online: question({
      text: 'library.q.member',
      answers: [
        { id: 'yes', label: 'common.yes', to: 'join' },
        { id: 'no', label: 'common.no', to: 'join' },
      ],
    }),
    card: question({
      text: 'library.q.card',
      answers: [
        { id: 'yes', label: 'common.yes', to: 'borrow' },
        { id: 'no', label: 'common.no', to: 'lost' },
      ],
    }),
    lost: question({
      text: 'library.q.card',
      answers: [
        { id: 'yes', label: 'common.yes', to: 'replace' },
        { id: 'no', label: 'common.no', to: 'replace' },
      ],
    }),
  })

  test('counts down to the last question on the longest way', () => {
    const remaining = answers('member-yes card-no lost-yes').map((_, count, all) => replay(branching, all.slice(0, count)).screen)
    expect(remaining.map((screen) => screen.kind === 'question' && screen.remainingAtMost)).toEqual([2, 1, 0])
  })

  test('a shorter branch says fewer questions remain', () => {
    expect(replay(branching, answers('member-no')).screen).toMatchObject({ id: 'online', number: 2, remainingAtMost: 0 })
    expect(replay(branching, answers('member-yes')).screen).toMatchObject({ id: 'card', number: 2, remainingAtMost: 1 })
  })
})

describe('changing an earlier answer', () => {
  const start = answers('member-expired card-yes')

  test('keeps later answers whose question is still on the way', () => {
    const { answers: kept, dropped } = changeAnswer(flow, start, { question: 'member', answer: 'yes' })
    expect(kept).toEqual(answers('member-yes card-yes'))
    expect(dropped).toEqual([])
    const screen = replay(flow, kept).screen
    expect(screen.kind === 'outcome' && screen.steps.map((step) => step.text)).toEqual(['library.step.catalogue'])
  })

  test('drops later answers whose question is no longer asked', () => {
    const { answers: kept, dropped } = changeAnswer(flow, start, { question: 'member', answer: 'no' })
    expect(kept).toEqual(answers('member-no'))
    expect(dropped).toEqual(answers('card-yes'))
    expect(replay(flow, kept).screen.id).toBe('join')
  })

  test('stops at a question the new answer leads to', () => {
    const { answers: kept, dropped } = changeAnswer(flow, answers('member-no'), { question: 'member', answer: 'yes' })
    expect(kept).toEqual(answers('member-yes'))
    expect(dropped).toEqual([])
    expect(replay(flow, kept).screen.id).toBe('card')
  })
})

describe('answers that do not fit', () => {
  test('an unknown answer is rejected with everything after it', () => {
    const { answered, rejected, screen } = replay(flow, answers('member-yes card-maybe card-yes'))
    expect(answered.map((answer) => answer.question)).toEqual(['member'])
    expect(rejected).toEqual(answers('card-maybe card-yes'))
    expect(screen.id).toBe('card')
  })

  test('an answer to a question that is not asked at that point is rejected', () => {
    const { answered, rejected, screen } = replay(flow, answers('card-yes member-yes'))
    expect(answered).toEqual([])
    expect(rejected).toEqual(answers('card-yes member-yes'))
    expect(screen.id).toBe('member')
  })

  test('answers after an outcome are rejected', () => {
    const { screen, rejected } = replay(flow, answers('member-no card-yes'))
    expect(screen.id).toBe('join')
    expect(rejected).toEqual(answers('card-yes'))
  })
})
