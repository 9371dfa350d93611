// `npm run heights`: the base config, running only test/frame/measure-heights.ts, with a server
// command that collects what each browser measured (scripts/measure-heights.mjs reads the file).
import { writeFileSync } from 'node:fs';
import base from './web-test-runner.config.mjs';

export const RESULTS = 'dist/frame-heights.json';
const results = [];

export default {
  ...base,
  files: ['test/frame/measure-heights.ts'],
  testsFinishTimeout: 1200000,
  plugins: [
    ...base.plugins,
    {
      name: 'aw-frame-height',
      executeCommand({ command, payload, session }) {
        if (command !== 'aw-frame-height') return undefined;
        results.push({ browser: session.browser.name, ...payload });
        writeFileSync(RESULTS, JSON.stringify(results));
        return true;
      },
    },
  ],
};
