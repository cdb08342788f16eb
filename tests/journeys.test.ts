/**
 * Journeys as a resident takes them: the answers given, the outcome reached and the plan
 * in order, for the ways written out below. Every way through the flow (the engine's
 * enumeration) is walked forward one answer at a time, then back to the start.
 */
import { describe, expect, test } from 'vitest'
import { mynaportalFlow as flow } from '../flows/mynaportal'
import { changeAnswer, replay } from '../src/engine/replay'
import type { Answer } from '../src/engine/types'
import { pathsToOutcomes } from './support/paths'

/** `'topic-login card-yes'` → answers, as they appear in the address. */
function answers(path: string): Answer[] {
  return path.split(' ').map((segment) => {
    const [question, ...answer] = segment.split('-')
    return { question: question!, answer: answer.join('-') }
  })
}

const guide = (key: string) => `mynaportal.guide.${key}`

interface Expected {
  path: string
  outcome: string
  /** The headline's key under `mynaportal.o.`, when it is not the outcome's own title. */
  headline?: string
  notes?: string[]
  steps: string[]
  needs?: string[]
  contacts?: string[]
  /** The questions whose answers are listed under "why this result". */
  decidedBy?: string[]
}

const journeys: Expected[] = [
  { path: 'topic-login card-no', outcome: 'noCard', notes: ['otherWays'], steps: [], decidedBy: ['topic', 'card'] },
  {
    path: 'topic-login card-yes certificate-yes pc-yes reader-yes',
    outcome: 'loginWithReader',
    steps: ['loginWithReader', 'operationManual', 'accountHelp'],
    needs: ['card', 'pin', 'reader'],
    contacts: ['freeDial'],
    decidedBy: ['topic', 'card', 'certificate', 'pc', 'reader'],
  },
  {
    path: 'topic-login card-yes certificate-declined pc-yes reader-yes',
    outcome: 'loginWithReader',
    headline: 'addCertificateFirst',
    steps: ['addCertificate', 'loginWithReader', 'operationManual', 'accountHelp'],
    needs: ['card', 'reader'],
    contacts: ['wardOffice', 'freeDial'],
    decidedBy: ['topic', 'card', 'certificate', 'pc', 'reader'],
  },
  {
    path: 'topic-login card-yes certificate-declined pc-no',
    outcome: 'supportWindow',
    headline: 'addCertificateFirst',
    steps: ['addCertificate', 'supportWindow'],
    needs: ['card'],
    contacts: ['wardOffice', 'supportWindow'],
  },
  {
    path: 'topic-login card-yes certificate-unknown pc-no',
    outcome: 'supportWindow',
    notes: ['certificateOptional'],
    steps: ['supportWindow'],
    needs: ['card', 'pin'],
    contacts: ['wardOffice', 'supportWindow'],
  },
  {
    path: 'topic-login card-yes certificate-yes pc-no',
    outcome: 'supportWindow',
    steps: ['supportWindow'],
    needs: ['card', 'pin'],
    contacts: ['supportWindow'],
  },
  {
    path: 'topic-login card-yes certificate-declined pc-yes reader-no phonereader-no',
    outcome: 'buyReader',
    headline: 'addCertificateFirst',
    steps: ['addCertificate', 'buyReader', 'loginWithReader', 'operationManual', 'accountHelp'],
  },
  {
    path: 'topic-login card-yes certificate-yes pc-yes reader-no phonereader-yes',
    outcome: 'loginWithPhoneForPc',
    steps: ['loginWithPhoneForPc', 'operationManual', 'accountHelp'],
  },
  {
    path: 'topic-login card-yes certificate-unknown pc-yes reader-no phonereader-unknown',
    outcome: 'checkList',
    notes: ['certificateOptional'],
    steps: ['checkPhoneList', 'ifListedUsePhone', 'ifNotListedBuyReader', 'operationManual', 'accountHelp'],
  },
  { path: 'topic-info problem-outdated', outcome: 'infoOutdated', steps: ['askSection'] },
  { path: 'topic-info problem-wrong', outcome: 'infoWrong', steps: ['askSection'] },
  { path: 'topic-history history-why', outcome: 'historyWhy', steps: ['askInquirer'] },
  { path: 'topic-history history-gone', outcome: 'historyGone', notes: ['deletedAtLogout', 'deletedAfter13Months'], steps: ['fetchAgain'] },
  {
    path: 'topic-apply procedure-child-allowance',
    outcome: 'applyChildAllowance',
    steps: ['askChildSupportDivision'],
    contacts: ['childSupportDivision'],
  },
  {
    path: 'topic-apply procedure-child-rearing',
    outcome: 'applyChildRearing',
    steps: ['askChildSupportDivision'],
    contacts: ['childSupportDivision'],
  },
  { path: 'topic-apply procedure-nursery', outcome: 'applyNursery', steps: ['askNurseryDivision'], contacts: ['nurseryDivision'] },
  { path: 'topic-apply procedure-other', outcome: 'applyOther', steps: ['searchServices'] },
  { path: 'topic-family', outcome: 'familyProxy', steps: ['proxyManual', 'registerProxy'] },
  {
    path: 'topic-help helpkind-using manual-no account-yes',
    outcome: 'inquiryForm',
    headline: 'readManualFirst',
    steps: ['readManualFirst', 'useInquiryForm'],
    contacts: ['inquiryForm'],
    decidedBy: ['topic', 'helpkind', 'manual', 'account'],
  },
  {
    path: 'topic-help helpkind-using manual-yes account-no',
    outcome: 'freeDialAccount',
    steps: ['accountHelp'],
    contacts: ['freeDial'],
  },
  { path: 'topic-help helpkind-system', outcome: 'freeDialSystem', steps: ['callAboutSystem'], contacts: ['freeDial'] },
  { path: 'topic-about about-why', outcome: 'aboutWhy', steps: [] },
]

const said = (answers: readonly Answer[]) => answers.map(({ question, answer }) => `${question}-${answer}`).join(' ')
const ways = pathsToOutcomes(flow).map(({ answers, outcome }) => ({ path: said(answers), answers, outcome }))

describe.each(journeys)('$path', ({ path, outcome, headline, notes, steps, needs, contacts, decidedBy }) => {
  const given = answers(path)

  test(`is a way through the flow, to ${outcome}`, () => {
    expect(ways.find((way) => way.path === path)?.outcome).toBe(outcome)
  })

  test(`reaches ${outcome} with the plan in order`, () => {
    const { screen, rejected } = replay(flow, given)
    expect(rejected).toEqual([])
    expect(screen.kind === 'outcome' && screen.id).toBe(outcome)
    if (screen.kind !== 'outcome') return
    expect(screen.title).toBe(headline ? `mynaportal.o.${headline}` : screen.meta.title)
    expect(screen.steps.map((step) => step.text)).toEqual(steps.map(guide))
    if (notes) expect(screen.notes.map((note) => note.text)).toEqual(notes.map(guide))
    if (needs) expect(screen.needs.map((item) => item.text)).toEqual(needs.map((item) => `mynaportal.needs.${item}`))
    if (contacts) expect(screen.contacts).toEqual(contacts)
    if (decidedBy) expect(screen.decidedBy.map((given) => given.question)).toEqual(decidedBy)
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
  test('counts down to the last question on the longest way', () => {
    const remaining = answers('topic-login card-yes certificate-yes pc-yes reader-no').map(
      (_, count, all) => replay(flow, all.slice(0, count)).screen,
    )
    expect(remaining.map((screen) => screen.kind === 'question' && screen.remainingAtMost)).toEqual([5, 4, 3, 2, 1])
  })

  test('a shorter branch says fewer questions remain', () => {
    const screen = replay(flow, answers('topic-help helpkind-using')).screen
    expect(screen).toMatchObject({ id: 'manual', remainingAtMost: 1 })
  })
})

describe('changing an earlier answer', () => {
  const start = answers('topic-login card-yes certificate-declined pc-yes reader-yes')

  test('keeps later answers whose question is still on the way', () => {
    const { answers: kept, dropped } = changeAnswer(flow, start, { question: 'certificate', answer: 'yes' })
    expect(kept).toEqual(answers('topic-login card-yes certificate-yes pc-yes reader-yes'))
    expect(dropped).toEqual([])
    const screen = replay(flow, kept).screen
    expect(screen.kind === 'outcome' && screen.steps.map((step) => step.text)).toEqual(
      ['loginWithReader', 'operationManual', 'accountHelp'].map(guide),
    )
  })

  test('drops later answers whose question is no longer asked', () => {
    const { answers: kept, dropped } = changeAnswer(flow, start, { question: 'pc', answer: 'no' })
    expect(kept).toEqual(answers('topic-login card-yes certificate-declined pc-no'))
    expect(dropped).toEqual(answers('reader-yes'))
    expect(replay(flow, kept).screen.id).toBe('supportWindow')
  })

  test('stops at a question the new answer leads to', () => {
    const { answers: kept, dropped } = changeAnswer(flow, answers('topic-login card-yes certificate-yes pc-no'), {
      question: 'pc',
      answer: 'yes',
    })
    expect(kept).toEqual(answers('topic-login card-yes certificate-yes pc-yes'))
    expect(dropped).toEqual([])
    expect(replay(flow, kept).screen.id).toBe('reader')
  })

  test('changing the topic drops every answer of the old topic', () => {
    const { answers: kept, dropped } = changeAnswer(flow, start, { question: 'topic', answer: 'family' })
    expect(kept).toEqual(answers('topic-family'))
    expect(dropped).toHaveLength(4)
  })
})

describe('answers that do not fit', () => {
  test('an unknown answer is rejected with everything after it', () => {
    const { answered, rejected, screen } = replay(flow, answers('topic-login card-maybe certificate-yes'))
    expect(answered.map((answer) => answer.question)).toEqual(['topic'])
    expect(rejected).toEqual(answers('card-maybe certificate-yes'))
    expect(screen.id).toBe('card')
  })

  test('an answer to a question that is not asked at that point is rejected', () => {
    const { answered, rejected } = replay(flow, answers('topic-login pc-yes'))
    expect(answered).toHaveLength(1)
    expect(rejected).toEqual(answers('pc-yes'))
  })

  test('answers after an outcome are rejected', () => {
    const { screen, rejected } = replay(flow, answers('topic-family topic-login'))
    expect(screen.id).toBe('familyProxy')
    expect(rejected).toEqual(answers('topic-login'))
  })
})
