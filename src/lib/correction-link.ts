/**
 * The "Report an error" link: the repository's correction issue form, opened with the record's
 * kind, id and page URL already filled in. GitHub issue forms take a field's value from a query
 * parameter named after the field's `id` (.github/ISSUE_TEMPLATE/correction.yml).
 */
export const CORRECTION_FORM = 'correction.yml';

export function getCorrectionFormUrl(
  repositoryUrl: string,
  record: { kind: string; id: string; title: string; pageUrl: string },
): string {
  const url = new URL(`${repositoryUrl.replace(/\/+$/, '')}/issues/new`);
  url.searchParams.set('template', CORRECTION_FORM);
  url.searchParams.set('title', `Correction: ${record.title}`);
  url.searchParams.set('record', `${record.kind}/${record.id}`);
  url.searchParams.set('page', record.pageUrl);
  return url.href;
}
