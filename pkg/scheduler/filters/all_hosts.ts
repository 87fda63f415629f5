// AllHostsFilter: passes every host (a pipeline with no filtering).
import type { HostFilter } from '../plugin.js';

export const AllHostsFilter: HostFilter = {
  name: 'AllHostsFilter',
  runOncePerRequest: true,
  prepare: () => undefined,
};
