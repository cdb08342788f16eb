/**
 * The Mynaportal FAQ of Sapporo as a decision tree. Each question is a state whose
 * answers are its events; each outcome is a final state. Guidance that depends on an
 * earlier answer (the certificate, the manual) is gathered on the way and comes first
 * in the plan, so the outcome is the person's whole plan, not only the last problem.
 *
 * Message keys live in locales/*.json under `mynaportal.*`; facts in mynaportal-facts.ts.
 */
import { emptyPlan, flowSetup, outcome, question } from '../src/engine/define'
import type { FlowDefinition, Guidance } from '../src/engine/types'
import { checkedOn, contacts, links, loadHolidays, sections, timeZone } from './mynaportal-facts'

const yes = { id: 'yes', label: 'common.yes' }
const no = { id: 'no', label: 'common.no' }
const notSure = { id: 'unknown', label: 'common.notSure' }

/** Guidance, keyed by its message key under `mynaportal.guide.`. */
function guide(key: string, sources: string[], extra: Omit<Guidance, 'text' | 'sources'> = {}): Guidance {
  return { text: `mynaportal.guide.${key}`, sources, ...extra }
}

/** What logging in needs (F04, F05): the checklist of a login plan, and nothing the FAQ does not name. */
const needs = {
  card: { text: 'mynaportal.needs.card', sources: ['F04'] },
  pin: { text: 'mynaportal.needs.pin', sources: ['F04'] },
  reader: { text: 'mynaportal.needs.reader', sources: ['F05'] },
} satisfies Record<string, Guidance>

/** Guidance used by more than one answer or outcome, written once. */
const step = {
  addCertificate: guide('addCertificate', ['F04'], { contact: 'wardOffice', headline: 'mynaportal.o.addCertificateFirst' }),
  certificateOptional: guide('certificateOptional', ['F04'], { contact: 'wardOffice' }),
  readManualFirst: guide('readManualFirst', ['F08', 'F16'], { link: 'manual', headline: 'mynaportal.o.readManualFirst' }),
  operationManual: guide('operationManual', ['F08'], { link: 'manual' }),
  loginWithReader: guide('loginWithReader', ['F01', 'F04', 'F05']),
  loginWithPhoneForPc: guide('loginWithPhoneForPc', ['F04', 'F05'], { link: 'smartphoneList' }),
  buyReader: guide('buyReader', ['F05']),
  checkPhoneList: guide('checkPhoneList', ['F05'], { link: 'smartphoneList' }),
  ifListedUsePhone: guide('ifListedUsePhone', ['F05']),
  ifNotListedBuyReader: guide('ifNotListedBuyReader', ['F05']),
  supportWindow: guide('supportWindow', ['F06'], { contact: 'supportWindow', link: 'supportWindow' }),
  accountHelp: guide('accountHelp', ['F16', 'F17'], { contact: 'freeDial' }),
  infoDelay: guide('infoDelay', ['F10']),
  askSection: guide('askSection', ['F10']),
  askInquirer: guide('askInquirer', ['F12']),
  fetchAgain: guide('fetchAgain', ['F15']),
} as const

/** After logging in from a PC: how to use it (F08), and whom to ask about registering (F16). */
const afterLogin = [step.operationManual, step.accountHelp]

export const mynaportalMachine = flowSetup.createMachine({
  id: 'mynaportal',
  initial: 'topic',
  context: emptyPlan,
  states: {
    // The first question: what do you need help with? Each topic leads to its own branch.
    // The start screen shows it before this file loads (flows/index.ts, `?first-screen`).
    topic: question({
      text: 'mynaportal.q.topic.text',
      answers: [
        { id: 'login', label: 'mynaportal.q.topic.login', to: 'card' },
        { id: 'info', label: 'mynaportal.q.topic.info', to: 'problem' },
        { id: 'history', label: 'mynaportal.q.topic.history', to: 'history' },
        { id: 'apply', label: 'mynaportal.q.topic.apply', to: 'procedure' },
        { id: 'family', label: 'mynaportal.q.topic.family', to: 'familyProxy' },
        { id: 'help', label: 'mynaportal.q.topic.help', to: 'helpkind' },
        { id: 'about', label: 'mynaportal.q.topic.about', to: 'about' },
      ],
    }),

    // Logging in: what do I need?
    card: question({
      text: 'mynaportal.q.card.text',
      hint: 'mynaportal.q.card.hint',
      sources: ['F04', 'F07'],
      answers: [
        { ...yes, because: 'mynaportal.because.card.yes', to: 'certificate' },
        { ...no, because: 'mynaportal.because.card.no', to: 'noCard' },
      ],
    }),
    // Declined: the certificate, and so its PIN, is not on the card yet; putting it on comes first.
    certificate: question({
      text: 'mynaportal.q.certificate.text',
      hint: 'mynaportal.q.certificate.hint',
      sources: ['F04'],
      answers: [
        { ...yes, because: 'mynaportal.because.certificate.yes', to: 'pc', needs: [needs.card, needs.pin] },
        {
          id: 'declined',
          label: 'mynaportal.q.certificate.declined',
          because: 'mynaportal.because.certificate.declined',
          to: 'pc',
          steps: [step.addCertificate],
          needs: [needs.card],
        },
        {
          ...notSure,
          because: 'mynaportal.because.certificate.unknown',
          to: 'pc',
          notes: [step.certificateOptional],
          needs: [needs.card, needs.pin],
        },
      ],
    }),
    // Without a PC at home the FAQ's answer is the support window (F06); its smartphones stand in for a PC's card reader (F05).
    pc: question({
      text: 'mynaportal.q.pc.text',
      hint: 'mynaportal.q.pc.hint',
      sources: ['F05', 'F06'],
      answers: [
        { ...yes, because: 'mynaportal.because.pc.yes', to: 'reader' },
        { ...no, because: 'mynaportal.because.pc.no', to: 'supportWindow' },
      ],
    }),
    reader: question({
      text: 'mynaportal.q.reader.text',
      hint: 'mynaportal.q.reader.hint',
      sources: ['F05'],
      answers: [
        { ...yes, because: 'mynaportal.because.reader.yes', to: 'loginWithReader' },
        { ...no, because: 'mynaportal.because.reader.no', to: 'phonereader' },
      ],
    }),
    phonereader: question({
      text: 'mynaportal.q.phonereader.text',
      hint: 'mynaportal.q.phonereader.hint',
      sources: ['F05'],
      answers: [
        { ...yes, because: 'mynaportal.because.phonereader.yes', to: 'loginWithPhoneForPc' },
        { ...no, because: 'mynaportal.because.phonereader.no', to: 'buyReader' },
        { ...notSure, because: 'mynaportal.because.phonereader.unknown', to: 'checkList' },
      ],
    }),
    noCard: outcome({
      title: 'mynaportal.o.noCard',
      // The FAQ offers these as possible ways, of which a person picks one: not steps in order.
      notes: [guide('otherWays', ['F07'], { options: ['mynaportal.guide.writtenRequest', 'mynaportal.guide.askProcedureSection'] })],
    }),
    loginWithReader: outcome({
      title: 'mynaportal.o.loginWithReader',
      steps: [step.loginWithReader, ...afterLogin],
      needs: [needs.reader],
    }),
    loginWithPhoneForPc: outcome({
      title: 'mynaportal.o.loginWithPhoneForPc',
      steps: [step.loginWithPhoneForPc, ...afterLogin],
      needs: [needs.reader],
    }),
    buyReader: outcome({
      title: 'mynaportal.o.buyReader',
      steps: [step.buyReader, step.loginWithReader, ...afterLogin],
      needs: [needs.reader],
    }),
    checkList: outcome({
      title: 'mynaportal.o.checkList',
      steps: [step.checkPhoneList, step.ifListedUsePhone, step.ifNotListedBuyReader, ...afterLogin],
      needs: [needs.reader],
    }),
    supportWindow: outcome({
      title: 'mynaportal.o.supportWindow',
      steps: [step.supportWindow],
    }),

    // "Your information" (あなたの情報)
    problem: question({
      text: 'mynaportal.q.problem.text',
      sources: ['F09', 'F10'],
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
      text: 'mynaportal.q.history.text',
      sources: ['F11', 'F12', 'F15'],
      answers: [
        { id: 'why', label: 'mynaportal.q.history.why', to: 'historyWhy' },
        { id: 'gone', label: 'mynaportal.q.history.gone', to: 'historyGone' },
        { id: 'what', label: 'mynaportal.q.history.what', to: 'historyWhat' },
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
    historyGone: outcome({
      title: 'mynaportal.o.historyGone',
      notes: [guide('deletedAtLogout', ['F15']), guide('deletedAfter13Months', ['F15'])],
      steps: [step.fetchAgain],
    }),

    // Online applications (ぴったりサービス)
    procedure: question({
      text: 'mynaportal.q.procedure.text',
      hint: 'mynaportal.q.procedure.hint',
      sources: ['F13'],
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
      steps: [guide('proxyManual', ['F14', 'F08'], { link: 'manual' }), guide('registerProxy', ['F14'])],
    }),

    // How do I use it, whom do I ask
    helpkind: question({
      text: 'mynaportal.q.helpkind.text',
      sources: ['F16'],
      answers: [
        { id: 'using', label: 'mynaportal.q.helpkind.using', to: 'manual' },
        { id: 'system', label: 'mynaportal.q.helpkind.system', to: 'freeDialSystem' },
      ],
    }),
    manual: question({
      text: 'mynaportal.q.manual.text',
      hint: 'mynaportal.q.manual.hint',
      sources: ['F08', 'F16'],
      answers: [
        { ...yes, because: 'mynaportal.because.manual.yes', to: 'account' },
        { ...no, because: 'mynaportal.because.manual.no', to: 'account', steps: [step.readManualFirst] },
      ],
    }),
    account: question({
      text: 'mynaportal.q.account.text',
      hint: 'mynaportal.guide.formNeedsLogin',
      sources: ['F16'],
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
      text: 'mynaportal.q.about.text',
      sources: ['F01', 'F02', 'F03'],
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
  // The storage key; the guide's name, its introduction and the name of the FAQ it rests on.
  id: 'mynaportal',
  title: 'mynaportal.title',
  intro: 'mynaportal.intro',
  sourceDocument: 'mynaportal.sourceDocument',
  machine: mynaportalMachine,
  contacts,
  // If the page itself fails, the free dial (F16, F17) is the one number that helps.
  helpline: 'freeDial',
  links,
  sections,
  checkedOn,
  checklist: { title: 'mynaportal.checklist.title', hint: 'mynaportal.checklist.hint' },
  timeZone,
  loadHolidays,
}
