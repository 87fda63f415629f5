// The QEMU driver's pure parts: QMP run states as power states, the QMP
// socket path under sun_path's limit, the pid check that keeps a restarted
// compute process from adopting an unrelated process, and the driver registry.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { powerStateOfStatus, qmpSocket, runningPid } from '../../pkg/compute/virt/qemu/driver.js';
import { DRIVER_NAMES, DRIVERS, isDriverName } from '../../pkg/compute/virt/registry.js';

test('QMP run states map to power states as Nova maps libvirt states', () => {
  const rows: Array<[string, string]> = [
    ['running', 'running'],
    ['paused', 'paused'],
    ['inmigrate', 'paused'],
    ['postmigrate', 'paused'],
    ['prelaunch', 'paused'],
    ['suspended', 'paused'],
    ['shutdown', 'shutdown'],
    ['internal-error', 'crashed'],
    ['io-error', 'crashed'],
    ['guest-panicked', 'crashed'],
  ];
  for (const [status, want] of rows) assert.equal(powerStateOfStatus(status), want, status);
});

test('the QMP socket stays under the unix socket path limit', () => {
  const short = '/tmp/x/inst';
  assert.equal(qmpSocket(short), join(short, 'qmp.sock'));
  const long = `/tmp/${'d'.repeat(120)}/inst`;
  const p = qmpSocket(long);
  assert.ok(Buffer.byteLength(p) < 108, p);
  assert.equal(qmpSocket(long), p, 'stable for one directory');
  assert.notEqual(qmpSocket(`${long}2`), p, 'distinct per directory');
});

test('a pid file is trusted only if the process names the guest directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kumo-qemu-pid-'));
  try {
    assert.equal(runningPid(dir), undefined, 'no pid file');
    // This test process is alive but is not that guest's QEMU.
    writeFileSync(join(dir, 'qemu.pid'), `${process.pid}\n`);
    assert.equal(runningPid(dir), undefined);
    writeFileSync(join(dir, 'qemu.pid'), 'garbage');
    assert.equal(runningPid(dir), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the registry names every driver it builds', () => {
  assert.deepEqual([...DRIVER_NAMES].sort(), Object.keys(DRIVERS).sort());
  assert.ok(isDriverName('qemu'));
  assert.ok(!isDriverName('libvirt'));
});
