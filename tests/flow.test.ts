/**
 * The shape of every flow in flows/, beyond what `npm run flow:check` checks (states
 * reached, answers leading on, no circles, sections, contacts and links named by the
 * guidance: tests/flowCheck.test.ts): each question offers a choice, each answer can be
 * read back from the address it makes, and a contact's own link is one the facts define.
 */
import { describe, expect, test } from 'vitest'
import { flowsInRepository } from '../scripts/repository'
import { everyJourney } from '../src/engine/replay'
import { formatAddress, parseAddress } from '../src/lib/address'
import { answersOf } from './support/paths'

const flows = await flowsInRepository()

describe.each(flows.map((flow) => [flow.id, flow] as const))('%s', (_id, flow) => {
  const journeys = everyJourney(flow)

  test('every question offers at least two answers', () => {
    const questions = journeys.flatMap(({ screen }) => (screen.kind === 'question' ? [screen] : []))
    expect(questions.filter((screen) => screen.meta.answers.length < 2).map((screen) => screen.id)).toEqual([])
  })

  test('the address of every step reads back as its answers', () => {
    for (const journey of journeys) {
      const answers = answersOf(journey)
      const [path = '', query = ''] = formatAddress('/', 'ja', answers).split('?')
      expect(parseAddress(path, query), path).toMatchObject({ answers, malformed: false })
    }
  })

  test('a contact that names a link names one of the flow’s links', () => {
    for (const [id, contact] of Object.entries(flow.contacts)) if (contact.link) expect(flow.links, id).toHaveProperty(contact.link)
  })
})
