/**
 * A flow as a Mermaid flowchart, drawn from its machine: questions as hexagons, outcomes as
 * rounded boxes with their FAQ sections, each answer an edge. GitHub renders it, so
 * editors can see the whole decision tree in docs/flows/ (npm run flow:diagram).
 */
import { nextStates } from './graph'
import { everyJourney } from './replay'
import type { FlowDefinition, MessageKey, NodeMeta } from './types'

/** Mermaid takes any text between double quotes, once its own quote is escaped. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`
}

export function mermaidFlowchart(flow: FlowDefinition, say: (key: MessageKey) => string): string {
  const states = flow.machine.root.states
  // The sections an outcome cites can come from answers on the way: gather them from every way there.
  const sources = new Map<string, Set<string>>()
  for (const { screen } of everyJourney(flow)) {
    if (screen.kind === 'outcome')
      screen.sources.forEach((source) => (sources.get(screen.id) ?? sources.set(screen.id, new Set()).get(screen.id)!).add(source))
  }
  const lines = ['flowchart TD']
  for (const [key, node] of Object.entries(states)) {
    const meta = node.meta as NodeMeta
    if (meta.kind === 'question') {
      lines.push(`  ${key}{{${quoted(say(meta.text))}}}`)
      for (const answer of meta.answers) {
        for (const next of nextStates(node, answer.id)) lines.push(`  ${key} -->|${quoted(say(answer.label))}| ${next}`)
      }
    } else {
      const cited = [...(sources.get(key) ?? [])].join(', ')
      lines.push(`  ${key}([${quoted(`${say(meta.title)}<br/>${cited}`)}])`)
    }
  }
  const outcomes = Object.keys(states).filter((key) => (states[key]!.meta as NodeMeta).kind === 'outcome')
  lines.push('  classDef outcome fill:#e8f3ec,stroke:#1d6b3a')
  lines.push(`  class ${outcomes.join(',')} outcome`)
  return lines.join('\n')
}
