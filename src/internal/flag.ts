import type { PropertyDeclaration } from 'lit';

/**
 * Whether a boolean attribute or property is on. Present means on, as in HTML, except the value
 * "false" in any case: Vue writes `:remember-dismiss="false"` as that attribute, and a JSX or
 * plain-JS caller may set the string. So "false" never turns anything on, storage above all.
 */
export const on = (value: unknown): boolean =>
  value === true || (typeof value === 'string' && value.trim().toLowerCase() !== 'false');

/** Declares a boolean attribute read with `on`, reflected so page CSS can select it. */
export const flag = (attribute?: string): PropertyDeclaration => ({
  type: Boolean,
  reflect: true,
  attribute,
  converter: on,
});
