import { en } from './en.js';
import { es } from './es.js';
import type { Lang, Strings } from './types.js';

export * from './facts.js';
export * from './types.js';

/** Every locale, by language. */
export const LOCALES: Readonly<Record<Lang, Strings>> = { en, es };

/** Languages the widgets speak, English first (the fallback). */
export const LANGS = Object.keys(LOCALES) as readonly Lang[];

/** The supported language for a BCP 47 tag ("es-MX" → "es"), or undefined. */
export function matchLang(tag: string | null | undefined): Lang | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : undefined;
}
