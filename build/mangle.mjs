/**
 * Which property names the drop-in bundle may shorten, decided by a convention the TypeScript
 * compiler reads, not by a hand-kept list:
 *
 * - a class member declared `private` or `protected` (but not an `override` of Lit's or the DOM's
 *   name), or marked `@internal` in its JSDoc, or whose name starts with `_`;
 * - a key of the locale types in src/content/types.ts that the code only reads statically
 *   (`t.banner.heading`): a key read with `x[k]`, `'k' in x`, `Object.keys(x)` or a spread keeps its name;
 * - Lit's own internal `_$…` names and its protected members (`update`, `render`…), all inside
 *   the bundle (which is why the drop-in script's classes are not for subclassing).
 *
 * Never a public name: anything that is also declared public somewhere in src/ (a property, an
 * event-detail key, the global's members) or listed in custom-elements.json (attributes, public
 * fields, events) is kept, and `missingPublicNames` fails the build if one of them is missing
 * from the built script. Nor a name our code also uses on something not ours (`options.once`,
 * `event.key`: the compiler resolves each use), nor one Lit's code writes as a string or uses on
 * its own objects: so Terser's own list of DOM names is not needed.
 */
import ts from 'typescript';
import { readFileSync } from 'node:fs';

const has = (node, kind) => ts.getCombinedModifierFlags(node) & kind;
const isInternalDoc = (node) => ts.getJSDocTags(node).some((t) => t.tagName.text === 'internal');
const nameOf = (node) =>
  node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : undefined;

/** The names the manifest makes public: attributes, public members, events. */
export function manifestNames(file = 'custom-elements.json') {
  const names = new Set();
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const mod of manifest.modules ?? [])
    for (const decl of mod.declarations ?? []) {
      for (const a of decl.attributes ?? []) {
        names.add(a.name);
        if (a.fieldName) names.add(a.fieldName);
      }
      for (const m of decl.members ?? []) if (!m.privacy || m.privacy === 'public') names.add(m.name);
      for (const e of decl.events ?? []) if (e.name) names.add(e.name);
    }
  return names;
}

/**
 * Reads the program once; returns `{ internal, publicNames, detailKeys }`: the names to mangle, the
 * names that must never be, and the event-detail keys (from `AwEventDetails`) for the build check.
 */
export function analyse({ tsconfig = 'tsconfig.json', srcDir = 'src/', localeTypes = 'src/content/types.ts' } = {}) {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  const program = ts.createProgram(
    config.fileNames.filter((f) => f.includes(`/${srcDir}`) || f.startsWith(srcDir)),
    {
      ...config.options,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const ours = program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && !f.fileName.includes('/node_modules/') && f.fileName.includes(`/${srcDir}`));

  const candidates = new Set();
  const publicNames = new Set();
  const localeKeys = new Set();
  const dynamicLocaleKeys = new Set();
  const detailKeys = new Set();

  const isLocaleFile = (sf) => sf.fileName.endsWith(localeTypes);
  const isLitDecl = (sf) => /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(sf.fileName);
  /** Lit's own protected members (`update`, `render`…): ours to shorten, as the bundle holds all of Lit. */
  const litProtected = new Set();
  /**
   * Names our code also uses on something not ours (`options.once`, `event.key`): with Terser's
   * list of DOM names switched off, these must keep their names.
   */
  const foreignNames = new Set();
  const isForeign = (symbol) =>
    !symbol?.declarations?.length ||
    symbol.declarations.some((d) => !ours.includes(d.getSourceFile()) && !isLitDecl(d.getSourceFile()));
  /** The locale-type property names of a type (through unions, arrays' elements not included). */
  const localePropsOf = (type) => {
    const out = [];
    for (const t of type.isUnion() ? type.types : [type])
      for (const p of checker.getPropertiesOfType(checker.getApparentType(t)))
        if (p.declarations?.some((d) => isLocaleFile(d.getSourceFile()))) out.push(p.name);
    return out;
  };
  /** Names read by a computed key somewhere (`paths[name]`, `'link' in a`): never mangled. */
  const dynamicNames = new Set();
  const markDynamic = (expr) => {
    const type = checker.getTypeAtLocation(expr);
    for (const t of type.isUnion() ? type.types : [type])
      for (const p of checker.getPropertiesOfType(checker.getApparentType(t))) dynamicNames.add(p.name);
    localePropsOf(type).forEach((n) => dynamicLocaleKeys.add(n));
  };
  /** Every string literal of our code: a name also written as a string (`changed.has('expanded')`) keeps it. */
  const strings = new Set();

  for (const sf of ours) {
    const visit = (node) => {
      const isMember =
        ts.isPropertyDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isGetAccessorDeclaration(node) ||
        ts.isSetAccessorDeclaration(node);
      const name = nameOf(node);
      if (isMember && name && ts.isClassLike(node.parent) && has(node, ts.ModifierFlags.Override)) {
        // Decided by the member it overrides (Lit's protected ones are in litProtected).
      } else if (isMember && name && ts.isClassLike(node.parent)) {
        const hidden =
          has(node, ts.ModifierFlags.Private | ts.ModifierFlags.Protected) && !has(node, ts.ModifierFlags.Override);
        if (hidden || isInternalDoc(node) || name.startsWith('_')) candidates.add(name);
        else publicNames.add(name);
      } else if ((ts.isPropertySignature(node) || ts.isMethodSignature(node)) && name) {
        if (isLocaleFile(sf) && !isInternalDoc(node)) localeKeys.add(name);
        else if (isInternalDoc(node) || name.startsWith('_')) candidates.add(name);
        else publicNames.add(name);
        // AwEventDetails['aw-x']: { url: string }: the detail keys partners read.
        let p = node.parent;
        while (p && !ts.isInterfaceDeclaration(p)) p = p.parent;
        if (p?.name.text === 'AwEventDetails' && node.parent !== p) detailKeys.add(name);
      } else if (ts.isStringLiteralLike(node)) {
        strings.add(node.text);
      } else if (ts.isPropertyAccessExpression(node)) {
        if (isForeign(checker.getSymbolAtLocation(node.name))) foreignNames.add(node.name.text);
      } else if (
        (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isMethodDeclaration(node)) &&
        name &&
        ts.isObjectLiteralExpression(node.parent)
      ) {
        const type = checker.getContextualType(node.parent);
        const prop = type && checker.getPropertyOfType(checker.getApparentType(type), name);
        if (prop && isForeign(prop)) foreignNames.add(name);
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const key = node.propertyName ?? node.name;
        if (ts.isIdentifier(key)) {
          const prop = checker.getPropertyOfType(checker.getTypeAtLocation(node.parent), key.text);
          if (!prop || isForeign(prop)) foreignNames.add(key.text);
        }
      } else if (ts.isElementAccessExpression(node) && !ts.isStringLiteralLike(node.argumentExpression)) {
        markDynamic(node.expression);
      } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword) {
        markDynamic(node.right);
      } else if (ts.isSpreadAssignment(node) || ts.isSpreadElement(node) || ts.isForInStatement(node)) {
        markDynamic(node.expression);
      } else if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.expression.getText(sf) === 'Object'
      ) {
        node.arguments.forEach(markDynamic);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  // Lit's declarations: its protected members.
  for (const sf of program.getSourceFiles().filter((f) => f.isDeclarationFile && isLitDecl(f))) {
    const visit = (node) => {
      const name = nameOf(node);
      if (name && ts.isClassLike(node.parent) && has(node, ts.ModifierFlags.Protected) && !name.startsWith('_$'))
        litProtected.add(name);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  // Names Lit's code writes as strings, or uses on its own objects or the DOM: kept.
  const litCode = [
    'lit-html/lit-html.js',
    'lit-element/lit-element.js',
    '@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/css-tag.js',
  ]
    .map((m) => readFileSync(`node_modules/${m}`, 'utf8'))
    .join('\n');
  const inLit = (n) =>
    new RegExp(`["'\`]${n}["'\`]`).test(litCode) ||
    (!litProtected.has(n) && new RegExp(`(\\.${n}\\b|[{,]${n}[:(])`).test(litCode));

  for (const n of litProtected) candidates.add(n);
  for (const n of manifestNames()) publicNames.add(n);
  for (const k of localeKeys) if (!dynamicLocaleKeys.has(k)) candidates.add(k);
  const internal = [...candidates]
    .filter((n) => !publicNames.has(n) && !dynamicNames.has(n) && !strings.has(n) && !foreignNames.has(n) && !inLit(n))
    .sort();
  return {
    internal,
    foreignNames: [...foreignNames].sort(),
    publicNames: [...publicNames].sort(),
    detailKeys: [...detailKeys].sort(),
  };
}

/** Terser's `mangle.properties.regex`: our internal names, and Lit's `_$…` names. */
export function mangleRegex(internal) {
  return new RegExp(`^(?:_\\$.*|${internal.map((n) => n.replace(/\$/g, '\\$')).join('|')})$`);
}

/**
 * The build check: every attribute, public property, event name and event-detail key must still
 * be in the built script under its own name. Returns the missing names.
 */
export function missingPublicNames(code, detailKeys) {
  const required = new Set([...manifestNames(), ...detailKeys]);
  return [...required].filter((n) => {
    const escaped = n.replace(/[$]/g, '\\$');
    return !new RegExp(`(^|[^\\w$-])${escaped}($|[^\\w$-])`).test(code);
  });
}
