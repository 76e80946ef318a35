// The Accessibility Conformance Report of applykit's two elements, in the layout of the VPAT®
// 2.5Rev WCAG edition: every WCAG 2.2 A and AA success criterion with its conformance level and
// remarks naming the tests behind it. Made from docs/acr-criteria.json (the criteria-to-tests map)
// and the last test run (test-results/, written by `npm test`); a "Supports" or "Partially
// Supports" whose tests are missing, failed or did not run makes it stop.
//   npm run acr            writes docs/acr.md
//   node scripts/acr.mjs --check   exits 1 when docs/acr.md is not what it would write
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');

/** WCAG 2.2's A and AA success criteria: id, name, level, and the version that added it
 * (4.1.1 Parsing was removed in 2.2; the VPAT still lists it for 2.0 and 2.1). */
export const WCAG = [
  ['1.1.1', 'Non-text Content', 'A'],
  ['1.2.1', 'Audio-only and Video-only (Prerecorded)', 'A'],
  ['1.2.2', 'Captions (Prerecorded)', 'A'],
  ['1.2.3', 'Audio Description or Media Alternative (Prerecorded)', 'A'],
  ['1.2.4', 'Captions (Live)', 'AA'],
  ['1.2.5', 'Audio Description (Prerecorded)', 'AA'],
  ['1.3.1', 'Info and Relationships', 'A'],
  ['1.3.2', 'Meaningful Sequence', 'A'],
  ['1.3.3', 'Sensory Characteristics', 'A'],
  ['1.3.4', 'Orientation', 'AA', '2.1'],
  ['1.3.5', 'Identify Input Purpose', 'AA', '2.1'],
  ['1.4.1', 'Use of Color', 'A'],
  ['1.4.2', 'Audio Control', 'A'],
  ['1.4.3', 'Contrast (Minimum)', 'AA'],
  ['1.4.4', 'Resize Text', 'AA'],
  ['1.4.5', 'Images of Text', 'AA'],
  ['1.4.10', 'Reflow', 'AA', '2.1'],
  ['1.4.11', 'Non-text Contrast', 'AA', '2.1'],
  ['1.4.12', 'Text Spacing', 'AA', '2.1'],
  ['1.4.13', 'Content on Hover or Focus', 'AA', '2.1'],
  ['2.1.1', 'Keyboard', 'A'],
  ['2.1.2', 'No Keyboard Trap', 'A'],
  ['2.1.4', 'Character Key Shortcuts', 'A', '2.1'],
  ['2.2.1', 'Timing Adjustable', 'A'],
  ['2.2.2', 'Pause, Stop, Hide', 'A'],
  ['2.3.1', 'Three Flashes or Below Threshold', 'A'],
  ['2.4.1', 'Bypass Blocks', 'A'],
  ['2.4.2', 'Page Titled', 'A'],
  ['2.4.3', 'Focus Order', 'A'],
  ['2.4.4', 'Link Purpose (In Context)', 'A'],
  ['2.4.5', 'Multiple Ways', 'AA'],
  ['2.4.6', 'Headings and Labels', 'AA'],
  ['2.4.7', 'Focus Visible', 'AA'],
  ['2.4.11', 'Focus Not Obscured (Minimum)', 'AA', '2.2'],
  ['2.5.1', 'Pointer Gestures', 'A', '2.1'],
  ['2.5.2', 'Pointer Cancellation', 'A', '2.1'],
  ['2.5.3', 'Label in Name', 'A', '2.1'],
  ['2.5.4', 'Motion Actuation', 'A', '2.1'],
  ['2.5.7', 'Dragging Movements', 'AA', '2.2'],
  ['2.5.8', 'Target Size (Minimum)', 'AA', '2.2'],
  ['3.1.1', 'Language of Page', 'A'],
  ['3.1.2', 'Language of Parts', 'AA'],
  ['3.2.1', 'On Focus', 'A'],
  ['3.2.2', 'On Input', 'A'],
  ['3.2.3', 'Consistent Navigation', 'AA'],
  ['3.2.4', 'Consistent Identification', 'AA'],
  ['3.2.6', 'Consistent Help', 'A', '2.2'],
  ['3.3.1', 'Error Identification', 'A'],
  ['3.3.2', 'Labels or Instructions', 'A'],
  ['3.3.3', 'Error Suggestion', 'AA'],
  ['3.3.4', 'Error Prevention (Legal, Financial, Data)', 'AA'],
  ['3.3.7', 'Redundant Entry', 'A', '2.2'],
  ['3.3.8', 'Accessible Authentication (Minimum)', 'AA', '2.2'],
  ['4.1.1', 'Parsing', 'A', 'removed'],
  ['4.1.2', 'Name, Role, Value', 'A'],
  ['4.1.3', 'Status Messages', 'AA', '2.1'],
].map(([id, name, level, since = '2.0']) => ({ id, name, level, since }));

/** The VPAT's conformance levels, with its definitions. */
export const TERMS = {
  Supports:
    'The functionality of the product has at least one method that meets the criterion without known defects or meets with equivalent facilitation.',
  'Partially Supports': 'Some functionality of the product does not meet the criterion.',
  'Does Not Support': 'The majority of product functionality does not meet the criterion.',
  'Not Applicable': 'The criterion is not relevant to the product.',
  'Not Evaluated':
    'The product has not been evaluated against the criterion. This can only be used in WCAG Level AAA criteria.',
};
/** The levels that make a claim, and so must name tests that passed. */
const CLAIMS = ['Supports', 'Partially Supports'];
/** Browsers every browser test file must have run in. */
export const BROWSERS = ['Chromium', 'Firefox'];

/** The criteria map (docs/acr-criteria.json). */
export function loadCriteria() {
  return JSON.parse(read('docs/acr-criteria.json'));
}

/** The last run's outcomes: `file › title` → { passed, failed, skipped: browsers }, and the
 * browsers each browser test file ran in. Missing files give an empty run. */
export function loadResults() {
  const tests = new Map();
  const ran = new Map();
  const note = (key, browser, status) => {
    const t = tests.get(key) ?? { passed: [], failed: [], skipped: [] };
    t[status].push(browser);
    tests.set(key, t);
  };
  const json = (path) => {
    try {
      return JSON.parse(read(path));
    } catch {
      return null;
    }
  };
  for (const session of json('test-results/wtr.json')?.results ?? []) {
    ran.set(session.file, [...(ran.get(session.file) ?? []), session.browser]);
    for (const t of session.tests) note(`${session.file} › ${t.title}`, session.browser, t.status);
    if (!session.loaded)
      note(`${session.file} › (the file did not load)`, session.browser, 'failed');
  }
  for (const t of json('test-results/node.json')?.tests ?? [])
    note(`${t.file} › ${t.title}`, 'Node', t.status);
  return { tests, ran };
}

/** The tests a reference names: one exact `file › title`, or every test under `file › … › *`. */
export function testsFor(ref, results) {
  if (!ref.endsWith(' › *')) return results.tests.has(ref) ? [ref] : [];
  const prefix = ref.slice(0, -1);
  return [...results.tests.keys()].filter((k) => k.startsWith(prefix));
}

/** Why a reference does not back a claim ('' when it does): every test it names passed, in every
 * browser its file ran in (Chromium-only tests skip in Firefox), and the run had both browsers. */
export function refProblem(ref, results) {
  const keys = testsFor(ref, results);
  if (!keys.length) return `${ref}: no such test in the last run`;
  for (const key of keys) {
    const t = results.tests.get(key);
    if (t.failed.length) return `${key}: failed in ${t.failed.join(', ')}`;
    if (!t.passed.length) return `${key}: did not run (skipped everywhere)`;
  }
  const file = ref.split(' › ')[0];
  if (!file.startsWith('test/node/')) {
    const missing = BROWSERS.filter((b) => !(results.ran.get(file) ?? []).includes(b));
    if (missing.length) return `${file}: not run in ${missing.join(', ')} (run the whole npm test)`;
  }
  return '';
}

/** Everything wrong with the map against WCAG and the last run, as sentences. */
export function problems(map, results) {
  const out = [];
  const ids = new Set(WCAG.map((c) => c.id));
  for (const id of Object.keys(map.criteria))
    if (!ids.has(id)) out.push(`${id}: not a WCAG 2.2 A or AA success criterion`);
  for (const { id } of WCAG) {
    const c = map.criteria[id];
    if (!c) {
      out.push(`${id}: missing from docs/acr-criteria.json`);
      continue;
    }
    if (!(c.conformance in TERMS) || c.conformance === 'Not Evaluated')
      out.push(`${id}: "${c.conformance}" is not a conformance level for A and AA`);
    if (!c.remarks?.trim()) out.push(`${id}: no remarks`);
    const tests = c.tests ?? [];
    if (CLAIMS.includes(c.conformance) && !tests.length)
      out.push(`${id}: "${c.conformance}" names no test`);
    for (const ref of tests) {
      const problem = refProblem(ref, results);
      if (problem) out.push(`${id}: ${problem}`);
    }
  }
  return out;
}

// Table cells: one line, no bare pipes, and "<file>" or "<label for>" shown as text rather than
// taken for HTML (code spans are left as they are).
const cell = (s) =>
  s
    .replace(/\s*\n\s*/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) => {
      const piped = part.replace(/\|/g, '\\|');
      return i % 2 ? piped : piped.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    })
    .join('');
const since = ({ level, since: v }) =>
  v === 'removed'
    ? `(Level ${level} 2.0 and 2.1; removed in 2.2)`
    : v === '2.2'
      ? `(Level ${level} 2.2 only)`
      : v === '2.1'
        ? `(Level ${level} 2.1 and 2.2)`
        : `(Level ${level})`;

/** One table row: the criterion, its level, the remarks and the tests that back them. */
function row(c, entry) {
  const tests = (entry.tests ?? []).map((ref) => {
    const [file, ...title] = ref.split(' › ');
    return `\`${file}\` “${title.join(' › ')}”`;
  });
  const remarks = tests.length ? `${entry.remarks} Tests: ${tests.join('; ')}.` : entry.remarks;
  return `| ${c.id} ${c.name} ${since(c)} | ${entry.conformance} | ${cell(remarks)} |`;
}

/** docs/acr.md, from the map alone (the run is checked, not printed: the file stays the same
 * from run to run while nothing changes). */
export function render(map) {
  const p = map.product;
  const table = (level) => [
    '| Criteria | Conformance Level | Remarks and Explanations |',
    '| --- | --- | --- |',
    ...WCAG.filter((c) => c.level === level).map((c) => row(c, map.criteria[c.id])),
  ];
  return [
    `# ${p.name} Accessibility Conformance Report`,
    '',
    '## WCAG Edition',
    '',
    '(Based on VPAT® Version 2.5Rev)',
    '',
    '<!-- Generated by `npm run acr` from docs/acr-criteria.json and the last `npm test`; do not edit by hand. -->',
    '',
    `**Name of Product/Version:** ${p.name} ${p.version}: ${p.scope}`,
    '',
    `**Report Date:** ${p.reportDate}`,
    '',
    `**Product Description:** ${p.description}`,
    '',
    `**Contact Information:** ${p.contact}`,
    '',
    `**Notes:** ${p.notes}`,
    '',
    `**Evaluation Methods Used:** ${p.methods}`,
    '',
    '## Applicable Standards/Guidelines',
    '',
    'This report covers the degree of conformance for the following accessibility standard/guidelines:',
    '',
    '| Standard/Guideline | Included In Report |',
    '| --- | --- |',
    '| [Web Content Accessibility Guidelines 2.0](https://www.w3.org/TR/2008/REC-WCAG20-20081211) | Level A (Yes), Level AA (Yes), Level AAA (No) |',
    '| [Web Content Accessibility Guidelines 2.1](https://www.w3.org/TR/WCAG21) | Level A (Yes), Level AA (Yes), Level AAA (No) |',
    '| [Web Content Accessibility Guidelines 2.2](https://www.w3.org/TR/WCAG22) | Level A (Yes), Level AA (Yes), Level AAA (No) |',
    '',
    '## Terms',
    '',
    'The terms used in the Conformance Level information are defined as follows:',
    '',
    ...Object.entries(TERMS).map(([term, text]) => `- **${term}**: ${text}`),
    '',
    '## WCAG 2.x Report',
    '',
    'Note: When reporting on conformance with the WCAG 2.x Success Criteria, they are scoped for full pages, complete processes, and accessibility-supported ways of using technology as documented in the [WCAG 2.0 Conformance Requirements](https://www.w3.org/TR/WCAG20/#conformance-reqs). The elements are parts of a page: criteria about whole pages are the host page’s (marked Not Applicable with the reason).',
    '',
    'Test names are `file` “describe › test”, in this repository. Browser tests ran in Chromium and Firefox ESR unless their name says Chromium (forced colours and the accessibility tree need Chromium’s DevTools protocol); every test named under “Supports” or “Partially Supports” passed in the run this report was made from, which `test/report/acr.test.mjs` checks inside `npm test`.',
    '',
    '### Table 1: Success Criteria, Level A',
    '',
    ...table('A'),
    '',
    '### Table 2: Success Criteria, Level AA',
    '',
    ...table('AA'),
    '',
    '### Table 3: Success Criteria, Level AAA',
    '',
    'Notes: Level AAA was not evaluated.',
    '',
    `## Legal Disclaimer (${p.name})`,
    '',
    p.disclaimer,
    '',
    '“Voluntary Product Accessibility Template” and “VPAT” are registered service marks of the Information Technology Industry Council (ITI).',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const map = loadCriteria();
  const found = problems(map, loadResults());
  if (found.length) {
    console.error(
      `acr: the report cannot claim what the last run does not show:\n  ${found.join('\n  ')}`,
    );
    process.exit(1);
  }
  const text = render(map);
  if (process.argv.includes('--check')) {
    if (read('docs/acr.md') !== text) {
      console.error('acr: docs/acr.md is out of date; run npm run acr');
      process.exit(1);
    }
  } else {
    writeFileSync(`${root}docs/acr.md`, text);
    console.log('acr: wrote docs/acr.md');
  }
}
