/**
 * Writes tests/golden/charts/*.svg from the golden cases. Run by hand after a deliberate change:
 *
 *   npx node tests/unit/charts/write-goldens.ts
 *
 * then read `git diff tests/golden/charts` before committing (tests/support/golden-writer.ts).
 */
import { writeGoldens } from '../../support/golden-writer.ts';
import { GOLDEN_DIR, goldenCases } from './golden-cases.ts';

await writeGoldens(GOLDEN_DIR, '.svg', goldenCases);
