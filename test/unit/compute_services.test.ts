// The conductor's judgement of compute services (HypervisorTable on an
// injected clock), the update checks, statistics, and the configuration of
// service_down_time.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KumoError } from '../../pkg/actor/errors.js';
import { loadConfig } from '../../pkg/config/config.js';
import { HypervisorTable } from '../../pkg/conductor/hypervisors.js';
import { validateServiceUpdate } from '../../pkg/conductor/services.js';
import type { ComputeService__Output, UpdateComputeServiceRequest__Output } from '../../pkg/gen/types.js';
import { report } from '../support/scheduler.js';

const DOWN = 60_000;
const DAY = 86_400_000;

function record(host: string, over: Partial<ComputeService__Output> = {}): ComputeService__Output {
  return { id: host, binary: 'kumo-compute', host, zone: '', status: 'enabled', state: '', disabled_reason: '', forced_down: false, update_time: null, ...over };
}

describe('HypervisorTable: up or down on the observer clock', () => {
  test("a report's own time is never compared: only when it arrived", () => {
    let t = 1_000;
    const table = new HypervisorTable(DOWN, () => t);
    table.observe(report('past', { report_time_ms: Date.now() - DAY }));
    table.observe(report('future', { report_time_ms: Date.now() + DAY }));
    t += DOWN; // exactly service_down_time later: still up (Nova: elapsed <= down time)
    assert.equal(table.judge('past').up, true);
    assert.equal(table.judge('future').up, true);
    t += 1;
    assert.deepEqual([table.judge('past').up, table.judge('future').up], [false, false]);
    // The future host's clock jumps back: its next report still counts (the latest arrival wins).
    table.observe(report('future', { report_time_ms: Date.now() - DAY, vcpus_used: 3 }));
    assert.equal(table.judge('future').up, true);
    assert.equal(table.get('future').vcpus_used, 3);
    assert.deepEqual(
      table.list({ page_size: 0, page_token: '' }).hypervisors!.map((h) => [h.host, h.state, h.status]),
      [
        ['future', 'up', 'enabled'],
        ['past', 'down', 'enabled'],
      ],
    );
  });

  test("a host's beat keeps it up while it matches the report held; a beat after a missed report does not", () => {
    let t = 0;
    const table = new HypervisorTable(DOWN, () => t);
    const beatOf = (host: string, generation: number, boot = 'b1') => report(host, { generation, boot_id: boot, vcpus: 0, memory_mb: 0 });
    table.observe(report('a', { generation: 4, vcpus_used: 2 }));
    t += DOWN - 1;
    table.beat(beatOf('a', 4));
    t += DOWN - 1;
    assert.equal(table.judge('a').up, true, 'the beat refreshed it');
    assert.equal(table.get('a').vcpus_used, 2, 'and changed nothing the report says');
    // A newer generation (its report was lost) or another boot: not this report's beat.
    table.beat(beatOf('a', 5));
    table.beat(beatOf('a', 4, 'b2'));
    t += 2;
    assert.equal(table.judge('a').up, false);
    // A beat of a host never reported is nothing.
    table.beat(beatOf('new', 1));
    assert.equal(table.has('new'), false);
  });

  test("the admin's record: forced down overrides heartbeats, disabled is shown, unknown hosts are not known", () => {
    const t = 0;
    const table = new HypervisorTable(DOWN, () => t);
    const records = new Map<string, ComputeService__Output>();
    table.useServiceRecords((h) => records.get(h));
    table.observe(report('a'));
    assert.deepEqual(pick(table, 'a'), { known: true, fresh: true, up: true, forcedDown: false, disabled: false, disabledReason: '' });
    records.set('a', record('a', { forced_down: true }));
    assert.deepEqual(pick(table, 'a'), { known: true, fresh: true, up: false, forcedDown: true, disabled: false, disabledReason: '' });
    records.set('a', record('a', { status: 'disabled', disabled_reason: 'maintenance' }));
    assert.deepEqual(pick(table, 'a'), { known: true, fresh: true, up: true, forcedDown: false, disabled: true, disabledReason: 'maintenance' });
    assert.deepEqual([table.get('a').state, table.get('a').status], ['up', 'disabled']);
    // A record of a host that never reported here: known, down.
    records.set('gone', record('gone', { forced_down: true }));
    assert.deepEqual(pick(table, 'gone'), { known: true, fresh: false, up: false, forcedDown: true, disabled: false, disabledReason: '' });
    assert.deepEqual(pick(table, 'never'), { known: false, fresh: false, up: false, forcedDown: false, disabled: false, disabledReason: '' });
    // A host whose own report says disabled is disabled too.
    table.observe(report('b', { enabled: false }));
    assert.equal(table.judge('b').disabled, true);
    assert.deepEqual(
      table.hostStates().map((h) => [h.host, h.up, h.enabled]),
      [
        ['a', true, false],
        ['b', true, false],
      ],
    );
  });

  test('statistics sum every host, up or down', () => {
    let t = 0;
    const table = new HypervisorTable(DOWN, () => t);
    table.observe(report('a', { vcpus: 4, vcpus_used: 1, memory_mb: 4096, memory_mb_used: 1024, local_gb: 100, local_gb_used: 10, running_vms: 1 }));
    t += 2 * DOWN;
    table.observe(report('b', { vcpus: 8, vcpus_used: 2, memory_mb: 8192, memory_mb_used: 512, local_gb: 50, local_gb_used: 5, running_vms: 2 }));
    assert.equal(table.judge('a').up, false);
    assert.deepEqual(table.statistics(), {
      count: 2,
      vcpus: 12,
      vcpus_used: 3,
      memory_mb: 12288,
      memory_mb_used: 1536,
      free_ram_mb: 10752,
      local_gb: 150,
      local_gb_used: 15,
      free_disk_gb: 135,
      running_vms: 3,
    });
    assert.deepEqual(new HypervisorTable(DOWN).statistics().count, 0);
  });
});

function pick(table: HypervisorTable, host: string) {
  const j = table.judge(host);
  return { known: j.known, fresh: j.fresh, up: j.up, forcedDown: j.forcedDown, disabled: j.disabled, disabledReason: j.disabledReason };
}

describe('UpdateComputeService checks', () => {
  const req = (over: Partial<UpdateComputeServiceRequest__Output>): UpdateComputeServiceRequest__Output => ({ host: 'h', disabled_reason: '', ...over });
  const fields = (over: Partial<UpdateComputeServiceRequest__Output>): string[] => {
    try {
      validateServiceUpdate(req(over));
      return [];
    } catch (err) {
      assert.ok(err instanceof KumoError);
      assert.equal(err.code, 'INVALID_ARGUMENT');
      return err.fieldViolations.map((v) => v.field);
    }
  };

  test('valid changes', () => {
    assert.deepEqual(fields({ enabled: false }), []);
    assert.deepEqual(fields({ enabled: false, disabled_reason: 'r'.repeat(255) }), []);
    assert.deepEqual(fields({ enabled: true }), []);
    assert.deepEqual(fields({ forced_down: true }), []);
    assert.deepEqual(fields({ forced_down: false, enabled: true }), []);
  });

  test('refused, with the field', () => {
    assert.deepEqual(fields({ host: '', enabled: true }), ['host']);
    assert.deepEqual(fields({ host: 'a b', enabled: true }), ['host']);
    assert.deepEqual(fields({ enabled: false, disabled_reason: 'r'.repeat(256) }), ['disabled_reason']);
    assert.deepEqual(fields({ enabled: true, disabled_reason: 'why' }), ['disabled_reason']);
    assert.deepEqual(fields({ forced_down: true, disabled_reason: 'why' }), ['disabled_reason']);
    assert.deepEqual(fields({}), ['enabled']);
  });
});

describe('service_down_time configuration', () => {
  test('seconds, milliseconds (flag or environment); milliseconds win', () => {
    assert.equal(loadConfig([], {}).config.serviceDownTimeMs, 60_000);
    assert.equal(loadConfig(['--service-down-time', '30'], {}).config.serviceDownTimeMs, 30_000);
    assert.equal(loadConfig(['--service-down-time-ms', '1500'], {}).config.serviceDownTimeMs, 1500);
    assert.equal(loadConfig([], { KUMO_SERVICE_DOWN_TIME_MS: '2500' }).config.serviceDownTimeMs, 2500);
    assert.equal(loadConfig(['--service-down-time-ms', '700'], { KUMO_SERVICE_DOWN_TIME_MS: '2500' }).config.serviceDownTimeMs, 700);
    assert.equal(loadConfig(['--service-down-time', '30', '--service-down-time-ms', '900'], {}).config.serviceDownTimeMs, 900);
    assert.throws(() => loadConfig(['--service-down-time-ms', '0.5'], {}), /--service-down-time-ms must be/);
  });
});
