/**
 * Total Blocking Time (TBT) as a page loads and hydrates on a slow phone: Chromium's CPU
 * slowed 4x, as in Lighthouse's mobile preset. TBT is read as Lighthouse reads it from a
 * trace: every top-level task (RunTask) on the page's renderer main thread, from first
 * contentful paint (FCP) on, counts for the time it ran past 50 ms. The median of several
 * loads, each in a fresh context (nothing cached, as a first visit), stays under 200 ms,
 * Lighthouse's line for "good". One load alone varies widely with the machine; the median
 * moves only when the pages do. This file runs alone, after the rest of the suite
 * (its own project in vite.config.ts): TBT measures the CPU, which the suite would share.
 */
import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { open, siteUrl, untilMounted } from './support/site'

const cpuSlowdown = 4
const loads = 7
/** Lighthouse's threshold for "good" TBT. */
const budgetMs = 200
/** A task blocks input for the time it runs past this (the definition of a long task). */
const longTaskMs = 50
/** The main thread is quiet after this long without a long task: Lighthouse's CPU-quiet window. */
const quietMs = 1000

/**
 * The bare address, which a browser in English (as here) renders afresh in English rather
 * than hydrating its Japanese prerender; and an outcome with the most answers and the
 * largest prerendered page (furigana throughout), hydrated.
 */
const pages = [
  ['the start page', '/'],
  ['the longest outcome', '/ja-easy/topic-login/card-yes/certificate-unknown/pc-yes/reader-no/phonereader-unknown/'],
] as const

/** The fields of a Chrome trace event read here (Trace Event Format; times in µs). */
interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  args?: { name?: string; frame?: string; data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean } }
}

/**
 * `disabled-by-default-devtools.timeline` holds RunTask, `loading` FCP, `blink.user_timing`
 * the navigation start; the names of threads come with every trace.
 */
const traceCategories = ['disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing']

/** Slows the page's CPU and starts a trace; the function returned ends it and gives its events. */
async function startTrace(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
  const events: TraceEvent[] = []
  // The protocol's types give every field of an event as a string; times and ids are numbers.
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown[] as TraceEvent[])))
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: traceCategories } })
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
    await cdp.send('Tracing.end')
    await complete
    await cdp.detach()
    return events
  }
}

/**
 * Waits until the main thread has run no long task for `quietMs`, as Lighthouse waits for
 * CPU quiet before it ends a trace: what runs after mounting (the flow's chunk, the QR
 * code's encoder) has then run too. Long tasks before this is called have ended (it runs on
 * the main thread too); at most 20 s, after which TBT says the rest.
 */
async function untilQuiet(page: Page) {
  await page.evaluate(
    ({ quietMs, limitMs }) =>
      new Promise<void>((resolve) => {
        const started = performance.now()
        let lastBusy = started
        const observer = new PerformanceObserver((list) => {
          for (const task of list.getEntries()) lastBusy = Math.max(lastBusy, task.startTime + task.duration)
        })
        observer.observe({ type: 'longtask' })
        const check = () => {
          const now = performance.now()
          if (now - lastBusy < quietMs && now - started < limitMs) return void setTimeout(check, 100)
          observer.disconnect()
          resolve()
        }
        setTimeout(check, 100)
      }),
    { quietMs, limitMs: 20_000 },
  )
}

/**
 * TBT from a trace, in ms, with FCP and the long tasks after it. The page is the main frame
 * that loaded the site; its thread is the renderer's main thread (CrRendererMain) in the
 * process that started that navigation. A task that began before FCP counts for its part
 * after FCP, as Lighthouse clips it.
 */
function totalBlockingTime(events: TraceEvent[]) {
  const navigation = events.find(
    (event) =>
      event.name === 'navigationStart' && event.args?.data?.isLoadingMainFrame && event.args.data.documentLoaderURL?.startsWith(siteUrl),
  )
  if (!navigation) throw new Error('The trace has no navigation to the site')
  const fcp = events
    .filter((event) => event.name === 'firstContentfulPaint' && event.args?.frame === navigation.args?.frame && event.ts >= navigation.ts)
    .sort((a, b) => a.ts - b.ts)[0]
  if (!fcp) throw new Error('The trace has no first contentful paint of the page')
  const mainThread = events.find(
    (event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === navigation.pid && event.args?.name === 'CrRendererMain',
  )
  if (!mainThread) throw new Error(`The trace names no main thread of renderer ${navigation.pid}`)
  const tasks = events
    .filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === mainThread.pid && event.tid === mainThread.tid)
    .sort((a, b) => a.ts - b.ts)
  if (tasks.length === 0) throw new Error('The trace has no task on the main thread')
  let blockingMs = 0
  let topLevelEnd = -Infinity
  const longTasksMs: number[] = []
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0)
    // A RunTask inside another (a nested run loop) is part of it.
    if (task.ts < topLevelEnd) continue
    topLevelEnd = end
    const afterFcpMs = (end - Math.max(task.ts, fcp.ts)) / 1000
    if (afterFcpMs <= longTaskMs) continue
    blockingMs += afterFcpMs - longTaskMs
    longTasksMs.push(Math.round(afterFcpMs))
  }
  return { blockingMs: Math.round(blockingMs), fcpMs: Math.round((fcp.ts - navigation.ts) / 1000), longTasksMs }
}

/** One first visit to `path`: loads, hydrates, settles; its trace read. */
async function measure(path: string) {
  let stopTrace = async (): Promise<TraceEvent[]> => {
    throw new Error('The trace never started')
  }
  const { page, problems, close } = await open(path, {}, async (page) => {
    // Slowed 4x, loading takes longer than the helpers' defaults allow for.
    page.setDefaultNavigationTimeout(60_000)
    page.setDefaultTimeout(60_000)
    stopTrace = await startTrace(page)
  })
  try {
    await untilMounted(page)
    await untilQuiet(page)
    const measured = totalBlockingTime(await stopTrace())
    expect(problems).toEqual([])
    return measured
  } finally {
    await close()
  }
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

describe(`Total Blocking Time at ${cpuSlowdown}x CPU slowdown, median of ${loads} first visits`, () => {
  test.each(pages)(
    `%s (%s) stays under ${budgetMs} ms`,
    async (name, path) => {
      expect(existsSync(`dist${path}index.html`), `${path} is not a page of the built site`).toBe(true)
      const runs = []
      for (let load = 0; load < loads; load++) runs.push(await measure(path))
      const tbt = median(runs.map((run) => run.blockingMs))
      console.log(
        `TBT ${name} ${path}: median ${tbt} ms (FCP median ${median(runs.map((run) => run.fcpMs))} ms)\n` +
          runs
            .map(
              (run, index) =>
                `  load ${index + 1}: TBT ${run.blockingMs} ms, FCP ${run.fcpMs} ms, long tasks after FCP ${run.longTasksMs.join(', ') || 'none'} (ms, the part after FCP)`,
            )
            .join('\n'),
      )
      expect(tbt, `median TBT in ms of ${path} (each load above)`).toBeLessThan(budgetMs)
    },
    300_000,
  )
})
