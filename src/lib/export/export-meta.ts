/** Version and licence facts stamped on every open-data file and stated on the /data/ page. */

/**
 * Version of the export formats (JSON wrappers, CSV columns, STIX mapping). Bump the minor for
 * added fields or columns, the major for anything renamed or removed.
 */
export const EXPORT_SCHEMA_VERSION = '1.2.0';

/** The data (records, exports, feeds) is licensed CC BY 4.0. */
export const DATA_LICENSE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The code that builds the site is MIT-licensed. */
export const CODE_LICENSE = {
  id: 'MIT',
  name: 'MIT License',
  url: 'https://opensource.org/license/mit',
} as const;
