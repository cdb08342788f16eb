/**
 * The languages on offer, each named in itself. The first is the source language: the one
 * every other is translated from, shown when nothing says otherwise, and printed beside
 * the others for staff at the counter. To add a language, add its messages as
 * `<code>.json` beside this file and a line here.
 */
export interface Language {
  /** The locale code, used in the address and for the message file's name. */
  code: string
  /** The language's name in itself. */
  name: string
  /** Its BCP 47 tag, for `lang` attributes and `Intl`. */
  lang: string
}

export const languages: readonly Language[] = [
  { code: 'ja', name: '日本語', lang: 'ja' },
  { code: 'ja-easy', name: 'やさしい にほんご', lang: 'ja' },
  { code: 'en', name: 'English', lang: 'en' },
  { code: 'zh-CN', name: '简体中文', lang: 'zh-CN' },
  { code: 'zh-TW', name: '繁體中文', lang: 'zh-TW' },
  { code: 'ko', name: '한국어', lang: 'ko' },
  { code: 'vi', name: 'Tiếng Việt', lang: 'vi' },
]
