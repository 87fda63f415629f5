// SimpleCIDRAffinityFilter: with the cidr and build_near_host_ip hints,
// only hosts whose IP is in build_near_host_ip/cidr (e.g. the same /24 as
// another server) qualify. IPv4 and IPv6.
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import type { HostFilter } from '../plugin.js';

export const REASON_CIDR = 'host IP is not in the requested network';
export const REASON_CIDR_NO_HOST_IP = 'host reports no IP address';
export const REASON_CIDR_INVALID = 'invalid cidr or build_near_host_ip hint';

/** The network build_near_host_ip/cidr as a matcher, or undefined when the hints are malformed. */
export function parseNetwork(ip: string, cidr: string): ((address: string) => boolean) | undefined {
  const family = isIPv4(ip) ? 'ipv4' : isIPv6(ip) ? 'ipv6' : undefined;
  // The conductor accepts "/24" and "24".
  const m = /^\/?(\d{1,3})$/.exec(cidr);
  if (!family || !m) return undefined;
  const prefix = Number(m[1]);
  if (prefix > (family === 'ipv4' ? 32 : 128)) return undefined;
  const net = new BlockList();
  // BlockList masks the address, so a host address (not the network's) is fine.
  net.addSubnet(ip, prefix, family);
  const sameFamily = family === 'ipv4' ? isIPv4 : isIPv6;
  // BlockList would match across families through IPv4-mapped addresses
  // (::/0 holds every IPv4 host); like Nova's netaddr, families never mix.
  return (address) => sameFamily(address) && net.check(address, family);
}

export const SimpleCIDRAffinityFilter: HostFilter = {
  name: 'SimpleCIDRAffinityFilter',
  runOncePerRequest: true,
  prepare(req) {
    const hints = req.spec.scheduler_hints;
    const ip = hints?.build_near_host_ip.trim() ?? '';
    const cidr = hints?.cidr.trim() ?? '';
    if (!ip || !cidr) return undefined;
    const inNetwork = parseNetwork(ip, cidr);
    if (!inNetwork) return () => REASON_CIDR_INVALID;
    return (host) => {
      const addr = host.hostIp.trim();
      if (!addr) return REASON_CIDR_NO_HOST_IP;
      return inNetwork(addr) ? undefined : REASON_CIDR;
    };
  },
};
