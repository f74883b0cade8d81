// Quality gates over a BUILT site (run after `npm run build`): HTML validity, internal links,
// nothing lost, hostile content and build determinism. The last two run builds of their own.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/quality/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    // Builds and browsers share two cores with everything else: one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
