// `npm run bench` (builds first): upload throughput of <resume-upload> in headless Chromium
// against a bare fetch (bench-browser.mjs), then the demo server under concurrent load on
// loopback (bench-load.mjs), then reading a two-page resume per kind (bench-read.mjs).
// BENCH_ONLY=browser, BENCH_ONLY=load or BENCH_ONLY=read runs one part.
const only = process.env.BENCH_ONLY;
if (!only || only === 'browser') await import('./bench-browser.mjs');
if (!only || only === 'load') {
  const { loadBench } = await import('./bench-load.mjs');
  if (!(await loadBench())) {
    console.error(
      'bench: a request under load failed, or a stored file differs from what was sent',
    );
    process.exit(1);
  }
}
if (!only || only === 'read') {
  const { readBench } = await import('./bench-read.mjs');
  if (!(await readBench())) {
    console.error('bench: reading a PDF took the browser 300 ms or more (median)');
    process.exit(1);
  }
}
