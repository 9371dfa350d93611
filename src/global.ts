import { LANGS, matchLang } from './content/index.js';
import { THEMES, setConfig, type Config } from './internal/context.js';
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

/** A value for a warning: a string in quotes, anything else by its type (a Symbol cannot be turned into text implicitly). */
const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : `(${typeof value})`);

function configure(options: { lang?: string | undefined; theme?: string | undefined }): void {
  const bad = (): void =>
    console.warn('AwarenessWidgets.configure: expected an object such as { lang: "es", theme: "dark" }.');
  if (options === null || typeof options !== 'object') return bad();
  try {
    const next: Config = {};
    if ('lang' in options) {
      const lang = options.lang;
      const matched = typeof lang === 'string' ? matchLang(lang) : undefined;
      if (lang == null || matched) next.lang = matched;
      else
        console.warn(`AwarenessWidgets.configure: ignoring lang ${shown(lang)}; expected one of ${LANGS.join(', ')}.`);
    }
    if ('theme' in options) {
      const theme = options.theme;
      const matched = typeof theme === 'string' ? THEMES.find((t) => t === theme.toLowerCase()) : undefined;
      if (theme == null || matched) next.theme = matched;
      else
        console.warn(
          `AwarenessWidgets.configure: ignoring theme ${shown(theme)}; expected one of ${THEMES.join(', ')}.`,
        );
    }
    setConfig(next);
  } catch {
    bad();
  }
}

/**
 * The library's global when this page already has it: an own property of the window with our
 * `version` and `tags`. An element with `id="AwarenessWidgets"` shows through as a named
 * property of the window and is not ours.
 */
export function ours(): AwarenessWidgetsGlobal | undefined {
  try {
    const found = Object.getOwnPropertyDescriptor(window, 'AwarenessWidgets')?.value as
      AwarenessWidgetsGlobal | undefined;
    return typeof found?.version === 'string' && Array.isArray(found.tags) ? found : undefined;
  } catch {
    return undefined;
  }
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
