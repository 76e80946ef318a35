// Where the candidate lives: a labelled value ("Location: Lisbon, Portugal"), or in the contact
// lines a "City, Country" / "City, ST" whose last part is a country or region the reader knows.
// A lone city name is not taken: without a label it could be an employer's office.
import { countryOf, type Country } from './countries.js';

const LABEL =
  /^(?:location|address|city|based in|lives in|residence|ubicación|dirección|ciudad|domicilio|localisation|adresse|ville|wohnort|standort|anschrift|localização|morada|endereço|cidade|indirizzo|città|العنوان|المدينة|الموقع|адрес|город|местоположение|住所|所在地|地址|居住地|주소)\s*[:：]\s*/i;
/** Between the items of a contact line: bars, bullets, dots, dashes with spaces, tabs. */
export const SEPARATORS = /\s*[|•·⋅◦▪■●♦✉☎📞📍🌐]\s*|\s+[–—-]\s+|\t+|\s{3,}/u;
const PLACE_PART = /^[\p{L}\p{M}][\p{L}\p{M}.'’ -]*$/u;

export interface FoundLocation {
  text: string;
  country?: Country;
}

/** The location in the contact `lines` (each split at separators), or undefined. */
export function findLocation(lines: readonly string[]): FoundLocation | undefined {
  const split = lines.map((line) => line.split(SEPARATORS).map((s) => s.trim()));
  const segments = split.flat();
  const contactItems = new Set(split.filter((items) => items.length > 2).flat());
  for (const s of segments) {
    const m = LABEL.exec(s);
    const value = m ? s.slice(m[0].length).trim() : '';
    if (value && value.length <= 80 && !/@|https?:|\d{6,}/.test(value)) {
      return { text: value, country: lastCountry(value) };
    }
  }
  for (const segment of segments) {
    // A separator that bidi reordering moved ("… 4567 الرياض، السعودية ·") leaves the place
    // after a number: the words after the last digit are tried too.
    const s = segment.replace(/^.*\d[\s·•|]+(?=\D+$)/u, '').replace(/[\s·•|]+$/u, '');
    const parts = s.split(/\s*[,،、，]\s*/);
    if (parts.length > 4 || s.length > 60) continue;
    // A country alone ("Singapore") only as one item of a contact line.
    if (parts.length < 2 && !(contactItems.has(s) && countryOf(s))) continue;
    // A postcode may sit before or after the city: "1100-148 Lisboa", "Berlin 10115".
    const words = parts.map((p) => p.replace(/(^|\s)[\dA-Z]{0,3}\d[\d -]*\d(\s|$)/, ' ').trim());
    const country = countryOf(parts[parts.length - 1]);
    if (country && words.every((w) => PLACE_PART.test(w))) return { text: s, country };
  }
  return undefined;
}

/** The country a labelled location ends with, if the reader knows it. */
function lastCountry(value: string): Country | undefined {
  const parts = value.split(/\s*[,،、，]\s*/);
  return parts.length > 1 ? countryOf(parts[parts.length - 1]) : undefined;
}
