// AggregateNumInstancesFilter: as NumInstancesFilter, with the limit taken
// from the smallest max_instances_per_host of the host's aggregates.
import { aggregateMin } from '../host_state.js';
import type { HostFilter } from '../plugin.js';
import { REASON_TOO_MANY_INSTANCES } from './num_instances.js';

export const AggregateNumInstancesFilter: HostFilter = {
  name: 'AggregateNumInstancesFilter',
  runOncePerRequest: false,
  prepare(req) {
    const fallback = req.config.maxInstancesPerHost;
    return (host) => (host.runningVms < aggregateMin(host, 'max_instances_per_host', fallback) ? undefined : REASON_TOO_MANY_INSTANCES);
  },
};
