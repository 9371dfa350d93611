import { LANGS, matchLang } from './content/index.js';
import { THEMES, setConfig, type Config, type Theme } from './internal/context.js';
import { TAGS, type Tag } from './registry.js';
import { VERSION } from './version.js';

/** What `window.AwarenessWidgets` offers: the only global the library adds. */
export interface AwarenessWidgetsGlobal {
  /** The library's version. */
  readonly version: string;
  /** The tags this build defines. */
  readonly tags: readonly Tag[];
  /**
   * Page-wide defaults. `lang` applies to every widget without its own `lang` attribute (over
   * the page's language); `theme` to every widget without its own `theme`. Pass `undefined` to clear.
   */
  configure(options: { lang?: string | undefined; theme?: string | undefined }): void;
}

function configure(options: { lang?: string | undefined; theme?: string | undefined }): void {
  if (options === null || typeof options !== 'object') {
    console.warn('AwarenessWidgets.configure: expected an object such as { lang: "es", theme: "dark" }.');
    return;
  }
  const next: Config = {};
  if ('lang' in options) {
    next.lang = options.lang == null ? undefined : matchLang(options.lang);
    if (options.lang != null && !next.lang) {
      console.warn(
        `AwarenessWidgets.configure: ignoring lang "${String(options.lang)}"; expected one of ${LANGS.join(', ')}.`,
      );
      delete next.lang;
    }
  }
  if ('theme' in options) {
    const theme = options.theme == null ? undefined : String(options.theme).toLowerCase();
    if (theme === undefined || (THEMES as readonly string[]).includes(theme)) next.theme = theme as Theme | undefined;
    else
      console.warn(
        `AwarenessWidgets.configure: ignoring theme "${String(options.theme)}"; expected one of ${THEMES.join(', ')}.`,
      );
  }
  setConfig(next);
}

export const api: AwarenessWidgetsGlobal = Object.freeze({
  version: VERSION,
  tags: Object.freeze([...TAGS]),
  configure,
});

declare global {
  interface Window {
    AwarenessWidgets?: AwarenessWidgetsGlobal;
  }
}
