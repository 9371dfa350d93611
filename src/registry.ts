import { AwHotlineBanner } from './components/hotline-banner/hotline-banner.js';

/** Every element of the library, by tag, in the order they are defined. */
export const ELEMENTS = {
  'aw-hotline-banner': AwHotlineBanner,
} as const satisfies Record<string, CustomElementConstructor>;

export type Tag = keyof typeof ELEMENTS;
export const TAGS = Object.keys(ELEMENTS) as Tag[];
