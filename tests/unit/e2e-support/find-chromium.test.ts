import { expect, test } from 'vitest';
import { installChromium, type InstallEnvironment } from '../../e2e/find-chromium.ts';

function fakeEnvironment(results: Record<string, boolean>, rest: Omit<InstallEnvironment, 'run'>) {
  const calls: string[] = [];
  const environment: InstallEnvironment = {
    ...rest,
    run: (command, args) => {
      const line = `${command} ${args.join(' ')}`;
      calls.push(line);
      return results[line] ?? false;
    },
  };
  return { environment, calls };
}

test('installChromium tries Playwright’s own download first and stops when it works', () => {
  const { environment, calls } = fakeEnvironment(
    { 'npx playwright install chromium': true },
    { isRoot: true, hasApt: true },
  );
  expect(installChromium(environment)).toBe(true);
  expect(calls).toEqual(['npx playwright install chromium']);
});

test('installChromium falls back to the distribution package as root on Debian or Ubuntu', () => {
  const { environment, calls } = fakeEnvironment(
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
    const { environment, calls } = fakeEnvironment({}, rest);
    expect(installChromium(environment)).toBe(false);
    expect(calls).toEqual(['npx playwright install chromium']);
  }
});
