// A Rollup plugin that shrinks the static text of Lit's html`` and css`` templates, which
// terser must keep as it is. Only whitespace and CSS comments go:
// - html: a run of whitespace holding a line break becomes one space (HTML collapses it the
//   same way; our templates have no <pre>, and <textarea> content is bound, not written).
// - css: comments go, whitespace collapses, and spaces around { } ; , > and after : go.
import MagicString from 'magic-string';

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

function* walk(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value === 'object') yield* walk(value);
  }
}

export function minifyTemplates({ include = /\/dist\// } = {}) {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(html|css)\s*`/.test(code)) return null;
      const s = new MagicString(code);
      for (const node of walk(this.parse(code))) {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') continue;
        const min =
          node.tag.name === 'css' ? minifyCss : node.tag.name === 'html' ? minifyHtml : null;
        if (!min) continue;
        for (const q of node.quasi.quasis) {
          const raw = q.value.raw;
          const out = min(raw);
          if (out !== raw) s.overwrite(q.start, q.end, out);
        }
      }
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
