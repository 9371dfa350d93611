// Compiled by `npm run build` (tsc -p test/types): the React 19 JSX types of the widgets.
import type {} from 'awareness-widgets/react';

export const ok = (
  <>
    <aw-hotline-banner variant="card" position="bottom" dismissible remember-dismiss={false} />
    <aw-stats-ticker interval={10} mode="static" />
    <aw-facts mode="facts" expandable theme="dark" />
    <aw-warning-signs layout="grid" limit={4} show-hotline />
    <aw-take-action layout="list" />
    <aw-quick-exit position="fixed" hide-note />
  </>
);

// @ts-expect-error a misspelt variant fails to compile
export const misspelt = <aw-hotline-banner variant="cards" />;

// @ts-expect-error so does a mode the ticker does not have
export const wrongMode = <aw-stats-ticker mode="carousel" />;
