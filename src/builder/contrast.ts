/**
 * WCAG 2 contrast for brand colours: the ratio of two colours' relative luminances, and the
 * nearest colour (same hue and saturation, other lightness) that passes every check.
 */

export type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb`, else undefined: nothing else may reach a snippet. */
export function parseHex(input: string): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(input.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function ratio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function toHsl([r, g, b]: Rgb): Rgb {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === rn ? ((gn - bn) / d) % 6 : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [(h * 60 + 360) % 360, s, l];
}

function fromHsl([h, s, l]: Rgb): Rgb {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  return [(r + m) * 255, (g + m) * 255, (b + m) * 255].map(Math.round) as Rgb;
}

/**
 * The passing colour nearest to `colour` in lightness (hue and saturation kept), or undefined
 * when no lightness passes (for example one accent for both a white and a black background).
 */
export function nearestPassing(colour: Rgb, passes: (c: Rgb) => boolean): Rgb | undefined {
  if (passes(colour)) return colour;
  const [h, s, l] = toHsl(colour);
  for (let step = 0.005; step <= 1; step += 0.005) {
    for (const candidate of [l - step, l + step]) {
      if (candidate < 0 || candidate > 1) continue;
      const rgb = fromHsl([h, s, candidate]);
      if (passes(rgb)) return rgb;
    }
  }
  return undefined;
}
