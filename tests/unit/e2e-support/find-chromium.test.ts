import { expect, test } from 'vitest';
import { fakeInstallEnvironment } from '../../support/fake-install-environment.ts';
import { installChromium } from '../../e2e/find-chromium.ts';

test('installChromium tries Playwright’s own download first and stops when it works', () => {
  const { environment, calls } = fakeInstallEnvironment(
    { 'npx playwright install chromium': true },
    { isRoot: true, hasApt: true },
  );
  expect(installChromium(environment)).toBe(true);
  expect(calls).toEqual(['npx playwright install chromium']);
});

test('installChromium falls back to the distribution package as root on Debian or Ubuntu', () => {
  const { environment, calls } = fakeInstallEnvironment(
    { 'apt-get update -qq': true, 'apt-get install -y -qq chromium': true },
    { isRoot: true, hasApt: true },
  );
  expect(installChromium(environment)).toBe(true);
  expect(calls).toEqual([
    'npx playwright install chromium',
    'apt-get update -qq',
    'apt-get install -y -qq chromium',
  ]);
});

test('installChromium does not use apt without root or without apt, and reports failure', () => {
  for (const rest of [
    { isRoot: false, hasApt: true },
    { isRoot: true, hasApt: false },
  ]) {
    const { environment, calls } = fakeInstallEnvironment({}, rest);
    expect(installChromium(environment)).toBe(false);
    expect(calls).toEqual(['npx playwright install chromium']);
  }
});
