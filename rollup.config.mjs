// Bundles tsc's output (`tsc -p tsconfig.build.json` writes dist/*.js + *.d.ts first).
// TypeScript 7 has no JS compiler API, so Rollup gets plain JS and needs no TS plugin.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const onwarn = (warning, warn) => {
  // tsc's inline helpers test `this` at module level; undefined is what they expect.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

// Terser keeps template text as it is; Lit's css`` blocks are plain CSS without
// interpolations here, so collapse their comments and whitespace (about 0.2 KB gzip).
const minifyCssLiterals = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!id.includes('/dist/') || !/\bcss\s*`/.test(code)) return null;
    const out = code.replace(/\bcss\s*`([^`$]*)`/g, (_, text) => {
      const min = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${min}\``;
    });
    return { code: out, map: null };
  },
});

// Self-contained, minified ES modules with lit's production build inlined, for careers pages
// without a build step: <script type="module" src=".../applykit.bundle.js">.
const bundle = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    minifyCssLiterals(),
    resolve({ browser: true, exportConditions: ['browser', 'production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  onwarn,
});

export default [
  bundle('dist/index.js', 'dist/applykit.bundle.js'),
  // One element alone, for pages that need only the upload (and for its own size budget).
  bundle('dist/resume-upload.js', 'dist/resume-upload.bundle.js'),
];
