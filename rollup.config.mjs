// Bundles tsc's output (`tsc -p tsconfig.build.json` writes dist/*.js + *.d.ts first).
// TypeScript 7 has no JS compiler API, so Rollup gets plain JS and needs no TS plugin.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const onwarn = (warning, warn) => {
  // tsc's inline helpers test `this` at module level; undefined is what they expect.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

// Self-contained, minified ES modules with lit's production build inlined, for careers pages
// without a build step: <script type="module" src=".../applykit.bundle.js">.
const bundle = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
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
