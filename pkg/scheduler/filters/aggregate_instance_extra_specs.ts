// AggregateInstanceExtraSpecsFilter: the flavor's unscoped and
// `aggregate_instance_extra_specs:` extra specs must be matched (by the
// extra_specs_ops rules) by the metadata of one of the host's aggregates,
// so operators can steer flavors onto aggregates (e.g. ssd=true).
import { matchExtraSpec } from '../extra_specs_ops.js';
import { aggregateValues } from '../host_state.js';
import type { HostFilter } from '../plugin.js';

export const REASON_AGGREGATE_EXTRA_SPECS = 'aggregate metadata does not match the flavor extra specs';

const SCOPE = 'aggregate_instance_extra_specs:';

export const AggregateInstanceExtraSpecsFilter: HostFilter = {
  name: 'AggregateInstanceExtraSpecsFilter',
  runOncePerRequest: true,
  prepare(req) {
    const wanted: Array<{ key: string; requirement: string }> = [];
    for (const [key, requirement] of Object.entries(req.flavor.extra_specs)) {
      if (key.startsWith(SCOPE)) wanted.push({ key: key.slice(SCOPE.length), requirement });
      else if (!key.includes(':')) wanted.push({ key, requirement });
    }
    if (wanted.length === 0) return undefined;
    return (host) => {
      for (const w of wanted) {
        // Metadata is a plain object: a key like "toString" would find an inherited function.
        const values = aggregateValues(host, w.key).filter((v) => typeof v === 'string');
        // A key no aggregate of the host sets rejects it (the host is not in a matching aggregate).
        if (!values.some((v) => matchExtraSpec(v, w.requirement))) return REASON_AGGREGATE_EXTRA_SPECS;
      }
      return undefined;
    };
  },
};
