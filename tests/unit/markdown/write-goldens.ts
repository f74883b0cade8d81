/**
 * Writes tests/golden/markdown/*.html from the golden cases. Run by hand after a deliberate change:
 *
 *   npx node tests/unit/markdown/write-goldens.ts
 *
 * then read `git diff tests/golden/markdown` before committing (tests/support/golden-writer.ts).
 */
import { writeGoldens } from '../../support/golden-writer.ts';
import { GOLDEN_DIR, goldenCases, renderGoldenCase } from './golden-cases.ts';

await writeGoldens(
  GOLDEN_DIR,
  '.html',
  goldenCases.map((goldenCase) => ({ name: goldenCase.name, render: () => renderGoldenCase(goldenCase) })),
);
