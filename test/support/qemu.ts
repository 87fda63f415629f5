// What the tests that run real QEMU guests share: installing QEMU when it
// is missing and possible, building the tiny guest image
// (scripts/build-guest-image.mjs), and finding the QEMU processes a test
// must reap and the TCP ports they listen on.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { which } from '../../pkg/compute/virt/qemu/exec.js';

/** The line the guest prints on its serial console once userspace runs. */
export const GUEST_READY = 'KUMO GUEST READY';
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** undefined when qemu-system-x86_64 is there (installed through apt when missing and possible); else why not. */
export function qemuAvailable(): string | undefined {
  if (which('qemu-system-x86_64') && which('qemu-img')) return undefined;
  if (process.getuid?.() !== 0) return 'qemu-system-x86_64 is not installed and this is not root (apt-get install qemu-system-x86 qemu-utils busybox-static)';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
  const res = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'qemu-system-x86', 'qemu-utils', 'busybox-static'], { env, stdio: 'ignore' });
  return res.status === 0 && which('qemu-system-x86_64') ? undefined : 'qemu-system-x86_64 is not installed and apt-get could not install it';
}

/** Builds (or finds cached) the test guest's qcow2; returns its path. */
export function buildGuestImage(): string {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-guest-image.mjs')], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`guest image build failed: ${built.stderr}`);
  return built.stdout.trim();
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every QEMU process whose command line names this directory (what a test must reap). */
export function qemuPidsUnder(dir: string): number[] {
  const out: number[] = [];
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
      if (cmd.startsWith('qemu-system') && cmd.includes(dir)) out.push(Number(p));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** The TCP ports a process listens on (IPv4), from its socket inodes and /proc/net/tcp: where a guest's VNC server really is. */
export function listeningPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]!);
    } catch {
      // closed meanwhile
    }
  }
  const ports: number[] = [];
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    // local_address is f[1] (HEXIP:HEXPORT), st is f[3] (0A = LISTEN), inode is f[9].
    if (f.length > 9 && f[3] === '0A' && inodes.has(f[9]!)) ports.push(parseInt(f[1]!.split(':')[1]!, 16));
  }
  return ports;
}
