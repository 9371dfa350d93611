// Compiled by `npm run build` (tsc -p test/types): Vue's GlobalComponents for the widgets, as
// vue-tsc checks a template such as <aw-hotline-banner variant="card" />.
import type {} from 'awareness-widgets/vue';
import type { GlobalComponents } from 'vue';

type Props<T extends keyof GlobalComponents> =
  NonNullable<GlobalComponents[T]> extends new (...args: never[]) => {
    $props: infer P;
  }
    ? P
    : never;

export const ok: Props<'aw-hotline-banner'> = { variant: 'card', dismissible: true };
export const ticker: Props<'aw-stats-ticker'> = { interval: 10, mode: 'static' };

// @ts-expect-error a misspelt variant fails to compile
export const misspelt: Props<'aw-hotline-banner'> = { variant: 'cards' };
