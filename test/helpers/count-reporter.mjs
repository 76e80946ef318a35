// A wtr reporter that prints one closing line "wtr: N passed, N failed, N skipped", which CI log
// readers understand (wtr's own summary does not stand alone on its line).
// Prints one closing line "wtr: N passed, N failed, N skipped" that CI log readers understand.
// A test file that failed to load counts as one failure.
export function countReporter() {
  return {
    stop({ sessions }) {
      let passed = 0,
        failed = 0,
        skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        for (const s of suite.suites) walk(s);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (s.errors?.length) failed++;
      }
      // wtr's terminal swallows console output at this point; print when the process exits.
      process.once('exit', () =>
        process.stdout.write(`wtr: ${passed} passed, ${failed} failed, ${skipped} skipped\n`),
      );
    },
  };
}
