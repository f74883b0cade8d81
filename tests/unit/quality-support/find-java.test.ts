import { expect, test } from 'vitest';
import { fakeInstallEnvironment } from '../../support/fake-install-environment.ts';
import { findJava, installJava } from '../../quality/support/find-java.ts';

const APT_INSTALL = 'apt-get install -y -qq --no-install-recommends default-jre-headless';

test('installJava installs default-jre-headless through apt as root on Debian or Ubuntu', () => {
  const { environment, calls } = fakeInstallEnvironment(
    { 'apt-get update -qq': true, [APT_INSTALL]: true },
    { isRoot: true, hasApt: true },
  );
  expect(installJava(environment)).toBe(true);
  expect(calls).toEqual(['apt-get update -qq', APT_INSTALL]);
});

test('installJava does not install when the package lists cannot be updated', () => {
  const { environment, calls } = fakeInstallEnvironment({}, { isRoot: true, hasApt: true });
  expect(installJava(environment)).toBe(false);
  expect(calls).toEqual(['apt-get update -qq']);
});

test('installJava runs nothing without root or without apt', () => {
  for (const rest of [
    { isRoot: false, hasApt: true },
    { isRoot: true, hasApt: false },
  ]) {
    const { environment, calls } = fakeInstallEnvironment(
      { 'apt-get update -qq': true, [APT_INSTALL]: true },
      rest,
    );
    expect(installJava(environment)).toBe(false);
    expect(calls).toEqual([]);
  }
});

test('findJava uses a Java that is there and installs nothing', () => {
  const { environment, calls } = fakeInstallEnvironment({}, { isRoot: true, hasApt: true });
  expect(findJava({}, { locate: () => '/usr/bin/java', installEnvironment: environment })).toBe(
    '/usr/bin/java',
  );
  expect(calls).toEqual([]);
});

test('findJava installs a missing Java, then finds it', () => {
  let installed = false;
  const { environment, calls } = fakeInstallEnvironment(
    { 'apt-get update -qq': true },
    { isRoot: true, hasApt: true },
  );
  environment.run = (command, args) => {
    calls.push(`${command} ${args.join(' ')}`);
    if (args.includes('default-jre-headless')) installed = true;
    return true;
  };
  expect(findJava({}, { locate: () => (installed ? 'java' : null), installEnvironment: environment })).toBe(
    'java',
  );
  expect(calls).toEqual(['apt-get update -qq', APT_INSTALL]);
});

test('findJava with CHT_NO_JAVA_INSTALL=1 installs nothing and explains what to do', () => {
  const { environment, calls } = fakeInstallEnvironment({}, { isRoot: true, hasApt: true });
  expect(() =>
    findJava({ CHT_NO_JAVA_INSTALL: '1' }, { locate: () => null, installEnvironment: environment }),
  ).toThrow(/default-jre-headless/);
  expect(calls).toEqual([]);
});

test('findJava throws when the install leaves no Java', () => {
  const { environment } = fakeInstallEnvironment(
    { 'apt-get update -qq': true, [APT_INSTALL]: true },
    { isRoot: true, hasApt: true },
  );
  expect(() => findJava({}, { locate: () => null, installEnvironment: environment })).toThrow(
    /No Java runtime/,
  );
});
