/**
 * The Mynaportal FAQ of Sapporo as a decision tree. Each question is a state whose
 * answers are its events; each outcome is a final state. Guidance that depends on an
 * earlier answer (the certificate, the manual) is gathered on the way and comes first
 * in the plan, so the outcome is the person's whole plan, not only the last problem.
 *
 * Message keys live in locales/*.json under `mynaportal.*`; facts in mynaportal-facts.ts.
 */
import { flowSetup, outcome, question } from '../src/engine/define'
import type { FlowDefinition, Guidance } from '../src/engine/types'
import { checkedOn, contacts, links, loadHolidays, sections, timeZone } from './mynaportal-facts'
import { mynaportalTexts, topic } from './mynaportal-start'

const yes = { id: 'yes', label: 'common.yes' }
const no = { id: 'no', label: 'common.no' }
const notSure = { id: 'unknown', label: 'common.notSure' }

/** Guidance, keyed by its message key under `mynaportal.guide.`. */
function guide(key: string, sources: string[], extra: Omit<Guidance, 'text' | 'sources'> = {}): Guidance {
  return { text: `mynaportal.guide.${key}`, sources, ...extra }
}

const bringCard = 'mynaportal.bring.card'
const bringPin = 'mynaportal.bring.pin'

/** Guidance used by more than one answer or outcome, written once. */
const step = {
  addCertificate: guide('addCertificate', ['F04'], { contact: 'wardOffice', bring: [bringCard] }),
  checkCertificate: guide('checkCertificate', ['F04'], { contact: 'wardOffice', bring: [bringCard] }),
  readManualFirst: guide('readManualFirst', ['F08', 'F16'], { link: 'manual' }),
  loginWithReader: guide('loginWithReader', ['F01', 'F04', 'F05'], { bring: [bringCard, bringPin] }),
  loginWithPhoneForPc: guide('loginWithPhoneForPc', ['F04', 'F05'], { link: 'smartphoneList', bring: [bringCard, bringPin] }),
  loginWithPhone: guide('loginWithPhone', ['F04', 'F05'], { link: 'smartphoneList', bring: [bringCard, bringPin] }),
  phoneFallbackSupportWindow: guide('phoneFallbackSupportWindow', ['F06'], { contact: 'supportWindow', link: 'supportWindow' }),
  buyReader: guide('buyReader', ['F05']),
  checkPhoneList: guide('checkPhoneList', ['F05'], { link: 'smartphoneList' }),
  ifListedUsePhone: guide('ifListedUsePhone', ['F04', 'F05'], { bring: [bringCard, bringPin] }),
  ifNotListedBuyReader: guide('ifNotListedBuyReader', ['F05']),
  ifNotListedSupportWindow: guide('ifNotListedSupportWindow', ['F04', 'F06'], { contact: 'supportWindow', bring: [bringCard, bringPin] }),
  supportWindow: guide('supportWindow', ['F04', 'F06'], { contact: 'supportWindow', link: 'supportWindow', bring: [bringCard, bringPin] }),
  accountHelp: guide('accountHelp', ['F16', 'F17'], { contact: 'freeDial' }),
  infoDelay: guide('infoDelay', ['F10']),
  askSection: guide('askSection', ['F10']),
  askInquirer: guide('askInquirer', ['F12']),
  fetchAgain: guide('fetchAgain', ['F15']),
} as const

export const mynaportalMachine = flowSetup.createMachine({
  id: 'mynaportal',
  initial: 'topic',
  context: { steps: [] },
  states: {
    topic: question(topic),

    // Logging in: what do I need?
    card: question({
      style: 'yesno',
      text: 'mynaportal.q.card.text',
      hint: 'mynaportal.q.card.hint',
      answers: [
        { ...yes, because: 'mynaportal.because.card.yes', to: 'certificate' },
        { ...no, because: 'mynaportal.because.card.no', to: 'noCard' },
      ],
    }),
    certificate: question({
      style: 'choice',
      text: 'mynaportal.q.certificate.text',
      hint: 'mynaportal.q.certificate.hint',
      answers: [
        { ...yes, to: 'pc' },
        { id: 'declined', label: 'mynaportal.q.certificate.declined', to: 'pc', steps: [step.addCertificate] },
        { ...notSure, to: 'pc', steps: [step.checkCertificate] },
      ],
    }),
    pc: question({
      style: 'yesno',
      text: 'mynaportal.q.pc.text',
      hint: 'mynaportal.q.pc.hint',
      answers: [
        { ...yes, because: 'mynaportal.because.pc.yes', to: 'reader' },
        { ...no, because: 'mynaportal.because.pc.no', to: 'phone' },
      ],
    }),
    reader: question({
      style: 'yesno',
      text: 'mynaportal.q.reader.text',
      hint: 'mynaportal.q.reader.hint',
      answers: [
        { ...yes, because: 'mynaportal.because.reader.yes', to: 'loginWithReader' },
        { ...no, because: 'mynaportal.because.reader.no', to: 'phonereader' },
      ],
    }),
    phonereader: question({
      style: 'choice',
      text: 'mynaportal.q.phonereader.text',
      hint: 'mynaportal.q.phonereader.hint',
      answers: [
        { ...yes, because: 'mynaportal.because.phonereader.yes', to: 'loginWithPhoneForPc' },
        { ...no, because: 'mynaportal.because.phonereader.no', to: 'buyReader' },
        { ...notSure, because: 'mynaportal.because.phonereader.unknown', to: 'checkListWithPc' },
      ],
    }),
    phone: question({
      style: 'choice',
      text: 'mynaportal.q.phone.text',
      hint: 'mynaportal.q.phone.hint',
      answers: [
        { ...yes, because: 'mynaportal.because.phone.yes', to: 'loginWithPhone' },
        { ...no, because: 'mynaportal.because.phone.no', to: 'supportWindow' },
        { ...notSure, because: 'mynaportal.because.phone.unknown', to: 'checkListNoPc' },
      ],
    }),
    noCard: outcome({
      title: 'mynaportal.o.noCard',
      notes: [guide('noCardNote', ['F07'])],
      steps: [guide('writtenRequest', ['F07']), guide('askProcedureSection', ['F07'])],
    }),
    loginWithReader: outcome({
      title: 'mynaportal.o.loginWithReader',
      steps: [step.loginWithReader, step.accountHelp],
    }),
    loginWithPhoneForPc: outcome({
      title: 'mynaportal.o.loginWithPhoneForPc',
      steps: [step.loginWithPhoneForPc, step.accountHelp],
    }),
    buyReader: outcome({
      title: 'mynaportal.o.buyReader',
      steps: [step.buyReader, step.loginWithReader, step.accountHelp],
    }),
    checkListWithPc: outcome({
      title: 'mynaportal.o.checkList',
      steps: [step.checkPhoneList, step.ifListedUsePhone, step.ifNotListedBuyReader, step.accountHelp],
    }),
    loginWithPhone: outcome({
      title: 'mynaportal.o.loginWithPhone',
      steps: [step.loginWithPhone, step.phoneFallbackSupportWindow, step.accountHelp],
    }),
    supportWindow: outcome({
      title: 'mynaportal.o.supportWindow',
      steps: [step.supportWindow],
    }),
    checkListNoPc: outcome({
      title: 'mynaportal.o.checkList',
      steps: [step.checkPhoneList, step.ifListedUsePhone, step.ifNotListedSupportWindow, step.accountHelp],
    }),

    // "Your information" (あなたの情報)
    problem: question({
      style: 'choice',
      text: 'mynaportal.q.problem.text',
      answers: [
        { id: 'outdated', label: 'mynaportal.q.problem.outdated', to: 'infoOutdated' },
        { id: 'wrong', label: 'mynaportal.q.problem.wrong', to: 'infoWrong' },
        { id: 'what', label: 'mynaportal.q.problem.what', to: 'infoWhat' },
      ],
    }),
    infoOutdated: outcome({
      title: 'mynaportal.o.infoOutdated',
      notes: [step.infoDelay],
      steps: [step.askSection],
    }),
    infoWrong: outcome({
      title: 'mynaportal.o.infoWrong',
      notes: [step.infoDelay],
      steps: [step.askSection],
    }),
    infoWhat: outcome({
      title: 'mynaportal.o.infoWhat',
      notes: [guide('infoWhat', ['F09'])],
      steps: [step.askSection],
    }),

    // Exchange history (やりとり履歴)
    history: question({
      style: 'choice',
      text: 'mynaportal.q.history.text',
      answers: [
        { id: 'why', label: 'mynaportal.q.history.why', to: 'historyWhy' },
        { id: 'gone', label: 'mynaportal.q.history.gone', to: 'viewed' },
        { id: 'what', label: 'mynaportal.q.history.what', to: 'historyWhat' },
      ],
    }),
    viewed: question({
      style: 'choice',
      text: 'mynaportal.q.viewed.text',
      hint: 'mynaportal.q.viewed.hint',
      answers: [
        { ...yes, because: 'mynaportal.because.viewed.yes', to: 'historyViewed' },
        { ...no, because: 'mynaportal.because.viewed.no', to: 'historyNotViewed' },
        { ...notSure, because: 'mynaportal.because.viewed.unknown', to: 'historyGone' },
      ],
    }),
    historyWhy: outcome({
      title: 'mynaportal.o.historyWhy',
      steps: [step.askInquirer],
    }),
    historyWhat: outcome({
      title: 'mynaportal.o.historyWhat',
      notes: [guide('historyWhat', ['F11'])],
      steps: [step.askInquirer],
    }),
    historyViewed: outcome({
      title: 'mynaportal.o.historyViewed',
      notes: [guide('deletedAtLogout', ['F15'])],
      steps: [step.fetchAgain],
    }),
    historyNotViewed: outcome({
      title: 'mynaportal.o.historyNotViewed',
      notes: [guide('deletedAfter13Months', ['F15'])],
      steps: [step.fetchAgain],
    }),
    historyGone: outcome({
      title: 'mynaportal.o.historyGone',
      notes: [guide('deletedAtLogout', ['F15']), guide('deletedAfter13Months', ['F15'])],
      steps: [step.fetchAgain],
    }),

    // Online applications (ぴったりサービス)
    procedure: question({
      style: 'choice',
      text: 'mynaportal.q.procedure.text',
      hint: 'mynaportal.q.procedure.hint',
      answers: [
        { id: 'child-allowance', label: 'mynaportal.q.procedure.childAllowance', to: 'applyChildAllowance' },
        { id: 'child-rearing', label: 'mynaportal.q.procedure.childRearing', to: 'applyChildRearing' },
        { id: 'nursery', label: 'mynaportal.q.procedure.nursery', to: 'applyNursery' },
        { id: 'other', label: 'mynaportal.q.procedure.other', to: 'applyOther' },
      ],
    }),
    applyChildAllowance: outcome({
      title: 'mynaportal.o.applyChildAllowance',
      notes: [guide('childAllowanceOnline', ['F13'])],
      steps: [guide('askChildSupportDivision', ['F13'], { contact: 'childSupportDivision' })],
    }),
    applyChildRearing: outcome({
      title: 'mynaportal.o.applyChildRearing',
      notes: [guide('childRearingOnline', ['F13'])],
      steps: [guide('askChildSupportDivision', ['F13'], { contact: 'childSupportDivision' })],
    }),
    applyNursery: outcome({
      title: 'mynaportal.o.applyNursery',
      notes: [guide('nurseryOnline', ['F13'])],
      steps: [guide('askNurseryDivision', ['F13'], { contact: 'nurseryDivision' })],
    }),
    applyOther: outcome({
      title: 'mynaportal.o.applyOther',
      notes: [guide('serviceSearchToday', ['F13']), guide('serviceSearchFuture', ['F13'])],
      steps: [guide('searchServices', ['F13'])],
    }),

    // A family member's information
    familyProxy: outcome({
      title: 'mynaportal.o.familyProxy',
      steps: [guide('registerProxy', ['F14']), guide('proxyManual', ['F14', 'F08'], { link: 'manual' })],
    }),

    // How do I use it, whom do I ask
    helpkind: question({
      style: 'choice',
      text: 'mynaportal.q.helpkind.text',
      answers: [
        { id: 'using', label: 'mynaportal.q.helpkind.using', to: 'manual' },
        { id: 'system', label: 'mynaportal.q.helpkind.system', to: 'freeDialSystem' },
      ],
    }),
    manual: question({
      style: 'yesno',
      text: 'mynaportal.q.manual.text',
      hint: 'mynaportal.q.manual.hint',
      answers: [
        { ...yes, to: 'account' },
        { ...no, to: 'account', steps: [step.readManualFirst] },
      ],
    }),
    account: question({
      style: 'yesno',
      text: 'mynaportal.q.account.text',
      hint: 'mynaportal.guide.formNeedsLogin',
      answers: [
        { ...yes, because: 'mynaportal.because.account.yes', to: 'inquiryForm' },
        { ...no, because: 'mynaportal.because.account.no', to: 'freeDialAccount' },
      ],
    }),
    inquiryForm: outcome({
      title: 'mynaportal.o.inquiryForm',
      steps: [guide('useInquiryForm', ['F16'], { contact: 'inquiryForm' })],
    }),
    freeDialAccount: outcome({
      title: 'mynaportal.o.freeDialAccount',
      notes: [guide('formNeedsLogin', ['F16'])],
      steps: [step.accountHelp],
    }),
    freeDialSystem: outcome({
      title: 'mynaportal.o.freeDialSystem',
      steps: [guide('callAboutSystem', ['F16', 'F17'], { contact: 'freeDial' })],
    }),

    // What is Mynaportal, and why was it built?
    about: question({
      style: 'choice',
      text: 'mynaportal.q.about.text',
      answers: [
        { id: 'what', label: 'mynaportal.q.about.what', to: 'aboutWhat' },
        { id: 'why', label: 'mynaportal.q.about.why', to: 'aboutWhy' },
        { id: 'security', label: 'mynaportal.q.about.security', to: 'aboutSecurity' },
      ],
    }),
    aboutWhat: outcome({
      title: 'mynaportal.o.aboutWhat',
      notes: [guide('whatExchanges', ['F01']), guide('whatInformation', ['F01'])],
    }),
    aboutWhy: outcome({
      title: 'mynaportal.o.aboutWhy',
      notes: [guide('whyCheck', ['F02']), guide('whySimpler', ['F02'])],
    }),
    aboutSecurity: outcome({
      title: 'mynaportal.o.aboutSecurity',
      notes: [guide('securityLogin', ['F01', 'F03']), guide('securityNotNumber', ['F01']), guide('securityNeeds', ['F04'])],
    }),
  },
})

export const mynaportalFlow: FlowDefinition = {
  ...mynaportalTexts,
  machine: mynaportalMachine,
  contacts,
  links,
  sections,
  checkedOn,
  timeZone,
  loadHolidays,
}
