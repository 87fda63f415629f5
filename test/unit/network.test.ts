// Networking without a cloud: IP and CIDR math, subnet and network
// validation (every problem named by its field), the next-fit address
// picker, MACs, the release rule, and the CLI's subnet options.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InvalidArgumentError } from '../../pkg/actor/errors.js';
import { parsePool, subnetsOf } from '../../pkg/cli/commands/network.js';
import { UsageError } from '../../pkg/cli/errors.js';
import { addressesOf, defaultNetworkId } from '../../pkg/conductor/networks.js';
import type { CreateNetworkRequest__Output, ServerRecord__Output, Subnet__Output } from '../../pkg/gen/types.js';
import { nextRecord } from '../../pkg/lifecycle/record.js';
import { cidrSize, cidrsOverlap, contains, formatCidr, formatIp, hostRange, ipHex, lastAddress, parseCidr, parseIp, rangesSize, withoutAddress, type Cidr } from '../../pkg/network/ip.js';
import { AddressPicker, MAC_PREFIX, macToken, randomMac } from '../../pkg/network/ipam.js';
import { releasesNetwork } from '../../pkg/network/tables.js';
import { subnetPlan, validateCreateNetwork } from '../../pkg/network/validate.js';

const ip = (t: string) => parseIp(t)!;
const cidr = (t: string): Cidr => parseCidr(t) as Cidr;

test('parseIp / formatIp: IPv4 and IPv6 round-trip to canonical text (RFC 5952)', () => {
  assert.deepEqual(parseIp('10.0.0.1'), { version: 4, value: 0x0a000001n });
  assert.equal(formatIp(ip('255.255.255.255')), '255.255.255.255');
  assert.equal(formatIp(ip('0.0.0.0')), '0.0.0.0');
  const cases: Array<[string, string]> = [
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['::', '::'],
    ['::1', '::1'],
    ['fd00:1::', 'fd00:1::'],
    // The longest zero run is compressed; a single zero group is not.
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
  ];
  for (const [input, want] of cases) assert.equal(formatIp(ip(input)), want, input);
  for (const bad of ['10.0.0', '10.0.0.256', '1.2.3.4.5', 'fe80::1%eth0', '2001:db8::1::2', 'host', '', ' 10.0.0.1']) assert.equal(parseIp(bad), undefined, bad);
  assert.equal(ipHex(ip('10.0.0.5')), '0a000005');
  assert.equal(ipHex(ip('::1')), '0'.repeat(31) + '1');
});

test('parseCidr: syntax, prefix bounds, host bits; ranges and containment', () => {
  assert.deepEqual(parseCidr('10.0.0.0/24'), { version: 4, network: 0x0a000000n, prefix: 24 });
  assert.match(parseCidr('10.0.0.1/24') as string, /host bits set; the network is 10\.0\.0\.0\/24/);
  assert.match(parseCidr('10.0.0.0/33') as string, /longer than an IPv4 address/);
  assert.match(parseCidr('10.0.0.0') as string, /prefix length/);
  assert.match(parseCidr('banana/24') as string, /not an IPv4 or IPv6 address/);
  assert.equal(formatCidr(cidr('fd00:1::/64')), 'fd00:1::/64');
  const c24 = cidr('192.168.1.0/24');
  assert.equal(formatIp({ version: 4, value: lastAddress(c24) }), '192.168.1.255');
  assert.equal(cidrSize(c24), 256n);
  assert.deepEqual(hostRange(c24), { first: ip('192.168.1.1').value, last: ip('192.168.1.254').value });
  // IPv6 keeps its last address (no broadcast) and drops only the subnet-router anycast address.
  const v6 = cidr('fd00::/126');
  assert.deepEqual(hostRange(v6), { first: ip('fd00::1').value, last: ip('fd00::3').value });
  assert.ok(contains(c24, ip('192.168.1.77')));
  assert.ok(!contains(c24, ip('192.168.2.1')));
  assert.ok(!contains(c24, ip('::ffff:192.168.1.1')), 'families never mix');
  assert.ok(cidrsOverlap(cidr('10.0.0.0/16'), cidr('10.0.5.0/24')));
  assert.ok(!cidrsOverlap(cidr('10.0.0.0/24'), cidr('10.0.1.0/24')));
  assert.deepEqual(withoutAddress([{ first: 1n, last: 5n }], 3n), [{ first: 1n, last: 2n }, { first: 4n, last: 5n }]);
  assert.deepEqual(withoutAddress([{ first: 1n, last: 5n }], 1n), [{ first: 2n, last: 5n }]);
  assert.equal(rangesSize([{ first: 1n, last: 5n }, { first: 10n, last: 10n }]), 6n);
});

function subnet(patch: Partial<Subnet__Output>): Subnet__Output {
  return { id: '', name: '', network_id: '', ip_version: 0, cidr: '', gateway_ip: '', allocation_pools: [], dns_nameservers: [], ...patch };
}

function create(subnets: Array<Partial<Subnet__Output>>, name = 'net'): CreateNetworkRequest__Output {
  return { name, shared: false, external: false, subnets: subnets.map(subnet) };
}

/** The violations of an invalid request, as `field: description`. */
function violations(req: CreateNetworkRequest__Output): string[] {
  try {
    validateCreateNetwork(req);
  } catch (err) {
    assert.ok(err instanceof InvalidArgumentError, String(err));
    assert.equal(err.code, 'INVALID_ARGUMENT');
    return err.fieldViolations.map((v) => `${v.field}: ${v.description}`);
  }
  return assert.fail('expected INVALID_ARGUMENT');
}

test('a subnet gets Neutron defaults: the first host address as gateway, every other host address pooled', () => {
  const { subnets } = validateCreateNetwork(create([{ cidr: '10.1.0.0/24' }, { cidr: 'FD00:1::/64', dns_nameservers: ['2001:4860:4860::8888', '8.8.8.8'] }]));
  assert.deepEqual(subnets[0], subnet({ ip_version: 4, cidr: '10.1.0.0/24', gateway_ip: '10.1.0.1', allocation_pools: [{ start: '10.1.0.2', end: '10.1.0.254' }] }));
  assert.equal(subnets[1]!.cidr, 'fd00:1::/64');
  assert.equal(subnets[1]!.ip_version, 6);
  assert.equal(subnets[1]!.gateway_ip, 'fd00:1::1');
  assert.deepEqual(subnets[1]!.allocation_pools, [{ start: 'fd00:1::2', end: 'fd00:1::ffff:ffff:ffff:ffff' }]);
  assert.deepEqual(subnets[1]!.dns_nameservers, ['2001:4860:4860::8888', '8.8.8.8']);
  // A gateway in the middle splits the default pool around it.
  const mid = validateCreateNetwork(create([{ cidr: '10.2.0.0/28', gateway_ip: '10.2.0.7' }])).subnets[0]!;
  assert.deepEqual(mid.allocation_pools, [
    { start: '10.2.0.1', end: '10.2.0.6' },
    { start: '10.2.0.8', end: '10.2.0.14' },
  ]);
  assert.equal(rangesSize(subnetPlan(mid).pools), 13n);
  // Given pools are kept (normalised), the gateway outside them.
  const pooled = validateCreateNetwork(create([{ cidr: '10.3.0.0/24', gateway_ip: '10.3.0.254', allocation_pools: [{ start: '10.3.0.10', end: '10.3.0.19' }, { start: '10.3.0.100', end: '10.3.0.100' }] }])).subnets[0]!;
  assert.deepEqual(pooled.allocation_pools, [
    { start: '10.3.0.10', end: '10.3.0.19' },
    { start: '10.3.0.100', end: '10.3.0.100' },
  ]);
});

test('validation names every bad field: CIDR syntax and prefix limits, gateway, pools, DNS, overlaps', () => {
  assert.deepEqual(violations(create([], '')), ['name: required', 'subnets: a network needs at least one subnet']);
  assert.deepEqual(violations(create([{ cidr: '' }])), ['subnets[0].cidr: required']);
  assert.match(violations(create([{ cidr: '10.0.0.300/24' }]))[0]!, /^subnets\[0\]\.cidr: .*not an IPv4 or IPv6 address/);
  assert.match(violations(create([{ cidr: '10.0.0.5/24' }]))[0]!, /^subnets\[0\]\.cidr: .*host bits set; the network is 10\.0\.0\.0\/24/);
  assert.match(violations(create([{ cidr: '10.0.0.0/31' }]))[0]!, /^subnets\[0\]\.cidr: an IPv4 subnet's prefix length must be \/8 to \/30, not \/31/);
  assert.match(violations(create([{ cidr: '10.0.0.0/7' }]))[0]!, /\/8 to \/30/);
  assert.match(violations(create([{ cidr: 'fd00::/127' }]))[0]!, /^subnets\[0\]\.cidr: an IPv6 subnet's prefix length must be \/48 to \/126/);
  assert.match(violations(create([{ cidr: '10.0.0.0/24', ip_version: 6 }]))[0]!, /^subnets\[0\]\.ip_version: is 6 but/);
  // Gateway: inside, not the network or broadcast address, right family.
  const gw = (g: string): string => violations(create([{ cidr: '10.0.0.0/24', gateway_ip: g }]))[0]!;
  assert.match(gw('10.0.1.1'), /^subnets\[0\]\.gateway_ip: 10\.0\.1\.1 is outside 10\.0\.0\.0\/24/);
  assert.match(gw('10.0.0.0'), /^subnets\[0\]\.gateway_ip: .*network address/);
  assert.match(gw('10.0.0.255'), /^subnets\[0\]\.gateway_ip: .*broadcast address/);
  assert.match(gw('fd00::1'), /^subnets\[0\]\.gateway_ip: fd00::1 is not an IPv4 address/);
  assert.match(gw('gateway'), /^subnets\[0\]\.gateway_ip: gateway is not an IP address/);
  // Pools: inside, ordered, not overlapping, not holding the gateway.
  const pools = (p: Array<{ start: string; end: string }>, gateway = ''): string[] => violations(create([{ cidr: '10.0.0.0/24', gateway_ip: gateway, allocation_pools: p }]));
  assert.match(pools([{ start: '10.0.0.50', end: '10.0.0.10' }])[0]!, /^subnets\[0\]\.allocation_pools\[0\]: start 10\.0\.0\.50 is after end/);
  assert.match(pools([{ start: '10.0.0.10', end: '10.0.1.10' }])[0]!, /^subnets\[0\]\.allocation_pools\[0\]\.end: 10\.0\.1\.10 is outside/);
  assert.match(pools([{ start: '10.0.0.10', end: '10.0.0.255' }])[0]!, /^subnets\[0\]\.allocation_pools\[0\]\.end: .*broadcast/);
  assert.match(pools([{ start: '10.0.0.10', end: '10.0.0.20' }, { start: '10.0.0.20', end: '10.0.0.30' }])[0]!, /^subnets\[0\]\.allocation_pools\[1\]: overlaps allocation_pools\[0\]/);
  assert.match(pools([{ start: '10.0.0.1', end: '10.0.0.20' }])[0]!, /^subnets\[0\]\.gateway_ip: defaults to 10\.0\.0\.1, which is inside allocation_pools\[0\]/);
  assert.match(pools([{ start: '10.0.0.2', end: '10.0.0.20' }], '10.0.0.5')[0]!, /^subnets\[0\]\.gateway_ip: 10\.0\.0\.5 is inside allocation_pools\[0\]/);
  // DNS: addresses, no duplicates, at most 5.
  assert.deepEqual(violations(create([{ cidr: '10.0.0.0/24', dns_nameservers: ['8.8.8.8', 'dns.example', '8.8.8.8'] }])), [
    'subnets[0].dns_nameservers[1]: dns.example is not an IP address',
    'subnets[0].dns_nameservers[2]: 8.8.8.8 is listed twice',
  ]);
  assert.match(violations(create([{ cidr: '10.0.0.0/24', dns_nameservers: ['1.1.1.1', '1.1.1.2', '1.1.1.3', '1.1.1.4', '1.1.1.5', '1.1.1.6'] }]))[0]!, /dns_nameservers: at most 5/);
  // Subnets of one network may not overlap; every subnet's problems are reported.
  assert.deepEqual(violations(create([{ cidr: '10.0.0.0/16' }, { cidr: '10.0.3.0/24' }, { cidr: 'fd00::/64' }])), ['subnets[1].cidr: 10.0.3.0/24 overlaps subnets[0] (10.0.0.0/16)']);
  assert.equal(violations(create([{ cidr: 'x' }, { cidr: '10.0.0.0/24', gateway_ip: '1.1.1.1' }])).length, 2);
});

test('AddressPicker: next-fit from a cursor over the pools, wrapping once, skipping what is taken', () => {
  const pools = [
    { first: 2n, last: 4n },
    { first: 10n, last: 11n },
  ];
  const picker = new AddressPicker();
  const held = new Set<bigint>();
  const take = (): bigint | undefined => {
    const a = picker.next('s', pools, (x) => held.has(x));
    if (a !== undefined) held.add(a);
    return a;
  };
  assert.deepEqual([take(), take(), take(), take(), take()], [2n, 3n, 4n, 10n, 11n]);
  assert.equal(take(), undefined, 'every address taken');
  // Freed addresses are found again by wrapping around, after the cursor.
  held.delete(3n);
  held.delete(10n);
  assert.equal(take(), 3n);
  assert.equal(take(), 10n);
  assert.equal(take(), undefined);
  // Another subnet has its own cursor; a taken predicate is consulted per address.
  const other = new AddressPicker();
  assert.equal(other.next('t', pools, (x) => x < 4n), 4n);
  assert.equal(other.next('t', pools, (x) => x === 10n), 11n);
  assert.equal(other.next('t', pools, () => false), 2n, 'wraps to the first pool');
  // A huge pool answers at once.
  const big = new AddressPicker();
  assert.equal(big.next('v6', [{ first: 2n, last: (1n << 64n) - 1n }], (x) => x < 5n), 5n);
});

test('MACs: fa:16:3e prefix, locally administered unicast, random; the claim token is the hex digits', () => {
  const macs = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    const mac = randomMac();
    assert.match(mac, /^fa:16:3e(:[0-9a-f]{2}){3}$/);
    macs.add(mac);
  }
  assert.ok(macs.size > 1990, 'random, so duplicates are rare (the claim catches those)');
  const first = parseInt(MAC_PREFIX.slice(0, 2), 16);
  assert.equal(first & 0b10, 0b10, 'locally administered');
  assert.equal(first & 0b01, 0, 'unicast');
  assert.equal(macToken('FA:16:3E:0A:0B:0C'), 'fa163e0a0b0c');
});

function record(patch: Partial<ServerRecord__Output['server']> = {}): ServerRecord__Output {
  const nics = [{ port_id: 'p1', network_id: 'n1', network_name: 'net1', mac_address: 'fa:16:3e:00:00:01', addresses: [{ subnet_id: 's1', address: '10.0.0.2', version: 4, cidr: '10.0.0.0/24', gateway_ip: '10.0.0.1', dns_nameservers: [] }], security_group_ids: [] }];
  return {
    server: { id: 'srv', vm_state: 'VM_STATE_BUILDING', task_state: 'TASK_STATE_SPAWNING', launch_time: null, addresses: addressesOf(nics), ...patch } as ServerRecord__Output['server'],
    nics,
    generation: 3,
  } as unknown as ServerRecord__Output;
}

test('a failed build gives its network back; a launched server keeps it, whatever happens to it', () => {
  const r = record();
  assert.deepEqual(r.server!.addresses, [{ network: 'net1', address: '10.0.0.2', version: 4, type: 'fixed', mac_address: 'fa:16:3e:00:00:01' }]);
  const failed = nextRecord(r, { vm_state: 'VM_STATE_ERROR', task_state: 'TASK_STATE_UNSPECIFIED' });
  assert.deepEqual(failed.server!.addresses, []);
  assert.deepEqual(failed.nics, []);
  assert.ok(releasesNetwork(failed, 'put'));
  assert.ok(releasesNetwork(r, 'delete'));
  assert.ok(!releasesNetwork(r, 'put'), 'building');
  // Launched, then ERROR (a failed resize, a host restart): addresses stay.
  const launched = record({ vm_state: 'VM_STATE_ACTIVE', launch_time: { seconds: 1, nanos: 0 } });
  const broken = nextRecord(launched, { vm_state: 'VM_STATE_ERROR' });
  assert.equal(broken.server!.addresses.length, 1);
  assert.equal(broken.nics.length, 1);
  assert.ok(!releasesNetwork(broken, 'put'));
  const stopped = nextRecord(launched, { vm_state: 'VM_STATE_STOPPED' });
  assert.equal(stopped.nics[0]!.mac_address, 'fa:16:3e:00:00:01');
});

test('the default network of a project has one id whoever creates it', () => {
  assert.equal(defaultNetworkId('p1'), defaultNetworkId('p1'));
  assert.notEqual(defaultNetworkId('p1'), defaultNetworkId('p2'));
  assert.match(defaultNetworkId('p1'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('CLI: --subnet, --gateway, --allocation-pool and --dns become subnets; gateways and pools go to the subnet holding them', () => {
  const subnets = subnetsOf(['10.2.0.0/24', 'fd00:2::/64'], ['fd00:2::fffe', '10.2.0.254'], ['start=10.2.0.10,end=10.2.0.99', 'start=fd00:2::10,end=fd00:2::20'], ['10.2.0.2']);
  assert.deepEqual(subnets, [
    { cidr: '10.2.0.0/24', gateway_ip: '10.2.0.254', allocation_pools: [{ start: '10.2.0.10', end: '10.2.0.99' }], dns_nameservers: ['10.2.0.2'] },
    { cidr: 'fd00:2::/64', gateway_ip: 'fd00:2::fffe', allocation_pools: [{ start: 'fd00:2::10', end: 'fd00:2::20' }], dns_nameservers: ['10.2.0.2'] },
  ]);
  assert.throws(() => subnetsOf([], [], [], []), UsageError);
  assert.throws(() => subnetsOf(['10.0.0.0/24'], ['10.0.0.1', '10.0.0.2'], [], []), /two gateways/);
  assert.throws(() => parsePool('10.0.0.1-10.0.0.9'), /start=<ip>,end=<ip>/);
  assert.throws(() => parsePool('start=10.0.0.1'), /start=<ip>,end=<ip>/);
  assert.deepEqual(parsePool('start=10.0.0.1,end=10.0.0.9'), { start: '10.0.0.1', end: '10.0.0.9' });
});
