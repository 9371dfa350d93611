/**
 * Boolean attributes are declared with `flag('attribute-name')` (src/internal/flag.ts), which the
 * analyzer cannot read: it would name them by their fields (`rememberDismiss`). This plugin reads
 * each `field: flag('name')` and gives the attribute its real name.
 */
function flagAttributes() {
  const names = new Map();
  return {
    name: 'flag-attributes',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyAssignment(node) || !ts.isCallExpression(node.initializer)) return;
      const call = node.initializer;
      const [arg] = call.arguments;
      if (call.expression.getText() === 'flag' && arg && ts.isStringLiteral(arg))
        names.set(node.name.getText(), arg.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const decl of mod.declarations ?? [])
          for (const attr of decl.attributes ?? [])
            if (names.has(attr.fieldName)) attr.name = names.get(attr.fieldName);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/content/**', 'src/bundle.ts', 'src/builder/**'],
  outdir: '.',
  litelement: true,
  plugins: [flagAttributes()],
};
