// A Vue 3 app using the widgets, with the runtime-only build and render functions: `h(tag, props)`
// receives props exactly as Vue's compiler turns a template into them (`:remember-dismiss="false"`
// becomes { 'remember-dismiss': false }, `@aw-dismiss` becomes onAwDismiss).
import { createApp, h, nextTick, shallowRef } from 'vue';
import { EVENTS, type Mount, type Widget } from './app.js';

const handlerName = (event: string) => `on${event.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase())}`;

export const mount: Mount = (container, on) => {
  const widgets = shallowRef<Widget[]>([]);
  const handlers = Object.fromEntries(EVENTS.map((name) => [handlerName(name), on]));
  const app = createApp({
    setup: () => () => widgets.value.map(([tag, props]) => h(tag, { key: tag, ...handlers, ...props })),
  });
  app.mount(container);
  return {
    async render(next) {
      widgets.value = next;
      await nextTick();
    },
    unmount() {
      app.unmount();
    },
  };
};
