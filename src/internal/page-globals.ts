/**
 * Runs before Lit. A page element with `id` or `name` "litHtmlVersions" (or another of Lit's
 * global names) shows through as `window.litHtmlVersions`, and Lit, which expects its own array,
 * map or function there, would throw and define nothing. Such a name is only a named property of
 * the window, never its own property: it is shadowed by an own, empty one, which Lit then fills
 * as usual. A real value set by another copy of Lit (an own property) is left alone.
 */
for (const name of [
  'litHtmlVersions',
  'litElementVersions',
  'reactiveElementVersions',
  'litPropertyMetadata',
  'litHtmlPolyfillSupport',
  'litElementPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementHydrateSupport',
]) {
  try {
    if (name in window && !Object.getOwnPropertyDescriptor(window, name)) {
      Object.defineProperty(window, name, { value: undefined, writable: true, configurable: true });
    }
  } catch {
    // A window we cannot write to: Lit reports its own trouble, caught where each element is defined.
  }
}
