#!/usr/bin/env node
// Builds Kumo's tiny test guest from Debian packages, in seconds, with
// nothing binary in the repository: Debian's cloud kernel (apt-get
// download), a handful of its modules, and a busybox-static initramfs whose
// init prints `KUMO GUEST READY` on the serial console (ttyS0), then a
// `KUMO TICK n` line every second (the counter shows a live migration kept
// the guest running), and powers off when ACPI's power button is pressed
// (busybox acpid).
//
// The image is a real qcow2 disk holding an ext2 file system with
// /boot/vmlinuz and /boot/initrd.img; the QEMU driver (pkg/compute/virt/qemu)
// finds them there once per host when it caches the base image and boots
// them with -kernel/-initrd (as Nova boots AMI-style images), while the disk
// itself is the guest's overlaid, snapshotted, resized /dev/vda.
//
//   node scripts/build-guest-image.mjs [--out DIR] [--force]
// prints the image path. The default output is ~/.cache/kumo/guest
// ($KUMO_GUEST_DIR). Needs apt-get, dpkg-deb, mke2fs, qemu-img and
// /bin/busybox from busybox-static (scripts/setup.mjs installs them when missing).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bumped when the guest changes, so a stale cached image is rebuilt. */
export const GUEST_VERSION = 1;
export const GUEST_READY_LINE = 'KUMO GUEST READY';
const KERNEL_PACKAGE = 'linux-image-cloud-amd64';
// In load order: ACPI power button (+ evdev, what acpid reads), virtio PCI, disk, NIC.
const MODULES = [
  'drivers/input/evdev.ko',
  'drivers/acpi/button.ko',
  'drivers/virtio/virtio_ring.ko',
  'drivers/virtio/virtio.ko',
  'drivers/virtio/virtio_pci_legacy_dev.ko',
  'drivers/virtio/virtio_pci_modern_dev.ko',
  'drivers/virtio/virtio_pci.ko',
  'drivers/block/virtio_blk.ko',
  'net/core/failover.ko',
  'drivers/net/net_failover.ko',
  'drivers/net/virtio_net.ko',
];

const INIT = `#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
for m in ${MODULES.map((m) => m.split('/').pop()).join(' ')}; do insmod /lib/modules/$m || echo "kumo-guest: insmod $m failed"; done
hostname kumo-guest
acpid -f -d -c /etc/acpi &
sleep 0.2
echo "kumo-guest: disk vda $(cat /sys/block/vda/size 2>/dev/null || echo 0) sectors"
for n in /sys/class/net/eth*; do [ -e "$n" ] && echo "kumo-guest: nic $(basename $n) $(cat $n/address)"; done
echo "${GUEST_READY_LINE}"
n=0
while true; do n=$((n+1)); echo "KUMO TICK $n"; sleep 1; done
`;

// busybox acpid runs CONFDIR/<action> for the power button's event (PWRF/00000080).
const POWER_OFF = `#!/bin/sh
echo "kumo-guest: ACPI power button, powering off"
poweroff -f
`;

function say(msg) {
  process.stderr.write(`guest-image: ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (res.error) throw new Error(`${cmd}: ${res.error.message}`);
  if (res.status !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` failed (exit ${res.status ?? res.signal}): ${(res.stderr ?? '').trim()}`);
  return res.stdout ?? '';
}

/** A newc cpio archive (the initramfs format) of [path, mode, data] entries. */
function cpio(entries) {
  const parts = [];
  let ino = 1;
  const hex = (n) => n.toString(16).padStart(8, '0');
  const pad = (len) => Buffer.alloc((4 - (len % 4)) % 4);
  const add = (name, mode, data) => {
    const nameBuf = Buffer.from(`${name}\0`);
    const fields = [ino++, mode, 0, 0, 1, 0, data.length, 0, 0, 0, 0, nameBuf.length, 0];
    const header = Buffer.from(`070701${fields.map(hex).join('')}`);
    parts.push(header, nameBuf, pad(header.length + nameBuf.length), data, pad(data.length));
  };
  for (const [name, mode, data] of entries) add(name, mode, data ?? Buffer.alloc(0));
  add('TRAILER!!!', 0, Buffer.alloc(0));
  return Buffer.concat(parts);
}

/** Builds (or finds cached) the guest image; returns its path. */
export function buildGuestImage({ out = process.env.KUMO_GUEST_DIR || join(homedir(), '.cache', 'kumo', 'guest'), force = false } = {}) {
  const image = join(out, `kumo-guest-v${GUEST_VERSION}.qcow2`);
  if (!force && existsSync(image)) return image;
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'kumo-guest-'));
  try {
    // 1. The kernel package (the meta package names the versioned one).
    const depends = run('apt-cache', ['depends', KERNEL_PACKAGE]);
    const pkg = /Depends:\s*(linux-image-\S+)/.exec(depends)?.[1];
    if (!pkg) throw new Error(`apt-cache found no kernel behind ${KERNEL_PACKAGE} (run apt-get update?)`);
    say(`downloading ${pkg}`);
    run('apt-get', ['download', '-q', pkg], { cwd: work });
    const deb = readdirSync(work).find((f) => f.endsWith('.deb'));
    run('dpkg-deb', ['-x', join(work, deb), join(work, 'pkg')]);
    const bootDir = join(work, 'pkg', 'boot');
    const vmlinuz = readdirSync(bootDir).find((f) => f.startsWith('vmlinuz-'));
    const release = vmlinuz.slice('vmlinuz-'.length);
    const modDir = join(work, 'pkg', 'lib', 'modules', release, 'kernel');

    // 2. The initramfs: busybox-static, init, acpid's action, the modules.
    const busybox = '/bin/busybox';
    // A dynamic busybox would need its libraries in the initramfs: only the static one (no ELF interpreter) will do.
    if (!existsSync(busybox) || readFileSync(busybox).includes('/lib64/ld-linux')) {
      throw new Error('/bin/busybox is missing or not static: apt-get install busybox-static');
    }
    const dir = (p) => [p, 0o040755];
    const file = (p, mode, data) => [p, 0o100000 | mode, data];
    const entries = [
      ...['bin', 'dev', 'proc', 'sys', 'etc', 'etc/acpi', 'etc/acpi/PWRF', 'lib', 'lib/modules', 'tmp'].map(dir),
      file('bin/busybox', 0o755, readFileSync(busybox)),
      file('init', 0o755, Buffer.from(INIT)),
      file('etc/acpi/PWRF/00000080', 0o755, Buffer.from(POWER_OFF)),
      ...MODULES.map((m) => file(`lib/modules/${m.split('/').pop()}`, 0o644, readFileSync(join(modDir, m)))),
    ];
    const root = join(work, 'root');
    mkdirSync(join(root, 'boot'), { recursive: true });
    writeFileSync(join(root, 'boot', 'initrd.img'), gzipSync(cpio(entries), { level: 9 }));
    writeFileSync(join(root, 'boot', 'vmlinuz'), readFileSync(join(bootDir, vmlinuz)));
    writeFileSync(join(root, 'kumo-guest.txt'), `Kumo test guest v${GUEST_VERSION}: kernel ${release}, busybox initramfs.\n`);
    chmodSync(join(root, 'boot', 'vmlinuz'), 0o644);

    // 3. An ext2 disk carrying them, as qcow2.
    const raw = join(work, 'disk.raw');
    run('mke2fs', ['-q', '-F', '-t', 'ext2', '-L', 'kumo-guest', '-d', root, raw, '32M']);
    const tmp = `${image}.tmp-${process.pid}`;
    run('qemu-img', ['convert', '-f', 'raw', '-O', 'qcow2', raw, tmp]);
    renameSync(tmp, image);
    say(`built ${image} (${(statSync(image).size / 1048576).toFixed(1)} MiB, kernel ${release})`);
    return image;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  try {
    const path = buildGuestImage({ out: outAt >= 0 ? args[outAt + 1] : undefined, force: args.includes('--force') });
    process.stdout.write(`${path}\n`);
  } catch (err) {
    say(err.message);
    process.exit(1);
  }
}
