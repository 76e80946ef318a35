// Intl formatters are costly to build and are asked for on every render (sizes, counts,
// progress): make each (locale, options) pair once.
const made = new Map<string, object>();

function cached<T extends object>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (!value) made.set(key, (value = make()));
  return value;
}

export const numberFormat = (
  locale?: string,
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat =>
  cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

export const pluralRules = (locale?: string): Intl.PluralRules =>
  cached(`p|${locale}`, () => new Intl.PluralRules(locale));

export const listFormat = (locale?: string, options?: Intl.ListFormatOptions): Intl.ListFormat =>
  cached(`l|${locale}|${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options));
