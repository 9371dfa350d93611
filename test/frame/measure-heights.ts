/**
 * Not a test: `npm run heights` (scripts/measure-heights.mjs) runs this in each browser to measure
 * the frame page's height for every setup in FRAME_CASES, language and column width, and hands
 * the numbers to the server, which writes src/frame/heights.ts.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { LANGS } from '../../src/content/index.js';
import { FRAME_CASES, FRAME_WIDTHS } from '../../src/frame/frame-cases.js';
import { contentHeight, openAll, openFrame } from './frame-page.js';

describe('measure the frame page', () => {
  it('measures every setup, language and width', async function () {
    this.timeout(600000);
    for (const [index, c] of FRAME_CASES.entries()) {
      for (const lang of LANGS) {
        for (const exit of c.widget === 'quick-exit' ? [false] : [false, true]) {
          const page = await openFrame(
            { widget: c.widget, ...c.attributes, lang, ...(exit ? { 'quick-exit': '' } : {}) },
            { height: 40 },
          );
          await openAll(page);
          const heights = [];
          for (const width of FRAME_WIDTHS) heights.push(await contentHeight(page, width));
          page.remove();
          await executeServerCommand('aw-frame-height', { index, lang, exit, heights });
        }
      }
    }
  });
});
