// ChanceScheduler: a random host among those that are up and enabled (and
// not ignored or already tried), as Nova's chance driver. No weighing and
// no resource filters: the host's claim still refuses what does not fit.
// "Up and enabled" is the ComputeFilter's judgement, on the cache's clock.
import type * as g from '../gen/types.js';
import type { SchedulerConfig } from './config.js';
import { NoValidHostError } from './errors.js';
import type { HostStateCache } from './host_state.js';

export class ChanceScheduler {
  constructor(
    private readonly config: SchedulerConfig,
    private readonly random: () => number = Math.random,
  ) {}

  select(cache: HostStateCache, spec: g.RequestSpec__Output, instanceIds: string[]): g.Selection__Output[] {
    const excluded = new Set([...spec.ignore_hosts, ...spec.tried_hosts]);
    const oldest = cache.now() - this.config.serviceDownTimeMs;
    const up = cache.all().filter((h) => h.enabled && !h.serviceDisabled && !h.forcedDown && h.heardAtMs >= oldest && !excluded.has(h.host));
    if (up.length === 0) throw new NoValidHostError(`No valid host was found. ${cache.size} host(s) considered; none is up and enabled`, { hosts_considered: String(cache.size) });
    return instanceIds.map((id) => {
      const pool = [...up];
      const pickOne = (): string => pool.splice(Math.floor(this.random() * pool.length), 1)[0]!.host;
      const host = pickOne();
      const alternates: string[] = [];
      while (alternates.length < this.config.maxAttempts - 1 && pool.length > 0) alternates.push(pickOne());
      return { instance_id: id, host, alternates };
    });
  }
}
