/**
 * Picks the port for the preview server: E2E_PORT if set, else 4329 if free, else any free port.
 * Synchronous (a child process probes) because Playwright reads its config synchronously.
 */
import { execFileSync } from 'node:child_process';

const PROBE = `
const net = require('node:net');
const preferred = Number(process.argv[1]);
const tryListen = (port, fallback) => {
  const server = net.createServer();
  server.once('error', () => fallback());
  server.listen(port, '127.0.0.1', () => { const { port: got } = server.address(); server.close(() => process.stdout.write(String(got))); });
};
tryListen(preferred, () => tryListen(0, () => process.exit(1)));
`;

export function choosePort(preferred: number, env: Record<string, string | undefined> = process.env): number {
  if (env['E2E_PORT']) return Number(env['E2E_PORT']);
  return Number(execFileSync(process.execPath, ['-e', PROBE, String(preferred)], { encoding: 'utf8' }));
}
