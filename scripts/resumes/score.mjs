// Scores what readResume() found in the labelled set against labels.json: per kind and field,
// how many files with the detail had it right, and how many files got any field wrong (a value
// that is not the document's, where leaving it out would have been right).
// Used by test/node/read-accuracy.test.mjs and by `node scripts/resumes/score.mjs` (prints the
// README table; needs `npm run build`).

export const KINDS = ['pdf', 'docx', 'doc', 'rtf', 'txt'];
export const FIELDS = ['name', 'email', 'phone', 'e164', 'location', 'links'];
/** The issue's targets: share of files with the detail that must have it right. */
export const TARGETS = { email: 1, phone: 0.95, links: 0.95, name: 0.9 };
/** At most this share of files may have any field filled with a wrong value. */
export const MAX_WRONG = 0.02;

const squash = (s) => String(s).replace(/\s+/g, ' ').trim();

/** The truth for one file: the person's details, less what this kind of file does not hold. */
export function expectedFor(label, kind) {
  const e = { ...label.expected, ...(label.kinds?.[kind] ?? {}) };
  return {
    name: e.name ?? undefined,
    email: e.email ?? undefined,
    phone: e.phone?.text,
    e164: e.phone?.e164,
    location: e.location ?? undefined,
    links: e.links ?? [],
  };
}

/** 'correct', 'missed', 'wrong' or 'none' (absent and rightly so) for one field. */
export function judge(field, want, got) {
  if (field === 'links') {
    const w = new Set(want);
    const g = new Set(got ?? []);
    if (!w.size && !g.size) return 'none';
    if ([...g].some((u) => !w.has(u))) return 'wrong';
    return g.size === w.size ? 'correct' : 'missed';
  }
  if (want === undefined) return got === undefined ? 'none' : 'wrong';
  if (got === undefined) return 'missed';
  const same =
    field === 'email' ? want.toLowerCase() === got.toLowerCase() : squash(want) === squash(got);
  return same ? 'correct' : 'wrong';
}

/** Judges every field of one read result against its label. */
export function judgeFile(label, kind, fields) {
  const want = expectedFor(label, kind);
  const got = {
    name: fields.name,
    email: fields.email,
    phone: fields.phone?.text,
    e164: fields.phone?.e164,
    location: fields.location,
    links: fields.links,
  };
  const has = (f) => (f === 'links' ? want.links.length > 0 : want[f] !== undefined);
  return Object.fromEntries(
    FIELDS.map((f) => [f, { verdict: judge(f, want[f], got[f]), has: has(f) }]),
  );
}

/** Totals per kind (and 'all'): for each field, files that have it and how many were right. */
export function tally(verdicts) {
  const table = {};
  for (const { kind, fields } of verdicts) {
    for (const k of [kind, 'all']) {
      const t = (table[k] ??= { files: 0, wrongFiles: 0, fields: {} });
      t.files++;
      if (Object.values(fields).some((v) => v.verdict === 'wrong')) t.wrongFiles++;
      for (const [f, { verdict, has }] of Object.entries(fields)) {
        const c = (t.fields[f] ??= { present: 0, correct: 0, wrong: 0 });
        if (has) c.present++;
        if (verdict === 'wrong') c.wrong++;
        if (verdict === 'correct') c.correct++;
      }
    }
  }
  return table;
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(0)}%` : '–');

/** The Markdown table of the README. */
export function markdown(table) {
  const rows = [
    '| kind | files | name | email | phone | E.164 | location | links | files with a wrong value |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const k of [...KINDS, 'all']) {
    const t = table[k];
    if (!t) continue;
    const cell = (f) => {
      const c = t.fields[f];
      return `${pct(c.correct, c.present)} (${c.correct}/${c.present})`;
    };
    rows.push(
      `| ${k} | ${t.files} | ${FIELDS.map(cell).join(' | ')} | ${t.wrongFiles} (${pct(t.wrongFiles, t.files)}) |`,
    );
  }
  return rows.join('\n');
}

/** Reads every file of the labelled set with the built reader and judges it. */
export async function scoreSet(
  readResume,
  dir = new URL('../../test/fixtures/labelled/', import.meta.url),
) {
  const { readFile } = await import('node:fs/promises');
  const labels = JSON.parse(await readFile(new URL('labels.json', dir), 'utf8'));
  const verdicts = [];
  for (const label of labels) {
    for (const kind of KINDS) {
      const bytes = await readFile(new URL(`${kind}/${label.id}.${kind}`, dir));
      const { fields } = await readResume(new File([bytes], `${label.id}.${kind}`));
      verdicts.push({ id: label.id, kind, fields: judgeFile(label, kind, fields) });
    }
  }
  return { labels, verdicts, table: tally(verdicts) };
}

// `node scripts/resumes/score.mjs` (after `npm run build`): the README's table, and every
// detail missed or wrong.
if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { readResume } = await import('../../dist/read/index.js');
  const { verdicts, table } = await scoreSet(readResume);
  for (const { id, kind, fields } of verdicts) {
    const off = Object.entries(fields).filter(
      ([, v]) => v.verdict === 'wrong' || v.verdict === 'missed',
    );
    if (off.length)
      console.log(`${id}.${kind}: ${off.map(([f, v]) => `${f} ${v.verdict}`).join(', ')}`);
  }
  console.log(markdown(table));
}
