/**
 * Installing a missing tool the tests need (Chromium, Java) on a fresh machine: the command runner,
 * what the machine allows (root, apt), and the apt install both finders share. Injected in tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A command the installer runs: returns whether it succeeded. */
export type RunCommand = (command: string, args: readonly string[], timeoutMs: number) => boolean;

export interface InstallEnvironment {
  run: RunCommand;
  isRoot: boolean;
  /** Debian or Ubuntu (apt-get is there). */
  hasApt: boolean;
}

/** The real machine, announcing each command on stderr as `No <what> found: trying …`. */
export function getInstallEnvironment(what: string): InstallEnvironment {
  return {
    run: (command, args, timeoutMs) => {
      console.error(`No ${what} found: trying \`${command} ${args.join(' ')}\``);
      return spawnSync(command, [...args], { stdio: 'inherit', timeout: timeoutMs }).status === 0;
    },
    isRoot: process.getuid?.() === 0,
    hasApt: existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get'),
  };
}

/**
 * Installs Debian packages as root: `apt-get update`, then `apt-get install`. Returns false without
 * running anything where that is not possible (not root, no apt).
 */
export function installWithApt(
  environment: InstallEnvironment,
  packages: readonly string[],
  installTimeoutMs: number,
): boolean {
  if (!environment.isRoot || !environment.hasApt) return false;
  return (
    environment.run('apt-get', ['update', '-qq'], 300_000) &&
    environment.run('apt-get', ['install', '-y', '-qq', ...packages], installTimeoutMs)
  );
}
