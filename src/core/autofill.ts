// Which value of a read resume goes into which form field, by the field's `autocomplete` token:
// pure string work, so the rules are unit-tested without a page (test/core/autofill.test.ts).
// Like the reader, it prefers leaving a field empty to filling it with a guess.
import { countryOf } from '../read/countries.js';
import type { ResumeFields } from '../read/types.js';

/** The detail a field takes, as the message names it. */
export type FilledDetail = 'name' | 'email' | 'phone' | 'location' | 'links';

/** The autocomplete field names autofill fills, and the detail each takes. */
const DETAILS: Record<string, FilledDetail> = {
  name: 'name',
  'given-name': 'name',
  'family-name': 'name',
  email: 'email',
  tel: 'phone',
  url: 'links',
  'address-level2': 'location',
  'address-level1': 'location',
  'country-name': 'location',
};

/** Name particles that start a family name ("Ana de la Cruz", "Pieter van der Berg"). */
const PARTICLES =
  /^(de|da|das|do|dos|del|della|der|den|di|du|la|le|van|von|ter|ten|bin|ibn|al|el)$/;
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The field name in an `autocomplete` attribute ("section-a shipping email" → "email"), or
 * null when it names nothing autofill fills. */
export function autocompleteField(attribute: string): string | null {
  const tokens = attribute.toLowerCase().trim().split(/\s+/);
  return tokens.find((t) => Object.hasOwn(DETAILS, t)) ?? null;
}

/** The detail that a field with this autocomplete field name takes. */
export function detailOf(field: string): FilledDetail | undefined {
  return DETAILS[field];
}

/**
 * Given and family name, only when the split is clear: two words; a family name that starts
 * with a particle or is written in capitals ("Jean DUPONT"); an East Asian name (family name
 * first: "山田 太郎", "김민준"). "María José Fernández" could be split two ways: undefined.
 */
export function splitName(name: string): { given: string; family: string } | undefined {
  const words = name.trim().split(/\s+/);
  if (EAST_ASIAN.test(name)) {
    if (words.length === 2) return { family: words[0], given: words[1] };
    const chars = [...name];
    if (
      words.length === 1 &&
      chars.length >= 2 &&
      chars.length <= 3 &&
      !/\p{Script=Hiragana}|\p{Script=Katakana}/u.test(name)
    )
      return { family: chars[0], given: chars.slice(1).join('') };
    return undefined;
  }
  if (words.length === 2) return { given: words[0], family: words[1] };
  const particle = words.findIndex((w, i) => i > 0 && PARTICLES.test(w));
  const capitals = words.findIndex(
    (w) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase(),
  );
  const lower = words.some((w) => w !== w.toUpperCase());
  const at = particle > 0 ? particle : capitals > 0 && lower ? capitals : -1;
  if (at <= 0) return undefined;
  return { given: words.slice(0, at).join(' '), family: words.slice(at).join(' ') };
}

/** City, region and country of a location such as "Austin, TX" or "Lisbon, Portugal". */
export function placeParts(location: string): { city?: string; region?: string; country?: string } {
  const parts = location.split(/\s*[,،、，]\s*/);
  if (parts.length < 2 || parts.length > 3 || /\d/.test(location)) return {};
  const last = parts[parts.length - 1];
  const isRegionCode = /^[A-Z]{2}$/.test(last) && countryOf(last) !== undefined;
  const country = !isRegionCode && countryOf(last) ? last : undefined;
  const region = parts.length === 3 ? parts[1] : isRegionCode ? last : undefined;
  return { city: parts[0], region, country };
}

/** The link for a URL field: the one its label asks for (LinkedIn, GitHub, a website), else
 * the next one not used yet. `hint` is the field's name, id and label text. */
export function pickLink(
  links: readonly string[],
  hint: string,
  used: Set<string>,
): string | undefined {
  const free = links.filter((l) => !used.has(l));
  const isLinkedIn = (l: string) => /linkedin\.com\//i.test(l);
  const isGitHub = (l: string) => /github\.com\//i.test(l);
  let link: string | undefined;
  if (/linked\s*in/i.test(hint)) link = free.find(isLinkedIn);
  else if (/git\s*hub/i.test(hint)) link = free.find(isGitHub);
  else if (/portfolio|web\s*site|homepage|home page|blog|personal/i.test(hint))
    link = free.find((l) => !isLinkedIn(l) && !isGitHub(l));
  else link = free[0];
  if (link) used.add(link);
  return link;
}

/** The value for a field named `field` (an autocomplete field name), or undefined. */
export function valueFor(
  field: string,
  fields: ResumeFields,
  hint: string,
  usedLinks: Set<string>,
): string | undefined {
  const name = fields.name ? splitName(fields.name) : undefined;
  const place = fields.location ? placeParts(fields.location) : {};
  switch (field) {
    case 'name':
      return fields.name;
    case 'given-name':
      return name?.given;
    case 'family-name':
      return name?.family;
    case 'email':
      return fields.email;
    case 'tel':
      return fields.phone?.text;
    case 'url':
      return pickLink(fields.links ?? [], hint, usedLinks);
    case 'address-level2':
      return place.city;
    case 'address-level1':
      return place.region;
    case 'country-name':
      return place.country;
  }
  return undefined;
}
