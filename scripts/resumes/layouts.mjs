// The page designs of the labelled set: one column with a contact line, contact details in the
// page header, a sidebar table (name above it or inside it), labelled lines, a contact table, a
// two-cell header row, capitals, two newspaper columns, a text frame, and a two-page resume.
import { columns, frame, p, table } from './fodt.mjs';

const link = (l) => (l.text === l.href ? l.href : l);
const links = (person, sep = ' · ') =>
  person.links.flatMap((l, i) => (i ? [sep, link(l)] : [link(l)]));
/** Email shown as a mailto link for every other person, as office suites often make it. */
const email = (person, i) =>
  i % 2 ? { text: person.email, href: `mailto:${person.email}` } : person.email;

function contactLine(person, i, sep = ' · ') {
  return p([email(person, i), `${sep}${person.phone}${sep}${person.location}`]);
}

function sections(person, t, i, { long = false } = {}) {
  const h = (s) => p(i % 5 === 3 ? s.toUpperCase() : s, 'Heading');
  const jobs = long ? [...t.jobs, ...t.jobs, ...t.jobs, ...t.jobs] : t.jobs;
  const out = [h(t.headings.profile), p(t.summary(person)), h(t.headings.experience)];
  for (const job of jobs) {
    out.push(p(`${job.role}\t${job.dates}`), ...job.bullets.map((b) => p(`• ${b}`)));
    if (long)
      out.push(...job.bullets.map((b) => p(`• ${b} Repeated across ${jobs.length} projects.`)));
  }
  out.push(h(t.headings.education), ...t.education.map((e) => p(e)));
  out.push(h(t.headings.skills), p(t.skills), p(t.languages));
  if (t.referee && (long || i % 3 === 0)) out.push(h(t.headings.references), p(t.referee));
  return out;
}

function contactParagraphs(person, i) {
  return [
    p(email(person, i)),
    p(person.phone),
    p(person.location),
    ...person.links.map((l) => p(link(l))),
  ];
}

export const layouts = {
  classic: (person, t, i) => ({
    body: [
      p(person.name, 'Name'),
      p(person.title, 'Title'),
      contactLine(person, i),
      ...(person.links.length ? [p(links(person))] : []),
      ...sections(person, t, i),
    ],
  }),
  caps: (person, t, i) => ({
    body: [
      p(person.name, 'Name'),
      p(person.title.toUpperCase(), 'Title'),
      contactLine(person, i, ' | '),
      ...(person.links.length ? [p(links(person, ' | '))] : []),
      ...sections(person, t, 3),
    ],
  }),
  header: (person, t, i) => ({
    header: [
      p(person.name, 'Name'),
      contactLine(person, i, ' | '),
      ...(person.links.length ? [p(links(person, ' | '), 'Small')] : []),
    ],
    body: [p(person.title, 'Title'), ...sections(person, t, i)],
  }),
  sidebar: (person, t, i) => {
    const left = [
      p(t.headings.contact, 'Heading'),
      ...contactParagraphs(person, i),
      p(t.headings.skills, 'Heading'),
      p(t.skills),
    ];
    const right = sections(person, { ...t, skills: t.languages }, i);
    const tb = table('Sidebar', [5.5, 11.5], [[left, right]]);
    return { body: [p(person.name, 'Name'), p(person.title, 'Title'), tb.xml], styles: tb.styles };
  },
  'sidebar-name': (person, t, i) => {
    const left = [
      p(person.name, 'Name'),
      p(person.title, 'Title'),
      ...contactParagraphs(person, i),
    ];
    const tb = table('Sidebar', [6, 11], [[left, sections(person, t, i)]]);
    return { body: [tb.xml], styles: tb.styles };
  },
  labelled: (person, t, i) => {
    const l = t.labels;
    const title =
      { en: 'Curriculum Vitae', de: 'Lebenslauf', ar: 'السيرة الذاتية', ja: '履歴書' }[
        person.lang
      ] ?? 'CV';
    return {
      body: [
        p(title, 'Name'),
        p(`${l.name}: ${person.name}`),
        p([`${l.email}: `, email(person, i)]),
        p(`${l.phone}: ${person.phone}`),
        p(`${l.location}: ${person.location}`),
        ...(person.links.length ? [p([`${l.links}: `, ...links(person, ', ')])] : []),
        p(person.title, 'Title'),
        ...sections(person, t, i),
      ],
    };
  },
  'contact-table': (person, t, i) => {
    const l = t.labels;
    const rows = [
      [[p(l.email)], [p(email(person, i))]],
      [[p(l.phone)], [p(person.phone)]],
      [[p(l.location)], [p(person.location)]],
      ...(person.links.length ? [[[p(l.links)], person.links.map((x) => p(link(x)))]] : []),
    ];
    const tb = table('Contact', [3.5, 13.5], rows);
    return {
      body: [p(person.name, 'Name'), p(person.title, 'Title'), tb.xml, ...sections(person, t, i)],
      styles: tb.styles,
    };
  },
  'two-cell': (person, t, i) => {
    const tb = table(
      'Top',
      [9, 8],
      [[[p(person.name, 'Name'), p(person.title, 'Title')], contactParagraphs(person, i)]],
    );
    return { body: [tb.xml, ...sections(person, t, i)], styles: tb.styles };
  },
  columns: (person, t, i) => ({
    body: [
      p(person.name, 'Name'),
      contactLine(person, i, ' • '),
      ...(person.links.length ? [p(links(person, ' • '))] : []),
      columns([p(person.title, 'Title'), ...sections(person, t, i)]),
    ],
  }),
  frame: (person, t, i) => ({
    body: [
      frame(contactParagraphs(person, i)),
      p(person.name, 'Name'),
      p(person.title, 'Title'),
      p(''),
      p(''),
      ...sections(person, t, i),
    ],
  }),
  footer: (person, t, i) => ({
    footer: [
      p(
        [email(person, i), ` | ${person.phone} | ${person.location} | `, ...links(person, ' | ')],
        'Small',
      ),
    ],
    body: [p(person.name, 'Name'), p(person.title, 'Title'), ...sections(person, t, i)],
  }),
  'details-table': (person, t, i) => {
    const l = t.labels;
    const tb = table(
      'Details',
      [4, 4.5, 4, 4.5],
      [
        [[p(l.name)], [p(person.name)], [p(l.email)], [p(email(person, i))]],
        [[p(l.phone)], [p(person.phone)], [p(l.location)], [p(person.location)]],
        ...(person.links.length
          ? [[[p(l.links)], person.links.map((x) => p(link(x))), [p('')], [p('')]]]
          : []),
      ],
    );
    const title = { de: 'Lebenslauf' }[person.lang] ?? 'Curriculum Vitae';
    return {
      body: [p(title, 'Name'), tb.xml, p(person.title, 'Title'), ...sections(person, t, i)],
      styles: tb.styles,
    };
  },
  'two-emails': (person, t) => ({
    body: [
      p(person.name, 'Name'),
      p(person.title, 'Title'),
      p(
        `${person.email} (personal) · ${person.email.replace(/@.*/, '@cb.example.edu')} (university)`,
      ),
      p(`${person.phone} · ${person.location}`),
      p(links(person)),
      ...sections(person, t, 0),
    ],
  }),
  long: (person, t, i) => ({
    body: [
      p(person.name, 'Name'),
      p(person.title, 'Title'),
      contactLine(person, i),
      p(links(person)),
      ...sections(person, t, i, { long: true }),
    ],
  }),
};
