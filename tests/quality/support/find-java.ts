/**
 * Finds a Java runtime for the W3C Nu Html Checker (`vnu-jar` ships the checker, not a Java): JAVA_HOME,
 * then `java` on the PATH. When none is there, as root on Debian or Ubuntu it installs the
 * distribution's `default-jre-headless` (as tests/e2e/find-chromium.ts does for Chromium), so
 * `npm test` works on a fresh machine without a separate step. `vnu-jar`'s own postinstall, which
 * would download a JDK from the web, is not allowed to run (package.json `allowScripts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  getInstallEnvironment,
  installWithApt,
  type InstallEnvironment,
} from '../../support/system-install.ts';

/** Where to look for a Java; injected in tests. Returns the command to run, or null. */
export type LocateJava = (env: Record<string, string | undefined>) => string | null;

const runs = (command: string): boolean =>
  spawnSync(command, ['-version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;

/** JAVA_HOME's java when it runs, else `java` from the PATH when it runs, else null. */
export const locateJava: LocateJava = (env) => {
  const home = env['JAVA_HOME'];
  if (home) {
    const candidate = path.join(home, 'bin', 'java');
    if (existsSync(candidate) && runs(candidate)) return candidate;
  }
  return runs('java') ? 'java' : null;
};

/**
 * Installs a headless Java runtime as root on Debian or Ubuntu. Returns whether the install
 * commands succeeded; elsewhere (not root, no apt) it runs nothing and returns false.
 */
export function installJava(environment: InstallEnvironment = getInstallEnvironment('Java')): boolean {
  return installWithApt(environment, ['--no-install-recommends', 'default-jre-headless'], 900_000);
}

/**
 * The Java command to run the checker with. A missing Java is installed first (unless
 * CHT_NO_JAVA_INSTALL=1); throws with instructions when there is still none.
 */
export function findJava(
  env: Record<string, string | undefined> = process.env,
  options: { locate?: LocateJava; installEnvironment?: InstallEnvironment } = {},
): string {
  const locate = options.locate ?? locateJava;
  const found = locate(env);
  if (found !== null) return found;
  if (env['CHT_NO_JAVA_INSTALL'] !== '1') {
    installJava(options.installEnvironment);
    const installed = locate(env);
    if (installed !== null) return installed;
  }
  throw new Error(
    [
      'No Java runtime found for the W3C Nu Html Checker, and installing one failed. Do one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y default-jre-headless',
      '  - install any Java 11 or later and put `java` on the PATH, or set JAVA_HOME',
    ].join('\n'),
  );
}
