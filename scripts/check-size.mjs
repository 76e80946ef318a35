// The size budget, checked by `npm test` after the build: min+gzip (level 9) of the
// self-contained bundles, lit included. Fails the run when a bundle is over its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = [
  // Both elements with lit, for careers pages loading one script tag.
  { file: 'dist/applykit.bundle.js', budget: 20 * KB },
  // <resume-upload> alone with lit.
  { file: 'dist/resume-upload.bundle.js', budget: 12 * KB },
];

let over = 0;
for (const { file, budget } of budgets) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= budget;
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${file}: ${gz} B min+gzip (${(gz / KB).toFixed(1)} KB) of ${budget / KB} KB budget; ${raw.length} B minified`,
  );
}
if (over) {
  console.error(`size: ${over} bundle(s) over budget`);
  process.exit(1);
}
