// The pipeline: filters, weighers, consumption between instances, all or
// nothing, alternates, explain, and the chance driver.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ChanceScheduler } from '../../pkg/scheduler/chance_scheduler.js';
import { NoValidHostError, UnknownPluginError } from '../../pkg/scheduler/errors.js';
import { FilterScheduler } from '../../pkg/scheduler/filter_scheduler.js';
import { DEFAULT_FILTERS } from '../../pkg/scheduler/filters/registry.js';
import { HostStateCache } from '../../pkg/scheduler/host_state.js';
import { DEFAULT_WEIGHERS } from '../../pkg/scheduler/weighers/registry.js';
import type { HostReport__Output } from '../../pkg/gen/types.js';
import { config, flavor, NOW, report, spec } from '../support/scheduler.js';

function cache(...reports: HostReport__Output[]): HostStateCache {
  const c = new HostStateCache();
  for (const r of reports) c.update(r);
  return c;
}

const ramOnly = config({ enabledFilters: ['ComputeFilter', 'RamFilter', 'DiskFilter', 'CoreFilter'], weighers: { RAMWeigher: 1 } });

describe('FilterScheduler', () => {
  test('spreads by free RAM and consumes between instances of one request', () => {
    const c = cache(report('a', { memory_mb_used: 1024 }), report('b'), report('c', { memory_mb_used: 2048 }));
    const sel = new FilterScheduler(ramOnly).select(c, spec(), ['i1', 'i2', 'i3'], NOW);
    assert.deepEqual(sel.map((s) => s.host), ['b', 'a', 'b']);
    assert.deepEqual(sel[0]!.alternates, ['a', 'c'], 'max_attempts 3: two alternates, best first');
    assert.equal(c.get('b')!.memoryMbUsed, 2048);
  });

  test('a negative multiplier stacks (fill first)', () => {
    const c = cache(report('a', { memory_mb_used: 1024 }), report('b'));
    const sel = new FilterScheduler(config({ ...ramOnly, weighers: { RAMWeigher: -1 } })).select(c, spec(), ['i1', 'i2'], NOW);
    assert.deepEqual(sel.map((s) => s.host), ['a', 'a']);
  });

  test('an aggregate multiplier overrides the configured one for its hosts', () => {
    const c = cache(report('a', { memory_mb_used: 1024 }), report('b'));
    c.setAggregate('x', { id: 'x', name: 'packed', availability_zone: '', hosts: ['a', 'b'], metadata: { ram_weight_multiplier: '-1' }, create_time: null, update_time: null });
    assert.equal(new FilterScheduler(ramOnly).select(c, spec(), ['i1'], NOW)[0]!.host, 'a');
  });

  test('no valid host names each filter, how many it removed and why, and gives back earlier picks', () => {
    const c = cache(report('a'), report('b', { enabled: false }), report('c', { memory_mb: 2048 }));
    assert.throws(
      () => new FilterScheduler(ramOnly).select(c, spec({ flavor: flavor({ ram_mb: 3000, vcpus: 1 }) }), ['i1', 'i2'], NOW),
      (err: unknown) => {
        assert.ok(err instanceof NoValidHostError);
        assert.equal(err.reason, 'NO_VALID_HOST');
        assert.match(err.message, /No valid host was found for instance 2 of 2\. 3 host\(s\) considered/);
        assert.match(err.message, /ComputeFilter removed 1 of 3 hosts: service disabled/);
        assert.match(err.message, /RamFilter removed 2 of 2 hosts: not enough free RAM/);
        assert.equal(err.metadata['ComputeFilter'], '1/3: service disabled');
        return true;
      },
    );
    assert.equal(c.get('a')!.memoryMbUsed + c.get('c')!.memoryMbUsed, 0, 'the first placement was given back');
  });

  test('ignore_hosts are never chosen; a forced host skips the filters', () => {
    const c = cache(report('a'), report('b', { memory_mb_used: 2000 }), report('full', { memory_mb_used: 4096 }));
    const s = new FilterScheduler(ramOnly);
    assert.equal(s.select(c, spec({ ignore_hosts: ['a'] }), ['i1'], NOW)[0]!.host, 'b');
    assert.equal(s.select(c, spec({ force_host: 'full' }), ['i1'], NOW)[0]!.host, 'full');
  });

  test('anti-affinity spreads a multi-create, affinity packs it', () => {
    const c = cache(report('a'), report('b'), report('c'));
    const anti = new FilterScheduler(config({ enabledFilters: DEFAULT_FILTERS, weighers: DEFAULT_WEIGHERS }));
    const group = (policy: 'SERVER_GROUP_POLICY_AFFINITY' | 'SERVER_GROUP_POLICY_ANTI_AFFINITY') => ({ id: 'g', policy, max_server_per_host: 1, member_hosts: [] });
    const spread = anti.select(c, spec({ group: group('SERVER_GROUP_POLICY_ANTI_AFFINITY'), flavor: flavor({ ram_mb: 128 }) }), ['1', '2', '3'], NOW);
    assert.equal(new Set(spread.map((s) => s.host)).size, 3);
    assert.throws(() => anti.select(c, spec({ group: group('SERVER_GROUP_POLICY_ANTI_AFFINITY'), flavor: flavor({ ram_mb: 128 }) }), ['1', '2', '3', '4'], NOW), /ServerGroupAntiAffinityFilter removed 3 of 3/);
    const packed = anti.select(c, spec({ group: group('SERVER_GROUP_POLICY_AFFINITY'), flavor: flavor({ ram_mb: 128 }) }), ['1', '2', '3'], NOW);
    assert.equal(new Set(packed.map((s) => s.host)).size, 1);
  });

  test('soft anti-affinity prefers hosts without members; build failures sink a host', () => {
    const c = cache(report('a'), report('b'));
    const s = new FilterScheduler(config({ enabledFilters: DEFAULT_FILTERS, weighers: { ServerGroupSoftAntiAffinityWeigher: 1, BuildFailureWeigher: 1_000_000 } }));
    const g = { id: 'g', policy: 'SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY' as const, max_server_per_host: 1, member_hosts: ['a'] };
    assert.equal(s.select(c, spec({ group: g }), ['1'], NOW)[0]!.host, 'b');
    const d = cache(report('a', { failed_builds: 3 }), report('b', { memory_mb_used: 4000 }));
    assert.equal(new FilterScheduler(config({ enabledFilters: [], weighers: DEFAULT_WEIGHERS })).select(d, spec({ flavor: flavor({ ram_mb: 1 }) }), ['1'], NOW)[0]!.host, 'b');
  });

  test('host_subset_size picks at random among the best N; ties can be shuffled', () => {
    const c = cache(report('a'), report('b'), report('c'), report('d', { memory_mb_used: 3000 }));
    let r = 0;
    const seq = [0.0, 0.5, 0.99];
    const s = new FilterScheduler(config({ ...ramOnly, hostSubsetSize: 3 }), () => seq[r++ % 3]!);
    const hosts = [0, 1, 2].map(() => {
      const picked = s.select(c, spec({ flavor: flavor({ ram_mb: 1 }) }), ['1'], NOW)[0]!.host;
      c.release(c.get(picked)!, flavor({ ram_mb: 1 }), 'p');
      return picked;
    });
    assert.deepEqual(hosts.sort(), ['a', 'b', 'c']);
    const shuffled = new FilterScheduler(config({ ...ramOnly, shuffleBestSameWeighedHosts: true }), () => 0.99);
    assert.equal(shuffled.select(c, spec({ flavor: flavor({ ram_mb: 1 }) }), ['1'], NOW)[0]!.host, 'c');
  });

  test('explain is a dry run: filter steps, weigher scores, selected hosts, nothing consumed', () => {
    const c = cache(report('a', { memory_mb_used: 1024 }), report('b'), report('small', { memory_mb: 512 }), report('off', { enabled: false }));
    const s = new FilterScheduler(config({ enabledFilters: DEFAULT_FILTERS, weighers: { RAMWeigher: 1, CPUWeigher: 1 } }));
    const e = s.explain(c, spec(), 2, 3, NOW);
    assert.equal(e.hosts_considered, 4);
    const step = (name: string) => e.filters.find((f) => f.filter === name)!;
    assert.deepEqual([step('ComputeFilter').hosts_before, step('ComputeFilter').hosts_after], [4, 3]);
    assert.deepEqual(step('ComputeFilter').rejected, [{ host: 'off', reason: 'service disabled' }]);
    assert.deepEqual([step('RamFilter').hosts_before, step('RamFilter').hosts_after], [3, 2]);
    assert.deepEqual(step('RamFilter').reasons, { 'not enough free RAM': 1 });
    assert.deepEqual(e.weighed.map((w) => w.host), ['b', 'a']);
    const ram = e.weighed[0]!.scores.find((sc) => sc.weigher === 'RAMWeigher')!;
    assert.deepEqual([ram.raw, ram.normalized, ram.multiplier, ram.weighted], [4096, 1, 1, 1]);
    assert.deepEqual(e.selected_hosts, ['b', 'a']);
    assert.equal(c.get('b')!.memoryMbUsed, 0, 'nothing consumed');
    const none = s.explain(c, spec({ flavor: flavor({ ram_mb: 100_000 }) }), 1, 3, NOW);
    assert.match(none.no_valid_host, /RamFilter removed 3 of 3 hosts/);
    assert.deepEqual(none.selected_hosts, []);
  });

  test('unknown plugin names fail the start', () => {
    assert.throws(() => new FilterScheduler(config({ enabledFilters: ['NopeFilter'] })), UnknownPluginError);
    assert.throws(() => new FilterScheduler(config({ weighers: { NopeWeigher: 1 } })), /unknown scheduler weigher "NopeWeigher"/);
  });

  test('an older report does not replace a newer one; same generation keeps local consumption', () => {
    const c = cache(report('a', { generation: 5, memory_mb_used: 100 }));
    c.update(report('a', { generation: 4, memory_mb_used: 900 }));
    assert.equal(c.get('a')!.memoryMbUsed, 100);
    c.consume(c.get('a')!, flavor(), 'p');
    c.update(report('a', { generation: 5, memory_mb_used: 100, report_time_ms: NOW + 1 }));
    assert.equal(c.get('a')!.memoryMbUsed, 1124);
  });
});

describe('hostsToWeigh: a capped scan from a rotating start', () => {
  const hosts = (n: number, over: (i: number) => Partial<HostReport__Output> = () => ({})): HostStateCache =>
    cache(...Array.from({ length: n }, (_, i) => report(`h${String(i).padStart(4, '0')}`, over(i))));
  const capped = config({ ...ramOnly, hostsToWeigh: 100 });

  test('weighs the first hosts that pass from where the last decision stopped: every host gets its turn', () => {
    const c = hosts(1000);
    const fs = new FilterScheduler(capped);
    const picks = Array.from({ length: 10 }, (_, i) => fs.select(c, spec(), [`i${i}`], NOW)[0]!.host);
    // Equal hosts, spread by RAM: each decision takes the first of its window of 100, and the next window starts after it.
    assert.deepEqual(picks, Array.from({ length: 10 }, (_, i) => `h${String(i * 100).padStart(4, '0')}`));
    // Uncapped, every decision looks at all 1,000: the first host that is still emptiest.
    const all = new FilterScheduler(config({ ...ramOnly, hostsToWeigh: 0 }));
    const c2 = hosts(1000, (i) => ({ memory_mb_used: i === 999 ? 0 : 1024 }));
    assert.equal(all.select(c2, spec(), ['x'], NOW)[0]!.host, 'h0999');
    assert.notEqual(new FilterScheduler(capped).select(hosts(1000, (i) => ({ memory_mb_used: i === 999 ? 0 : 1024 })), spec(), ['x'], NOW)[0]!.host, 'h0999', 'capped: the best host outside the window is not seen');
  });

  test('a host that fits is always found, however few pass; NoValidHost counts every host', () => {
    // Only h0777 has room: the scan goes on past the window until it has seen every host.
    const c = hosts(1000, (i) => ({ memory_mb_used: i === 777 ? 0 : 4096 }));
    const fs = new FilterScheduler(capped);
    assert.equal(fs.select(c, spec(), ['i1'], NOW)[0]!.host, 'h0777');
    assert.throws(
      () => fs.select(c, spec({ flavor: flavor({ ram_mb: 4000 }) }), ['i2'], NOW),
      (err: unknown) => {
        assert.ok(err instanceof NoValidHostError);
        assert.match(err.message, /1000 host\(s\) considered/);
        assert.match(err.message, /RamFilter removed 1000 of 1000 hosts/);
        return true;
      },
    );
    // A multi-create: each instance scans on its own, consumption seen between them.
    const d = hosts(500, (i) => ({ memory_mb_used: i % 100 === 0 ? 0 : 4096 }));
    const sel = new FilterScheduler(capped).select(d, spec({ flavor: flavor({ ram_mb: 3000 }) }), ['a', 'b', 'c', 'd', 'e'], NOW);
    assert.deepEqual(sel.map((x) => x.host).sort(), ['h0000', 'h0100', 'h0200', 'h0300', 'h0400']);
  });

  test('at or under the cap, and for server groups and explain, every host is weighed', () => {
    const c = hosts(100, (i) => ({ memory_mb_used: i === 99 ? 0 : 1024 }));
    assert.equal(new FilterScheduler(capped).select(c, spec(), ['i'], NOW)[0]!.host, 'h0099');
    const big = () => hosts(300, (i) => ({ memory_mb_used: i === 299 ? 0 : 1024 }));
    const group = { id: 'g', policy: 'SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY' as const, max_server_per_host: 1, member_hosts: [] };
    assert.equal(new FilterScheduler(capped).select(big(), spec({ group }), ['i'], NOW)[0]!.host, 'h0299');
    assert.deepEqual(new FilterScheduler(capped).explain(big(), spec(), 1, 1, NOW).selected_hosts, ['h0299']);
  });
});

test('a pick the host never claims stops counting once a later report of the same generation arrives', () => {
  let t = 5_000;
  const c = new HostStateCache(() => t);
  c.update(report('a', { generation: 5, memory_mb_used: 100 }));
  c.consume(c.get('a')!, flavor(), 'p');
  assert.equal(c.get('a')!.memoryMbUsed, 1124);
  t += 1000;
  c.update(report('a', { generation: 5, memory_mb_used: 100 }));
  assert.equal(c.get('a')!.memoryMbUsed, 1124, 'within the grace period the pick still counts');
  t += 10_000;
  c.update(report('a', { generation: 5, memory_mb_used: 100 }));
  assert.equal(c.get('a')!.memoryMbUsed, 100, 'after it, the host\'s numbers win');
});

test('the grace period runs on the scheduler\'s clock, whatever time the host writes in its reports', () => {
  let t = 5_000;
  const c = new HostStateCache(() => t);
  c.update(report('a', { generation: 5, memory_mb_used: 100, report_time_ms: 0 }));
  c.consume(c.get('a')!, flavor(), 'p');
  // A host clock hours ahead does not end the grace period early...
  t += 1000;
  c.update(report('a', { generation: 5, memory_mb_used: 100, report_time_ms: 10 * 3_600_000 }));
  assert.equal(c.get('a')!.memoryMbUsed, 1124);
  // ...and one hours behind does not keep the pick forever.
  t += 10_001;
  c.update(report('a', { generation: 5, memory_mb_used: 100, report_time_ms: 1 }));
  assert.equal(c.get('a')!.memoryMbUsed, 100);
});

describe('ChanceScheduler', () => {
  test('random among hosts that are up, enabled, not ignored or tried', () => {
    let t = NOW;
    const c = new HostStateCache(() => t);
    c.update(report('a'));
    c.update(report('b', { enabled: false }));
    t = NOW - 60_001; // c's last report arrived longer than service_down_time ago
    c.update(report('c'));
    t = NOW;
    c.update(report('d'));
    c.update(report('e'));
    const s = new ChanceScheduler(config(), () => 0);
    const sel = s.select(c, spec({ tried_hosts: ['a'] }), ['1']);
    assert.equal(sel[0]!.host, 'd');
    assert.deepEqual(sel[0]!.alternates, ['e']);
    assert.throws(() => s.select(c, spec({ ignore_hosts: ['a', 'd', 'e'] }), ['1']), NoValidHostError);
    // The admin's records count as for the ComputeFilter.
    c.setService('d', { disabled: true, disabledReason: 'maintenance', forcedDown: false });
    assert.deepEqual(s.select(c, spec({ tried_hosts: ['a'] }), ['1'])[0], { instance_id: '1', host: 'e', alternates: [] });
    c.setService('e', { disabled: false, disabledReason: '', forcedDown: true });
    assert.throws(() => s.select(c, spec({ tried_hosts: ['a'] }), ['1']), NoValidHostError);
  });
});

test("a host's beat refreshes when it was heard, only for the report held, and never its numbers or local consumption", () => {
  let t = 1_000;
  const c = new HostStateCache(() => t);
  c.update(report('a', { generation: 3, memory_mb_used: 100, boot_id: 'b1' }));
  c.consume(c.get('a')!, flavor(), 'p');
  t += 5_000;
  c.beat(report('a', { generation: 3, boot_id: 'b1', memory_mb: 0, vcpus: 0 }));
  assert.equal(c.get('a')!.heardAtMs, 6_000);
  assert.equal(c.get('a')!.memoryMbUsed, 1124, 'resources and the pick stay');
  assert.equal(c.get('a')!.memoryMb, 4096);
  // Another generation (a report this cache missed) or another boot: not a beat of what it holds.
  t += 1_000;
  c.beat(report('a', { generation: 4, boot_id: 'b1' }));
  c.beat(report('a', { generation: 3, boot_id: 'b2' }));
  c.beat(report('nobody', { generation: 1 }));
  assert.equal(c.get('a')!.heardAtMs, 6_000);
  assert.equal(c.get('nobody'), undefined);
});
