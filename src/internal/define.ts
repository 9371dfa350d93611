import './page-globals.js';
/**
 * Registers a custom element once. A page that loads the script twice, or loads another build
 * that already defined the tag, keeps the first definition and gets a warning instead of an error.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  try {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, ctor);
    else if (existing !== ctor) console.warn(`<${tag}> is already defined; keeping the first definition.`);
  } catch (error) {
    console.warn(`<${tag}> could not be defined:`, error);
  }
}
