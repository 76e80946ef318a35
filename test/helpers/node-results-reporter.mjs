// A node:test reporter that writes every test's full title and outcome as JSON, for the
// conformance report (scripts/acr.mjs) and its check (test/report/acr.test.mjs). Used by `npm test`:
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//     --test-reporter=./test/helpers/node-results-reporter.mjs \
//     --test-reporter-destination=test-results/node.json test/node/
import { relative } from 'node:path';

export default async function* results(source) {
  const open = new Map(); // file → titles of the suites and tests now open, by nesting
  const tests = [];
  for await (const { type, data } of source) {
    if (!data?.file) continue;
    const file = relative(process.cwd(), data.file);
    const path = open.get(file) ?? [];
    open.set(file, path);
    if (type === 'test:start') path.splice(data.nesting, Infinity, data.name);
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    path.splice(data.nesting, Infinity, data.name);
    if (data.details?.type !== 'suite')
      tests.push({
        file,
        title: path.slice(0, data.nesting + 1).join(' › '),
        status: data.skip || data.todo ? 'skipped' : type === 'test:pass' ? 'passed' : 'failed',
      });
  }
  yield `${JSON.stringify({ date: new Date().toISOString(), tests }, null, 1)}\n`;
}
