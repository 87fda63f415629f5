// Starts a private nats-server (JetStream on) as a child process: used by
// `kumo up` when no NATS is given, and by the tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { freePort, portInUse } from './net.js';

const SEARCH_DIRS = ['/usr/sbin', '/usr/local/sbin', '/usr/local/bin', '/usr/bin'];

/** Path of the nats-server binary, or undefined when it is not installed. */
export function findNatsServer(): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean), ...SEARCH_DIRS];
  for (const dir of dirs) {
    const candidate = join(dir, 'nats-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

export const NATS_INSTALL_HINT = 'nats-server is not installed: run `sudo apt-get install nats-server` (Debian/Ubuntu), or set KUMO_NATS_URL to a NATS server with JetStream enabled.';

export interface NatsServerHandle {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** `configFile`: a nats-server configuration (e.g. the authorization block from pkg/security/nats_authz.ts); the flags here win over it. */
export async function startNatsServer(opts: { storeDir: string; port?: number; logFile?: string; configFile?: string }): Promise<NatsServerHandle> {
  const bin = findNatsServer();
  if (!bin) throw new Error(NATS_INSTALL_HINT);
  mkdirSync(opts.storeDir, { recursive: true });
  const port = opts.port ?? (await freePort());
  const args = [...(opts.configFile ? ['-c', opts.configFile] : []), '-a', '127.0.0.1', '-p', String(port), '-js', '-sd', opts.storeDir];
  if (opts.logFile) args.push('-l', opts.logFile);
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`nats-server did not start in 10 s: ${out}`)), 10_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      if (out.includes('Server is ready') || out.includes('Listening for client connections')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`nats-server exited with ${code}: ${out}`));
    });
    if (opts.logFile) {
      // With -l the banner goes to the file; wait for the port instead.
      void waitForPort(port).then(() => {
        clearTimeout(timer);
        resolve();
      }, reject);
    }
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

async function waitForPort(port: number): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if (await portInUse(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nats-server did not listen on ${port} in 10 s`);
}
