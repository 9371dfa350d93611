/**
 * Live WCAG checks of the brand colours against the widget's own colours in the theme(s) the
 * partner chose: 4.5:1 for text (links, button labels), 3:1 for controls and the focus ring.
 */
import { nearestPassing, parseHex, ratio, toHex, type Rgb } from './contrast.js';
import type { Choices } from './snippet.js';

/** The widgets' built-in colours (src/internal/theme.styles.ts). */
const THEMES = {
  light: {
    bg: '#ffffff',
    surface: '#eef4fb',
    text: '#1b1b1f',
    onAccent: '#ffffff',
    border: '#6e6e7a',
    focus: '#0b5cad',
  },
  dark: {
    bg: '#16161a',
    surface: '#1f2a38',
    text: '#f2f2f5',
    onAccent: '#0b1b2e',
    border: '#8e8e99',
    focus: '#ffd54a',
  },
} as const;

interface Pair {
  what: string;
  against: Rgb;
  min: number;
}

export interface Check {
  key: 'accent' | 'background';
  /** One plain sentence per failing pair. */
  failures: string[];
  /** The nearest colour that passes them all, or undefined when none does. */
  nearest?: string;
}

const rgb = (hex: string): Rgb => parseHex(hex)!;

/** Checks each brand colour that is set and valid; returns only the colours that fail. */
export function checkColours(choices: Choices, usesSurface: boolean): Check[] {
  const accent = parseHex(choices.accent);
  const background = parseHex(choices.background);
  const themes = choices.theme === 'light' || choices.theme === 'dark' ? [choices.theme] : (['light', 'dark'] as const);
  const out: Check[] = [];
  const run = (key: Check['key'], colour: Rgb, pairs: (c: Rgb) => Pair[]): void => {
    const failing = pairs(colour).filter((p) => ratio(colour, p.against) < p.min);
    if (!failing.length) return;
    const near = nearestPassing(colour, (c) => pairs(c).every((p) => ratio(c, p.against) >= p.min));
    out.push({
      key,
      failures: failing.map(
        (p) => `${p.what}: ${ratio(colour, p.against).toFixed(2)}:1, below the ${p.min}:1 that WCAG asks for.`,
      ),
      ...(near ? { nearest: toHex(near) } : {}),
    });
  };
  if (accent)
    run('accent', accent, () =>
      themes.flatMap((t) => {
        const d = THEMES[t];
        const bg = background ?? rgb(d.bg);
        const pairs: Pair[] = [
          { what: `Links in the brand colour on the ${t} background`, against: bg, min: 4.5 },
          { what: `Button labels on the brand colour (${t} theme)`, against: rgb(d.onAccent), min: 4.5 },
        ];
        if (usesSurface)
          pairs.push({ what: `Links in the brand colour on the ${t} panel colour`, against: rgb(d.surface), min: 4.5 });
        return pairs;
      }),
    );
  if (background)
    run('background', background, () =>
      themes.flatMap((t) => {
        const d = THEMES[t];
        return [
          { what: `Text of the ${t} theme on the background`, against: rgb(d.text), min: 4.5 },
          { what: `Control borders of the ${t} theme on the background`, against: rgb(d.border), min: 3 },
          { what: `The focus ring on the background (${t} theme)`, against: accent ?? rgb(d.focus), min: 3 },
        ];
      }),
    );
  return out;
}
