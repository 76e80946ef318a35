// ESLint (flat config): typescript-eslint with type information, Lit's and web components' rule
// sets, lit-a11y for templates, and the import rules that keep the layers pointing one way:
//   src/core        imports no element, controller or server code (pure, runs in Node);
//   src/controllers import no element;
//   src/server      imports no element or controller;
//   and no import cycles anywhere.
// Formatting is Prettier's job (`prettier --check` in `npm run lint`), not ESLint's.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ELEMENTS = ['./src/resume-upload', './src/accommodation-request'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'storybook-static/',
      'custom-elements.json',
      'test/fixtures/',
      'data/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'no-only-tests': noOnlyTests },
    settings: {
      // no-cycle follows imports through files it parses itself: TypeScript ones included.
      'import-x/extensions': ['.ts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // `import './x.js'` names the TypeScript file x.ts, as tsc and esbuild resolve it.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.mjs', '.js', '.json'],
          extensionAlias: { '.js': ['.ts', '.js'] },
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-unresolved': 'error',
      // Relative imports carry their extension, as browsers and Node's ESM need.
      'import-x/extensions': ['error', 'ignorePackages'],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: [...ELEMENTS, './src/controllers', './src/server', './src/styles'],
              message: 'src/core is pure: it imports no element, controller or server code.',
            },
            {
              target: './src/controllers',
              from: [...ELEMENTS, './src/server'],
              message: 'Controllers import no element (and no server code).',
            },
            {
              target: './src/server',
              from: [...ELEMENTS, './src/controllers', './src/styles'],
              message: 'The server imports no element or controller.',
            },
          ],
        },
      ],
      'no-only-tests/no-only-tests': 'error',
      'no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // An async function without await is how an interface's Promise-returning member reads.
      '@typescript-eslint/require-await': 'off',
      // tsc checks unresolved imports of TypeScript files itself.
      'import-x/no-unresolved': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    extends: [
      lit.configs['flat/recommended'],
      wc.configs['flat/best-practice'],
      litA11y.configs.recommended,
    ],
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // semantic-dom-diff types chai's `equal` with a Promise-returning overload (for
      // `expect(el).dom.to.equal(…)`), so every `expect(x).to.equal(y)` would look floating.
      // `.accessible()` and the other real promises are still checked.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // Matched by the callee's type: chai's `Equal`, which semantic-dom-diff augments.
          allowForKnownSafeCalls: [
            { from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' },
          ],
        },
      ],
      // chai's `expect(x).to.be.true` is an expression statement.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests hand methods to spies and stubs (`window.fetch = …`, `el.getUploadParams = …`).
      '@typescript-eslint/unbound-method': 'off',
      // Tests read servers' JSON replies (`(await res.json()).id`); the source stays strict.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['test/**/*.js'],
    languageOptions: { globals: globals.mocha },
  },
);
