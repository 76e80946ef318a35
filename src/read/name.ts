// The candidate's name: a labelled value ("Name: …"), else the first line near the top that
// reads as a person's name in its script — capitalised words in cased scripts (Latin, Greek,
// Cyrillic), two to five words in Arabic, Hebrew or Devanagari, two to four characters of
// Han, Kana or Hangul — and is not a heading, a job title or a place.
import { SEPARATORS } from './location.js';

const LABEL =
  /^(?:name|full name|nombre|nom|nome|vorname und name|الاسم|שם|имя|фио|氏名|姓名|名前|이름)\s*[:：]\s*/i;
/** Lower-case words that never appear in a name line: headings, titles, document words. */
const NOT_NAMES = new Set(
  `resume résumé cv curriculum vitae lebenslauf currículum profile profil perfil summary contact contacto kontakt experience expérience experiencia erfahrung education formation educación ausbildung skills compétences habilidades kenntnisse objective about references languages projects
  achievements certifications competencies interests hobbies awards publications volunteer volunteering employment history qualifications activities personal information details career work highlights overview portfolio
  corp corporation company group labs technologies solutions systems bank partners holdings
  master owner representative associate principal staff expert advisor adviser strategist planner programmer tester devops stack frontend backend mobile cloud security network finance financial legal lawyer attorney paralegal pharmacist physician therapist psychologist electrician mechanic pilot translator interpreter journalist photographer illustrator animator producer scrum agile
  engineer engineering developer development manager designer design analyst scientist science consultant director specialist architect lead senior junior intern officer assistant coordinator administrator teacher nurse accountant marketing sales product software data machine learning student graduate researcher professor doctor head chief executive founder freelance freelancer technician writer editor recruiter support operations
  ingeniero ingeniera desarrollador desarrolladora diseñador diseñadora gerente ingénieur ingénieure développeur développeuse chef responsable entwickler entwicklerin ingenieur ingenieurin leiter leiterin berater beraterin
  inc ltd llc gmbh university universidad université universität college school street avenue road`
    .split(/\s+/)
    .filter(Boolean),
);
const NOT_NAME_SCRIPTS =
  /شركة|مؤسسة|جامعة|كلية|مهندس|مطور|مدير|مصمم|محلل|السيرة|الذاتية|خبرة|الخبرات|التعليم|المهارات|الملخص|ملف|اللغات|الشهادات|المشاريع|معلومات|الاتصال|العمل|نبذة|חברת|אוניברסיטת|מהנדס|מפתח|ניסיון|השכלה|כישורים|अनुभव|शिक्षा|कौशल|इंजीनियर|सॉफ्टवेयर|инженер|разработчик|менеджер|резюме|опыт|образование|навыки|エンジニア|履歴書|職務|経歴|学歴|資格|スキル|工程师|工程師|简历|簡歷|经历|經歷|教育|技能|简介|信息|联系|项目|评价|意向|语言|語言|개발자|이력서|연락처|경력|학력|기술|자기소개|프로젝트|경험|요약/iu;
const PARTICLES = new Set(
  'de da das do dos del della der den di du la le van von ter ten bin ibn al el y e zu af av'.split(
    ' ',
  ),
);
const CASED_WORD =
  /^(?:\p{Lu}[\p{Ll}\p{M}'’]*(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*\.?|\p{Lu}\.|\p{Lu}{2,}(?:-\p{Lu}{2,})?)$/u;
const UNCASED_NAME =
  /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{M}\u200c\u200d]+(?: [\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{M}\u200c\u200d]+){1,4}$/u;
const CJK_NAME =
  /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{2,4}$|^[\p{Script=Han}\p{Script=Katakana}ー]{1,3}[ ・\u3000][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,3}$|^[\p{Script=Hangul}]{2,4}$|^[\p{Script=Hangul}]{1,2} [\p{Script=Hangul}]{1,3}$/u;

/** Lines from the top where a name without capital letters (Arabic, Han…) may be. */
const UNCASED_LINES = 3;

/** How `s` reads: as a name in a cased script, in a script without case, or not as a name. */
export function nameKind(s: string): 'cased' | 'uncased' | null {
  if (s.length < 2 || s.length > 60 || /[\d@/:,;()|&+=#*_"]/.test(s)) return null;
  if (NOT_NAME_SCRIPTS.test(s) || brokenShaping(s)) return null;
  if (CJK_NAME.test(s) || UNCASED_NAME.test(s)) return 'uncased';
  return isCasedName(s) ? 'cased' : null;
}

/** Text that a PDF's glyph order garbled: a word starting with a combining mark, or two vowel
 * signs in a row (Devanagari "शर्माा"). */
function brokenShaping(s: string): boolean {
  return /(^|\s)\p{M}|[\u093e-\u094c]{2}/u.test(s);
}

/** True when `s` reads as a person's full name. */
export function isNameLike(s: string): boolean {
  return nameKind(s) !== null;
}

function isCasedName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((w) => NOT_NAMES.has(w.toLowerCase().replace(/\.$/, '')))) return false;
  const cased = words.filter((w) => !PARTICLES.has(w));
  // At least two real words, each capitalised (or all capitals), and not all initials.
  return (
    cased.length >= 2 &&
    cased.every((w) => CASED_WORD.test(w)) &&
    cased.some((w) => w.replace(/\.$/, '').length > 1)
  );
}

/** The name in the first `lines` of a resume, or undefined. `email` breaks ties: a line whose
 * words appear in the address's local part is taken even below a line that also reads as one. */
export function findName(lines: readonly string[], email?: string): string | undefined {
  const segments = lines.map((line) => line.split(SEPARATORS).map((s) => s.trim()));
  for (const line of segments) {
    for (const s of line) {
      const m = LABEL.exec(s);
      if (m && isNameLike(s.slice(m[0].length).trim())) return s.slice(m[0].length).trim();
    }
  }
  // Without capitals to go by, only the very top is trusted.
  const candidates = segments.flatMap((line, i) =>
    line
      .filter((s) => {
        const kind = nameKind(s);
        return kind === 'cased' || (kind === 'uncased' && i < UNCASED_LINES);
      })
      .map((s) => ({ s, i })),
  );
  const local = fold(email?.split('@')[0] ?? '');
  const inEmail = (s: string) =>
    s.split(/\s+/).some((w) => fold(w).length > 2 && local.includes(fold(w)));
  const matching = candidates.find(({ s }) => inEmail(s));
  return (matching ?? candidates[0])?.s ?? splitOverTwoLines(segments, inEmail);
}

/** A name a narrow column broke after its first word ("Olusegun" / "Adébáyọ̀"): taken only when
 * one of the words is in the email address, since two one-word lines are often headings. */
function splitOverTwoLines(
  lines: readonly string[][],
  inEmail: (s: string) => boolean,
): string | undefined {
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a, b] = [lines[i], lines[i + 1]];
    if (a.length !== 1 || b.length !== 1 || /\s/.test(a[0] + b[0])) continue;
    const s = `${a[0]} ${b[0]}`;
    if (nameKind(s) === 'cased' && (inEmail(a[0]) || inEmail(b[0]))) return s;
  }
  return undefined;
}

/** Lower case without diacritics or punctuation, to compare a name with an email address. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}
