/**
 * npm run flow:check, which the test command runs first: the shipped flow and locales pass,
 * and each kind of mistake an editor can make is caught, named by its place, with the fix.
 * The mistakes are made on a copy of the test-only library flow.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'
import { checkFacts, checkGraph, checkMessages, checkUnused, keysOfFlow, statesOf, type Problem } from '../src/tooling/check'
import { outcome, question } from '../src/engine/define'
import { languages } from '../locales/languages'
import { flattenMessages, flowsInRepository } from '../scripts/repository'
import { libraryFlow, libraryWith } from './fixtures/library'

const run = promisify(execFile)

// Read as text: imported, the messages would arrive compiled.
const english = {
  ...flattenMessages(JSON.parse(readFileSync('tests/fixtures/library.en.json', 'utf8'))),
  'common.yes': 'Yes',
  'common.no': 'No',
}

function said(problems: Problem[]) {
  return problems.map(({ where, what, fix }) => `${where}: ${what}. Fix: ${fix}`)
}

test('the shipped flows and locales pass, and the command says what it checked', async () => {
  const { stdout } = await run('node', ['scripts/run-ts.mjs', 'scripts/flow-check.ts'])
  const flows = await flowsInRepository()
  expect(stdout).toContain(
    `flow:check: no problems in ${flows.length} flow(s) (${flows.map((flow) => `${flow.id}: ${statesOf(flow).length} states`).join(', ')}), ${languages.length} locales, `,
  )
}, 30_000)

describe('each mistake is named, with its fix', () => {
  test('the library flow as written passes', () => {
    expect(checkGraph(libraryFlow)).toEqual([])
  })

  test('a state no answer leads to', () => {
    expect(
      said(
        checkGraph(libraryWith({ lost: outcome({ title: 'library.o.borrow', steps: [{ text: 'library.step.join', sources: ['L1'] }] }) })),
      ),
    ).toEqual([`library · state "lost": is unreachable: no answer leads here. Fix: point an answer's "to" at "lost", or delete the state`])
  })

  test('an answer with nowhere to go, and a question with no answers', () => {
    const problems = said(
      checkGraph(
        libraryWith({
          card: question({
            text: 'library.q.card',
            answers: [{ id: 'yes', label: 'common.yes', to: undefined as unknown as string }],
          }),
        }),
      ),
    )
    expect(problems).toContain(
      'library · state "card" · answer "yes": leads nowhere. Fix: give the answer a "to" naming the next question or outcome',
    )
    const silent = said(checkGraph(libraryWith({ card: question({ text: 'library.q.card', answers: [] }) })))
    expect(silent).toContain(
      'library · state "card": has no way out: a question with no answers. Fix: give it answers, each with "to" naming the next state',
    )
  })

  test('a state written without question() or outcome()', () => {
    expect(said(checkGraph(libraryWith({ card: {} })))).toEqual([
      'library · state "card": is neither a question nor an outcome. Fix: write it with question({...}) or outcome({...}) from src/engine/define.ts',
    ])
  })

  test('answers that go round in a circle', () => {
    const circle = libraryWith({
      card: question({
        text: 'library.q.card',
        answers: [
          { id: 'yes', label: 'common.yes', to: 'borrow' },
          { id: 'no', label: 'common.no', to: 'member' },
        ],
      }),
    })
    expect(said(checkGraph(circle))).toEqual(
      expect.arrayContaining([
        'library · state "member": is on a circle of answers that can come back to it. Fix: make every answer lead on towards an outcome',
      ]),
    )
  })

  test('an outcome with no FAQ section, and one naming a section that does not exist', () => {
    const problems = said(
      checkGraph(
        libraryWith({
          borrow: outcome({ title: 'library.o.borrow', steps: [{ text: 'library.step.catalogue', sources: [] }] }),
          join: outcome({ title: 'library.o.join', steps: [{ text: 'library.step.join', sources: ['L9'] }] }),
        }),
      ),
    )
    expect(problems.sort()).toEqual(
      [
        `library · state "join" (after member-no): names the section "L9", which the flow's sections do not define. Fix: use a section id from the facts, or add the section there`,
        `library · state "borrow" (after member-yes, card-yes): names no section of the FAQ. Fix: give its notes, steps or needs sources, e.g. sources: ['F05']`,
      ].sort(),
    )
  })

  test('a question naming a section that does not exist', () => {
    const problems = said(
      checkGraph(
        libraryWith({
          card: question({
            text: 'library.q.card',
            sources: ['L1', 'L7'],
            answers: [
              { id: 'yes', label: 'common.yes', to: 'borrow' },
              { id: 'no', label: 'common.no', to: 'replace' },
            ],
          }),
        }),
      ),
    )
    expect(problems).toEqual([
      `library · state "card": names the section "L7", which the flow's sections do not define. Fix: use a section id from the facts, or add the section there`,
    ])
  })

  test('a message missing or empty in one language, and one that nothing uses', () => {
    const used = keysOfFlow(libraryFlow, new Set(['library', 'common']))
    const korean = { ...english, 'library.o.join': ' ' } as Record<string, string>
    delete korean['library.q.card']
    expect(said(checkMessages(used, { en: english, ko: korean }, 'en'))).toEqual([
      'locales/ko.json · library.q.card: is missing (used by states.card.meta.text). Fix: add "library.q.card" to locales/ko.json, translating locales/en.json',
      'locales/ko.json · library.o.join: is empty. Fix: write the ko text of "library.o.join"',
    ])
    expect(said(checkUnused(new Set(used.keys()), { en: { ...english, 'library.old': 'Gone' } }))).toEqual([
      'locales/en.json · library.old: is used by no flow and no component. Fix: delete "library.old" from locales/en.json, or use it',
    ])
  })

  test('a phone number or address in a message that the facts do not define', () => {
    const messages = { en: { ...english, 'library.step.join': 'Call 000-9999-9999 or see https://library.example/join.' } }
    expect(said(checkFacts([libraryFlow], messages))).toEqual([
      'locales/en.json · library.step.join: states the phone number 000-9999-9999, which the facts do not define. Fix: correct the number, or (if the FAQ gives it) add it to a contact in the facts',
      'locales/en.json · library.step.join: states the address https://library.example/join., which the facts do not define. Fix: correct the address, or (if the FAQ gives it) add it to the links in the facts',
    ])
  })
})
