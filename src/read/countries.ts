// The countries the field reader recognises in a location (by English and local names, and US
// and Canadian region codes), with what turns their national phone numbers into E.164: the
// calling code, the trunk prefix dropped after it, and the national number's lengths.

export interface Country {
  /** ISO 3166-1 alpha-2. */
  iso: string;
  /** Calling code without "+". */
  code: string;
  /** Trunk prefix written before national numbers and dropped in E.164 ('' for none). */
  trunk: string;
  /** Allowed national significant number lengths (after the trunk prefix). */
  lengths: number[];
}

// iso, code, trunk, lengths, names (lower case, '|'-separated).
const TABLE: ReadonlyArray<readonly [string, string, string, number[], string]> = [
  [
    'US',
    '1',
    '1',
    [10],
    'united states|usa|u.s.a.|u.s.|us|estados unidos|états-unis|vereinigte staaten|الولايات المتحدة',
  ],
  ['CA', '1', '1', [10], 'canada|canadá|kanada|كندا'],
  [
    'GB',
    '44',
    '0',
    [9, 10],
    'united kingdom|uk|u.k.|england|scotland|wales|great britain|reino unido|royaume-uni|vereinigtes königreich|المملكة المتحدة',
  ],
  ['IE', '353', '0', [7, 8, 9], 'ireland|irlanda|irlande|irland'],
  ['DE', '49', '0', [6, 7, 8, 9, 10, 11], 'germany|deutschland|alemania|allemagne|ألمانيا'],
  ['AT', '43', '0', [6, 7, 8, 9, 10, 11, 12], 'austria|österreich|autriche'],
  ['CH', '41', '0', [9], 'switzerland|schweiz|suisse|suiza|svizzera'],
  ['FR', '33', '0', [9], 'france|francia|frankreich|فرنسا'],
  ['BE', '32', '0', [8, 9], 'belgium|belgique|belgië|belgien|bélgica'],
  ['NL', '31', '0', [9], 'netherlands|the netherlands|nederland|países bajos|pays-bas|niederlande'],
  ['ES', '34', '', [9], 'spain|españa|espagne|spanien|إسبانيا'],
  ['PT', '351', '', [9], 'portugal'],
  ['IT', '39', '', [6, 7, 8, 9, 10, 11], 'italy|italia|italie|italien'],
  ['SE', '46', '0', [7, 8, 9], 'sweden|sverige|suecia|suède|schweden'],
  ['NO', '47', '', [8], 'norway|norge|noruega|norvège|norwegen'],
  ['DK', '45', '', [8], 'denmark|danmark|dinamarca|danemark|dänemark'],
  ['FI', '358', '0', [6, 7, 8, 9, 10], 'finland|suomi|finlandia|finlande|finnland'],
  ['PL', '48', '', [9], 'poland|polska|polonia|pologne|polen'],
  ['GR', '30', '', [10], 'greece|ελλάδα|grecia|grèce|griechenland'],
  ['RU', '7', '8', [10], 'russia|россия|rusia|russie|russland'],
  ['UA', '380', '0', [9], 'ukraine|україна|ucrania'],
  ['TR', '90', '0', [10], 'turkey|türkiye|turquía|turquie|türkei'],
  ['IL', '972', '0', [8, 9], 'israel|ישראל|إسرائيل'],
  ['EG', '20', '0', [9, 10], 'egypt|مصر|egipto|égypte|ägypten'],
  [
    'SA',
    '966',
    '0',
    [9],
    'saudi arabia|السعودية|المملكة العربية السعودية|arabia saudita|arabie saoudite',
  ],
  [
    'AE',
    '971',
    '0',
    [8, 9],
    'united arab emirates|uae|الإمارات|الإمارات العربية المتحدة|emiratos árabes unidos|émirats arabes unis',
  ],
  ['JO', '962', '0', [8, 9], 'jordan|الأردن'],
  ['LB', '961', '0', [7, 8], 'lebanon|لبنان|liban'],
  ['MA', '212', '0', [9], 'morocco|المغرب|maroc|marruecos|marokko'],
  ['NG', '234', '0', [8, 10], 'nigeria'],
  ['KE', '254', '0', [9], 'kenya'],
  ['ZA', '27', '0', [9], 'south africa|sudáfrica|afrique du sud|südafrika'],
  ['IN', '91', '0', [10], 'india|भारत|inde|indien'],
  ['PK', '92', '0', [10], 'pakistan|پاکستان'],
  ['CN', '86', '0', [10, 11], 'china|中国|中國|chine'],
  ['JP', '81', '0', [9, 10], 'japan|日本|japón|japon'],
  [
    'KR',
    '82',
    '0',
    [8, 9, 10],
    'south korea|korea|대한민국|한국|corea del sur|corée du sud|südkorea',
  ],
  ['SG', '65', '', [8], 'singapore|singapur|新加坡'],
  ['AU', '61', '0', [9], 'australia|australie|australien'],
  ['NZ', '64', '0', [8, 9, 10], 'new zealand|nueva zelanda|nouvelle-zélande|neuseeland'],
  ['BR', '55', '0', [10, 11], 'brazil|brasil|brésil|brasilien'],
  ['MX', '52', '', [10], 'mexico|méxico|mexique|mexiko'],
  ['AR', '54', '0', [10], 'argentina|argentine|argentinien'],
  ['CO', '57', '', [10], 'colombia|colombie|kolumbien'],
  ['CL', '56', '', [9], 'chile|chili'],
  ['PE', '51', '0', [8, 9], 'peru|perú|pérou'],
  ['UY', '598', '0', [8], 'uruguay'],
  [
    'CZ',
    '420',
    '',
    [9],
    'czech republic|czechia|česko|česká republika|tschechien|république tchèque',
  ],
  ['SK', '421', '0', [9], 'slovakia|slovensko'],
  ['HU', '36', '06', [8, 9], 'hungary|magyarország|ungarn|hongrie'],
  ['RO', '40', '0', [9], 'romania|românia|rumänien|roumanie'],
  ['BG', '359', '0', [8, 9], 'bulgaria|българия'],
  ['HR', '385', '0', [8, 9], 'croatia|hrvatska|kroatien|croatie'],
  ['RS', '381', '0', [8, 9], 'serbia|србија|srbija'],
  ['SI', '386', '0', [8], 'slovenia|slovenija'],
  ['EE', '372', '', [7, 8], 'estonia|eesti'],
  ['LV', '371', '', [8], 'latvia|latvija'],
  ['LT', '370', '8', [8], 'lithuania|lietuva'],
  ['IS', '354', '', [7], 'iceland|ísland'],
  ['LU', '352', '', [6, 7, 8, 9], 'luxembourg|luxemburg'],
  ['TN', '216', '', [8], 'tunisia|tunisie|تونس'],
  ['DZ', '213', '0', [8, 9], 'algeria|algérie|الجزائر'],
  ['QA', '974', '', [8], 'qatar|قطر'],
  ['KW', '965', '', [8], 'kuwait|الكويت'],
  ['BH', '973', '', [8], 'bahrain|البحرين'],
  ['OM', '968', '', [8], 'oman|عمان|سلطنة عمان'],
  ['IQ', '964', '0', [10], 'iraq|العراق'],
  ['GH', '233', '0', [9], 'ghana'],
  ['ET', '251', '0', [9], 'ethiopia'],
  ['TZ', '255', '0', [9], 'tanzania'],
  ['UG', '256', '0', [9], 'uganda'],
  ['BD', '880', '0', [10], 'bangladesh|বাংলাদেশ'],
  ['LK', '94', '0', [9], 'sri lanka'],
  ['NP', '977', '0', [8, 10], 'nepal|नेपाल'],
  ['VN', '84', '0', [9, 10], 'vietnam|viet nam|việt nam'],
  ['TH', '66', '0', [8, 9], 'thailand|ประเทศไทย|thaïlande'],
  ['MY', '60', '0', [9, 10], 'malaysia'],
  ['ID', '62', '0', [9, 10, 11, 12], 'indonesia|indonésie'],
  ['PH', '63', '0', [10], 'philippines|pilipinas|filipinas'],
  ['TW', '886', '0', [8, 9], 'taiwan|台灣|台湾'],
  ['HK', '852', '', [8], 'hong kong|香港'],
];

/** US states and Canadian provinces as written after a city ("Austin, TX"). */
const US_STATES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY';
const CA_PROVINCES = 'AB BC MB NB NL NS NT NU ON PE QC SK YT';

const byName = new Map<string, Country>();
const byIso = new Map<string, Country>();
for (const [iso, code, trunk, lengths, names] of TABLE) {
  const country = { iso, code, trunk, lengths };
  byIso.set(iso, country);
  for (const name of names.split('|')) byName.set(name, country);
}

/** The country a location's last part names ("Portugal", "TX", "日本"), or undefined. */
export function countryOf(part: string): Country | undefined {
  const p = part.trim().replace(/\.$/, '');
  if (/^[A-Z]{2}$/.test(p)) {
    if (US_STATES.includes(p)) return byIso.get('US');
    if (CA_PROVINCES.includes(p)) return byIso.get('CA');
  }
  return byName.get(p.toLowerCase()) ?? byName.get(`${p.toLowerCase()}.`);
}
