// Validation of networks and subnets, with every problem named by its
// field (INVALID_ARGUMENT with one violation each), and the normalised
// subnet: canonical CIDR and addresses, the gateway and the allocation
// pools filled in as Neutron fills them.
import { InvalidArgumentError, type FieldViolation } from '../actor/errors.js';
import type { CreateNetworkRequest__Output, Subnet__Output } from '../gen/types.js';
import {
  cidrsOverlap,
  contains,
  formatCidr,
  formatIp,
  hostRange,
  parseCidr,
  parseIp,
  withoutAddress,
  type Cidr,
  type IpVersion,
  type Range,
} from './ip.js';

/** Prefix lengths a subnet may have: a usable IPv4 subnet holds a gateway and a host (/30 at most); IPv6 from /48 (a site) to /126. */
export const PREFIX_LIMITS: Readonly<Record<IpVersion, { min: number; max: number }>> = { 4: { min: 8, max: 30 }, 6: { min: 48, max: 126 } };
export const MAX_SUBNETS = 16;
export const MAX_POOLS = 16;
/** Neutron's max_dns_nameservers default. */
export const MAX_DNS = 5;
export const NAME_MAX = 255;

/** A subnet's address plan, parsed from its normalised form. */
export interface SubnetPlan {
  cidr: Cidr;
  /** Undefined when the subnet has none (never for subnets Kumo normalised). */
  gateway?: bigint;
  /** The ranges ports get addresses from, in order. */
  pools: Range[];
}

/** The plan of a normalised subnet (as stored). */
export function subnetPlan(subnet: Subnet__Output): SubnetPlan {
  const cidr = parseCidr(subnet.cidr);
  if (typeof cidr === 'string') throw new Error(`stored subnet ${subnet.id} has an invalid cidr ${subnet.cidr}: ${cidr}`);
  const gateway = subnet.gateway_ip ? parseIp(subnet.gateway_ip)?.value : undefined;
  const pools = subnet.allocation_pools.map((p) => ({ first: parseIp(p.start)!.value, last: parseIp(p.end)!.value }));
  return { cidr, gateway, pools };
}

/**
 * Checks one subnet of a create request; pushes violations (fields under
 * `field`) and answers the normalised subnet (id and network_id left to
 * the caller) when it is valid.
 */
export function normaliseSubnet(s: Subnet__Output, field: string, v: FieldViolation[]): Subnet__Output | undefined {
  const before = v.length;
  const bad = (f: string, description: string): void => void v.push({ field: `${field}.${f}`, description });
  if (s.name.length > NAME_MAX) bad('name', `must be at most ${NAME_MAX} characters`);
  if (!s.cidr.trim()) {
    bad('cidr', 'required');
    return undefined;
  }
  const cidr = parseCidr(s.cidr);
  if (typeof cidr === 'string') {
    bad('cidr', `${s.cidr}: ${cidr}`);
    return undefined;
  }
  if (s.ip_version !== 0 && s.ip_version !== cidr.version) bad('ip_version', `is ${s.ip_version} but ${s.cidr} is an IPv${cidr.version} CIDR`);
  const limits = PREFIX_LIMITS[cidr.version];
  if (cidr.prefix < limits.min || cidr.prefix > limits.max) {
    bad('cidr', `an IPv${cidr.version} subnet's prefix length must be /${limits.min} to /${limits.max}, not /${cidr.prefix}`);
    return undefined;
  }
  const hosts = hostRange(cidr);
  const text = formatCidr(cidr);
  /** An address of this subnet's family inside its host range, or a violation. */
  const address = (f: string, raw: string): bigint | undefined => {
    const ip = parseIp(raw.trim());
    if (!ip) return void bad(f, `${raw} is not an IP address`);
    if (ip.version !== cidr.version) return void bad(f, `${raw} is not an IPv${cidr.version} address`);
    if (!contains(cidr, ip)) return void bad(f, `${raw} is outside ${text}`);
    if (ip.value === cidr.network) return void bad(f, `${raw} is the network address of ${text}`);
    if (ip.value > hosts.last) return void bad(f, `${raw} is the broadcast address of ${text}`);
    return ip.value;
  };

  let gateway: bigint | undefined;
  const gatewayGiven = Boolean(s.gateway_ip.trim());
  if (gatewayGiven) gateway = address('gateway_ip', s.gateway_ip);
  else gateway = hosts.first;

  let pools: Range[] = [];
  if (s.allocation_pools.length > MAX_POOLS) bad('allocation_pools', `at most ${MAX_POOLS} pools`);
  else if (s.allocation_pools.length) {
    s.allocation_pools.forEach((p, i) => {
      const start = address(`allocation_pools[${i}].start`, p.start);
      const end = address(`allocation_pools[${i}].end`, p.end);
      if (start === undefined || end === undefined) return;
      if (start > end) return bad(`allocation_pools[${i}]`, `start ${p.start} is after end ${p.end}`);
      const other = pools.findIndex((q) => start <= q.last && q.first <= end);
      if (other >= 0) return bad(`allocation_pools[${i}]`, `overlaps allocation_pools[${other}]`);
      pools.push({ first: start, last: end });
    });
    if (gateway !== undefined) {
      const holder = pools.findIndex((p) => gateway! >= p.first && gateway! <= p.last);
      if (holder >= 0) {
        const ip = formatIp({ version: cidr.version, value: gateway });
        bad('gateway_ip', gatewayGiven ? `${ip} is inside allocation_pools[${holder}]` : `defaults to ${ip}, which is inside allocation_pools[${holder}]; give a gateway_ip outside the pools`);
      }
    }
  } else {
    pools = gateway === undefined ? [hosts] : withoutAddress([hosts], gateway);
    if (!pools.length) bad('cidr', `${text} leaves no address to hand out besides the gateway`);
  }

  if (s.dns_nameservers.length > MAX_DNS) bad('dns_nameservers', `at most ${MAX_DNS} servers`);
  const dns: string[] = [];
  s.dns_nameservers.forEach((raw, i) => {
    const ip = parseIp(raw.trim());
    if (!ip) return bad(`dns_nameservers[${i}]`, `${raw} is not an IP address`);
    const canonical = formatIp(ip);
    if (dns.includes(canonical)) return bad(`dns_nameservers[${i}]`, `${raw} is listed twice`);
    dns.push(canonical);
  });
  if (v.length > before) return undefined;
  const fmt = (value: bigint): string => formatIp({ version: cidr.version, value });
  return {
    id: '',
    name: s.name.trim(),
    network_id: '',
    ip_version: cidr.version,
    cidr: text,
    gateway_ip: gateway === undefined ? '' : fmt(gateway),
    allocation_pools: pools.map((p) => ({ start: fmt(p.first), end: fmt(p.last) })),
    dns_nameservers: dns,
  };
}

/** A CreateNetwork request, checked: its name and normalised subnets (ids still empty); INVALID_ARGUMENT naming every bad field. */
export function validateCreateNetwork(req: CreateNetworkRequest__Output): { name: string; subnets: Subnet__Output[] } {
  const v: FieldViolation[] = [];
  const name = req.name.trim();
  if (!name) v.push({ field: 'name', description: 'required' });
  else if (name.length > NAME_MAX) v.push({ field: 'name', description: `must be at most ${NAME_MAX} characters` });
  if (!req.subnets.length) v.push({ field: 'subnets', description: 'a network needs at least one subnet' });
  if (req.subnets.length > MAX_SUBNETS) v.push({ field: 'subnets', description: `at most ${MAX_SUBNETS} subnets` });
  const subnets: Subnet__Output[] = [];
  const seen: Array<{ index: number; cidr: Cidr; text: string }> = [];
  req.subnets.slice(0, MAX_SUBNETS).forEach((s, i) => {
    const n = normaliseSubnet(s, `subnets[${i}]`, v);
    if (!n) return;
    const cidr = parseCidr(n.cidr) as Cidr;
    const other = seen.find((o) => cidrsOverlap(o.cidr, cidr));
    if (other) v.push({ field: `subnets[${i}].cidr`, description: `${n.cidr} overlaps subnets[${other.index}] (${other.text})` });
    seen.push({ index: i, cidr, text: n.cidr });
    subnets.push(n);
  });
  if (v.length) throw new InvalidArgumentError(v);
  return { name, subnets };
}
