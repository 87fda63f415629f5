// AvailabilityZoneFilter: the host is in the requested zone, if one was asked for.
import type { HostFilter } from '../plugin.js';

export const AvailabilityZoneFilter: HostFilter = {
  name: 'AvailabilityZoneFilter',
  runOncePerRequest: true,
  filter(host, spec) {
    if (!spec.availability_zone || spec.availability_zone === host.availabilityZone) return undefined;
    return `in zone ${host.availabilityZone}, not ${spec.availability_zone}`;
  },
};
