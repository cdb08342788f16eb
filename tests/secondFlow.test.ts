// @vitest-environment happy-dom
/**
 * A second flow (tests/fixtures/library.ts), nothing like Mynaportal, through the same
 * engine and the same screens, with no change to src/: the app is a generic wizard.
 */
import { describe, expect, test } from 'vitest'
import { libraryDesk, libraryFlow, libraryWith } from './fixtures/library'
import { question } from '../src/engine/define'
import { replay } from '../src/engine/replay'
import { telHref } from '../src/lib/format'
import { mountLibrary, words } from './support/library'
import { heading } from './support/mountApp'

describe('a library flow in the same app', () => {
  test('its outcome shows its steps, checklist, contact, reasons and sources, and nothing of Mynaportal', async () => {
    const wrapper = await mountLibrary('/en/member-yes/card-no/')
    const shown = wrapper.text()
    expect(shown).toContain(words('en', 'library.step.replace'))
    expect(wrapper.get('.needs-list').text()).toContain(words('en', 'library.bring.proof'))
    expect(shown).toContain(words('en', 'library.contact.desk'))
    expect(wrapper.find(`a[href="${telHref(libraryDesk.phones![0]!.number)}"]`).exists()).toBe(true)
    const reasons = wrapper.findAll('.deciding-answers li > span').map((item) => item.text())
    expect(reasons).toEqual([words('en', 'library.because.member'), words('en', 'library.because.noCard')])
    expect(shown).toContain(`L1 ${words('en', 'library.section.L1')}`)
    expect(shown).not.toContain(words('en', 'library.section.L2'))
    expect(shown).toContain(words('en', 'library.source'))
    expect(shown).not.toMatch(/マイナ|Mynaportal|My Number/)
  })

  test('its links lead where its facts say', async () => {
    const wrapper = await mountLibrary('/en/member-yes/card-yes/')
    expect(heading(wrapper)).toBe(words('en', 'library.o.borrow'))
    expect(wrapper.find(`a[href="${libraryFlow.links.catalogue!.url}"]`).exists()).toBe(true)
  })
})

describe('why this result', () => {
  const rule = { text: 'library.step.catalogue', sources: ['L2'] }
  // "member" asks, but either answer leads on the same way; "card" leads to the same outcome
  // either way, but "no" adds a step to the plan.
  const flow = libraryWith({
    member: question({
      text: 'library.q.member',
      answers: [
        { id: 'yes', label: 'common.yes', to: 'card' },
        { id: 'no', label: 'common.no', to: 'card' },
      ],
    }),
    card: question({
      text: 'library.q.card',
      answers: [
        { id: 'yes', label: 'common.yes', to: 'borrow' },
        { id: 'no', label: 'common.no', to: 'borrow', steps: [rule] },
      ],
    }),
  })
  const decidedBy = (member: string, card: string) => {
    const { screen } = replay(flow, [
      { question: 'member', answer: member },
      { question: 'card', answer: card },
    ])
    return screen.kind === 'outcome' ? screen.decidedBy.map((given) => given.question) : []
  }

  test('names an answer that only added a step, and the other answer to its question, which left it out', () => {
    expect(decidedBy('yes', 'no')).toEqual(['card'])
    expect(decidedBy('no', 'yes')).toEqual(['card'])
  })

  test('leaves out an answer that changed nothing: every other answer leads the same way with the same plan', () => {
    expect(decidedBy('yes', 'yes')).not.toContain('member')
  })
})
