export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/content/**', 'src/bundle.ts', 'src/builder/**'],
  outdir: '.',
  litelement: true,
};
