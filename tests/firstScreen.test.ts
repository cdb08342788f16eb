/**
 * The `?first-screen` modules (scripts/first-screen.ts): what a flow's first screen needs,
 * generated from its machine. Here in Vitest, and in a `vite` dev server; the builds
 * are checked by the browser suite (tests/browser/bundle.test.ts and the prerendered start
 * page in static.test.ts).
 */
import { fileURLToPath } from 'node:url'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import libraryFirstScreen from './fixtures/library?first-screen'
import { libraryDesk } from './fixtures/library'
import { mynaportalFlow } from '../flows/mynaportal'
import { firstQuestion } from '../src/engine/firstScreen'

test('a flow module imported with ?first-screen gives its texts, its first question and its helpline, as data', () => {
  expect(libraryFirstScreen).toEqual({
    id: 'library',
    title: 'library.title',
    intro: 'library.intro',
    sourceDocument: 'library.source',
    start: {
      id: 'member',
      meta: {
        kind: 'question',
        text: 'library.q.member',
        sources: ['L1'],
        // Where each answer leads and what it adds to the plan stay in the machine.
        answers: [
          { id: 'yes', label: 'common.yes', because: 'library.because.member' },
          { id: 'no', label: 'common.no', because: 'library.because.notMember' },
          { id: 'expired', label: 'library.q.expired', because: 'library.because.expired' },
        ],
      },
    },
    helpline: libraryDesk,
  })
})

describe('in the dev server', () => {
  let server: ViteDevServer
  const root = fileURLToPath(new URL('..', import.meta.url))

  beforeAll(async () => {
    server = await createServer({ root, logLevel: 'silent', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom' })
  })
  afterAll(() => server.close())

  test('the module is the data alone, and an edit of the flow reloads it', async () => {
    const { client } = server.environments
    // As the app's page asks for it: through the module that imports it.
    const importer = await client.transformRequest('/flows/index.ts')
    const url = '/flows/mynaportal.ts?first-screen'
    expect(importer?.code).toContain(`"${url}"`)
    const result = await client.transformRequest(url)
    expect(result?.code).toContain(`"${firstQuestion(mynaportalFlow).meta.text}"`)
    expect(result?.code).not.toMatch(/\bimport\b/)
    const module = await client.moduleGraph.getModuleByUrl(url)
    const watched = [...(module?.importedModules ?? [])].map((imported) => imported.file)
    expect(watched).toContain(`${root}flows/mynaportal.ts`)
    expect(watched).toContain(`${root}src/engine/define.ts`)
  })

  test('a module that exports no flow is refused, by name', async () => {
    await expect(server.environments.client.transformRequest('/flows/mynaportal-facts.ts?first-screen')).rejects.toThrow(
      /mynaportal-facts\.ts\?first-screen: the module must export one flow/,
    )
  })
})
