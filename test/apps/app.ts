// What the framework apps (react-app.tsx, vue-app.ts) share with test/frameworks.test.ts. The apps
// are bundled by esbuild during the test run (test/plugins/apps.mjs) and served as /__app/<name>.js.

/** A widget to render: its tag and its props, spelt as an app written in that framework spells them. */
export type Widget = [tag: string, props: Record<string, unknown>];

export interface FrameworkApp {
  /** Renders exactly these widgets (none: an empty list); resolves once the framework has patched the DOM. */
  render(widgets: Widget[]): Promise<void>;
  unmount(): void;
}

/** Mounts an app into `container`; `on` receives every event any widget fires. */
export type Mount = (container: HTMLElement, on: (event: Event) => void) => FrameworkApp;

/** Every event the widgets fire. */
export const EVENTS = ['aw-call', 'aw-report', 'aw-dismiss', 'aw-exit', 'aw-toggle', 'aw-link'] as const;
