/**
 * npm run flow:diagram draws a flow as a Mermaid flowchart: every state, and an arrow for
 * every answer, with the words of the source language. On the test-only library flow;
 * that the committed diagram of the Mynaportal flow is up to date: tests/content/.
 */
import { expect, test } from 'vitest'
import { libraryFlow as flow } from './fixtures/library'
import { diagramPage } from '../scripts/flow-diagram'
import { statesOf } from '../src/tooling/check'
import { metaOf } from '../src/engine/snapshot'
import { words } from './support/library'
import { snapshotIn } from './support/paths'

const drawn = diagramPage(flow, (key) => words('ja', key))

test('the diagram draws every state and every answer', () => {
  for (const state of statesOf(flow)) expect(drawn).toMatch(new RegExp(`^  ${state}(\\{\\{|\\(\\[)`, 'm'))
  const answers = statesOf(flow).flatMap((state) => {
    const meta = metaOf(flow, snapshotIn(flow, state))
    return meta.kind === 'question' ? meta.answers : []
  })
  expect(drawn.match(/-->\|/g)).toHaveLength(answers.length)
})

test('a question and an answer are drawn in the words of the source language', () => {
  expect(drawn).toContain(`member{{"${words('ja', 'library.q.member')}"}}`)
  expect(drawn).toContain(`member -->|"${words('ja', 'library.q.expired')}"| card`)
})
