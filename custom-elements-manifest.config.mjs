// `cem analyze` (the last step of `npm run build`) writes ./custom-elements.json from the
// element classes' JSDoc (@tag, @slot, @csspart, @cssprop, @fires) and `static properties`.
// test/node/manifest.test.mjs checks it against the classes and the event maps.
import { posix } from 'node:path';

export default {
  globs: ['src/**/*.ts'],
  // Node-only server code, DOM-free helpers, CSS, translation tables and the React wrappers
  // declare no element API: they would only add noise (a locale's whole table as a default).
  exclude: ['src/server/**', 'src/core/**', 'src/locales/**', 'src/*/styles.ts', 'src/react.ts'],
  outdir: '.',
  litelement: true,
  plugins: [applykitPlugin()],
};

// Lit/platform plumbing that is not API a page uses (Lit's own list drops `updated` & co.).
const NOT_API = new Set([
  'shadowRootOptions',
  'formAssociated',
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
]);

/**
 * Fixes what the analyzer's Lit support gets wrong for our source:
 * - `static properties` entries with `state: true` (inline, or through a const such as
 *   `const state = { state: true }`) are internal state: no attribute, private member.
 * - events found from `new CustomEvent(type, …)` inside a dispatch helper are named after the
 *   variable (`type`); the real events come from the class's `@fires` tags, so drop those.
 * - `@cssprop --name=default - …` (no brackets) names the property `--name=default`:
 *   split it into `name` and `default`, as `@cssprop [--name=default]` would give.
 * - `defineElement('tag', Class)` in define.ts becomes a `custom-element-definition` export.
 * - module paths point at the published `dist/*.js`, not at `src/*.ts` (not in the package).
 */
function applykitPlugin() {
  const internal = new Map(); // class name -> Set of state property names
  const helperNames = new Map(); // module path -> Set of non-literal event-name identifiers
  const definitions = new Map(); // module path -> [{ tag, className, module }]

  return {
    name: 'applykit-manifest-fixes',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const props = node.members.find(
          (m) =>
            ts.isPropertyDeclaration(m) &&
            m.name?.getText() === 'properties' &&
            m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword),
        );
        const states = new Set();
        const obj = props?.initializer;
        if (obj && ts.isObjectLiteralExpression(obj)) {
          for (const p of obj.properties) {
            if (!ts.isPropertyAssignment(p)) continue;
            const options = resolveObject(ts, p.initializer, node.getSourceFile());
            if (options && readBoolean(ts, options, 'state')) states.add(p.name.getText());
          }
        }
        internal.set(node.name.getText(), states);
      }
      if (
        ts.isNewExpression(node) &&
        /^(Custom)?Event$/.test(node.expression.getText()) &&
        node.arguments?.[0] &&
        !ts.isStringLiteralLike(node.arguments[0])
      ) {
        const set = helperNames.get(moduleDoc.path) ?? new Set();
        set.add(node.arguments[0].getText());
        helperNames.set(moduleDoc.path, set);
      }
      if (
        ts.isCallExpression(node) &&
        node.expression.getText() === 'defineElement' &&
        node.arguments.length === 2 &&
        ts.isStringLiteralLike(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        const className = node.arguments[1].text;
        const from = importPath(ts, node.getSourceFile(), className);
        const module = from
          ? posix.join(posix.dirname(moduleDoc.path), from.replace(/\.js$/, '.ts'))
          : moduleDoc.path;
        const list = definitions.get(moduleDoc.path) ?? [];
        list.push({ tag: node.arguments[0].text, className, module });
        definitions.set(moduleDoc.path, list);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        if (decl.kind !== 'class') continue;
        const states = internal.get(decl.name) ?? new Set();
        if (decl.attributes) {
          decl.attributes = decl.attributes.filter((a) => !states.has(a.fieldName ?? a.name));
        }
        if (decl.members) {
          decl.members = decl.members.filter((m) => !NOT_API.has(m.name));
          for (const m of decl.members) {
            if (!states.has(m.name)) continue;
            m.privacy = 'private';
            delete m.attribute;
            delete m.reflects;
          }
        }
        for (const prop of decl.cssProperties ?? []) {
          const eq = prop.name.indexOf('=');
          if (eq < 0) continue;
          prop.default ??= prop.name.slice(eq + 1);
          prop.name = prop.name.slice(0, eq);
        }
        const helpers = helperNames.get(moduleDoc.path);
        if (decl.events && helpers) {
          decl.events = decl.events.filter((e) => e.description || !helpers.has(e.name));
        }
      }
      // `customElements.define(tag, ctor)` inside defineElement() is not a definition.
      if (moduleDoc.exports) {
        moduleDoc.exports = moduleDoc.exports.filter(
          (e) => !(e.kind === 'custom-element-definition' && e.name === 'tag'),
        );
      }
      for (const { tag, className, module } of definitions.get(moduleDoc.path) ?? []) {
        (moduleDoc.exports ??= []).push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module },
        });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const toDist = (p) => p.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
      const walk = (v) => {
        if (Array.isArray(v)) return v.forEach(walk);
        if (!v || typeof v !== 'object') return;
        for (const [k, x] of Object.entries(v)) {
          if ((k === 'path' || k === 'module') && typeof x === 'string') v[k] = toDist(x);
          else walk(x);
        }
      };
      walk(customElementsManifest.modules);
    },
  };
}

/** The object literal an initializer is, or the one a same-file `const` it names holds. */
function resolveObject(ts, expr, sourceFile) {
  if (ts.isObjectLiteralExpression(expr)) return expr;
  if (!ts.isIdentifier(expr)) return undefined;
  let found;
  sourceFile.forEachChild(function visit(n) {
    if (found) return;
    if (ts.isVariableDeclaration(n) && n.name.getText() === expr.text && n.initializer) {
      found = resolveObject(ts, n.initializer, sourceFile);
    } else n.forEachChild(visit);
  });
  return found;
}

function readBoolean(ts, obj, key) {
  return obj.properties.some(
    (p) =>
      ts.isPropertyAssignment(p) &&
      p.name.getText() === key &&
      p.initializer.kind === ts.SyntaxKind.TrueKeyword,
  );
}

/** The module specifier `name` is imported from in `sourceFile`, if any. */
function importPath(ts, sourceFile, name) {
  for (const s of sourceFile.statements) {
    if (!ts.isImportDeclaration(s)) continue;
    const named = s.importClause?.namedBindings;
    if (named && ts.isNamedImports(named) && named.elements.some((e) => e.name.text === name)) {
      return s.moduleSpecifier.text;
    }
  }
  return undefined;
}
