/// <reference types="vite/client" />
/// <reference types="@intlify/unplugin-vue-i18n/messages" />

/** A flow module's first screen, generated from its machine by scripts/first-screen.ts. */
declare module '*?first-screen' {
  const firstScreen: import('./src/engine/types').FirstScreen
  export default firstScreen
}
