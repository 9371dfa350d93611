/**
 * The builder's options, read from custom-elements.json: each widget's attributes with their
 * kind, allowed values and default, taken from the attribute's type and description. A new
 * attribute documented the way the others are appears in the builder without editing it.
 */

/** The part of a custom-elements.json the builder reads. */
export interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      summary?: string;
      attributes?: { name: string; description?: string; type?: { text?: string } }[];
      cssProperties?: { name: string }[];
    }[];
  }[];
}

export type Option =
  | { kind: 'boolean'; name: string; description: string }
  | { kind: 'choice'; name: string; description: string; values: string[]; fallback: string }
  | { kind: 'number'; name: string; description: string; min: number; max: number; fallback?: number }
  | { kind: 'text'; name: string; description: string };

export interface Widget {
  tag: string;
  /** The tag without `aw-`, as `data-embed` and the frame page name it. */
  name: string;
  summary: string;
  options: Option[];
  /** The CSS custom properties it reads (`--aw-color-surface`, …). */
  tokens: string[];
}

/** Attributes the builder sets in its own controls (language and theme are page-wide choices). */
const OWN = new Set(['theme']);

export function optionOf(name: string, description: string, type: string): Option {
  if (/\bboolean\b/.test(type)) return { kind: 'boolean', name, description };
  const values = [...description.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
  if (values.length >= 2) {
    const fallback = /`([a-z0-9-]+)` \(default/.exec(description)?.[1] ?? values[0];
    return { kind: 'choice', name, description, values, fallback };
  }
  const range = /(\d+) to (\d+)/.exec(description);
  if (range) {
    const fallback = /\(default (\d+)\)/.exec(description)?.[1];
    return {
      kind: 'number',
      name,
      description,
      min: Number(range[1]),
      max: Number(range[2]),
      ...(fallback ? { fallback: Number(fallback) } : {}),
    };
  }
  return { kind: 'text', name, description };
}

export function widgetsOf(manifest: Manifest): Widget[] {
  const widgets: Widget[] = [];
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? []) {
      if (!d.tagName?.startsWith('aw-')) continue;
      widgets.push({
        tag: d.tagName,
        name: d.tagName.slice(3),
        summary: (d.summary ?? '').replace(/\s+/g, ' ').trim(),
        options: (d.attributes ?? [])
          .filter((a) => !OWN.has(a.name))
          .map((a) => optionOf(a.name, a.description ?? '', a.type?.text ?? '')),
        tokens: (d.cssProperties ?? []).map((p) => p.name),
      });
    }
  return widgets.sort((a, b) => a.name.localeCompare(b.name));
}
