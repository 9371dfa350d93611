/**
 * Lit creates a Trusted Types policy named "lit-html". A host page that already uses that name,
 * or whose CSP does not list it, makes the call throw and the whole script fail. The drop-in
 * bundle gives the policy a name of its own and, should the host refuse even that, carries on
 * without one (the widgets then show their fallback content and warn, instead of throwing).
 *
 * This matches Lit's published (minified) lit-html.js, so it depends on Lit's exact version,
 * which package.json pins. If the code no longer matches exactly once, the build fails here
 * rather than shipping a bundle that throws on strict pages.
 */
export const POLICY_NAME = 'awareness-widgets';

const LIT_CODE = 'e=s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';
const OURS = `e=(()=>{try{return s?s.createPolicy(${JSON.stringify(POLICY_NAME)},{createHTML:t=>t}):void 0}catch(t){}})()`;

export function trustedTypesPolicy() {
  let applied = false;
  return {
    name: 'aw-trusted-types-policy',
    buildEnd(error) {
      if (!error && !applied)
        this.error('trusted-types: lit-html.js was not in the bundle; update build/trusted-types.mjs');
    },
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const count = code.split(LIT_CODE).length - 1;
      if (count !== 1)
        this.error(
          `trusted-types: expected Lit's policy code once in ${id}, found it ${count} times; Lit changed, update build/trusted-types.mjs`,
        );
      applied = true;
      return { code: code.replace(LIT_CODE, () => OURS), map: null };
    },
  };
}
