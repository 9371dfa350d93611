import typescript from '@rollup/plugin-typescript';

/**
 * TypeScript for a browser script (the drop-in bundle, the frame page, the builder): the project's
 * tsconfig, compiling only `include`, with source maps that carry their sources and no declarations
 * (the ES modules and their types are built by `tsc` in scripts/build.mjs).
 */
export function scriptTypescript(include) {
  return typescript({
    tsconfig: './tsconfig.json',
    include,
    compilerOptions: {
      declaration: false,
      declarationMap: false,
      sourceMap: true,
      inlineSources: true,
      noEmit: false,
      plugins: [],
    },
  });
}
