// @web/test-runner: TypeScript tests run directly (esbuild), in Chromium and Firefox ESR from the
// system's package manager (found by scripts/browsers.mjs; `npm test` installs them first when
// it can). Nothing is downloaded by npm. WTR_BROWSERS=chromium (or firefox) limits the run.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { findBrowser, wantedBrowsers } from './scripts/browsers.mjs';
import { countReporter } from './test/helpers/count-reporter.mjs';
import { serverEndpoints, testEndpoints } from './test/helpers/endpoints.mjs';
import { evidencePlugin, resultsReporter } from './test/helpers/wtr-evidence.mjs';

const wanted = wantedBrowsers();
const path = (name) => {
  const found = findBrowser(name);
  if (!found)
    throw new Error(`${name} not found: run \`node scripts/setup-browsers.mjs\` (npm test does).`);
  return found;
};

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: path('chromium'),
        headless: true, // puppeteer adds --headless=new, --no-first-run, --disable-sync, --disable-background-networking
        // --no-sandbox: Chromium refuses to start as root without it.
        args: ['--no-sandbox', '--disable-gpu', '--disable-component-update'],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    // puppeteer-core drives Firefox over WebDriver BiDi. Passing `puppeteer` makes chromeLauncher
    // forward launchOptions.browser to puppeteer.launch (that is all @web/test-runner-puppeteer's
    // puppeteerLauncher does, but that package depends on full `puppeteer`, which downloads a browser).
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: path('firefox'), headless: true },
    }),
  );
}

export default {
  middleware: [testEndpoints(), await serverEndpoints()],
  // test/dist/ checks the built bundle: `npm test` builds first.
  files: ['test/**/*.test.{ts,js}'],
  // One page at a time: keyboard and focus tests need the focused window to themselves.
  concurrency: 1,
  nodeResolve: { browser: true },
  // target 'es2022' is required: with the default 'auto', esbuild treats current Chromium/Firefox as
  // "esnext" and leaves standard decorators in place -> "SyntaxError: Invalid or unexpected token".
  plugins: [
    // Forced colours, the accessibility tree and transcripts over CDP (test/a11y/).
    evidencePlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // tus-js-client (and React, for the wrapper tests) ship CommonJS inside.
    fromRollup(rollupCommonjs)({
      include: [
        '**/node_modules/{url-parse,querystringify,requires-port,js-base64,combine-errors,custom-error-instance,lodash.throttle,buffer-from,is-stream,react,react-dom,scheduler}/**',
      ],
      // Converted file by file, a `require()` of another CommonJS file can't see that it is
      // CommonJS and returns a namespace wrapper ({ default, __moduleExports }) instead of its
      // module.exports; React's files require each other, so give them module.exports.
      requireReturnsDefault: (id) =>
        /\/node_modules\/(react|react-dom|scheduler)\//.test(id) ? 'preferred' : false,
    }),
    // React (test/react/) picks its build with `process.env.NODE_ENV`, which browsers don't have.
    // Use the development build (it warns) and point the entries' `require` of the production
    // build at it too: converted file by file, both branches' requires become imports and run.
    {
      name: 'react-development',
      transform(context) {
        if (
          /\/node_modules\/(react|react-dom|scheduler)\//.test(context.path) &&
          typeof context.body === 'string'
        ) {
          const body = context.body.replaceAll('process.env.NODE_ENV', '"development"');
          return { body: body.replaceAll('.production.js', '.development.js') };
        }
      },
    },
  ],
  browsers,
  reporters: [defaultReporter(), countReporter(), resultsReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
