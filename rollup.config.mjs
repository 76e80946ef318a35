// Bundles tsc's output (`tsc -p tsconfig.build.json` writes dist/*.js + *.d.ts first).
// TypeScript 7 has no JS compiler API, so Rollup gets plain JS and needs no TS plugin.
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const onwarn = (warning, warn) => {
  // tsc's inline helpers test `this` at module level; undefined is what they expect.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

// Terser for every chunk but pdf.js's: src/pdfjs/load.ts imports pdf.js's own minified files, and
// minifying 1.7 MB again would take minutes and gain nothing.
function minifyExceptPdfjs() {
  const plugin = terser({
    ecma: 2022,
    module: true,
    compress: { passes: 3 },
    format: { comments: false },
  });
  const renderChunk = plugin.renderChunk;
  return {
    ...plugin,
    renderChunk(code, chunk, options) {
      return chunk.name === 'pdfjs' ? null : renderChunk.call(this, code, chunk, options);
    },
  };
}

// Self-contained, minified ES modules with lit's production build inlined, for careers pages
// without a build step: <script type="module" src=".../applykit.bundle.js">. What only some
// pages use is split into chunks beside the bundle and fetched on first use: the upload
// transport (with `endpoint`), tus-js-client (with protocol="tus"; it is CommonJS inside,
// hence the commonjs plugin) and pdf.js.
const bundle = (input, name) => ({
  input,
  // Lets the lazy chunks import shared code from the bundle itself instead of a third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames: `${name}.js`,
    chunkFileNames: `${name}-[name]-[hash].js`,
    // Name the tus chunk after what it is (its entry module is called "browser"); pdf.js (its
    // library and worker code, loaded together by src/pdfjs/load.ts) is a chunk of its own.
    manualChunks: (id) =>
      /node_modules\/pdfjs-dist\//.test(id)
        ? 'pdfjs'
        : /node_modules\/(?!lit|@lit)/.test(id)
          ? 'tus'
          : undefined,
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // Terser keeps template text as it is; shrink the whitespace of Lit's templates.
    minifyTemplates(),
    resolve({ browser: true, exportConditions: ['browser', 'production'] }),
    commonjs(),
    minifyExceptPdfjs(),
  ],
  onwarn,
});

export default [
  bundle('dist/bundles/applykit.js', 'applykit.bundle'),
  // One element alone, for pages that need only the upload (and for its own size budget).
  bundle('dist/bundles/resume-upload.js', 'resume-upload.bundle'),
];
