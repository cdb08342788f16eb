/**
 * Journeys as a resident takes them: the answers given, the outcome reached and the plan
 * in order. Each is walked forward one answer at a time, then back to the start.
 */
import { describe, expect, test } from 'vitest'
import { mynaportalFlow as flow } from '../flows/mynaportal'
import { changeAnswer, replay } from '../src/engine/replay'
import type { Answer } from '../src/engine/types'

/** `'topic-login card-yes'` → answers, as they appear in the address. */
function answers(path: string): Answer[] {
  return path.split(' ').map((segment) => {
    const [question, ...answer] = segment.split('-')
    return { question: question!, answer: answer.join('-') }
  })
}

const guide = (key: string) => `mynaportal.guide.${key}`

const journeys: { path: string; outcome: string; steps: string[]; bring?: string[]; contacts?: string[] }[] = [
  { path: 'topic-login card-no', outcome: 'noCard', steps: ['writtenRequest', 'askProcedureSection'] },
  {
    path: 'topic-login card-yes certificate-yes pc-yes reader-yes',
    outcome: 'loginWithReader',
    steps: ['loginWithReader', 'accountHelp'],
    bring: ['card', 'pin'],
    contacts: ['freeDial'],
  },
  {
    path: 'topic-login card-yes certificate-declined pc-no phone-yes',
    outcome: 'loginWithPhone',
    steps: ['addCertificate', 'loginWithPhone', 'phoneFallbackSupportWindow', 'accountHelp'],
    bring: ['card', 'pin'],
    contacts: ['wardOffice', 'supportWindow', 'freeDial'],
  },
  {
    path: 'topic-login card-yes certificate-unknown pc-no phone-no',
    outcome: 'supportWindow',
    steps: ['checkCertificate', 'supportWindow'],
    bring: ['card', 'pin'],
    contacts: ['wardOffice', 'supportWindow'],
  },
  {
    path: 'topic-login card-yes certificate-yes pc-no phone-unknown',
    outcome: 'checkListNoPc',
    steps: ['checkPhoneList', 'ifListedUsePhone', 'ifNotListedSupportWindow', 'accountHelp'],
  },
  {
    path: 'topic-login card-yes certificate-declined pc-yes reader-no phonereader-no',
    outcome: 'buyReader',
    steps: ['addCertificate', 'buyReader', 'loginWithReader', 'accountHelp'],
  },
  {
    path: 'topic-login card-yes certificate-yes pc-yes reader-no phonereader-yes',
    outcome: 'loginWithPhoneForPc',
    steps: ['loginWithPhoneForPc', 'accountHelp'],
  },
  {
    path: 'topic-login card-yes certificate-unknown pc-yes reader-no phonereader-unknown',
    outcome: 'checkListWithPc',
    steps: ['checkCertificate', 'checkPhoneList', 'ifListedUsePhone', 'ifNotListedBuyReader', 'accountHelp'],
  },
  { path: 'topic-info problem-outdated', outcome: 'infoOutdated', steps: ['askSection'] },
  { path: 'topic-info problem-wrong', outcome: 'infoWrong', steps: ['askSection'] },
  { path: 'topic-history history-why', outcome: 'historyWhy', steps: ['askInquirer'] },
  { path: 'topic-history history-gone viewed-no', outcome: 'historyNotViewed', steps: ['fetchAgain'] },
  { path: 'topic-history history-gone viewed-unknown', outcome: 'historyGone', steps: ['fetchAgain'] },
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
  { path: 'topic-family', outcome: 'familyProxy', steps: ['registerProxy', 'proxyManual'] },
  {
    path: 'topic-help helpkind-using manual-no account-yes',
    outcome: 'inquiryForm',
    steps: ['readManualFirst', 'useInquiryForm'],
    contacts: ['inquiryForm'],
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

describe.each(journeys)('$path', ({ path, outcome, steps, bring, contacts }) => {
  const given = answers(path)

  test(`reaches ${outcome} with the plan in order`, () => {
    const { screen, rejected } = replay(flow, given)
    expect(rejected).toEqual([])
    expect(screen.kind === 'outcome' && screen.id).toBe(outcome)
    if (screen.kind !== 'outcome') return
    expect(screen.steps.map((step) => step.text)).toEqual(steps.map(guide))
    if (bring) expect(screen.bring).toEqual(bring.map((item) => `mynaportal.bring.${item}`))
    if (contacts) expect(screen.contacts).toEqual(contacts)
  })

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
    const screen = replay(flow, answers('topic-login card-yes certificate-yes pc-no')).screen
    expect(screen).toMatchObject({ id: 'phone', remainingAtMost: 0 })
  })
})

describe('changing an earlier answer', () => {
  const start = answers('topic-login card-yes certificate-declined pc-no phone-yes')

  test('keeps later answers whose question is still on the way', () => {
    const { answers: kept, dropped } = changeAnswer(flow, start, { question: 'certificate', answer: 'yes' })
    expect(kept).toEqual(answers('topic-login card-yes certificate-yes pc-no phone-yes'))
    expect(dropped).toEqual([])
    const screen = replay(flow, kept).screen
    expect(screen.kind === 'outcome' && screen.steps.map((step) => step.text)).toEqual([
      guide('loginWithPhone'),
      guide('phoneFallbackSupportWindow'),
      guide('accountHelp'),
    ])
  })

  test('drops later answers whose question is no longer asked, and stops at the new question', () => {
    const { answers: kept, dropped } = changeAnswer(flow, start, { question: 'pc', answer: 'yes' })
    expect(kept).toEqual(answers('topic-login card-yes certificate-declined pc-yes'))
    expect(dropped).toEqual(answers('phone-yes'))
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
