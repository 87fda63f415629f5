// Availability zones are not stored: they are derived, as Nova derives
// them, from the aggregates (an aggregate's availability_zone is a zone of
// its hosts) and the host reports (a host in no zoned aggregate is in the
// zone its own report names, "nova" by default).
//
// Listed: every zone an aggregate defines, even while it has no host yet
// (shown not available, so an admin sees the zone just made), and every
// zone of a reporting host. Nova lists only zones with a compute service;
// an empty aggregate zone is listed here because a boot into it would
// otherwise fail with a zone nobody can see.
import type * as g from '../gen/types.js';
import type { HypervisorTable } from './hypervisors.js';
import type { ConductorView } from './view.js';

export const DEFAULT_ZONE = 'nova';

export function listAvailabilityZones(view: ConductorView, hypervisors: HypervisorTable): g.AvailabilityZone__Output[] {
  const zones = new Map<string, { hosts: Set<string>; available: boolean }>();
  const zone = (name: string): { hosts: Set<string>; available: boolean } => {
    let z = zones.get(name);
    if (!z) zones.set(name, (z = { hosts: new Set(), available: false }));
    return z;
  };
  // host -> the zone of the zoned aggregates holding it (one zone at most:
  // adding a host or setting a zone refuses a second one).
  const aggregateZone = new Map<string, string>();
  for (const a of view.liveValues(view.aggregates)) {
    if (!a.availability_zone) continue;
    const z = zone(a.availability_zone);
    for (const h of a.hosts) {
      aggregateZone.set(h, a.availability_zone);
      z.hosts.add(h);
    }
  }
  for (const h of hypervisors.hostStates()) {
    const z = zone(aggregateZone.get(h.host) ?? (h.availabilityZone || DEFAULT_ZONE));
    z.hosts.add(h.host);
    if (h.up && h.enabled) z.available = true;
  }
  // A host in an aggregate that never reported counts as down: it is listed
  // and makes no zone available.
  return [...zones]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, z]) => ({ name, available: z.available, hosts: [...z.hosts].sort() }));
}
