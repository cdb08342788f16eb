/**
 * npm run flow:diagram: writes docs/flows/<flow>.md, each flow of flows/ as a Mermaid
 * flowchart in the source language. Run it after editing a flow; a test fails while the
 * committed diagram is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { mermaidFlowchart } from '../src/tooling/diagram'
import type { FlowDefinition } from '../src/engine/types'
import { flowsInRepository, sourceWords } from './repository'

export function diagramPage(flow: FlowDefinition, say: (key: string) => string): string {
  return [
    `# ${say(flow.title)} (${flow.id})`,
    '',
    `Generated from \`flows/\` by \`npm run flow:diagram\`: do not edit by hand. Questions are hexagons,`,
    'outcomes rounded boxes with the FAQ sections they cite; each arrow is an answer.',
    '',
    '```mermaid',
    mermaidFlowchart(flow, say),
    '```',
    '',
  ].join('\n')
}

export async function main() {
  const say = sourceWords()
  mkdirSync('docs/flows', { recursive: true })
  for (const flow of await flowsInRepository()) {
    const file = `docs/flows/${flow.id}.md`
    writeFileSync(file, diagramPage(flow, say))
    console.log(`flow:diagram: wrote ${file}`)
  }
}
