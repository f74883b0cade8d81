/**
 * The chart layer's two boundaries, checked on the source: layout modules stay pure (they run at
 * build time and in these tests, never in the browser), and the only client code, the tooltip,
 * stays within its size budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const chartsDir = new URL('../../../src/charts/', import.meta.url);
const tooltipFile = new URL('../../../src/scripts/chart-tooltip.ts', import.meta.url);

describe('chart layer boundaries', () => {
  test('chart modules import neither astro:* nor the DOM', () => {
    const modules = readdirSync(chartsDir).filter((name) => name.endsWith('.ts'));
    expect(modules.length).toBeGreaterThan(5);
    for (const name of modules) {
      const source = readFileSync(new URL(name, chartsDir), 'utf8');
      expect(source, name).not.toMatch(/from ['"]astro:/);
      expect(source, name).not.toMatch(/(?<![-\w])(?:document|window)\.|\bHTMLElement\b/);
      // The submodules only: the `d3` bundle would pull every module into the build.
      expect(source, name).not.toMatch(/from ['"]d3['"]/);
    }
  });

  test('the chart-tooltip script stays under its 2 KB gzip target even before minification', () => {
    const { outputText } = ts.transpileModule(readFileSync(tooltipFile, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
    });
    // Astro minifies and inlines it (about 0.6 KB gzip); the unminified size is a safe upper bound.
    expect(gzipSync(outputText).length).toBeLessThan(2 * 1024);
  });
});
