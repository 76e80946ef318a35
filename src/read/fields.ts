// The contact details of a resume from its plain text (and its hyperlinks' targets): pure string
// work, run in Node and browsers alike, tested table-first (test/core/read-fields.test.ts).
// Each finder prefers no answer to a doubtful one.
import { findEmail, findLinks } from './links.js';
import { findLocation } from './location.js';
import { findName } from './name.js';
import { findPhone } from './phone.js';
import type { ResumeFields } from './types.js';

/** Lines where contact details are looked for first: a resume's head. */
const CONTACT_LINES = 15;
/** Lines a name may be on. */
const NAME_LINES = 8;
/** A heading after which come other people's details (referees), never the candidate's. */
const REFERENCES =
  /^(?:references|referees|referenzen|références|referencias|referências|referenze|المراجع|ממליצים|推荐人|推薦者|추천인|рекомендации)\s*:?$/i;

/** The contact details in a resume's `text`; `urls` are its hyperlinks' targets. */
export function extractFields(text: string, urls: readonly string[] = []): ResumeFields {
  const all = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const end = all.findIndex((l) => REFERENCES.test(l));
  const lines = end > 0 ? all.slice(0, end) : all;
  const own = lines.join('\n');
  const head = lines.slice(0, CONTACT_LINES);
  const fields: ResumeFields = {};
  const email = findEmail(own, urls);
  // Contact details in a text box or a page's side column may come after the body: the lines
  // around the email address count as contact lines too.
  const at = email ? lines.findIndex((l) => l.includes(email)) : -1;
  const near = at >= CONTACT_LINES ? lines.slice(Math.max(0, at - 3), at + 4) : [];
  const location = findLocation([...head, ...near]);
  // The head first: a referee's number further down must not win over the candidate's own.
  const phone = findPhone(head.join('\n'), location?.country) ?? findPhone(own, location?.country);
  const links = findLinks(own, urls);
  const name = findName(lines.slice(0, NAME_LINES), email);
  if (name) fields.name = name;
  if (email) fields.email = email;
  if (phone) fields.phone = phone;
  if (location) fields.location = location.text;
  if (links.length) fields.links = links;
  return fields;
}
