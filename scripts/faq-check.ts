/**
 * npm run faq:check -- <page> [--accept]: a flow's source page (the FAQ, saved from the city's
 * site as HTML or as text) compared, section by section, with the fingerprints in
 * flows/<flow id>.faq.json. Each section that changed, appeared or vanished is named with
 * what in the guide cites it; the exit code is 1 if there is any. With --accept the page as
 * it is now is recorded, with today's date. See docs/EDITING.md.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, relative, resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { citationsOf } from '../src/tooling/citations'
import {
  comparePage,
  htmlLines,
  isHtml,
  splitPage,
  textLines,
  type SectionChange,
  type SourceFingerprints,
} from '../src/tooling/sourcePage'
import type { FlowDefinition } from '../src/engine/types'
import { flowsInRepository, localeCodes } from './repository'

const usage = `usage: npm run faq:check -- <saved page: .html or .txt> [--accept] [--fingerprints flows/<flow id>.faq.json]
  --accept         record the page as read: its fingerprints and today's date
  --fingerprints   the fingerprint file, if flows/ has more than one
  FAQ_CHECK_DATE=YYYY-MM-DD sets the date --accept records (for tests)`

/** A problem with what the command was given: said in words, with no stack trace. */
class Refusal extends Error {}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

interface Options {
  page: string
  /** The page as the command named it, to repeat in what it prints. */
  named: string
  accept: boolean
  fingerprints: string
}

function parseArguments(args: readonly string[]): Options {
  let page: string | undefined
  let fingerprints: string | undefined
  let accept = false
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '--accept') accept = true
    else if (arg === '--fingerprints') {
      fingerprints = args[++index]
      if (!fingerprints || fingerprints.startsWith('-'))
        throw new Refusal(`--fingerprints needs the fingerprint file after it.\n\n${usage}`)
    } else if (arg.startsWith('-') || page !== undefined) throw new Refusal(`"${arg}" is not something faq:check understands.\n\n${usage}`)
    else page = arg
  }
  if (!page) throw new Refusal(`name the saved page to compare.\n\n${usage}`)
  // npm runs scripts in the project's folder; a path is meant from where the command was typed.
  const from = process.env.INIT_CWD ?? '.'
  if (fingerprints) return { page: resolve(from, page), named: page, accept, fingerprints: resolve(from, fingerprints) }
  const files = readdirSync('flows').filter((file) => file.endsWith('.faq.json'))
  if (files.length !== 1) {
    const found =
      files.length === 0 ? 'no fingerprint file (<flow id>.faq.json)' : `${files.length} fingerprint files (${files.join(', ')})`
    throw new Refusal(`flows/ has ${found}: name one with --fingerprints.\n\n${usage}`)
  }
  return { page: resolve(from, page), named: page, accept, fingerprints: resolve('flows', files[0]!) }
}

function readPage(file: string): string {
  if (!existsSync(file)) throw new Refusal(`there is no file ${file}.\n\n${usage}`)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(file)
  } catch (error) {
    throw new Refusal(`cannot read ${file}: ${messageOf(error)}.\n\n${usage}`)
  }
  // Some Japanese sites still serve Shift_JIS, and a browser saves a page as it came.
  for (const encoding of ['utf-8', 'shift_jis']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes)
    } catch {
      // not this encoding: try the next
    }
  }
  throw new Refusal(`${file} is neither UTF-8 nor Shift_JIS text. Save the page again from the browser, as HTML or as text.`)
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')

function isFingerprints(value: unknown): value is SourceFingerprints {
  const isSection = (section: unknown) =>
    typeof section === 'object' &&
    section !== null &&
    'heading' in section &&
    typeof section.heading === 'string' &&
    'cites' in section &&
    isStrings(section.cites) &&
    'fingerprint' in section &&
    typeof section.fingerprint === 'string'
  return (
    typeof value === 'object' &&
    value !== null &&
    'page' in value &&
    typeof value.page === 'string' &&
    'comparedOn' in value &&
    typeof value.comparedOn === 'string' &&
    'footerMarkers' in value &&
    isStrings(value.footerMarkers) &&
    'sections' in value &&
    Array.isArray(value.sections) &&
    value.sections.every(isSection)
  )
}

function readFingerprints(file: string): SourceFingerprints {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Refusal(`cannot read the fingerprint file ${file}: ${messageOf(error)}.\n\n${usage}`)
  }
  if (!isFingerprints(data))
    throw new Refusal(
      `${file} is not a fingerprint file: it needs "page", "comparedOn", "footerMarkers" and "sections", each section with "heading", "cites" and "fingerprint".`,
    )
  return data
}

/** The flow a fingerprint file is for: flows/<flow id>.faq.json. */
async function flowOf(file: string): Promise<FlowDefinition> {
  const id = basename(file).replace(/\.faq\.json$/, '')
  let flows: FlowDefinition[]
  try {
    flows = await flowsInRepository()
  } catch (error) {
    throw new Refusal(`a flow cannot be built (${messageOf(error).replace(/\n/g, ' ')}). Run npm run flow:check first.`)
  }
  const flow = flows.find((candidate) => candidate.id === id)
  if (!flow) throw new Refusal(`${basename(file)} is for a flow "${id}", and flows/ has none: name it <flow id>.faq.json.`)
  return flow
}

/** Today in the flow's time zone, as YYYY-MM-DD; FAQ_CHECK_DATE fixes it. */
function today(timeZone: string): string {
  const fixed = process.env.FAQ_CHECK_DATE
  if (fixed !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Refusal(`FAQ_CHECK_DATE is "${fixed}": write it as YYYY-MM-DD.`)
    return fixed
  }
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date())
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** What in the flow cites each of these sections, one line per kind, for an editor to re-read. */
function citedBy(flow: FlowDefinition, cites: readonly string[]): string[] {
  return cites.flatMap((id) => {
    const { outcomes, questions, keys } = citationsOf(flow, id)
    const list = (items: string[]) => (items.length > 0 ? items.join(', ') : 'none')
    return [
      `    ${id} · outcomes: ${list(outcomes.map((outcome) => `${outcome.id} (${outcome.title})`))}`,
      `    ${id} · questions: ${list(questions.map((question) => `${question.id} (${question.keys.join(', ')})`))}`,
      `    ${id} · messages: ${list(keys)}`,
    ]
  })
}

/** One section that changed, appeared or vanished: what cites it, and what to re-read. */
export function describeChange(flow: FlowDefinition, { change, heading, cites }: SectionChange, fingerprintFile: string): string {
  const inLocales = `in ${localeCodes()
    .map((code) => `locales/${code}.json`)
    .join(', ')}`
  const citing = cites.length > 0 ? ` The guide cites it as ${cites.join(', ')}.` : ''
  const uncited = `    Nothing in the guide cites it ("cites": [] in ${fingerprintFile}). Read it: if the guide should say what it says, add that to the flow and the locales, and its section ids to "cites".`
  if (change === 'appeared')
    return [
      `✗ "${heading}" appeared on the page, and ${fingerprintFile} does not have it yet.`,
      `    Read it: if the guide should say what it says, add that to the flow and the locales. Then add the section to ${fingerprintFile} with its "cites" (the flow's section ids it supports; [] if none): --accept adds it with "cites": [] for you to fill in.`,
    ].join('\n')
  if (change === 'vanished')
    return [
      `✗ "${heading}" is no longer on the page.${citing}`,
      ...citedBy(flow, cites),
      cites.length > 0
        ? `    Re-read each message above ${inLocales}: the guide must not say what the page no longer says. --accept removes the section from ${fingerprintFile}.`
        : `    Nothing in the guide cites it. --accept removes it from ${fingerprintFile}.`,
    ].join('\n')
  return [
    `✗ "${heading}" changed on the page.${citing}`,
    ...citedBy(flow, cites),
    cites.length > 0
      ? `    Re-read the section on the page, then each message above ${inLocales}, and correct any that no longer says what the page says.`
      : uncited,
  ].join('\n')
}

async function check({ page, named, accept, fingerprints: file }: Options) {
  const content = readPage(page)
  const stored = readFingerprints(file)
  const flow = await flowOf(file)
  const fingerprintFile = relative('.', file)
  const unknown = stored.sections.flatMap(({ heading, cites }) =>
    cites.filter((id) => !(id in flow.sections)).map((id) => `"${heading}" cites "${id}"`),
  )
  if (unknown.length > 0)
    throw new Refusal(
      `${fingerprintFile}: ${unknown.join(', ')}, which flow "${flow.id}" does not define. Use its section ids: ${Object.keys(flow.sections).join(', ')}.`,
    )

  const lines = isHtml(page, content) ? htmlLines(content) : textLines(content)
  const { changes, sections } = await comparePage(splitPage(lines, stored.footerMarkers), stored.sections)
  // A wrong file (another page, an .mhtml) reads as every section gone, and --accept would store that.
  const vanished = changes.filter(({ change }) => change === 'vanished').length
  if (stored.sections.length > 0 && vanished === stored.sections.length)
    throw new Refusal(`${named} has none of the headings of ${fingerprintFile}: is it the FAQ page, saved as HTML or as text?`)

  if (accept) {
    const comparedOn = today(flow.timeZone)
    const recorded: SourceFingerprints = { ...stored, comparedOn, sections }
    const config = await resolveConfig(file)
    writeFileSync(file, await format(JSON.stringify(recorded, null, 2), { ...config, filepath: file }))
    for (const { change, heading, cites } of changes) {
      const was = cites.length > 0 ? ` (${cites.join(', ')})` : ''
      if (change === 'changed') console.log(`  changed: "${heading}"${was}`)
      if (change === 'vanished') console.log(`  removed: "${heading}"${was}: it is no longer on the page.`)
      if (change === 'appeared')
        console.log(`  new: "${heading}", with "cites": []: fill in the flow's section ids it supports in ${fingerprintFile}.`)
    }
    console.log(`faq:check: recorded ${sections.length} sections of ${named} in ${fingerprintFile}, compared on ${comparedOn}`)
    return
  }
  if (changes.length === 0) {
    console.log(`faq:check: no change in ${sections.length} sections of ${named} (${flow.id}, last compared on ${stored.comparedOn})`)
    return
  }
  const count = (change: SectionChange['change']) => changes.filter((item) => item.change === change).length
  console.error(
    [
      ...changes.map((change) => describeChange(flow, change, fingerprintFile)),
      '',
      `faq:check: ${count('changed')} changed, ${count('appeared')} appeared, ${count('vanished')} vanished of ${stored.sections.length} sections (${flow.id}, last compared on ${stored.comparedOn}).`,
      `When the guide says what the page says: npm run flow:check, then npm run faq:check -- ${named} --accept`,
    ].join('\n'),
  )
  process.exitCode = 1
}

export async function main(args: readonly string[] = []) {
  try {
    await check(parseArguments(args))
  } catch (error) {
    if (!(error instanceof Refusal)) throw error
    console.error(`✗ faq:check: ${error.message}`)
    process.exitCode = 1
  }
}
