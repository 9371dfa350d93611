#!/usr/bin/env node
/**
 * Types for frameworks, generated from custom-elements.json (run by scripts/build.mjs after the
 * ES modules): dist/types/react.d.ts puts every element, with its typed properties and events,
 * into React 19's JSX.IntrinsicElements; dist/types/vue.d.ts into Vue's GlobalComponents. The
 * package exports them as `awareness-widgets/react` and `awareness-widgets/vue`.
 */
import { readFileSync, appendFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
// Paths are relative to outdir: the element classes and their declarations in dist/esm/.
const common = { outdir: 'dist/types', globalTypePath: '../esm/index.js', hideLogs: true };

generateJsxTypes(manifest, { ...common, fileName: 'react.d.ts' });
// React 19 reads intrinsic elements from the JSX namespace of the "react" module.
appendFileSync(
  'dist/types/react.d.ts',
  `
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);

generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts' });
