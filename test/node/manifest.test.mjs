// custom-elements.json (written by `cem analyze` at the end of `npm run build`) against the code:
// every attribute the classes declare, every event in the event maps, every part, CSS custom
// property and slot the source uses, each described. Run after the build: it reads dist/.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

const ELEMENTS = [
  { tag: 'resume-upload', className: 'ResumeUpload' },
  { tag: 'accommodation-request', className: 'AccommodationRequest' },
];

let manifest;
let classes;
before(async () => {
  manifest = JSON.parse(read('custom-elements.json'));
  classes = await import(new URL('dist/classes.js', root).href);
});

function declarationOf(tag) {
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName === tag) return d;
  }
  assert.fail(
    `custom-elements.json has no declaration with tagName "${tag}" (is @tag missing from the class JSDoc?)`,
  );
}

/** Names in `list` that are not in `have`, for a message that says what is missing. */
function missing(list, have) {
  const set = new Set(have);
  return list.filter((x) => !set.has(x));
}

function undescribed(entries) {
  return entries.filter((e) => !e.description?.trim()).map((e) => e.name);
}

/** `{ 'file-accept': 'FileAcceptEvent', … }` from the `interface …EventMap { … }` block of events.ts,
 * or of the core module it re-exports its types from (`export type * from '../core/….js'`). */
function eventMap(tag) {
  let src = read(`src/${tag}/events.ts`);
  const from = /export type \* from '\.\.\/core\/([\w-]+)\.js'/.exec(src);
  if (from) src += read(`src/core/${from[1]}.ts`);
  const block = /interface\s+\w+EventMap\s*\{([^}]*)\}/.exec(src);
  assert.ok(block, `src/${tag}/events.ts has no "interface …EventMap { … }" block`);
  const map = {};
  for (const [, name, type] of block[1].matchAll(/['"]([\w-]+)['"]\s*:\s*([^;]+);/g))
    map[name] = type.trim();
  assert.ok(Object.keys(map).length > 0, `no events parsed from src/${tag}/events.ts's event map`);
  return map;
}

/** The reactive properties of a class that are public: not `state: true`. */
function publicProperties(Class) {
  Class.finalize();
  return [...Class.elementProperties].filter(([, options]) => !options.state);
}

/** Text of every .ts file in the element's folder (parts and slots live in the templates). */
function elementSource(tag) {
  const dir = new URL(`src/${tag}/`, root);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'))
    .join('\n');
}

for (const { tag, className } of ELEMENTS) {
  describe(`custom-elements.json: <${tag}>`, () => {
    let decl;
    let Class;
    before(() => {
      decl = declarationOf(tag);
      Class = classes[className];
      assert.equal(typeof Class, 'function', `dist/classes.js does not export ${className}`);
    });

    test('lists every attribute of the static properties, each described', () => {
      const expected = publicProperties(Class)
        .filter(([, o]) => o.attribute !== false)
        .map(([key, o]) =>
          typeof o.attribute === 'string' ? o.attribute : String(key).toLowerCase(),
        );
      assert.ok(expected.length > 0, `${className} declares no attributes`);
      const attrs = decl.attributes ?? [];
      assert.deepEqual(
        missing(
          expected,
          attrs.map((a) => a.name),
        ),
        [],
        `<${tag}>: attributes missing from the manifest`,
      );
      assert.deepEqual(undescribed(attrs), [], `<${tag}>: attributes without a description`);
    });

    test('lists no internal state as an attribute', () => {
      const internal = [...Class.elementProperties]
        .filter(([, o]) => o.state)
        .map(([k]) => String(k));
      const leaked = (decl.attributes ?? []).filter((a) =>
        internal.includes(a.fieldName ?? a.name),
      );
      assert.deepEqual(
        leaked.map((a) => a.name),
        [],
        `<${tag}>: state properties exposed as attributes`,
      );
    });

    test('lists every event of the event map, with its type and a description', () => {
      const map = eventMap(tag);
      const events = decl.events ?? [];
      const byName = new Map(events.map((e) => [e.name, e]));
      assert.deepEqual(
        missing(Object.keys(map), [...byName.keys()]),
        [],
        `<${tag}>: events missing (add @fires to the class JSDoc)`,
      );
      assert.deepEqual(undescribed(events), [], `<${tag}>: events without a description`);
      const wrongType = Object.entries(map)
        .filter(([name, type]) => byName.get(name)?.type?.text !== type)
        .map(
          ([name, type]) =>
            `${name}: @fires {${byName.get(name)?.type?.text}} but the map says ${type}`,
        );
      assert.deepEqual(wrongType, [], `<${tag}>: @fires types that differ from the event map`);
    });

    test('describes every public property and method', () => {
      const members = (decl.members ?? []).filter(
        (m) => m.privacy !== 'private' && m.privacy !== 'protected',
      );
      const names = members.map((m) => m.name);
      const reactive = publicProperties(Class).map(([k]) => String(k));
      assert.deepEqual(
        missing(reactive, names),
        [],
        `<${tag}>: reactive properties missing from the manifest's members`,
      );
      assert.deepEqual(undescribed(members), [], `<${tag}>: public members without a description`);
    });

    test('lists every part, CSS custom property and slot the source uses, each described', () => {
      const src = elementSource(tag);
      const used = {
        cssParts: [
          ...new Set([...src.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1].split(/\s+/))),
        ],
        cssProperties: [
          ...new Set([...src.matchAll(/var\((--applykit-[\w-]+)/g)].map((m) => m[1])),
        ],
        slots: [
          ...new Set([...src.matchAll(/<slot(?:\s+name="([^"]*)")?/g)].map((m) => m[1] ?? '')),
        ],
      };
      const jsdoc = { cssParts: '@csspart', cssProperties: '@cssprop', slots: '@slot' };
      for (const [key, names] of Object.entries(used)) {
        const entries = decl[key] ?? [];
        if (names.length)
          assert.ok(
            entries.length > 0,
            `<${tag}>: ${key} is empty, but the source uses ${names.join(', ')}`,
          );
        assert.deepEqual(
          missing(
            names,
            entries.map((e) => e.name),
          ),
          [],
          `<${tag}>: ${key} missing (add ${jsdoc[key]})`,
        );
        assert.deepEqual(undescribed(entries), [], `<${tag}>: ${key} without a description`);
      }
    });

    test('is defined under its tag by a custom-element-definition export', () => {
      const defs = manifest.modules
        .flatMap((m) => m.exports ?? [])
        .filter((e) => e.kind === 'custom-element-definition');
      const def = defs.find((e) => e.name === tag);
      assert.ok(def, `no custom-element-definition for <${tag}>`);
      assert.equal(def.declaration.name, className);
    });
  });
}

test('package.json points at the manifest', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(
    pkg.files.includes('custom-elements.json'),
    '"files" must include custom-elements.json',
  );
  assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
});
