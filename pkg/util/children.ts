// Runs Kumo service processes as children and waits for their "ready" line:
// used by `kumo up`, the multi-process tests and the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type ServiceName = 'kumo-api' | 'kumo-conductor' | 'kumo-scheduler' | 'kumo-compute' | 'kumo-novncproxy';

/** The compiled entry point of a service (dist/cmd/<name>/main.js). */
export function serviceEntry(name: ServiceName): string {
  const here = dirname(fileURLToPath(import.meta.url)); // dist/pkg/util
  return join(here, '..', '..', 'cmd', name, 'main.js');
}

export interface ChildService {
  name: string;
  process: ChildProcess;
  /** Fields of the "ready" log line (port, endpoint, ...). */
  ready: Record<string, unknown>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<number | null>;
}

export interface SpawnOptions {
  args?: string[];
  env?: Record<string, string>;
  /** Append stdout/stderr here; otherwise they are discarded after "ready". */
  logFile?: string;
  readyTimeoutMs?: number;
  label?: string;
  nodeArgs?: string[];
}

export async function spawnService(name: ServiceName, opts: SpawnOptions = {}): Promise<ChildService> {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), serviceEntry(name), ...(opts.args ?? [])], {
    env: { ...process.env, ...opts.env, KUMO_PARENT_PID: String(process.pid) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const label = opts.label ?? name;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let log: NodeJS.WritableStream | undefined;
  if (opts.logFile) {
    mkdirSync(dirname(opts.logFile), { recursive: true });
    log = createWriteStream(opts.logFile, { flags: 'a' });
  }
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
    log?.write(d);
  });
  const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} not ready in ${opts.readyTimeoutMs ?? 20_000} ms: ${stderr}`)), opts.readyTimeoutMs ?? 20_000);
    const lines = createInterface({ input: child.stdout! });
    let isReady = false;
    lines.on('line', (line) => {
      log?.write(line + '\n');
      if (isReady) return;
      try {
        const rec = JSON.parse(line) as Record<string, unknown>;
        if (rec['msg'] === 'ready') {
          isReady = true;
          clearTimeout(timer);
          resolve(rec);
        }
      } catch {
        // not a log line
      }
    });
    void exited.then((code) => {
      if (isReady) return;
      clearTimeout(timer);
      reject(new Error(`${label} exited with ${code} before it was ready: ${stderr.trim()}`));
    });
  });
  return {
    name: label,
    process: child,
    ready,
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
