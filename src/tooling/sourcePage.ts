/**
 * A flow's source document is a live web page; this notices when it changes. The page, saved
 * as HTML or as plain text, is split into sections by its own headings, and each section gets
 * a fingerprint: a SHA-256 of its words with everything that is not wording taken out
 * (whitespace, line breaks, full-width versus half-width characters). Only headings and
 * fingerprints are stored, never the page's sentences. Used by `npm run faq:check`, not by
 * the app.
 */
import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterTypes } from 'parse5'

/** A section as stored in `flows/<flow id>.faq.json`. */
export interface StoredSection {
  /** The page's own heading, as the page writes it (without its brackets): the section's name. */
  heading: string
  /** The flow's sections (`F06`) whose guidance rests on this part of the page. */
  cites: readonly string[]
  /** SHA-256, in hex, of the section's normalised text, its heading included. */
  fingerprint: string
}

/** `flows/<flow id>.faq.json`: the page as last compared, section by section. */
export interface SourceFingerprints {
  /** Which page, in words: its title, its site, its management number. */
  page: string
  /** The day (`YYYY-MM-DD`) the flow was last compared with the page. */
  comparedOn: string
  /** Lines that start the page's footer (related links, its number), which is no section's. */
  footerMarkers: readonly string[]
  sections: readonly StoredSection[]
}

/** A line of the page; `heading` when the page's markup says so (an HTML h2-h6). */
export interface PageLine {
  text: string
  heading?: boolean
}

export interface PageSection {
  heading: string
  /** The section's text, its heading first, one line of the page a line. */
  text: string
}

export interface SectionChange {
  change: 'changed' | 'appeared' | 'vanished'
  heading: string
  /** The stored `cites`; none for a section that appeared. */
  cites: readonly string[]
}

/** Only the words count: NFKC makes full-width and half-width digits and letters alike. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '')
}

/** The page's own heading marks: a line starting with one of these is a heading or a sub-heading. */
const closing: Readonly<Record<string, string>> = { '《': '》', '【': '】', '[': ']', '［': '］' }

/**
 * A heading at the start of a line: the text inside the first bracket pair (to its matching
 * close, so 《…【…】…》 is one heading), and any text after it on the line, which is body.
 */
function bracketed(line: string): { heading: string; rest: string } | undefined {
  const open = line[0]
  const close = open === undefined ? undefined : closing[open]
  if (!open || !close) return undefined
  let depth = 0
  for (let index = 0; index < line.length; index++) {
    if (line[index] === open) depth++
    else if (line[index] === close && --depth === 0) {
      const heading = line.slice(1, index).trim()
      return heading ? { heading, rest: line.slice(index + 1).trim() } : undefined
    }
  }
  return undefined
}

/** The longest heading a wrapped line may still be joined into: past it, an open bracket is just text. */
const longestHeading = 200

/**
 * Plain text, as saved from the browser: one line of the page a line. A heading the saved
 * text wrapped over two lines (its bracket opened but not closed) is joined up again.
 */
export function textLines(text: string): PageLine[] {
  const lines: string[] = []
  for (const line of text.split(/\r\n|\r|\n/).map((each) => each.trim())) {
    const last = lines.at(-1)
    const unclosed = last !== undefined && closing[last[0] ?? ''] !== undefined && !bracketed(last) && last.length < longestHeading
    if (unclosed) lines[lines.length - 1] = last + line
    else lines.push(line)
  }
  return lines.map((line) => ({ text: line }))
}

/** Site chrome and code, not the page's content. */
const skipped = new Set(['head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside'])
/** Elements whose text starts a line of its own. */
const blocks = new Set([
  ...['address', 'article', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'form'],
  ...['hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'h1'],
])
/** Section headings. An h1 is the page's title, part of its header, as the first line of the saved text is. */
const headings = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

type Node = DefaultTreeAdapterTypes.Node
type Element = DefaultTreeAdapterTypes.Element

/** The first element under `parent`, depth first, that `wanted` accepts. */
function find(parent: DefaultTreeAdapterTypes.ParentNode, wanted: (element: Element) => boolean): Element | undefined {
  for (const child of tree.getChildNodes(parent)) {
    if (!tree.isElementNode(child)) continue
    const found = wanted(child) ? child : find(child, wanted)
    if (found) return found
  }
  return undefined
}

/** The text of a node, with HTML's collapsing of whitespace, leaving out what is skipped. */
function textOf(node: Node): string {
  if (tree.isTextNode(node)) return tree.getTextNodeContent(node).replace(/\s+/g, ' ')
  if (!tree.isElementNode(node) || skipped.has(tree.getTagName(node))) return ''
  return tree.getChildNodes(node).map(textOf).join('')
}

/**
 * A saved HTML page as lines: the text of its <main> (or role="main"), else of its <body>,
 * without scripts, styles, navigation, header, footer and asides. Block elements (p, li, div,
 * tr, br…) start lines; h2-h6 are headings.
 */
export function htmlLines(html: string): PageLine[] {
  const document = parse(html)
  const isMain = (element: Element) =>
    tree.getTagName(element) === 'main' || tree.getAttrList(element).some(({ name, value }) => name === 'role' && value === 'main')
  const root = find(document, isMain) ?? find(document, (element) => tree.getTagName(element) === 'body')
  const lines: PageLine[] = []
  let line = ''
  const endLine = () => {
    if (line.trim()) lines.push({ text: line.trim() })
    line = ''
  }
  function visit(node: Node) {
    if (tree.isTextNode(node)) line += textOf(node)
    if (!tree.isElementNode(node)) return
    const tag = tree.getTagName(node)
    if (skipped.has(tag)) return
    if (headings.has(tag)) {
      endLine()
      const text = textOf(node).trim()
      if (text) lines.push({ text, heading: true })
      return
    }
    if (blocks.has(tag)) endLine()
    tree.getChildNodes(node).forEach(visit)
    if (blocks.has(tag)) endLine()
  }
  if (root) visit(root)
  endLine()
  return lines
}

/** Whether a saved page is HTML: by its name, or by its first character. */
export function isHtml(fileName: string, content: string): boolean {
  return /\.x?html?$/i.test(fileName) || content.trimStart().startsWith('<')
}

/**
 * The page's sections, in page order. A heading is a line that starts with 《…》, 【…】 or
 * (a sub-heading) […] / ［…］, or an HTML heading, whose surrounding brackets are dropped.
 * What comes before the first heading is the page's header, and from the first line that
 * starts with a footer marker on is its footer: neither is any section's.
 */
export function splitPage(lines: readonly PageLine[], footerMarkers: readonly string[]): PageSection[] {
  const markers = footerMarkers.map(normalise).filter(Boolean)
  const sections: { heading: string; lines: string[] }[] = []
  for (const { text, heading: marked } of lines) {
    const line = text.trim()
    const found = bracketed(line) ?? (marked && line ? { heading: line, rest: '' } : undefined)
    const starts = (marker: string) => normalise(line).startsWith(marker) || (!!found && normalise(found.heading).startsWith(marker))
    if (sections.length > 0 && markers.some(starts)) break
    if (found) sections.push({ heading: found.heading, lines: [found.heading, found.rest] })
    else sections.at(-1)?.lines.push(line)
  }
  return sections.map(({ heading, lines }) => ({ heading, text: lines.filter(Boolean).join('\n') }))
}

/** SHA-256 of the normalised text, in hex; by Web Crypto, as src/ is type-checked without Node's modules. */
async function fingerprintOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalise(text)))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * Sections by name: the normalised heading, and which occurrence of it on the page, should a
 * page repeat a heading. A renamed heading is therefore a section that vanished and one that
 * appeared.
 */
function byName<T extends { heading: string }>(sections: readonly T[]): Map<string, T> {
  const seen = new Map<string, number>()
  return new Map(
    sections.map((section) => {
      const name = normalise(section.heading)
      const occurrence = (seen.get(name) ?? 0) + 1
      seen.set(name, occurrence)
      return [`${name}#${occurrence}`, section]
    }),
  )
}

/**
 * The page compared with what was stored: each section that changed, appeared or vanished,
 * and the sections to store if the page is accepted as read (in page order, each keeping its
 * `cites`; a new one with none).
 */
export async function comparePage(
  page: readonly PageSection[],
  stored: readonly StoredSection[],
): Promise<{ changes: SectionChange[]; sections: StoredSection[] }> {
  const before = byName(stored)
  const now = byName(page)
  const changes: SectionChange[] = []
  const sections: StoredSection[] = []
  for (const [name, { heading, text }] of now) {
    const fingerprint = await fingerprintOf(text)
    const known = before.get(name)
    if (!known) changes.push({ change: 'appeared', heading, cites: [] })
    else if (known.fingerprint !== fingerprint) changes.push({ change: 'changed', heading, cites: known.cites })
    sections.push({ heading, cites: known?.cites ?? [], fingerprint })
  }
  for (const [name, { heading, cites }] of before) if (!now.has(name)) changes.push({ change: 'vanished', heading, cites })
  return { changes, sections }
}
