/**
 * The journeys a resident takes through the Mynaportal guide: for each way written out
 * below, the answers given, the outcome reached, and the plan in order (its notes, steps,
 * checklist and contacts), with the answers listed under "why this result". Message keys,
 * not words: rewording a message changes nothing here; a change to the flow that sends a
 * resident elsewhere, or plans differently, fails until this table says so too.
 */
import { describe, expect, test } from 'vitest'
import { mynaportalFlow as flow } from '../../flows/mynaportal'
import { replay } from '../../src/engine/replay'
import type { Answer } from '../../src/engine/types'
import { pathsToOutcomes } from '../support/paths'

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
  /** Keys under `mynaportal.guide.`, in order; none if left out. */
  notes?: string[]
  steps: string[]
  /** The checklist, keys under `mynaportal.needs.`; none if left out. */
  needs?: string[]
  /** Contact ids of the facts, in order; none if left out. */
  contacts?: string[]
  /** The questions whose answers are listed under "why this result"; every question answered if left out. */
  decidedBy?: string[]
}

const journeys: Expected[] = [
  { path: 'topic-login card-no', outcome: 'noCard', notes: ['otherWays'], steps: [] },
  {
    path: 'topic-login card-yes certificate-yes pc-yes reader-yes',
    outcome: 'loginWithReader',
    steps: ['loginWithReader', 'operationManual', 'accountHelp'],
    needs: ['card', 'pin', 'reader'],
    contacts: ['freeDial'],
  },
  {
    path: 'topic-login card-yes certificate-declined pc-yes reader-yes',
    outcome: 'loginWithReader',
    headline: 'addCertificateFirst',
    steps: ['addCertificate', 'loginWithReader', 'operationManual', 'accountHelp'],
    needs: ['card', 'reader'],
    contacts: ['wardOffice', 'freeDial'],
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
    needs: ['card', 'reader'],
    contacts: ['wardOffice', 'freeDial'],
  },
  {
    path: 'topic-login card-yes certificate-yes pc-yes reader-no phonereader-yes',
    outcome: 'loginWithPhoneForPc',
    steps: ['loginWithPhoneForPc', 'operationManual', 'accountHelp'],
    needs: ['card', 'pin', 'reader'],
    contacts: ['freeDial'],
  },
  {
    path: 'topic-login card-yes certificate-unknown pc-yes reader-no phonereader-unknown',
    outcome: 'checkList',
    notes: ['certificateOptional'],
    steps: ['checkPhoneList', 'ifListedUsePhone', 'ifNotListedBuyReader', 'operationManual', 'accountHelp'],
    needs: ['card', 'pin', 'reader'],
    contacts: ['wardOffice', 'freeDial'],
  },
  { path: 'topic-info problem-outdated', outcome: 'infoOutdated', notes: ['infoDelay'], steps: ['askSection'] },
  { path: 'topic-info problem-wrong', outcome: 'infoWrong', notes: ['infoDelay'], steps: ['askSection'] },
  { path: 'topic-info problem-what', outcome: 'infoWhat', notes: ['infoWhat'], steps: ['askSection'] },
  { path: 'topic-history history-why', outcome: 'historyWhy', steps: ['askInquirer'] },
  { path: 'topic-history history-gone', outcome: 'historyGone', notes: ['deletedAtLogout', 'deletedAfter13Months'], steps: ['fetchAgain'] },
  { path: 'topic-history history-what', outcome: 'historyWhat', notes: ['historyWhat'], steps: ['askInquirer'] },
  {
    path: 'topic-apply procedure-child-allowance',
    outcome: 'applyChildAllowance',
    notes: ['childAllowanceOnline'],
    steps: ['askChildSupportDivision'],
    contacts: ['childSupportDivision'],
  },
  {
    path: 'topic-apply procedure-child-rearing',
    outcome: 'applyChildRearing',
    notes: ['childRearingOnline'],
    steps: ['askChildSupportDivision'],
    contacts: ['childSupportDivision'],
  },
  {
    path: 'topic-apply procedure-nursery',
    outcome: 'applyNursery',
    notes: ['nurseryOnline'],
    steps: ['askNurseryDivision'],
    contacts: ['nurseryDivision'],
  },
  {
    path: 'topic-apply procedure-other',
    outcome: 'applyOther',
    notes: ['serviceSearchToday', 'serviceSearchFuture'],
    steps: ['searchServices'],
  },
  { path: 'topic-family', outcome: 'familyProxy', steps: ['proxyManual', 'registerProxy'] },
  {
    path: 'topic-help helpkind-using manual-no account-yes',
    outcome: 'inquiryForm',
    headline: 'readManualFirst',
    steps: ['readManualFirst', 'useInquiryForm'],
    contacts: ['inquiryForm'],
  },
  {
    path: 'topic-help helpkind-using manual-yes account-no',
    outcome: 'freeDialAccount',
    notes: ['formNeedsLogin'],
    steps: ['accountHelp'],
    contacts: ['freeDial'],
  },
  { path: 'topic-help helpkind-system', outcome: 'freeDialSystem', steps: ['callAboutSystem'], contacts: ['freeDial'] },
  { path: 'topic-about about-what', outcome: 'aboutWhat', notes: ['whatExchanges', 'whatInformation'], steps: [] },
  { path: 'topic-about about-why', outcome: 'aboutWhy', notes: ['whyCheck', 'whySimpler'], steps: [] },
  {
    path: 'topic-about about-security',
    outcome: 'aboutSecurity',
    notes: ['securityLogin', 'securityNotNumber', 'securityNeeds'],
    steps: [],
  },
]

describe.each(journeys)('$path', ({ path, outcome, headline, notes = [], steps, needs = [], contacts = [], decidedBy }) => {
  const given = answers(path)

  test(`reaches ${outcome} with the plan in order`, () => {
    const { screen, rejected } = replay(flow, given)
    expect(rejected).toEqual([])
    expect(screen.kind === 'outcome' && screen.id).toBe(outcome)
    if (screen.kind !== 'outcome') return
    expect(screen.title).toBe(headline ? `mynaportal.o.${headline}` : screen.meta.title)
    expect(screen.notes.map((note) => note.text)).toEqual(notes.map(guide))
    expect(screen.steps.map((step) => step.text)).toEqual(steps.map(guide))
    expect(screen.needs.map((item) => item.text)).toEqual(needs.map((item) => `mynaportal.needs.${item}`))
    expect(screen.contacts).toEqual(contacts)
    expect(screen.decidedBy.map((answer) => answer.question)).toEqual(decidedBy ?? given.map((answer) => answer.question))
  })
})

test('the table reaches every outcome of the flow', () => {
  const reached = new Set(pathsToOutcomes(flow).map((way) => way.outcome))
  expect([...reached].filter((outcome) => !journeys.some((journey) => journey.outcome === outcome))).toEqual([])
})
