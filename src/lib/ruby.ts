/**
 * Furigana in messages, written `｜漢字《かんじ》` (the notation of Aozora Bunko: a
 * full-width bar before the base, the reading in double angle brackets). It is parsed
 * into plain pieces for the template to render as `<ruby>`; nothing becomes HTML, so a
 * message can never inject markup.
 */
export type RubyPiece = string | { base: string; reading: string }

const marked = /｜([^｜《》]+)《([^｜《》]+)》/g

export function parseRuby(text: string): RubyPiece[] {
  const pieces: RubyPiece[] = []
  let last = 0
  for (const match of text.matchAll(marked)) {
    if (match.index > last) pieces.push(text.slice(last, match.index))
    pieces.push({ base: match[1]!, reading: match[2]! })
    last = match.index + match[0].length
  }
  if (last < text.length) pieces.push(text.slice(last))
  return pieces
}

/** The text without readings: for attributes, the page title and anything read aloud twice. */
export function withoutRuby(text: string): string {
  return text.replace(marked, '$1')
}
