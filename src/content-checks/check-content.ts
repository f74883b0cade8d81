/** The integrity layer: load, validate and cross-check all content, returning every problem at once. */
import { loadContent } from './load-content.ts';
import { sortProblems, type ContentProblem } from './problem.ts';
import { checkClaimTiers } from './rules/check-claim-tiers.ts';
import { checkArticleComponents } from './rules/check-article-components.ts';
import { checkDateOrder } from './rules/check-date-order.ts';
import { checkFileIds } from './rules/check-file-ids.ts';
import { checkIncidentLinks } from './rules/check-incident-links.ts';
import { checkIncidentRecords } from './rules/check-incident-records.ts';
import { checkLosses } from './rules/check-losses.ts';
import { checkMarkdownSafety } from './rules/check-markdown-safety.ts';
import { checkPublishers } from './rules/check-publishers.ts';
import { checkResponse } from './rules/check-response.ts';
import { checkTrails } from './rules/check-trails.ts';
import { checkPermanentIds } from './rules/check-permanent-ids.ts';
import { checkReferences } from './rules/check-references.ts';
import { checkSourceUrls } from './rules/check-source-urls.ts';
import { checkSourceKeys } from './rules/check-source-keys.ts';
import { validateRecords, type ValidatedContent } from './validate-records.ts';

const RULES: ReadonlyArray<(content: ValidatedContent) => ContentProblem[]> = [
  checkFileIds,
  checkIncidentRecords,
  checkReferences,
  checkSourceKeys,
  checkPublishers,
  checkSourceUrls,
  checkClaimTiers,
  checkResponse,
  checkTrails,
  checkPermanentIds,
  checkDateOrder,
  checkLosses,
  checkIncidentLinks,
  checkMarkdownSafety,
  checkArticleComponents,
];

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** Records read per collection, for the summary line. */
  counts: Record<string, number>;
}

export function checkContent(root: string): ContentCheckResult {
  const loaded = loadContent(root);
  const { content, problems } = validateRecords(loaded.records);
  const all = [...loaded.problems, ...problems, ...RULES.flatMap((rule) => rule(content))];
  const counts = Object.fromEntries(Object.entries(content.ids).map(([name, ids]) => [name, ids.size]));
  return { problems: sortProblems(all), counts };
}
