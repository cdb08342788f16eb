// @vitest-environment happy-dom
/**
 * A second flow (tests/fixtures/library.ts), nothing like Mynaportal, through the same
 * engine and the same screens, with no change to src/: the app is a generic wizard.
 */
import { afterEach, describe, expect, test } from 'vitest'
import en from './fixtures/library.en.json'
import ja from './fixtures/library.ja.json'
import { libraryFlow, libraryWith } from './fixtures/library'
import { question } from '../src/engine/define'
import { replay } from '../src/engine/replay'
import { currentAddress, heading, mountApp, press } from './support/mountApp'

afterEach(() => {
  document.body.innerHTML = ''
  sessionStorage.clear()
})

const inEnglish = { messages: en }

describe('a library flow in the same app', () => {
  test('asks its own questions, and its address carries its own answers', async () => {
    const wrapper = await mountApp('/en/', libraryFlow, inEnglish)
    expect(heading(wrapper)).toBe('Are you a member of the library?')
    await press(wrapper, 'Yes')
    expect(heading(wrapper)).toBe('Do you have your library card with you?')
    expect(currentAddress()).toBe('/en/member-yes/')
    await press(wrapper, 'No')
    expect(heading(wrapper)).toBe('Ask the desk for a new card')
    expect(currentAddress()).toBe('/en/member-yes/card-no/')
  })

  test('its outcome shows its steps, checklist, contact, reasons and sources', async () => {
    const wrapper = await mountApp('/en/member-yes/card-no/', libraryFlow, inEnglish)
    const shown = wrapper.text()
    expect(shown).toContain('Ask the desk for a replacement card.')
    expect(wrapper.get('.needs-list').text()).toContain('Proof of your address')
    expect(shown).toContain('The lending desk')
    expect(wrapper.find('a[href="tel:00011112222"]').exists()).toBe(true)
    const reasons = wrapper.findAll('.deciding-answers li > span').map((item) => item.text())
    expect(reasons).toEqual(['You are a member', 'You do not have your card with you'])
    expect(shown).toContain('L1 Membership')
    expect(shown).not.toContain('L2 Borrowing')
    expect(shown).toContain("the Library's rules")
    expect(shown).not.toMatch(/マイナ|Mynaportal|My Number/)
  })

  test('its links and Back work as on any flow', async () => {
    const wrapper = await mountApp('/en/member-yes/card-yes/', libraryFlow, inEnglish)
    expect(heading(wrapper)).toBe('You can borrow today')
    expect(wrapper.find('a[href="https://library.example/catalogue"]').exists()).toBe(true)
    await press(wrapper, 'Back')
    expect(heading(wrapper)).toBe('Do you have your library card with you?')
  })

  test('runs in Japanese from its own messages', async () => {
    const wrapper = await mountApp('/ja/member-no/', libraryFlow, { messages: ja })
    expect(heading(wrapper)).toBe('カウンターで会員登録をしましょう')
    expect(wrapper.text()).toContain('カウンターで会員登録を申し込みます。')
  })

  test('an answer it does not know is dropped with a notice, as on the shipped flow', async () => {
    const wrapper = await mountApp('/en/member-maybe/', libraryFlow, inEnglish)
    expect(heading(wrapper)).toBe('Are you a member of the library?')
    expect(wrapper.find('.notice').exists()).toBe(true)
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
