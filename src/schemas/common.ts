/**
 * Building blocks shared by every content schema. Each carries the message an author sees when a
 * value is wrong, so errors say what was expected rather than what the type system found.
 */
import { z } from 'astro/zod';
import { isCountryCode } from '../lib/countries.ts';
import { isHttpsUrl } from '../lib/urls.ts';
import { isPartialDate, normalizePartialDateInput } from '../lib/partial-date.ts';

/** A record id: the file name without extension, lower-case words joined by hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and hyphens');

/** A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, never padded to a day the sources do not give. */
export const partialDateSchema = z.preprocess(
  normalizePartialDateInput,
  z
    .string({ error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine(isPartialDate, 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A full calendar date `YYYY-MM-DD` (publication and correction dates are always known to the day). */
export const fullDateSchema = z.preprocess(
  normalizePartialDateInput,
  z
    .string({ error: 'expected a date as YYYY-MM-DD' })
    .refine(
      (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value),
      'expected a real date as YYYY-MM-DD',
    ),
);

/** An https URL; http, javascript: and data: URLs are refused. */
export const httpsUrlSchema = z
  .string({ error: 'expected an https:// URL' })
  .refine(isHttpsUrl, 'expected an https:// URL')
  .meta({ format: 'uri' });

/** ISO 3166-1 alpha-2 country code in upper case, e.g. `BD`. Quote `"NO"` for Norway if your editor complains. */
export const countryCodeSchema = z
  .string({ error: 'expected an ISO 3166-1 alpha-2 country code such as "BD"' })
  .refine(isCountryCode, 'expected an assigned ISO 3166-1 alpha-2 country code in upper case, such as "BD"');

/** Plain single-line text: no surrounding whitespace, not empty. */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/** One dated correction shown on the page and in the corrections feed. */
export const correctionSchema = z.strictObject({
  /** Day the correction was made. */
  date: fullDateSchema,
  /** What was wrong and what changed, in a sentence or two. */
  note: textSchema,
});
