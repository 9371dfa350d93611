/**
 * The tested heights (src/frame/heights.ts) hold: in an iframe of each column width and exactly
 * the listed height, every widget setup, in every language, with every disclosure open, fits
 * without a scrollbar and with every control inside the frame. They are not padded beyond the
 * measurement plus its margin either. When this fails after a change of copy or layout, run
 * `npm run heights` and commit src/frame/heights.ts.
 */
import { expect } from '@open-wc/testing';
import { LANGS } from '../../src/content/index.js';
import { FRAME_CASES, FRAME_HEIGHTS, FRAME_WIDTHS, QUICK_EXIT_EXTRA, frameHeight } from '../../src/frame/heights.js';
import { contentHeight, openAll, openFrame } from './frame-page.js';

const RERUN = 'run `npm run heights` and commit src/frame/heights.ts';

describe('frame page heights (src/frame/heights.ts)', () => {
  for (const c of FRAME_CASES) {
    const name = `${c.widget} ${JSON.stringify(c.attributes)}`;
    it(`${name} fits its tested height at ${FRAME_WIDTHS.join(', ')} px`, async function () {
      this.timeout(60000);
      const tallest: number[] = FRAME_WIDTHS.map(() => 0);
      for (const lang of LANGS) {
        const page = await openFrame({ widget: c.widget, ...c.attributes, lang }, { height: 40 });
        try {
          await openAll(page);
          for (const [i, width] of FRAME_WIDTHS.entries()) {
            const tested = frameHeight(c.widget, c.attributes, width)!;
            const measured = await contentHeight(page, width);
            tallest[i] = Math.max(tallest[i]!, measured);
            expect(
              measured,
              `${name} ${lang} at ${width} px: content ${measured} px > tested ${tested} px; ${RERUN}`,
            ).to.be.at.most(tested);
            // At exactly that height: no scrollbar, every control inside the frame.
            page.frame.height = String(tested);
            await contentHeight(page, width);
            expect(page.doc.documentElement.scrollHeight, `${name} ${lang} ${width}: scrolls`).to.be.at.most(tested);
            const root = page.widget!.shadowRoot!;
            for (const control of root.querySelectorAll('a, button, summary')) {
              const box = control.getBoundingClientRect();
              expect(box.bottom, `${name} ${lang} ${width}: ${control.textContent?.trim()} clipped`).to.be.at.most(
                tested,
              );
            }
            page.frame.height = '40';
          }
        } finally {
          page.remove();
        }
      }
      // Not padded far beyond what this browser needs in its longest language either.
      for (const [i, width] of FRAME_WIDTHS.entries()) {
        const tested = frameHeight(c.widget, c.attributes, width)!;
        expect(
          tested,
          `${name} at ${width} px: tested ${tested} px is far above ${tallest[i]} px; ${RERUN}`,
        ).to.be.at.most(tallest[i]! * 1.3 + 60);
      }
    });
  }

  it('frameHeight() picks the setup, the narrower column and the quick-exit line', () => {
    const card = FRAME_HEIGHTS[FRAME_CASES.findIndex((c) => c.attributes.variant === 'card')]!;
    expect(frameHeight('hotline-banner', { variant: 'card' }, 480)).to.equal(card[1]);
    expect(frameHeight('aw-hotline-banner', { variant: 'card', theme: 'dark' }, 500)).to.equal(card[1]);
    expect(frameHeight('hotline-banner', { variant: 'card' }, 100)).to.equal(card[0]);
    expect(frameHeight('hotline-banner', { variant: 'card' }, 2000)).to.equal(card[3]);
    expect(frameHeight('hotline-banner', { variant: 'card', 'quick-exit': '' }, 480)).to.equal(
      card[1] + QUICK_EXIT_EXTRA,
    );
    const bar = FRAME_HEIGHTS[FRAME_CASES.findIndex((c) => c.attributes.variant === 'bar')]!;
    expect(frameHeight('hotline-banner', {}, 320), 'the default variant').to.equal(bar[0]);
    const signs = FRAME_CASES.map((c, i) => [c, FRAME_HEIGHTS[i]!] as const).filter(
      ([c]) => c.widget === 'warning-signs',
    );
    const withHotline = signs.find(([c]) => c.attributes.layout === 'grid' && 'show-hotline' in c.attributes)![1];
    expect(frameHeight('warning-signs', { layout: 'grid', 'show-hotline': '' }, 640)).to.equal(withHotline[2]);
    expect(frameHeight('warning-signs', { layout: 'grid', 'show-hotline': 'false' }, 640)).to.be.below(withHotline[2]!);
    expect(frameHeight('no-such-widget')).to.equal(undefined);
  });
});
