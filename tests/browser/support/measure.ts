/**
 * Measures of the page as drawn, run in the page itself (each function stands alone, for
 * `page.evaluate`, so what they share is written in each): whether its content fits the
 * window, whether its controls are large enough to hit, and what pictures it shows.
 */

/**
 * What a reader would lose at this window size and text spacing: sideways scrolling, text
 * cut off at either side or by a box that hides what overflows it, and text drawn over
 * other text. Hidden text (a closed menu, the visually hidden words for screen readers)
 * is not on screen and is left out. Given a selector, only the text inside that element
 * is measured: an open menu is drawn over the page by design, and is measured on its own.
 */
export function layoutProblems(within?: string): string[] {
  /** Kept for screen readers, hidden from the eye the usual way: in a box of 1 by 1 px at most that hides its overflow. */
  const visuallyHidden = (element: Element) => {
    for (let box: Element | null = element; box; box = box.parentElement) {
      const rect = box.getBoundingClientRect()
      if (rect.width <= 1 && rect.height <= 1 && getComputedStyle(box).overflow === 'hidden') return true
    }
    return false
  }
  const problems: string[] = []
  const snippet = (value: string) => value.replace(/\s+/g, ' ').trim().slice(0, 40)
  const width = document.documentElement.clientWidth
  const overflow = document.documentElement.scrollWidth - width
  if (overflow > 0) problems.push(`scrolls ${overflow} px sideways`)

  type Box = { rect: DOMRect; owner: Element; what: string }
  const boxes: Box[] = []
  const root = within ? document.querySelector(within) : document.body
  if (!root) return [`no ${within} to measure`]
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement
    if (!node.textContent?.trim() || !owner || !owner.checkVisibility() || visuallyHidden(owner)) continue
    const range = document.createRange()
    range.selectNodeContents(node)
    for (const rect of range.getClientRects()) {
      if (rect.width > 0.5 && rect.height > 0.5) boxes.push({ rect, owner, what: `"${snippet(node.textContent)}"` })
    }
  }
  for (const control of root.querySelectorAll('input, svg')) {
    if (control.checkVisibility())
      boxes.push({ rect: control.getBoundingClientRect(), owner: control, what: `a ${control.tagName.toLowerCase()}` })
  }

  for (const { rect, owner, what } of boxes) {
    // A skip link waits above the top edge until it has the focus; only the sides count.
    if (rect.left < -0.5 || rect.right > width + 0.5) problems.push(`${what} is cut off at the side`)
    for (let box = owner.parentElement; box && box !== document.body; box = box.parentElement) {
      const style = getComputedStyle(box)
      if (![style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip')) continue
      const edge = box.getBoundingClientRect()
      if (rect.left < edge.left - 1 || rect.right > edge.right + 1 || rect.top < edge.top - 1 || rect.bottom > edge.bottom + 1) {
        problems.push(`${what} is cut off by its box`)
        break
      }
    }
  }
  // Lines of text may touch (a glyph's box is taller than the line): covered means half a line or more.
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      if (a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue
      const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
      const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
      if (across > 1 && down > 0.5 * Math.min(a.rect.height, b.rect.height)) problems.push(`${a.what} and ${b.what} overlap`)
    }
  }
  return problems
}

/**
 * Controls smaller than 24 by 24 CSS px that WCAG 2.2's 2.5.8 does not excuse: a link in a
 * sentence is, and so is a small target with room round it (a circle of 24 px across its
 * centre meets no other target, nor the circle of another small one). A box inside its
 * label is hit through the label, so the label is the target.
 */
export function undersizedTargets(): string[] {
  /** Kept for screen readers, hidden from the eye the usual way: in a box of 1 by 1 px at most that hides its overflow. */
  const visuallyHidden = (element: Element) => {
    for (let box: Element | null = element; box; box = box.parentElement) {
      const rect = box.getBoundingClientRect()
      if (rect.width <= 1 && rect.height <= 1 && getComputedStyle(box).overflow === 'hidden') return true
    }
    return false
  }
  const minimum = 24
  const controls = document.querySelectorAll<HTMLElement>(
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
  )
  const targets = [...new Set([...controls].map((control) => (control instanceof HTMLInputElement && control.closest('label')) || control))]
    .filter((target) => target.checkVisibility() && !visuallyHidden(target))
    .map((target) => ({ target, rect: target.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 0 && rect.height > 0)
  const small = targets.filter(({ rect }) => rect.width < minimum - 0.01 || rect.height < minimum - 0.01)
  const centre = (rect: DOMRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 })
  const distanceTo = (point: { x: number; y: number }, rect: DOMRect) =>
    Math.hypot(Math.max(rect.left - point.x, 0, point.x - rect.right), Math.max(rect.top - point.y, 0, point.y - rect.bottom))

  /** In a sentence: an inline target with words of no other target on the same line. */
  function inSentence(target: HTMLElement) {
    const line = target.getClientRects()[0]
    let block = target.parentElement
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement
    if (!line || !block || getComputedStyle(target).display !== 'inline') return false
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || targets.some((other) => other.target.contains(node))) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const words of range.getClientRects()) {
        if (Math.min(words.bottom, line.bottom) - Math.max(words.top, line.top) > line.height / 2) return true
      }
    }
    return false
  }

  const problems: string[] = []
  for (const { target, rect } of small) {
    if (inSentence(target)) continue
    const middle = centre(rect)
    const crowded = targets.some(
      (other) =>
        other.target !== target &&
        !other.target.contains(target) &&
        !target.contains(other.target) &&
        (distanceTo(middle, other.rect) < minimum / 2 ||
          (small.includes(other) && Math.hypot(centre(other.rect).x - middle.x, centre(other.rect).y - middle.y) < minimum)),
    )
    if (crowded) {
      const name = (target.getAttribute('aria-label') ?? target.textContent ?? target.tagName).replace(/\s+/g, ' ').trim().slice(0, 40)
      problems.push(`"${name}" is ${rect.width.toFixed(0)}×${rect.height.toFixed(0)} px, with another target within 12 px of its centre`)
    }
  }
  return problems
}

/** Whatever on the page could show text as a picture: images, canvases, background images, text drawn in SVG. */
export function images(): string[] {
  const pictures = [...document.querySelectorAll('img, picture, canvas, input[type="image"], svg text, image')].map(
    (element) => `<${element.tagName.toLowerCase()}>`,
  )
  const backgrounds = [...document.querySelectorAll('*')]
    .filter((element) => getComputedStyle(element).backgroundImage !== 'none')
    .map((element) => `a background image on <${element.tagName.toLowerCase()} class="${element.className}">`)
  return [...pictures, ...backgrounds]
}
