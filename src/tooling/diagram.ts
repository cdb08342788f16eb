/**
 * A flow as a Mermaid flowchart, drawn from its journeys: questions as hexagons, outcomes as
 * rounded boxes with their FAQ sections, each answer an edge. GitHub renders it, so
 * editors can see the whole decision tree in docs/flows/ (npm run flow:diagram).
 */
import { everyJourney } from '../engine/replay'
import type { FlowDefinition, MessageKey } from '../engine/types'

/** Mermaid takes any text between double quotes, once its own quote is escaped. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`
}

/** Every state a person can reach, in the order they meet it (depth first, answers in order). */
export function mermaidFlowchart(flow: FlowDefinition, say: (key: MessageKey) => string): string {
  const journeys = everyJourney(flow)
  // Where each answer leads, and the sections an outcome cites on every way there (answers on the way add some).
  const targets = new Map<string, string>()
  const sources = new Map<string, Set<string>>()
  for (const { answered, screen } of journeys) {
    const last = answered.at(-1)
    if (last) targets.set(`${last.question}-${last.answer}`, screen.id)
    if (screen.kind === 'outcome')
      screen.sources.forEach((source) => (sources.get(screen.id) ?? sources.set(screen.id, new Set()).get(screen.id)!).add(source))
  }
  // One screen a state: what is drawn (the question, the outcome's title) is the same on every way.
  const screens = new Map(journeys.map(({ screen }) => [screen.id, screen]))
  const lines = ['flowchart TD']
  for (const screen of screens.values()) {
    if (screen.kind === 'question') {
      lines.push(`  ${screen.id}{{${quoted(say(screen.meta.text))}}}`)
      for (const answer of screen.meta.answers) {
        const next = targets.get(`${screen.id}-${answer.id}`)
        if (next) lines.push(`  ${screen.id} -->|${quoted(say(answer.label))}| ${next}`)
      }
    } else {
      const cited = [...(sources.get(screen.id) ?? [])].join(', ')
      lines.push(`  ${screen.id}([${quoted(`${say(screen.meta.title)}<br/>${cited}`)}])`)
    }
  }
  const outcomes = [...screens.values()].filter((screen) => screen.kind === 'outcome').map((screen) => screen.id)
  lines.push('  classDef outcome fill:#e8f3ec,stroke:#1d6b3a')
  lines.push(`  class ${outcomes.join(',')} outcome`)
  return lines.join('\n')
}
