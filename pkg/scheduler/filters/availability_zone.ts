// AvailabilityZoneFilter: the host is in the requested zone (its
// aggregate's availability_zone, else the zone it reports).
import { availabilityZone } from '../host_state.js';
import type { HostFilter } from '../plugin.js';

export const REASON_OTHER_ZONE = 'in another availability zone';

export const AvailabilityZoneFilter: HostFilter = {
  name: 'AvailabilityZoneFilter',
  runOncePerRequest: true,
  prepare(req) {
    const want = req.spec.availability_zone;
    if (!want) return undefined;
    const fallback = req.config.defaultAvailabilityZone;
    return (host) => (availabilityZone(host, fallback) === want ? undefined : REASON_OTHER_ZONE);
  },
  prepareBatch(req) {
    const want = req.spec.availability_zone;
    if (!want) return undefined;
    const fallback = req.config.defaultAvailabilityZone;
    return (hosts, slots, n, rejections) => {
      // zones[s] is availabilityZone(host, ''): the aggregate's or reported zone, '' for neither.
      const zones = hosts.zones;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if ((zones[s]! || fallback) === want) slots[kept++] = s;
        else rejections.reject(s, REASON_OTHER_ZONE);
      }
      return kept;
    };
  },
};
