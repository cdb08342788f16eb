/**
 * The shape of a flow: what any decision tree must provide for the engine to run it.
 * Nothing here is specific to one subject; the content lives in `flows/`.
 */
import type { AnyActorRef, EventObject, NonReducibleUnknown, ParameterizedObject, ProvidedActor, SnapshotFrom, StateMachine } from 'xstate'

/** A key into the locale messages (`locales/*.json`). */
export type MessageKey = string

/** One piece of guidance, always traceable to the part of the source document it comes from. */
export interface Guidance {
  /** The sentence to show, as a message key. */
  text: MessageKey
  /** Sections of the source document this guidance rests on, e.g. `['F05']`. */
  sources: readonly string[]
  /** A link (id in `FlowDefinition.links`) the person needs for this step. */
  link?: string
  /** A contact (id in `FlowDefinition.contacts`) the person may need for this step. */
  contact?: string
  /** Ways of which the person picks one, each a message key: shown as a list under the text. */
  options?: readonly MessageKey[]
  /** The plan's headline when this step comes first in it: the first thing to do. */
  headline?: MessageKey
}

/** An item of the checklist: something the plan needs, with the sections that say so. */
export type Need = Pick<Guidance, 'text' | 'sources'>

/** What a plan gathers: facts to know, steps to take, and what the person will need. */
export interface Plan {
  notes: readonly Guidance[]
  steps: readonly Guidance[]
  /** The checklist; the flow's `checklist` says what it is. */
  needs: readonly Need[]
}

export interface AnswerOption {
  /** Stable id, used in the URL and as the type of the event the answer sends to the machine. */
  id: string
  label: MessageKey
  /** Why this answer matters, said to the person ("you have no PC at home"), shown with the outcome it decided. */
  because?: MessageKey
}

export interface QuestionMeta {
  kind: 'question'
  text: MessageKey
  /** A short "why we ask" note. */
  hint?: MessageKey
  /** Sections of the source document the question and its hint rest on. */
  sources?: readonly string[]
  answers: readonly AnswerOption[]
}

/** An outcome's own plan; what earlier answers gathered comes first in each part. */
export interface OutcomeMeta extends Plan {
  kind: 'outcome'
  /** The one line that says the result, unless the plan's first step has a headline. */
  title: MessageKey
  /** Whom to call or where to go, beyond the contacts the steps name. */
  contacts?: readonly string[]
}

/** The meta of a flow's state nodes: every state is a question or an outcome. */
export type NodeMeta = QuestionMeta | OutcomeMeta

/** The machine's context: the plan gathered from the answers on the way to an outcome. */
export type PlanContext = Plan

/** The event an answer sends: its type is the answer's id, so each answer is an edge of its own. */
export interface AnswerEvent {
  type: AnswerOption['id']
}

/**
 * The machine of any flow, typed as `flowSetup` (define.ts) types it: the plan as context,
 * answers as events, questions and outcomes as state meta. A flow's state values and state
 * schema are its own, so they stay open here, as in XState's `AnyStateMachine`.
 */
export type FlowMachine = StateMachine<
  PlanContext,
  AnswerEvent,
  Record<string, AnyActorRef | undefined>,
  ProvidedActor,
  ParameterizedObject,
  ParameterizedObject,
  string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each flow's own state values
  any,
  string,
  NonReducibleUnknown,
  unknown,
  EventObject,
  NodeMeta,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each flow's own state schema
  any
>

/** A snapshot of a flow's machine: where the answers so far have led, and the plan gathered. */
export type FlowSnapshot = SnapshotFrom<FlowMachine>

export interface MonthDay {
  month: number
  day: number
}

/** A day of the week, or a public holiday (whatever weekday it falls on). */
export type DayKind = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun' | 'holiday'

export interface OpeningHours {
  /** Which days, as a message key ("Weekdays"). */
  days: MessageKey
  /** The same days for the clock: a public holiday follows the row that names `holiday`. */
  on: readonly DayKind[]
  /** Local time in the flow's time zone, `H:MM`. */
  opens: string
  closes: string
}

export interface PhoneNumber {
  /** As written in the source, e.g. `0120-95-0178`. */
  number: string
  /** A note such as "free of charge" or "when the number above cannot be reached". */
  note?: MessageKey
}

export interface Contact {
  name: MessageKey
  /** Where it is or how to reach it, as a message key. */
  description?: MessageKey
  phones?: readonly PhoneNumber[]
  hours?: readonly OpeningHours[]
  /** A yearly closure, inclusive of both days (e.g. 29 December to 3 January). */
  closed?: { from: MonthDay; to: MonthDay }
  /** A link id in `FlowDefinition.links`. */
  link?: string
}

export interface Link {
  url: string
  label: MessageKey
}

/** What every page shows of a flow, whatever the step. */
export interface FlowTexts {
  /** Used for storage keys; not shown. */
  id: string
  /** Message keys for the product name and the one-sentence introduction on the start screen. */
  title: MessageKey
  intro: MessageKey
  /** Message key for "Based on …": the name of the source document. */
  sourceDocument: MessageKey
}

/**
 * What the first screen needs of a flow: its texts and its first question, without the
 * machine. A flow module imported with `?first-screen` gives it, computed from the machine at
 * build time (scripts/first-screen.ts).
 */
export interface FirstScreen extends FlowTexts {
  start: { id: string; meta: QuestionMeta }
  /** Whom to call when the page itself fails: shipped with the first screen, so it never needs a download. */
  helpline: Contact
}

/**
 * The flow as the app holds it: the first screen at once; the whole flow is a chunk of its
 * own, loaded once a person answers.
 */
export interface FlowEntry extends FirstScreen {
  /** Loads the whole flow and the engine that replays answers through it (the store keeps what it loaded). */
  load: () => Promise<LoadedFlow>
}

/** A flow with the engine that replays answers through it (XState travels with them). */
export interface LoadedFlow {
  flow: FlowDefinition
  engine: typeof import('./replay')
}

export interface FlowDefinition extends FlowTexts {
  machine: FlowMachine
  contacts: Readonly<Record<string, Contact>>
  /** The contact (an id in `contacts`) that the page names if it fails: the one number that helps with anything. */
  helpline: string
  links: Readonly<Record<string, Link>>
  /** Every section of the source document, id → message key of its heading. */
  sections: Readonly<Record<string, MessageKey>>
  /** The date (`YYYY-MM-DD`) the flow was last compared with the source document. */
  checkedOn: string
  /** What the outcome's checklist is, in the flow's words: its heading and a line under it. */
  checklist: { title: MessageKey; hint: MessageKey }
  /** The IANA time zone that the opening hours and printed times are in. */
  timeZone: string
  /** Loads the public holidays of some years, which opening hours follow (a date is `YYYY-MM-DD`). */
  loadHolidays?: (years: readonly number[]) => Promise<(date: string) => boolean>
}

/** One answer given: which question, which option. */
export interface Answer {
  question: string
  answer: string
}
