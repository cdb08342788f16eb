/**
 * npm run flow:check: every flow in flows/ and every locale in locales/, checked for what an
 * edit can break. Each problem is named by its place, with the fix; the exit code is 1 if
 * there is any. See docs/EDITING.md.
 */
import { checkFacts, checkGraph, checkMessages, checkUnused, keysOfFlow, statesOf, type Problem } from '../src/tooling/check'
import type { FlowDefinition } from '../src/engine/types'
import { flowsInRepository, keysNamedInSource, readLocales, sourceLocale } from './repository'

function report(problems: readonly Problem[]): string {
  return problems.map(({ where, what, fix }) => `✗ ${where}: ${what}.\n    Fix: ${fix}.`).join('\n')
}

export async function main() {
  const started = performance.now()
  let flows: FlowDefinition[]
  try {
    flows = await flowsInRepository()
  } catch (error) {
    // XState refuses a machine whose answer leads to a state that does not exist.
    console.error(
      `✗ flows/: a flow cannot be built. ${(error as Error).message.replace(/\n/g, ' ')}.\n    Fix: make every answer's "to" the name of a state of that flow (names are case-sensitive).`,
    )
    process.exitCode = 1
    return
  }
  const locales = readLocales()
  const namespaces = new Set(Object.keys(locales[sourceLocale]!).map((key) => key.split('.')[0]!))
  const used = keysNamedInSource(namespaces)
  for (const flow of flows)
    for (const [key, where] of keysOfFlow(flow, namespaces)) if (!used.has(key)) used.set(key, `${flow.id} · ${where}`)

  const problems = [
    ...flows.flatMap(checkGraph),
    ...checkMessages(used, locales, sourceLocale),
    ...checkUnused(new Set(used.keys()), locales),
    ...checkFacts(flows, locales),
  ]
  const took = `${(performance.now() - started).toFixed(0)} ms`
  const scope = `${flows.length} flow(s) (${flows.map((flow) => `${flow.id}: ${statesOf(flow).length} states`).join(', ')}), ${Object.keys(locales).length} locales, ${used.size} message keys`
  if (problems.length === 0) {
    console.log(`flow:check: no problems in ${scope} (${took})`)
    return
  }
  console.error(`${report(problems)}\n\nflow:check: ${problems.length} problem(s) in ${scope} (${took})`)
  process.exitCode = 1
}
