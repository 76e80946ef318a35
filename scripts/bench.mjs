// `npm run bench` (builds first): upload throughput of <resume-upload> in headless Chromium
// against a bare fetch (bench-browser.mjs), then the demo server under concurrent load on
// loopback (bench-load.mjs). BENCH_ONLY=browser or BENCH_ONLY=load runs one half.
const only = process.env.BENCH_ONLY;
if (only !== 'load') await import('./bench-browser.mjs');
if (only !== 'browser') {
  const { loadBench } = await import('./bench-load.mjs');
  if (!(await loadBench())) {
    console.error(
      'bench: a request under load failed, or a stored file differs from what was sent',
    );
    process.exit(1);
  }
}
