// Security group rules: validation of every field (INVALID_ARGUMENT with a
// violation per field, under `field`), normalisation (so equal rules
// compare equal) and the rules Neutron gives new and default groups.
import { randomUUID } from 'node:crypto';
import type { FieldViolation } from '../actor/errors.js';
import type { SecurityGroupRule__Output } from '../gen/types.js';
import { BITS, formatCidr, netmask, parseIp, type IpVersion } from './ip.js';
import { nowTimestamp } from '../util/timestamp.js';

export const DESCRIPTION_MAX = 255;
const NAMED_PROTOCOLS: Readonly<Record<string, string>> = { tcp: 'tcp', udp: 'udp', icmp: 'icmp', '6': 'tcp', '17': 'udp', '1': 'icmp' };

/** Which fields of a normalised rule make it the same rule (Neutron's duplicate check). */
export function ruleKey(r: SecurityGroupRule__Output): string {
  return [r.direction, r.ethertype, r.protocol, r.port_range_min, r.port_range_max, r.remote_ip_prefix, r.remote_group_id].join('|');
}

/**
 * A remote prefix, normalised: host bits are cleared (as Neutron does,
 * 10.0.0.1/24 is 10.0.0.0/24); a bare address is a host route.
 */
function normalisePrefix(text: string): { version: IpVersion; cidr: string } | string {
  const [addr, len, extra] = text.trim().split('/');
  if (extra !== undefined) return 'must be an address and a prefix length, such as 0.0.0.0/0 or 2001:db8::/32';
  const ip = parseIp(addr ?? '');
  if (!ip) return `${addr} is not an IPv4 or IPv6 address`;
  const prefix = len === undefined ? BITS[ip.version] : /^\d{1,3}$/.test(len) ? Number(len) : NaN;
  if (!Number.isInteger(prefix) || prefix > BITS[ip.version]) return `/${len} is not a prefix length of an IPv${ip.version} address`;
  return { version: ip.version, cidr: formatCidr({ version: ip.version, network: ip.value & netmask(ip.version, prefix), prefix }) };
}

/**
 * Checks a rule to create; pushes violations and answers it normalised
 * (id, group and time left to the caller) when valid. `groupExists` says
 * whether a remote group id is one of the caller's groups.
 */
export function normaliseRule(r: SecurityGroupRule__Output, field: string, v: FieldViolation[], groupExists: (id: string) => boolean): SecurityGroupRule__Output | undefined {
  const before = v.length;
  const bad = (f: string, description: string): void => void v.push({ field: `${field}.${f}`, description });
  const direction = r.direction.trim().toLowerCase();
  if (direction !== 'ingress' && direction !== 'egress') bad('direction', r.direction ? `${r.direction} is not ingress or egress` : 'required: ingress or egress');

  let remote = '';
  let remoteVersion: IpVersion | undefined;
  if (r.remote_ip_prefix.trim()) {
    const p = normalisePrefix(r.remote_ip_prefix);
    if (typeof p === 'string') bad('remote_ip_prefix', `${r.remote_ip_prefix}: ${p}`);
    else {
      remote = p.cidr;
      remoteVersion = p.version;
    }
  }
  if (r.remote_ip_prefix.trim() && r.remote_group_id.trim()) bad('remote_group_id', 'give remote_ip_prefix or remote_group_id, not both');
  else if (r.remote_group_id.trim() && !groupExists(r.remote_group_id.trim())) bad('remote_group_id', `security group ${r.remote_group_id} not found`);

  let ethertype: 'IPv4' | 'IPv6' = remoteVersion === 6 ? 'IPv6' : 'IPv4';
  const given = r.ethertype.trim();
  if (given) {
    const e = given.toLowerCase();
    if (e !== 'ipv4' && e !== 'ipv6') bad('ethertype', `${given} is not IPv4 or IPv6`);
    else {
      ethertype = e === 'ipv4' ? 'IPv4' : 'IPv6';
      if (remoteVersion && `IPv${remoteVersion}` !== ethertype) bad('ethertype', `is ${ethertype} but remote_ip_prefix ${r.remote_ip_prefix} is an IPv${remoteVersion} prefix`);
    }
  }

  let protocol = r.protocol.trim().toLowerCase();
  if (protocol === 'any') protocol = '';
  if (protocol && !NAMED_PROTOCOLS[protocol]) {
    if (!/^\d{1,3}$/.test(protocol) || Number(protocol) > 255) bad('protocol', `${r.protocol} is not tcp, udp, icmp, any or a protocol number 0 to 255`);
  }
  protocol = NAMED_PROTOCOLS[protocol] ?? protocol;

  const min = r.port_range_min;
  const max = r.port_range_max;
  if (protocol === 'tcp' || protocol === 'udp') {
    if (min || max) {
      if (min < 1 || min > 65535) bad('port_range_min', `${min} is not a port (1 to 65535)`);
      if (max < 1 || max > 65535) bad('port_range_max', `${max} is not a port (1 to 65535)`);
      else if (min >= 1 && min > max) bad('port_range_max', `${max} is below port_range_min ${min}`);
    }
  } else if (protocol === 'icmp') {
    if (min < 0 || min > 255) bad('port_range_min', `ICMP type ${min} is not 0 to 255`);
    if (max < 0 || max > 255) bad('port_range_max', `ICMP code ${max} is not 0 to 255`);
    else if (max && !min) bad('port_range_max', 'an ICMP code needs an ICMP type (port_range_min)');
  } else if (min || max) {
    bad(min ? 'port_range_min' : 'port_range_max', `ports are only for tcp and udp (types and codes for icmp), not for protocol ${protocol || 'any'}`);
  }
  if (r.description.length > DESCRIPTION_MAX) bad('description', `must be at most ${DESCRIPTION_MAX} characters`);
  if (v.length > before) return undefined;
  return {
    id: '',
    security_group_id: '',
    direction,
    ethertype,
    protocol,
    port_range_min: min,
    port_range_max: max,
    remote_ip_prefix: remote,
    remote_group_id: r.remote_group_id.trim(),
    description: r.description,
    create_time: null,
  };
}

function rule(groupId: string, direction: string, ethertype: string, remoteGroupId = ''): SecurityGroupRule__Output {
  return {
    id: randomUUID(),
    security_group_id: groupId,
    direction,
    ethertype,
    protocol: '',
    port_range_min: 0,
    port_range_max: 0,
    remote_ip_prefix: '',
    remote_group_id: remoteGroupId,
    description: '',
    create_time: nowTimestamp(),
  };
}

/** A new group's rules (Neutron): all egress, IPv4 and IPv6. */
export function egressRules(groupId: string): SecurityGroupRule__Output[] {
  return [rule(groupId, 'egress', 'IPv4'), rule(groupId, 'egress', 'IPv6')];
}

/** The default group's rules (Neutron/Nova): all egress, and ingress from the group's own members, IPv4 and IPv6. */
export function defaultRules(groupId: string): SecurityGroupRule__Output[] {
  return [...egressRules(groupId), rule(groupId, 'ingress', 'IPv4', groupId), rule(groupId, 'ingress', 'IPv6', groupId)];
}
