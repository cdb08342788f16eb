/**
 * The success criteria the accessibility report covers, with what this repository's tests
 * check of each and what a person checks on this site. JIS X 8341-3:2016 is WCAG 2.0
 * (ISO/IEC 40500:2012): its 25 criteria of level A and 13 of level AA, named as the JIS
 * names them. Beyond it, the WCAG 2.2 criteria this guide also aims at, and two WCAG 2.1
 * criteria the tests check as well.
 *
 * `decidedBy` is set only where the tests check the whole criterion for this site; a test
 * that checks part of one (axe finds an image's text alternative, not whether it is apt)
 * leaves it to a person, with what was checked shown beside. Change it only with the test
 * that earns it.
 */
import { languages } from '../../locales/languages'
import type { Criterion } from './judge'

/** The tests go through every language the guide is in: the words below say how many. */
const count = languages.length

const noMedia = {
  decidedBy: 'tests-not-applicable',
  machine: {
    ja: `どのページ（${count} 言語の全ステップ、アクセシビリティのページ）にも音声・映像・フレーム・埋め込みオブジェクトがなく、サイトのスクリプトも音を出さない。`,
    en: `No page (every step in all ${count} languages, the accessibility pages) holds audio, video, a frame or an embedded object, and no script of the site makes sound.`,
  },
  person: {
    ja: '試験が音声や映像を見つけた。その内容に必要な代替（書き起こし、キャプション、音声解説）があるか確認する。',
    en: 'A test found audio or video: check it has what it needs (a transcript, captions, audio description).',
  },
} as const

const noFields = {
  decidedBy: 'tests-not-applicable',
  machine: {
    ja: '事前生成された全ページとアクセシビリティのページ（HTML ファイルの試験）に、フォームも、人が文字を入力する欄・選択する欄もない。チェックリストのチェックボックスのほかにある欄は、アドレスのコピーに失敗したときにだけ現れる、ページのアドレスを示す読み取り専用の欄だけで（事前生成のページにはない）、どちらも誤りになりえない。',
    en: 'No prerendered page nor accessibility page (a test of the HTML files) has a form, or a field a person types or chooses in. Besides the checklist’s boxes, the only other field is a read-only one holding the page’s address, shown only when copying it fails (so not in the prerendered pages); neither can be in error.',
  },
  person: {
    ja: '試験が入力欄を見つけた。誤りを検出したとき、どの欄の何が誤りかを文字で示し、直し方を提案しているか確認する。',
    en: 'A test found a field: check that an error in it is named in text, with a suggestion how to correct it.',
  },
} as const

export const jisCriteria: Criterion[] = [
  {
    id: '1.1.1',
    level: 'A',
    version: '2.0',
    name: { ja: '非テキストコンテンツ', en: 'Non-text Content' },
    machine: {
      ja: 'axe-core が全画面で、画像（QR コード、アイコン）に代替テキストがあるか、支援技術から隠されているかを確認。',
      en: 'axe-core checks on every screen that each image (the QR code, the icons) has a text alternative or is hidden from assistive technology.',
    },
    person: {
      ja: '結果画面の QR コードの代替テキストが、何を開くコードか（この結果を別の端末で開く）を伝えているか。言語メニューの地球のアイコンは飾りとして隠されているか。ほかに情報を持つ画像がないか。',
      en: 'On an outcome, the QR code’s text alternative says what it opens (this result, on another device); the language menu’s globe is decoration, hidden; no other picture carries information.',
    },
  },
  {
    id: '1.2.1',
    level: 'A',
    version: '2.0',
    name: { ja: '音声だけ及び映像だけ（収録済み）', en: 'Audio-only and Video-only (Prerecorded)' },
    ...noMedia,
  },
  { id: '1.2.2', level: 'A', version: '2.0', name: { ja: 'キャプション（収録済み）', en: 'Captions (Prerecorded)' }, ...noMedia },
  {
    id: '1.2.3',
    level: 'A',
    version: '2.0',
    name: { ja: '音声解説又はメディアに対する代替コンテンツ（収録済み）', en: 'Audio Description or Media Alternative (Prerecorded)' },
    ...noMedia,
  },
  {
    id: '1.3.1',
    level: 'A',
    version: '2.0',
    name: { ja: '情報及び関係性', en: 'Info and Relationships' },
    machine: {
      ja: 'axe-core が全画面で、リスト、見出し、ARIA の構造、ラベルを確認。',
      en: 'axe-core checks lists, headings, ARIA structure and labels on every screen.',
    },
    person: {
      ja: 'スクリーンリーダーで、見た目の構造と読み上げが一致するか。各画面の見出し（質問が h1、結果の各節が h2）、手順が番号付きリスト、チェックリストの各項目がラベル付き、連絡先と受付時間が文字で読めること。',
      en: 'With a screen reader, the structure heard matches the one seen: the question as the h1 and the plan’s sections as h2, the steps as a numbered list, each checklist box with its label, contacts and hours as text.',
    },
  },
  {
    id: '1.3.2',
    level: 'A',
    version: '2.0',
    name: { ja: '意味のある順序', en: 'Meaningful Sequence' },
    person: {
      ja: 'スタイルなし、またはスクリーンリーダーで各画面をソース順に読み、質問の後に回答、手順が順番どおり、印刷シートの段組みも正しい順に読めるか。',
      en: 'Read each screen in source order (styles off, or with a screen reader): the question before its answers, the plan’s steps in order, the printed sheet’s columns in order.',
    },
  },
  {
    id: '1.3.3',
    level: 'A',
    version: '2.0',
    name: { ja: '感覚的な特徴', en: 'Sensory Characteristics' },
    person: {
      ja: `質問の補足や手順の説明が、形・大きさ・位置・色・音だけに頼っていないか（「右のボタン」「青いボタン」など）。${count} 言語で確認する。`,
      en: `No hint or step relies on shape, size, position, colour or sound alone (“the button on the right”, “the blue button”), in all ${count} languages.`,
    },
  },
  {
    id: '1.4.1',
    level: 'A',
    version: '2.0',
    name: { ja: '色の使用', en: 'Use of Color' },
    machine: {
      ja: 'axe-core が全画面で、文中のリンクが色以外でも区別できるかを確認。',
      en: 'axe-core checks on every screen that links in text stand out by more than colour.',
    },
    person: {
      ja: '「受付中」「受付時間外」が緑・赤だけでなく文字で伝わるか。Change で開き直した質問の、前に選んだ回答が色以外でも示されるか。',
      en: '“Open now” and “Closed now” are said in words, not only in green and red; on a question reopened with Change, the answer given before is marked by more than colour.',
    },
  },
  { id: '1.4.2', level: 'A', version: '2.0', name: { ja: '音声の制御', en: 'Audio Control' }, ...noMedia },
  {
    id: '2.1.1',
    level: 'A',
    version: '2.0',
    name: { ja: 'キーボード', en: 'Keyboard' },
    machine: {
      ja: 'キーボード試験が Tab・Shift+Tab・Enter・Space だけで最初の画面から結果まで進み、チェックリストに印を付けて戻る。全画面で Tab がすべての操作部品に届く。',
      en: 'The keyboard test goes from the start to an outcome and back with Tab, Shift+Tab, Enter and Space, ticking the checklist; on every screen Tab reaches every control.',
    },
    person: {
      ja: 'キーボードだけで、言語メニューを開いて言語を選ぶ、「日本語を表示」、印刷、回答の変更、お知らせを閉じる、チェックリスト、「この案内を送る」（共有シート、またはコピーとその知らせ。コピーに失敗したときはアドレスの読み取り専用の欄）、開始画面の「前回の続きから」、「回答を消す」（開始画面とフッター）、を操作できるか。',
      en: 'With the keyboard alone: open the language menu and choose a language, Show Japanese, Print, Change an answer, dismiss a notice, tick the checklist, Send this guidance (the share sheet, or the copy and its status message; after a failed copy, the read-only address field), Continue where you left off on the start, Clear my answers (on the start and in the footer).',
    },
  },
  {
    id: '2.1.2',
    level: 'A',
    version: '2.0',
    name: { ja: 'キーボードトラップなし', en: 'No Keyboard Trap' },
    decidedBy: 'tests-conform',
    machine: {
      ja: '全画面とアクセシビリティのページで（日本語 360 px、英語 1280 px）、Tab が操作部品を順に進み、ページの外へ出る。フォーカスを留める部品はない。',
      en: 'On every screen and accessibility page (Japanese at 360 px, English at 1280 px), Tab moves through every control in turn and leaves the page: none holds the focus.',
    },
    person: {
      ja: 'Tab と Shift+Tab で、どの部品からもフォーカスが出られるか確認する。',
      en: 'Check that Tab and Shift+Tab move the focus away from every control.',
    },
  },
  {
    id: '2.2.1',
    level: 'A',
    version: '2.0',
    name: { ja: 'タイミング調整可能', en: 'Timing Adjustable' },
    machine: {
      ja: 'axe-core が全画面で、自動で再読み込み・移動する meta refresh がないことを確認。',
      en: 'axe-core checks on every screen that no meta refresh reloads or moves the page.',
    },
    person: {
      ja: '制限時間がないことを確認する。回答はタブを閉じるまで残り、時間切れやログアウトはない（新しい版の公開時、開いているページは同じステップのまま読み直される）。',
      en: 'Confirm there is no time limit: answers stay until the tab is closed; nothing expires or logs out (when a new version is published, an open page reloads on the same step).',
    },
  },
  {
    id: '2.2.2',
    level: 'A',
    version: '2.0',
    name: { ja: '一時停止，停止及び非表示', en: 'Pause, Stop, Hide' },
    machine: {
      ja: 'axe-core が点滅・流れる文字（blink、marquee）がないことを確認。動きを減らす設定では何も動かない。',
      en: 'axe-core checks there is no blinking or scrolling text (blink, marquee); with reduced motion nothing moves.',
    },
    person: {
      ja: '自動で動く・点滅する・流れるものがないか。結果画面の「受付中／受付時間外」は時間とともに変わる（定期的に更新）。一時停止の手段が必要な自動更新にあたるか判断する。',
      en: 'Nothing moves, blinks or scrolls on its own; on an outcome “Open now / Closed now” changes with time (refreshed regularly): decide whether it is auto-updating content that needs a way to pause.',
    },
  },
  {
    id: '2.3.1',
    level: 'A',
    version: '2.0',
    name: { ja: '3回のせん（閃）光，又はしきい（閾）値以下', en: 'Three Flashes or Below Threshold' },
    machine: {
      ja: '映像はない。動きを減らす設定では何も動かない。',
      en: 'There is no video; with reduced motion nothing moves.',
    },
    person: {
      ja: '開始、質問、結果、言語メニュー、お知らせの各画面で、光るもの・点滅するものがないことを見て確認する。',
      en: 'Watch each kind of screen (start, question, outcome, the language menu open, a notice): nothing flashes.',
    },
  },
  {
    id: '2.4.1',
    level: 'A',
    version: '2.0',
    name: { ja: 'ブロックスキップ', en: 'Bypass Blocks' },
    decidedBy: 'tests-conform',
    machine: {
      ja: '全画面とアクセシビリティのページで、最初の Tab が見える「本文へ移動」リンクに届き、それを Enter で押すと次の Tab は本文の中に入る。axe-core の bypass も確認。',
      en: 'On every screen and accessibility page the first Tab reaches a visible “Skip to main content” link; after following it with Enter, the next Tab is in the main content. axe-core’s bypass rule too.',
    },
    person: {
      ja: '「本文へ移動」リンクで、繰り返されるヘッダーを飛ばせるか確認する。',
      en: 'Check the skip link passes the repeated header.',
    },
  },
  {
    id: '2.4.2',
    level: 'A',
    version: '2.0',
    name: { ja: 'ページタイトル', en: 'Page Titled' },
    decidedBy: 'tests-conform',
    machine: {
      ja: `${count} 言語の事前生成された全ページと、アプリで表示した全画面（日本語・英語）のタイトルが「その画面の見出し | 案内の名前」。アクセシビリティのページはその見出しで始まる。axe-core の document-title も確認。`,
      en: `Every prerendered page in ${count} languages, and every screen as the app shows it (Japanese, English), is titled “<the screen’s heading> | <the guide’s name>”; the accessibility pages begin with their heading. axe-core’s document-title too.`,
    },
    person: {
      ja: '各ページのタイトルが内容を表しているか確認する。',
      en: 'Check each page’s title says what it is.',
    },
  },
  {
    id: '2.4.3',
    level: 'A',
    version: '2.0',
    name: { ja: 'フォーカス順序', en: 'Focus Order' },
    machine: {
      ja: 'キーボード試験で、回答するたびにフォーカスが新しい画面の見出しへ移る。',
      en: 'The keyboard test finds the focus on the new screen’s heading after each answer.',
    },
    person: {
      ja: '質問と結果の画面を Tab で進み、順序が読む順（ヘッダー、質問、回答、戻る。結果の各節の順）どおりか。',
      en: 'Tab through a question and an outcome: the order follows the reading order (header, question, answers, Back; the plan’s sections in turn).',
    },
  },
  {
    id: '2.4.4',
    level: 'A',
    version: '2.0',
    name: { ja: 'リンクの目的（コンテキスト内）', en: 'Link Purpose (In Context)' },
    machine: {
      ja: 'axe-core が全画面で、すべてのリンクに名前があることを確認。',
      en: 'axe-core checks on every screen that every link has a name.',
    },
    person: {
      ja: '回答、戻る、最初からやり直す、変更（どの質問かを言う）、公式サイトへのリンク、電話番号のリンクが、文脈と合わせて行き先が分かるか。',
      en: 'Each link says where it leads, with its sentence: the answers, Back, Start again, Change (naming its question), the official links and the phone numbers.',
    },
  },
  {
    id: '3.1.1',
    level: 'A',
    version: '2.0',
    name: { ja: 'ページの言語', en: 'Language of Page' },
    decidedBy: 'tests-conform',
    machine: {
      ja: `${count} 言語の事前生成された全ページが <html lang> でその言語を示し、アプリで画面を移っても正しいまま（日本語・英語）。アクセシビリティのページも。axe-core の html-has-lang、html-lang-valid も確認。`,
      en: `Every prerendered page in ${count} languages names its language in <html lang>, and the app keeps it right from screen to screen (Japanese, English); the accessibility pages too. axe-core’s html-has-lang and html-lang-valid too.`,
    },
    person: {
      ja: '各ページの <html lang> がページの言語と合っているか確認する。',
      en: 'Check each page’s <html lang> matches its language.',
    },
  },
  {
    id: '3.2.1',
    level: 'A',
    version: '2.0',
    name: { ja: 'フォーカス時', en: 'On Focus' },
    decidedBy: 'tests-conform',
    machine: {
      ja: '全画面とアクセシビリティのページで、Tab でフォーカスを受けた部品が、ページやウィンドウを開いたり画面を変えたりしない。',
      en: 'On every screen and accessibility page, no control taking the focus with Tab opens a page or a window or changes the screen.',
    },
    person: {
      ja: 'フォーカスを受けただけで画面が変わる部品がないか確認する。',
      en: 'Check that no control changes the screen on receiving focus.',
    },
  },
  {
    id: '3.2.2',
    level: 'A',
    version: '2.0',
    name: { ja: '入力時', en: 'On Input' },
    decidedBy: 'tests-conform',
    machine: {
      ja: '人が入力・選択する欄は、チェックリストのチェックボックスだけ（ほかには、アドレスのコピーに失敗したときにだけ現れる、ページのアドレスを示す読み取り専用の欄がある）。全画面で、各チェックボックスを Space で切り替えても、その印のほかは何も変わらない。',
      en: 'The only fields a person types or chooses in are the checklist’s boxes (besides them there is only a read-only field with the page’s address, shown when copying it fails); on every screen, ticking each box with Space changes the box and nothing else.',
    },
    person: {
      ja: '入力欄の値を変えただけで画面が変わらないか確認する。',
      en: 'Check that changing a field does not change the screen.',
    },
  },
  { id: '3.3.1', level: 'A', version: '2.0', name: { ja: 'エラーの特定', en: 'Error Identification' }, ...noFields },
  {
    id: '3.3.2',
    level: 'A',
    version: '2.0',
    name: { ja: 'ラベル又は説明', en: 'Labels or Instructions' },
    machine: {
      ja: 'axe-core が全画面で、チェックボックスにラベルがあることを確認。',
      en: 'axe-core checks on every screen that the checkboxes have labels.',
    },
    person: {
      ja: `各質問が何を選べばよいかを言い（補足も含む）、チェックリストの各項目のラベルが分かりやすいか。${count} 言語で確認する。`,
      en: `Each question says what to choose (with its hint) and each checklist label is clear, in all ${count} languages.`,
    },
  },
  {
    id: '4.1.1',
    level: 'A',
    version: '2.0',
    name: { ja: '構文解析', en: 'Parsing' },
    machine: {
      ja: '事前生成された全ページとアクセシビリティのページが、HTML として誤りなく解析でき（parse5）、同じ id を 2 度使っていない。',
      en: 'Every prerendered page and accessibility page parses as HTML without an error (parse5) and uses no id twice.',
    },
    person: {
      ja: '要素の入れ子が仕様どおりか、試験の結果とあわせて判断し記録する（WCAG 2.2 ではこの基準は HTML で常に満たされるものとして削除されている）。',
      en: 'Judge, with the test’s result, that elements nest as the specification says, and record it (WCAG 2.2 removed this criterion as always met by HTML).',
    },
  },
  {
    id: '4.1.2',
    level: 'A',
    version: '2.0',
    name: { ja: '名前（name），役割（role）及び値（value）', en: 'Name, Role, Value' },
    machine: {
      ja: 'axe-core が全画面で、ボタン・リンク・入力欄の名前と、ARIA 属性の正しさを確認。',
      en: 'axe-core checks on every screen the names of buttons, links and fields, and that ARIA attributes are valid.',
    },
    person: {
      ja: 'スクリーンリーダーで、言語メニュー（開閉）、「日本語を表示」（押された状態）、チェックボックス（印）、お知らせを閉じるボタン、QR コード、回答後の状況の読み上げ、「この案内を送る」ボタンとその後の知らせ（コピーした／できなかった）、コピーに失敗したときのアドレスの欄（ラベル、読み取り専用）、開始画面の「前回の続きから」、「回答を消す」（開始画面とフッター）が、名前・役割・状態とともに伝わるか。',
      en: 'With a screen reader: the language menu (open or closed), Show Japanese (pressed or not), the checkboxes (ticked or not), the notice’s dismiss button, the QR code, the status read after each answer, Send this guidance and the status message after it (copied, or not), the address field after a failed copy (its label, read-only), Continue where you left off on the start and Clear my answers (on the start and in the footer) come with name, role and state.',
    },
  },
  { id: '1.2.4', level: 'AA', version: '2.0', name: { ja: 'キャプション（ライブ）', en: 'Captions (Live)' }, ...noMedia },
  { id: '1.2.5', level: 'AA', version: '2.0', name: { ja: '音声解説（収録済み）', en: 'Audio Description (Prerecorded)' }, ...noMedia },
  {
    id: '1.4.3',
    level: 'AA',
    version: '2.0',
    name: { ja: 'コントラスト（最低限レベル）', en: 'Contrast (Minimum)' },
    machine: {
      ja: 'axe-core が全画面で、表示されている文字と背景のコントラスト比を確認。',
      en: 'axe-core checks the contrast of the text on show against its background on every screen.',
    },
    person: {
      ja: 'axe-core が判定できなかった箇所（下記）、ホバー時・フォーカス時の文字色、お知らせの帯、「受付中」の緑と「受付時間外」の赤、薄い色の文字を 4.5:1 以上か確認する。',
      en: 'Check against 4.5:1 what axe-core could not decide (below), text on hover and focus, the notice banner, “Open now” in green and “Closed now” in red, and the muted text.',
    },
  },
  {
    id: '1.4.4',
    level: 'AA',
    version: '2.0',
    name: { ja: 'テキストのサイズ変更', en: 'Resize text' },
    decidedBy: 'tests-conform',
    machine: {
      ja: `${count} 言語の全画面とアクセシビリティのページを 200% に拡大（1280 × 800 の窓で 640 × 400 CSS px）して、横にスクロールせず、切れる文字も、ほかの文字に重なる文字もない。言語メニューを開いた状態も。`,
      en: `Every screen in all ${count} languages and the accessibility pages, zoomed to 200 % (a 1280 × 800 window: 640 × 400 CSS px): nothing scrolls sideways, no text is cut off or drawn over other text; the language menu open too.`,
    },
    person: {
      ja: 'ブラウザーで 200% に拡大し、文字と操作部品が欠けないか確認する。',
      en: 'Zoom the browser to 200 %: no text or control is lost.',
    },
  },
  {
    id: '1.4.5',
    level: 'AA',
    version: '2.0',
    name: { ja: '文字画像', en: 'Images of Text' },
    decidedBy: 'tests-not-applicable',
    machine: {
      ja: 'アプリで表示した全画面とアクセシビリティのページ（日本語・英語）に、img・canvas・picture・画像ボタン・背景画像がなく、SVG に文字（text 要素）がない。',
      en: 'No screen as the app shows it, nor accessibility page (Japanese, English), has an img, canvas, picture, image button or background image, nor text drawn in SVG.',
    },
    person: {
      ja: '試験が画像を見つけた。文字を画像で表していないか確認する。',
      en: 'A test found an image: check it is not text shown as a picture.',
    },
  },
  {
    id: '2.4.5',
    level: 'AA',
    version: '2.0',
    name: { ja: '複数の手段', en: 'Multiple Ways' },
    person: {
      ja: 'この案内は手順（プロセス）で、各画面はその一段階にあたる。WCAG はプロセスの一段階であるページをこの基準の例外としている。その判断を確認し、どの画面からも最初の画面とアクセシビリティのページに行けることを確かめる。',
      en: 'The guide is a process and each screen a step in it, which WCAG excepts from this criterion: confirm that reading, and that the start and the accessibility pages are reachable from every screen.',
    },
  },
  {
    id: '2.4.6',
    level: 'AA',
    version: '2.0',
    name: { ja: '見出し及びラベル', en: 'Headings and Labels' },
    person: {
      ja: `見出し（各質問、結果の各節）とラベル（チェックリスト、ボタン）が、内容と目的を表しているか。${count} 言語で確認する。`,
      en: `Headings (each question, the plan’s sections) and labels (the checklist, the buttons) say what follows or what they do, in all ${count} languages.`,
    },
  },
  {
    id: '2.4.7',
    level: 'AA',
    version: '2.0',
    name: { ja: 'フォーカスの可視化', en: 'Focus Visible' },
    machine: {
      ja: '全画面とアクセシビリティのページで、Tab で届いたすべての部品が 2 px 以上のフォーカス枠を描く。',
      en: 'On every screen and accessibility page, every control reached with Tab draws a focus outline of 2 px or more.',
    },
    person: {
      ja: '回答ボタン、文中のリンク、チェックボックス、言語メニュー、ボタンのフォーカス枠が背景に対してはっきり見えるか。強制カラーモードでも。',
      en: 'The focus outline is clearly visible against its background on the answers, links in text, checkboxes, the language menu and the buttons, in forced colours too.',
    },
  },
  {
    id: '3.1.2',
    level: 'AA',
    version: '2.0',
    name: { ja: '一部分の言語', en: 'Language of Parts' },
    machine: {
      ja: `${count} 言語の全画面で、言語メニューの各言語名がその言語の lang を持ち、翻訳の横に表示する日本語が lang="ja" を持つ。axe-core の valid-lang も確認。`,
      en: `On every screen in all ${count} languages, the language menu names each language in itself with its lang, and the Japanese beside a translation is marked lang="ja". axe-core’s valid-lang too.`,
    },
    person: {
      ja: '翻訳の文中に、窓口で使う日本語の用語が括弧書きで入り、言語メニューのラベルは 2 つの言語を並べている（「Language / 言語」）。固有名詞・用語として例外とするか、言語を示すかを判断する。',
      en: 'Translated sentences carry, in brackets, the Japanese terms used at the counter, and the menu’s label pairs two languages (“Language / 言語”): decide whether these are names and terms (exempt) or need their language marked.',
    },
  },
  {
    id: '3.2.3',
    level: 'AA',
    version: '2.0',
    name: { ja: '一貫したナビゲーション', en: 'Consistent Navigation' },
    person: {
      ja: 'ヘッダー（本文へ移動、言語メニュー）、フッター（出典、プライバシーと「回答を消す」、アクセシビリティ方針と試験結果）、画面下の「戻る」「最初からやり直す」が、どの画面でも同じ順序で現れるか。',
      en: 'The header (skip link, language menu), the footer (source, privacy and Clear my answers, accessibility statement and test report) and Back and Start again appear in the same order on every screen.',
    },
  },
  {
    id: '3.2.4',
    level: 'AA',
    version: '2.0',
    name: { ja: '一貫した識別性', en: 'Consistent Identification' },
    person: {
      ja: '同じ働きの部品（戻る、最初からやり直す、変更、印刷、言語メニュー、「この案内を送る」、開始画面の「前回の続きから」、開始画面とフッターの「回答を消す」）が、どの画面でも同じ名前か。',
      en: 'Controls that do the same (Back, Start again, Change, Print, the language menu, Send this guidance, Continue where you left off on the start, Clear my answers on the start and in the footer) have the same name on every screen.',
    },
  },
  { id: '3.3.3', level: 'AA', version: '2.0', name: { ja: 'エラー修正の提案', en: 'Error Suggestion' }, ...noFields },
  {
    id: '3.3.4',
    level: 'AA',
    version: '2.0',
    name: { ja: '誤り防止（法的，金融及びデータ）', en: 'Error Prevention (Legal, Financial, Data)' },
    machine: {
      ja: 'どのページにもフォームがなく、ほかのサイトへ何も送らない（どの試験も、ほかのオリジンへの通信があれば失敗する）。',
      en: 'No page has a form, and nothing is sent to another site (every browser test fails on a request to another origin).',
    },
    person: {
      ja: '法的な約束、支払い、サーバーへのデータの送信や削除がないので非適用と判断してよいか確認する（「この案内を送る」は、この結果のアドレスをその人の端末の共有シートかクリップボードに渡すだけで、サーバーには送らない。「回答を消す」はこの端末の回答を消すだけで、答え直せる）。',
      en: 'Confirm it does not apply: no commitment, payment, or data sent to a server or deleted (“Send this guidance” hands the result’s address to the person’s own device, its share sheet or clipboard, not to a server; “Clear my answers” forgets the answers on this device, and they can be given again).',
    },
  },
]

/** Beyond JIS X 8341-3:2016: the WCAG 2.2 criteria this guide also aims at, and two of WCAG 2.1 the tests check. */
export const beyondCriteria: Criterion[] = [
  {
    id: '2.4.11',
    level: 'AA',
    version: '2.2',
    name: { ja: 'フォーカスの非隠蔽（最低限）', en: 'Focus Not Obscured (Minimum)' },
    decidedBy: 'tests-conform',
    machine: {
      ja: '全画面とアクセシビリティのページで（日本語 360 px、英語 1280 px）、Tab で届いた部品が、ほかの内容に完全に隠されず画面に見えている。',
      en: 'On every screen and accessibility page (Japanese at 360 px, English at 1280 px), each control reached with Tab is at least partly in view, not hidden behind other content.',
    },
    person: {
      ja: 'Tab で進むとき、フォーカスのある部品が隠れないか確認する。',
      en: 'Check the control with the focus is never hidden as Tab moves on.',
    },
  },
  {
    id: '2.5.8',
    level: 'AA',
    version: '2.2',
    name: { ja: 'ターゲットのサイズ（最低限）', en: 'Target Size (Minimum)' },
    decidedBy: 'tests-conform',
    machine: {
      ja: '全画面とアクセシビリティのページで（日本語 360 px、英語 1280 px）、すべての操作部品が 24 × 24 CSS px 以上か、文中のリンクか、周りに十分な間隔がある。',
      en: 'On every screen and accessibility page (Japanese at 360 px, English at 1280 px), every control is 24 × 24 CSS px or more, or a link in a sentence, or has room round it.',
    },
    person: {
      ja: '小さすぎて押しにくい部品がないか確認する。',
      en: 'Check no control is too small to hit.',
    },
  },
  {
    id: '3.2.6',
    level: 'A',
    version: '2.2',
    name: { ja: '一貫したヘルプ', en: 'Consistent Help' },
    person: {
      ja: '問い合わせ先（電話番号、窓口）が、どの結果画面でもほかの内容に対して同じ位置（手順の後、回答の前）にあり、エラー画面にも同じ問い合わせ先の電話番号があるか。',
      en: 'The contacts (the phone numbers, the offices) sit in the same place relative to the rest on every outcome (after the plan, before the answers), and the error page gives the same contact number.',
    },
  },
  {
    id: '3.3.7',
    level: 'A',
    version: '2.2',
    name: { ja: '冗長な入力', en: 'Redundant Entry' },
    machine: {
      ja: 'どの道筋でも同じ質問を 2 度聞かない。「変更」で開き直した質問は、前に選んだ回答を示す。',
      en: 'No way through the guide asks a question twice; a question reopened with Change marks the answer given before.',
    },
    person: {
      ja: '「戻る」で前の質問に戻ると、前の回答は示されず答え直す。これが冗長な入力にあたるか判断する。言語を切り替えても回答が残るか確認する。',
      en: 'After Back, the question shows no mark of the answer given and is answered again: decide whether that is redundant entry. Check the answers survive a change of language.',
    },
  },
  {
    id: '1.4.10',
    level: 'AA',
    version: '2.1',
    name: { ja: 'リフロー', en: 'Reflow' },
    decidedBy: 'tests-conform',
    machine: {
      ja: `${count} 言語の全画面とアクセシビリティのページを幅 320 CSS px で表示して、横にスクロールせず、切れる文字も、ほかの文字に重なる文字もない。言語メニューを開いた状態も。`,
      en: `Every screen in all ${count} languages and the accessibility pages at 320 CSS px wide: nothing scrolls sideways, no text is cut off or drawn over other text; the language menu open too.`,
    },
    person: {
      ja: '幅 320 px（1280 px の窓を 400% に拡大）で、内容と機能が欠けないか確認する。',
      en: 'At 320 px wide (a 1280 px window at 400 %), no content or function is lost.',
    },
  },
  {
    id: '1.4.12',
    level: 'AA',
    version: '2.1',
    name: { ja: 'テキストの間隔', en: 'Text Spacing' },
    decidedBy: 'tests-conform',
    machine: {
      ja: `${count} 言語の全画面とアクセシビリティのページで、行の高さ 1.5、段落の後 2 em、文字間 0.12 em、単語間 0.16 em にしても（360 px と 1280 px）、切れる文字も、ほかの文字に重なる文字もない。`,
      en: `Every screen in all ${count} languages and the accessibility pages, with line height 1.5, 2 em after paragraphs, 0.12 em between letters and 0.16 em between words (at 360 and 1280 px): no text is cut off or drawn over other text.`,
    },
    person: {
      ja: '文字の間隔を広げても、内容が欠けないか確認する。',
      en: 'With wider text spacing, no content is lost.',
    },
  },
]
