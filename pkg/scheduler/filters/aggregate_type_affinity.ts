// AggregateTypeAffinityFilter: a host in an aggregate with instance_type
// metadata (a comma-separated list of flavor names) takes only those flavors.
import { aggregateValues } from '../host_state.js';
import type { HostFilter } from '../plugin.js';

export const REASON_FLAVOR_TYPE = 'aggregate instance_type excludes the flavor';

export const AggregateTypeAffinityFilter: HostFilter = {
  name: 'AggregateTypeAffinityFilter',
  runOncePerRequest: true,
  prepare(req) {
    const name = req.flavor.name;
    return (host) => {
      const values = aggregateValues(host, 'instance_type');
      if (values.length === 0) return undefined;
      return values.some((v) => v.split(',').map((s) => s.trim()).includes(name)) ? undefined : REASON_FLAVOR_TYPE;
    };
  },
};
