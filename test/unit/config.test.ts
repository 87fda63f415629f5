import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { computeHostNames, ConfigError, loadConfig } from '../../pkg/config/config.js';
import { tempDir } from '../support/nats.js';

test('flags override environment, which overrides the file', () => {
  const dir = tempDir('kumo-config-');
  try {
    const file = join(dir.path, 'kumo.json');
    writeFileSync(file, JSON.stringify({ natsUrl: 'nats://file:1', compute: { hosts: 3, vcpus: 8 } }));
    const { config } = loadConfig(['--config', file, '--hosts', '5'], { KUMO_NATS_URL: 'nats://env:2', KUMO_HOSTS: '4' });
    assert.equal(config.natsUrl, 'nats://env:2');
    assert.equal(config.compute.hosts, 5);
    assert.equal(config.compute.vcpus, 8);
    assert.equal(config.compute.memoryMb, 32768);
  } finally {
    dir.remove();
  }
});

test('bad values fail with a clear message', () => {
  assert.throws(() => loadConfig(['--hosts', 'many']), (e: unknown) => e instanceof ConfigError && /--hosts must be a number/.test(e.message));
  assert.throws(() => loadConfig(['--bogus']), ConfigError);
  assert.throws(() => loadConfig(['--name', 'a.b']), /--name may contain only/);
  assert.throws(() => loadConfig(['--log-level', 'loud']), /--log-level/);
  assert.deepEqual(loadConfig(['--weighers', 'RAMWeigher=-1']).config.scheduler.weighers, { RAMWeigher: -1 });
  assert.equal(loadConfig([]).config.scheduler.hostsToWeigh, 1000, "Nova's max_placement_results");
  assert.equal(loadConfig(['--hosts-to-weigh', '0']).config.scheduler.hostsToWeigh, 0);
  assert.equal(loadConfig([], { KUMO_HOSTS_TO_WEIGH: '250' }).config.scheduler.hostsToWeigh, 250);
  assert.throws(() => loadConfig(['--hosts-to-weigh', '-1']), /--hosts-to-weigh/);
});

test('host names', () => {
  const { config } = loadConfig(['--name', 'cA', '--hosts', '3']);
  assert.deepEqual(computeHostNames(config.compute), ['cA-1', 'cA-2', 'cA-3']);
  assert.deepEqual(computeHostNames({ ...config.compute, hosts: 1 }), ['cA']);
});
