/** An InstallEnvironment that records the commands it is asked to run and answers from a table. */
import type { InstallEnvironment } from './system-install.ts';

export function fakeInstallEnvironment(
  results: Record<string, boolean>,
  machine: Omit<InstallEnvironment, 'run'>,
): { environment: InstallEnvironment; calls: string[] } {
  const calls: string[] = [];
  const environment: InstallEnvironment = {
    ...machine,
    run: (command, args) => {
      const line = `${command} ${args.join(' ')}`;
      calls.push(line);
      return results[line] ?? false;
    },
  };
  return { environment, calls };
}
