/**
 * Countries by ISO 3166-1 alpha-2 code. Validity and the numeric codes used by world-atlas come
 * from i18n-iso-countries (the maintained ISO list); display names come from Intl.DisplayNames so
 * we keep no hand-written name list.
 */
import isoCountries from 'i18n-iso-countries';

const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True for an assigned ISO 3166-1 alpha-2 code in upper case, such as "BD". */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isoCountries.isValid(code);
}

/** English short name, e.g. "BD" → "Bangladesh". Falls back to the code itself. */
export function getCountryName(code: string): string {
  return displayNames.of(code) ?? code;
}

/** ISO 3166-1 numeric code as world-atlas spells it ("050" for BD), or undefined. */
export function getCountryNumericCode(code: string): string | undefined {
  return isoCountries.alpha2ToNumeric(code);
}

/** URL segment for a country page: lower-case alpha-2 ("bd"). */
export function getCountrySlug(code: string): string {
  return code.toLowerCase();
}
