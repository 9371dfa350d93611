// A React 19 app using the widgets: props as a React developer writes them (camelCase properties or
// attribute names), events through React 19's `on<event-name>` props on custom elements.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { EVENTS, type Mount, type Widget } from './app.js';

function Widgets({ widgets, on }: { widgets: Widget[]; on: (event: Event) => void }) {
  const handlers = Object.fromEntries(EVENTS.map((name) => [`on${name}`, on]));
  return <>{widgets.map(([tag, props]) => createElement(tag, { key: tag, ...handlers, ...props }))}</>;
}

export const mount: Mount = (container, on) => {
  const root = createRoot(container);
  return {
    async render(widgets) {
      flushSync(() => root.render(<Widgets widgets={widgets} on={on} />));
    },
    unmount() {
      root.unmount();
    },
  };
};
