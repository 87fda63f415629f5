// Security group rule validation and normalisation (pkg/network/security_rules.ts),
// and the network quota slot keys: table tests, {name, input, want}.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FieldViolation } from '../../pkg/actor/errors.js';
import type { SecurityGroupRule__Output } from '../../pkg/gen/types.js';
import { parsePortRange } from '../../pkg/cli/commands/security_group.js';
import { slotKey } from '../../pkg/network/quota.js';
import { defaultRules, egressRules, normaliseRule, ruleKey } from '../../pkg/network/security_rules.js';

function rule(patch: Partial<SecurityGroupRule__Output>): SecurityGroupRule__Output {
  return { id: '', security_group_id: '', direction: 'ingress', ethertype: '', protocol: '', port_range_min: 0, port_range_max: 0, remote_ip_prefix: '', remote_group_id: '', description: '', create_time: null, ...patch };
}

const groups = new Set(['g1']);
function check(patch: Partial<SecurityGroupRule__Output>): { rule?: SecurityGroupRule__Output; fields: string[] } {
  const v: FieldViolation[] = [];
  const r = normaliseRule(rule(patch), 'rule', v, (id) => groups.has(id));
  return { rule: r, fields: v.map((x) => x.field) };
}

describe('security group rules', () => {
  const invalid: Array<{ name: string; input: Partial<SecurityGroupRule__Output>; want: string[] }> = [
    { name: 'no direction', input: { direction: '' }, want: ['rule.direction'] },
    { name: 'unknown direction', input: { direction: 'in' }, want: ['rule.direction'] },
    { name: 'unknown ethertype', input: { ethertype: 'IPv5' }, want: ['rule.ethertype'] },
    { name: 'ethertype against the prefix', input: { ethertype: 'IPv4', remote_ip_prefix: '::/0' }, want: ['rule.ethertype'] },
    { name: 'unknown protocol', input: { protocol: 'quic' }, want: ['rule.protocol'] },
    { name: 'protocol number too big', input: { protocol: '300' }, want: ['rule.protocol'] },
    { name: 'tcp port 0 to 22', input: { protocol: 'tcp', port_range_min: 0, port_range_max: 22 }, want: ['rule.port_range_min'] },
    { name: 'tcp range reversed', input: { protocol: 'tcp', port_range_min: 80, port_range_max: 79 }, want: ['rule.port_range_max'] },
    { name: 'udp port too big', input: { protocol: 'udp', port_range_min: 65536, port_range_max: 65536 }, want: ['rule.port_range_min', 'rule.port_range_max'] },
    { name: 'ports for any protocol', input: { port_range_min: 1, port_range_max: 2 }, want: ['rule.port_range_min'] },
    { name: 'icmp code alone', input: { protocol: 'icmp', port_range_max: 1 }, want: ['rule.port_range_max'] },
    { name: 'icmp type 256', input: { protocol: 'icmp', port_range_min: 256 }, want: ['rule.port_range_min'] },
    { name: 'prefix too long', input: { remote_ip_prefix: '10.0.0.0/33' }, want: ['rule.remote_ip_prefix'] },
    { name: 'prefix not an address', input: { remote_ip_prefix: 'x/8' }, want: ['rule.remote_ip_prefix'] },
    { name: 'prefix and group', input: { remote_ip_prefix: '10.0.0.0/8', remote_group_id: 'g1' }, want: ['rule.remote_group_id'] },
    { name: 'unknown group', input: { remote_group_id: 'g2' }, want: ['rule.remote_group_id'] },
    { name: 'long description', input: { description: 'x'.repeat(256) }, want: ['rule.description'] },
  ];
  for (const c of invalid) {
    test(`invalid: ${c.name}`, () => {
      const got = check(c.input);
      assert.equal(got.rule, undefined);
      assert.deepEqual(got.fields, c.want);
    });
  }

  const valid: Array<{ name: string; input: Partial<SecurityGroupRule__Output>; want: Partial<SecurityGroupRule__Output> }> = [
    { name: 'any protocol, any remote', input: { direction: 'EGRESS' }, want: { direction: 'egress', ethertype: 'IPv4', protocol: '' } },
    { name: 'any spelt out', input: { protocol: 'any' }, want: { protocol: '' } },
    { name: 'numbers named', input: { protocol: '6', port_range_min: 22, port_range_max: 22 }, want: { protocol: 'tcp', port_range_min: 22, port_range_max: 22 } },
    { name: 'udp 17', input: { protocol: '17' }, want: { protocol: 'udp' } },
    { name: 'ethertype from the prefix', input: { remote_ip_prefix: '2001:DB8::5/32' }, want: { ethertype: 'IPv6', remote_ip_prefix: '2001:db8::/32' } },
    { name: 'host bits cleared', input: { remote_ip_prefix: '10.1.2.3/8' }, want: { remote_ip_prefix: '10.0.0.0/8' } },
    { name: 'bare address is a host', input: { remote_ip_prefix: '192.0.2.7' }, want: { remote_ip_prefix: '192.0.2.7/32' } },
    { name: 'icmp type and code', input: { protocol: 'icmp', port_range_min: 3, port_range_max: 4 }, want: { protocol: 'icmp', port_range_min: 3, port_range_max: 4 } },
    { name: 'icmp echo (type 8, code 0)', input: { protocol: 'ICMP', port_range_min: 8 }, want: { protocol: 'icmp', port_range_min: 8, port_range_max: 0 } },
    { name: 'other protocol number', input: { protocol: '47' }, want: { protocol: '47' } },
    { name: 'remote group', input: { remote_group_id: 'g1', ethertype: 'ipv6' }, want: { remote_group_id: 'g1', ethertype: 'IPv6' } },
  ];
  for (const c of valid) {
    test(`valid: ${c.name}`, () => {
      const got = check(c.input);
      assert.deepEqual(got.fields, []);
      for (const [k, v] of Object.entries(c.want)) assert.deepEqual(got.rule![k as keyof SecurityGroupRule__Output], v, k);
    });
  }

  test('equal rules have equal keys whatever the spelling; different ones do not', () => {
    const a = check({ protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0' }).rule!;
    const b = check({ protocol: '6', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.1.2.3/0', ethertype: 'ipv4' }).rule!;
    const c = check({ protocol: 'tcp', port_range_min: 22, port_range_max: 23, remote_ip_prefix: '0.0.0.0/0' }).rule!;
    assert.equal(ruleKey(a), ruleKey(b));
    assert.notEqual(ruleKey(a), ruleKey(c));
  });

  test("Neutron's rules of new and default groups", () => {
    assert.deepEqual(egressRules('g').map((r) => [r.direction, r.ethertype, r.remote_group_id]), [['egress', 'IPv4', ''], ['egress', 'IPv6', '']]);
    assert.deepEqual(defaultRules('g').map((r) => [r.direction, r.ethertype, r.remote_group_id]), [['egress', 'IPv4', ''], ['egress', 'IPv6', ''], ['ingress', 'IPv4', 'g'], ['ingress', 'IPv6', 'g']]);
    assert.equal(new Set(defaultRules('g').map((r) => r.id)).size, 4);
  });

  test('quota slot keys are subject tokens, a project with dots encoded', () => {
    assert.equal(slotKey('fip', 'alice', 3), 'fip_alice_3');
    assert.match(slotKey('sg', 'my.project', 0), /^sg_b64[A-Za-z0-9_-]+_0$/);
  });

  test('--dst-port: one port or a range; anything else is a usage error', () => {
    assert.deepEqual(parsePortRange('22'), { port_range_min: 22, port_range_max: 22 });
    assert.deepEqual(parsePortRange('8000:8080'), { port_range_min: 8000, port_range_max: 8080 });
    for (const bad of ['', 'ssh', '22-80', '1:2:3', '-1']) assert.throws(() => parsePortRange(bad), /--dst-port/);
  });
});
