import { AwHotlineBanner } from './components/hotline-banner/hotline-banner.js';
import { AwQuickExit } from './components/quick-exit/quick-exit.js';

/** Every element of the library, by tag, in the order they are defined. */
export const ELEMENTS = {
  'aw-quick-exit': AwQuickExit,
  'aw-hotline-banner': AwHotlineBanner,
} as const satisfies Record<string, CustomElementConstructor>;

export type Tag = keyof typeof ELEMENTS;
export const TAGS = Object.keys(ELEMENTS) as Tag[];
