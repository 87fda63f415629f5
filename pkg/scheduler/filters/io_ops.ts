// IoOpsFilter: fewer than max_io_ops_per_host instances in I/O-heavy task
// states (building, resizing, snapshotting, ...).
import type { HostFilter } from '../plugin.js';

export const REASON_TOO_MANY_IO_OPS = 'runs max_io_ops_per_host I/O-heavy tasks';

export const IoOpsFilter: HostFilter = {
  name: 'IoOpsFilter',
  runOncePerRequest: false,
  prepare(req) {
    const max = req.config.maxIoOpsPerHost;
    return (host) => (host.ioOps < max ? undefined : REASON_TOO_MANY_IO_OPS);
  },
  prepareBatch(req) {
    const max = req.config.maxIoOpsPerHost;
    return (hosts, slots, n, rejections) => {
      const ioOps = hosts.ioOps;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const s = slots[i]!;
        if (ioOps[s]! < max) slots[kept++] = s;
        else rejections.reject(s, REASON_TOO_MANY_IO_OPS);
      }
      return kept;
    };
  },
};
