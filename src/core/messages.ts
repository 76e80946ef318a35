// Turns message-table entries into text: placeholders, plural forms and lists, with Intl.

import { listFormat, numberFormat, pluralRules } from './intl.js';
/** A message with plural forms, chosen by Intl.PluralRules ("one", "other", and "zero", "few"… where a language has them). */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** Replaces `{key}` placeholders with values; unknown keys are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** Picks the plural form for `count` and fills it; `{count}` is the locale-formatted number. */
export function plural(
  forms: Plural,
  count: number,
  locale?: string,
  values: Record<string, string | number> = {},
): string {
  const form = forms[pluralRules(locale).select(count)] ?? forms.other;
  return fill(form, { ...values, count: numberFormat(locale).format(count) });
}

/** "PDF, DOCX, or TXT" in the locale's words. */
export function orList(items: readonly string[], locale?: string): string {
  return listFormat(locale, { type: 'disjunction' }).format(items);
}
