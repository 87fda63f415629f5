// `kumo status` against real processes: every service kind up, hosts
// counted, and each of two conductors listed with lag 0 once writes stop.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Io } from '../../pkg/cli/command.js';
import { main } from '../../pkg/cli/main.js';
import { startCloud, type TestCloud } from '../support/cloud.js';

let cloud: TestCloud;

async function kumo(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
  const code = await main(['--url', cloud.endpoint, ...argv], io, {});
  return { code, out, err };
}

describe('kumo status', { timeout: 120_000 }, () => {
  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'st', hosts: 3 }], conductors: 2 });
    for (let i = 0; i < 20; i++) await cloud.client.flavors.CreateFlavor({ flavor: { id: `st-${i}`, name: `st-${i}`, vcpus: 1, ram_mb: 64, disk_gb: 1 } });
  });
  after(async () => {
    await cloud?.stop();
  });

  test('after writes stop: all services up, 3 hosts up, both conductors at lag 0', async () => {
    const until = Date.now() + 15_000;
    let status: {
      services: Array<{ service: string; state: string; processes: unknown[] }>;
      conductors: Array<{ name: string; lag: number; applied_seq: number }>;
      hosts: { total: number; up: number };
      stream: { last_seq: number; messages: number; error: string };
      nats: { connected: boolean };
    };
    for (;;) {
      const r = await kumo(['status', '-f', 'json']);
      assert.equal(r.code, 0, r.err);
      status = JSON.parse(r.out) as typeof status;
      if (status.conductors.length === 2 && status.conductors.every((c) => Number(c.lag) === 0) && status.hosts?.up === 3) break;
      if (Date.now() > until) assert.fail(`not quiesced: ${r.out}`);
      await new Promise((res) => setTimeout(res, 200));
    }
    assert.deepEqual(
      status.services.map((s) => [s.service, s.state, s.processes.length]),
      [
        ['kumo-api', 'UP', 1],
        ['kumo-conductor', 'UP', 2],
        ['kumo-scheduler', 'UP', 1],
        ['kumo-compute', 'UP', 1],
      ],
    );
    assert.equal(status.hosts.total, 3);
    assert.equal(status.stream.error, '');
    assert.ok(Number(status.stream.last_seq) >= 20);
    for (const c of status.conductors) assert.equal(Number(c.applied_seq), Number(status.stream.last_seq));
    assert.equal(status.nats.connected, true);

    // The screen: one line per conductor, each with lag 0.
    const text = await kumo(['status']);
    assert.equal(text.code, 0, text.err);
    for (const c of status.conductors) assert.match(text.out, new RegExp(`${c.name}\\s+applied \\d+\\s+lag 0 `));
    assert.match(text.out, /kumo-conductor\s+UP\s+2 processes/);
    assert.match(text.out, /Hosts\s+3 total: 3 up, 0 down, 0 disabled/);
    assert.match(text.out, /KUMO_STATE: \d+ messages/);
    assert.match(text.out, /NATS\n\s+connected to /);
  });

  test('a conductor that stops is no longer listed, and the service stays UP with the other', async () => {
    const idx = cloud.processes.findIndex((p) => p.name === 'conductor-1');
    await cloud.processes[idx]!.stop();
    const r = await kumo(['status', '-f', 'json']);
    assert.equal(r.code, 0, r.err);
    const status = JSON.parse(r.out) as { conductors: unknown[]; services: Array<{ service: string; state: string }> };
    assert.equal(status.conductors.length, 1);
    assert.equal(status.services.find((s) => s.service === 'kumo-conductor')?.state, 'UP');
  });
});
