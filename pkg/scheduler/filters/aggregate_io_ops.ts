// AggregateIoOpsFilter: as IoOpsFilter, with the limit taken from the
// smallest max_io_ops_per_host of the host's aggregates.
import { aggregateMin } from '../host_state.js';
import type { HostFilter } from '../plugin.js';
import { REASON_TOO_MANY_IO_OPS } from './io_ops.js';

export const AggregateIoOpsFilter: HostFilter = {
  name: 'AggregateIoOpsFilter',
  runOncePerRequest: false,
  prepare(req) {
    const fallback = req.config.maxIoOpsPerHost;
    return (host) => (host.ioOps < aggregateMin(host, 'max_io_ops_per_host', fallback) ? undefined : REASON_TOO_MANY_IO_OPS);
  },
};
