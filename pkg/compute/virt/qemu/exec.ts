// Runs the QEMU tools (qemu-img, debugfs) as child processes, failing with
// their stderr, and finds the binaries.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { DriverError } from '../driver.js';

export function run(cmd: string, args: string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: opts.cwd, timeout: opts.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new DriverError(`${cmd} ${args[0] ?? ''} failed: ${(stderr || err.message).trim()}`));
      else resolve(stdout);
    });
  });
}

/** The absolute path of an executable on PATH (or the usual sbin dirs), or undefined. */
export function which(name: string): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean), '/usr/sbin', '/sbin', '/usr/bin', '/usr/local/bin'];
  for (const d of dirs) {
    try {
      accessSync(join(d, name), constants.X_OK);
      return join(d, name);
    } catch {
      // keep looking
    }
  }
  return undefined;
}

export interface QemuImgInfo {
  format: string;
  virtualSize: number;
  backingFile?: string;
}

export async function qemuImgInfo(path: string): Promise<QemuImgInfo> {
  // -U: the image may be in use by a running guest (read-only look).
  const out = JSON.parse(await run('qemu-img', ['info', '-U', '--output=json', path])) as { format: string; 'virtual-size': number; 'backing-filename'?: string };
  return { format: out.format, virtualSize: out['virtual-size'], backingFile: out['backing-filename'] };
}
