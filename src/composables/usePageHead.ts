/**
 * Each step's own title, description and language: set on the document in the browser,
 * and handed to the prerenderer on the server, so a page read without JavaScript (or
 * by a search engine) says what it is.
 */
import { computed, useSSRContext, watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { useLanguage } from './useLanguage'
import { withoutRuby } from '../lib/ruby'
import { useGuide } from '../stores/guide'

export interface PageHead {
  lang: string
  title: string
  description: string
}

export function usePageHead() {
  const { t } = useI18n()
  const guide = useGuide()
  const { current } = useLanguage()

  const head = computed<PageHead>(() => {
    const screen = guide.screen
    const heading = screen.kind === 'question' ? screen.meta.text : screen.title
    const summary = screen.kind === 'question' ? screen.meta.hint : [...screen.notes, ...screen.steps][0]?.text
    return {
      lang: current.value.lang,
      title: withoutRuby(`${t(heading)} | ${t(guide.entry.title)}`),
      description: withoutRuby(t(summary ?? guide.entry.intro)),
    }
  })

  if (import.meta.env.SSR) {
    const context = useSSRContext<{ head?: PageHead }>()
    if (context) context.head = head.value
    return
  }
  // Only what changed: a prerendered page already says all of it, and setting the page's
  // language again would have the browser restyle the whole page as it is hydrated.
  watchEffect(() => {
    const { lang, title, description } = head.value
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang
    if (document.title !== title) document.title = title
    const meta = document.querySelector('meta[name="description"]')
    if (meta && meta.getAttribute('content') !== description) meta.setAttribute('content', description)
  })
}
