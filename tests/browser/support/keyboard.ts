/**
 * A walk through one screen with the Tab key alone, as a keyboard user makes it: from
 * wherever the focus is, on until it leaves the page, then once round every control from
 * the top. What it finds is sorted by the success criterion it speaks to, so each test of
 * accessibility.test.ts asserts one criterion over the same walk.
 */
import type { BrowserContext, Page } from 'playwright-core'

export interface KeyboardFindings {
  /** 2.1.2: the focus does not move on, or never leaves the page. */
  trapped: string[]
  /** 2.4.1: the first control is not a visible link to the main content, or it does not lead there. */
  skip: string[]
  /** 3.2.1: receiving focus opened a page or a window, or changed the screen. */
  onFocus: string[]
  /** 2.4.7: a control reached with Tab draws no focus outline of 2 px or more. */
  focusVisible: string[]
  /** 2.4.11: a control reached with Tab is wholly hidden behind other content, or off the screen. */
  obscured: string[]
  /** 3.2.2: ticking a box changed something besides the box. */
  onInput: string[]
  /** How many controls one round of Tab reached. */
  controls: number
}

/** The focused element as the walk needs it; undefined when the focus is on no control (it left the page). */
function focusState() {
  const active = document.activeElement
  if (!(active instanceof HTMLElement) || active === document.body) return undefined
  const path: string[] = []
  for (let element: Element | null = active; element && element !== document.body; element = element.parentElement) {
    path.unshift(`${element.tagName}${element.parentElement ? [...element.parentElement.children].indexOf(element) : ''}`)
  }
  const style = getComputedStyle(active)
  const width = document.documentElement.clientWidth
  const height = window.innerHeight
  // Wholly hidden: at no sample point of any of its boxes, inside the window, is it the topmost thing.
  let showing = false
  for (const rect of active.getClientRects()) {
    if (rect.width < 1 || rect.height < 1) continue
    const inset = Math.min(2, rect.width / 4, rect.height / 4)
    const points = [
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + inset, rect.top + inset],
      [rect.right - inset, rect.top + inset],
      [rect.left + inset, rect.bottom - inset],
      [rect.right - inset, rect.bottom - inset],
    ]
    for (const [x, y] of points) {
      if (x! < 0 || y! < 0 || x! >= width || y! >= height) continue
      const hit = document.elementFromPoint(x!, y!)
      if (hit && (hit === active || active.contains(hit))) showing = true
    }
  }
  const checkbox = active instanceof HTMLInputElement && active.type === 'checkbox'
  const name = (checkbox ? active.closest('label')?.textContent : (active.getAttribute('aria-label') ?? active.textContent)) ?? ''
  return {
    key: path.join('/'),
    name: name.replace(/\s+/g, ' ').trim().slice(0, 50) || active.tagName.toLowerCase(),
    skipLink:
      active instanceof HTMLAnchorElement && active.hash !== '' && document.getElementById(active.hash.slice(1))?.tagName === 'MAIN',
    inMain: active.closest('main') !== null,
    checkbox,
    checked: checkbox && active.checked,
    focusVisible: active.matches(':focus-visible'),
    outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    showing,
    heading: document.querySelector('h1')?.textContent?.trim() ?? '',
  }
}

type Focus = NonNullable<ReturnType<typeof focusState>>

/** Most controls on any screen here; a walk longer than this is caught in a loop. */
const maxPresses = 300

export async function walkWithKeyboard(page: Page, context: BrowserContext, where: string): Promise<KeyboardFindings> {
  const found: KeyboardFindings = { trapped: [], skip: [], onFocus: [], focusVisible: [], obscured: [], onInput: [], controls: 0 }
  const url = page.url()
  const pages = context.pages().length
  const heading = await page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '')

  /** Presses Tab; returns where the focus went, noting a control that holds it. */
  async function tab(from: Focus | undefined): Promise<Focus | undefined> {
    await page.keyboard.press('Tab')
    const focus = await page.evaluate(focusState)
    if (focus && from && focus.key === from.key) found.trapped.push(`${where}: Tab leaves the focus on "${focus.name}"`)
    return focus
  }

  // On until the focus leaves the page, from wherever it is.
  let focus = await page.evaluate(focusState)
  let presses = 0
  while (focus && presses++ < maxPresses && found.trapped.length === 0) focus = await tab(focus)
  if (focus) {
    found.trapped.push(`${where}: after ${maxPresses} presses of Tab the focus has not left the page`)
    return found
  }

  // Once round every control, from the top of the page.
  const round: Focus[] = []
  for (focus = await tab(undefined); focus && round.length < maxPresses; focus = await tab(focus)) {
    if (found.trapped.length > 0) return found
    round.push(focus)
    const what = `${where}: "${focus.name}"`
    if (page.url() !== url || focus.heading !== heading || context.pages().length !== pages) {
      found.onFocus.push(`${what} on focus changed the screen (${page.url()}, "${focus.heading}", ${context.pages().length} pages)`)
    }
    if (!focus.focusVisible || focus.outline < 2) found.focusVisible.push(`${what} shows no focus outline of 2 px or more`)
    if (!focus.showing) found.obscured.push(`${what} is hidden when it has the focus`)
    if (focus.checkbox) {
      await page.keyboard.press('Space')
      const ticked = await page.evaluate(focusState)
      if (ticked?.key !== focus.key || ticked.checked === focus.checked || page.url() !== url || ticked.heading !== heading) {
        found.onInput.push(`${what}: Space did not just tick the box (${page.url()}, focus on "${ticked?.name}")`)
      }
      await page.keyboard.press('Space')
    }
  }
  if (focus) found.trapped.push(`${where}: one round of Tab from the top reached ${maxPresses} controls without leaving the page`)
  found.controls = round.length

  const first = round[0]
  if (!first?.skipLink || !first.showing)
    found.skip.push(`${where}: the first Tab reaches "${first?.name}", not a visible link to the main content`)
  else {
    // The skip link, followed with Enter: the next Tab is in the main content.
    await tab(undefined)
    await page.keyboard.press('Enter')
    const next = await tab(undefined)
    if (!next?.inMain) found.skip.push(`${where}: after the skip link, Tab reaches "${next?.name}", outside the main content`)
  }
  return found
}
