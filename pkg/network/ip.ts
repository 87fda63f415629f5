// IP address and CIDR math for IPAM, on bigints so IPv4 and IPv6 share
// one code path. Parsing is strict (what node:net accepts, no zone ids,
// IPv4 in dotted quads only); formatting is canonical (IPv6 as RFC 5952:
// lower case, the longest run of two or more zero groups as "::").
import { isIPv4, isIPv6 } from 'node:net';

export type IpVersion = 4 | 6;

export interface Ip {
  version: IpVersion;
  value: bigint;
}

export interface Cidr {
  version: IpVersion;
  /** The network address (host bits zero). */
  network: bigint;
  prefix: number;
}

export const BITS: Readonly<Record<IpVersion, number>> = { 4: 32, 6: 128 };

/** Parses an IPv4 or IPv6 address; undefined when it is not one. */
export function parseIp(text: string): Ip | undefined {
  if (isIPv4(text)) return { version: 4, value: v4Value(text) };
  if (isIPv6(text) && !text.includes('%')) return { version: 6, value: v6Value(text) };
  return undefined;
}

function v4Value(text: string): bigint {
  return text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function v6Value(text: string): bigint {
  let head = text;
  let tail4: bigint | undefined;
  // An embedded IPv4 tail (::ffff:192.0.2.1) is the last 32 bits.
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    tail4 = v4Value(text.slice(lastColon + 1));
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const [left, right] = head.includes('::') ? head.split('::') : [head, undefined];
  const groups = (s: string | undefined): string[] => (s ? s.split(':') : []);
  const l = groups(left);
  const r = groups(right);
  const all = right === undefined ? l : [...l, ...Array<string>(8 - l.length - r.length).fill('0'), ...r];
  let value = all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
  if (tail4 !== undefined) value = (value & ~0xffffffffn) | tail4;
  return value;
}

/** The canonical text of an address. */
export function formatIp(ip: Ip): string {
  if (ip.version === 4) return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 0xffn)).join('.');
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((ip.value >> BigInt(i * 16)) & 0xffffn));
  // The longest run of at least two zero groups (the first on a tie) becomes "::".
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** The address as fixed-width hex (8 digits for IPv4, 32 for IPv6): a subject token that sorts like the address. */
export function ipHex(ip: Ip): string {
  return ip.value.toString(16).padStart(BITS[ip.version] / 4, '0');
}

/** A CIDR's problem in words, or the CIDR. The address must be the network's (no host bits set). */
export function parseCidr(text: string): Cidr | string {
  const m = /^([^/\s]+)\/(\d{1,3})$/.exec(text.trim());
  if (!m) return 'must be an address and a prefix length, such as 10.0.0.0/24 or fd00:1::/64';
  const ip = parseIp(m[1]!);
  if (!ip) return `${m[1]} is not an IPv4 or IPv6 address`;
  const prefix = Number(m[2]);
  if (prefix > BITS[ip.version]) return `prefix length /${prefix} is longer than an IPv${ip.version} address`;
  const cidr: Cidr = { version: ip.version, network: ip.value & netmask(ip.version, prefix), prefix };
  if (cidr.network !== ip.value) return `has host bits set; the network is ${formatCidr(cidr)}`;
  return cidr;
}

export function formatCidr(c: Cidr): string {
  return `${formatIp({ version: c.version, value: c.network })}/${c.prefix}`;
}

export function netmask(version: IpVersion, prefix: number): bigint {
  const bits = BigInt(BITS[version]);
  const all = (1n << bits) - 1n;
  return (all << (bits - BigInt(prefix))) & all;
}

/** The last address of the CIDR (IPv4's broadcast address). */
export function lastAddress(c: Cidr): bigint {
  return c.network | (~netmask(c.version, c.prefix) & ((1n << BigInt(BITS[c.version])) - 1n));
}

/** Addresses in the CIDR, network and last address included. */
export function cidrSize(c: Cidr): bigint {
  return 1n << BigInt(BITS[c.version] - c.prefix);
}

export function contains(c: Cidr, ip: Ip): boolean {
  return ip.version === c.version && (ip.value & netmask(c.version, c.prefix)) === c.network;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  if (a.version !== b.version) return false;
  const p = Math.min(a.prefix, b.prefix);
  const m = netmask(a.version, p);
  return (a.network & m) === (b.network & m);
}

/**
 * The addresses a host may hold: IPv4 leaves out the network and broadcast
 * addresses; IPv6 leaves out the Subnet-Router anycast address (the
 * network address, RFC 4291) only. As Neutron's generate_pools.
 */
export function hostRange(c: Cidr): { first: bigint; last: bigint } {
  const last = lastAddress(c);
  return { first: c.network + 1n, last: c.version === 4 ? last - 1n : last };
}

/** A closed range of addresses. */
export interface Range {
  first: bigint;
  last: bigint;
}

/** The ranges minus one address (a pool split around its gateway). */
export function withoutAddress(ranges: readonly Range[], value: bigint): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    if (value < r.first || value > r.last) {
      out.push(r);
      continue;
    }
    if (r.first < value) out.push({ first: r.first, last: value - 1n });
    if (value < r.last) out.push({ first: value + 1n, last: r.last });
  }
  return out;
}

/** How many addresses the ranges hold. */
export function rangesSize(ranges: readonly Range[]): bigint {
  return ranges.reduce((n, r) => n + (r.last - r.first + 1n), 0n);
}
