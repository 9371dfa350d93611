export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/content/**', 'src/bundle.ts'],
  outdir: '.',
  litelement: true,
};
