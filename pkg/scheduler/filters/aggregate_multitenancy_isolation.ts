// AggregateMultiTenancyIsolation: a host in an aggregate with
// filter_tenant_id metadata (or keys starting with it, to list several)
// takes only those projects' servers; other hosts take anyone's.
import type { HostFilter } from '../plugin.js';

export const REASON_TENANT = 'reserved for other projects';

export const AggregateMultiTenancyIsolation: HostFilter = {
  name: 'AggregateMultiTenancyIsolation',
  runOncePerRequest: true,
  prepare(req) {
    const project = req.spec.project_id;
    return (host) => {
      let restricted = false;
      for (const a of host.aggregates) {
        for (const [k, v] of Object.entries(a.metadata)) {
          if (!k.startsWith('filter_tenant_id')) continue;
          restricted = true;
          if (v.split(',').map((s) => s.trim()).includes(project)) return undefined;
        }
      }
      return restricted ? REASON_TENANT : undefined;
    };
  },
};
