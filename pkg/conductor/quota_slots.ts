// Race-proof per-project limits of networking resources: a project limited
// to N holds slots 0..N-1, each a `quotaslot` entity claimed by
// compare-and-set (claims.ts), so concurrent creates through any conductor
// never exceed the limit. A create claims a slot first and gives it back
// if the rest fails; a delete gives its slot back; the reaper of
// networks.ts gives back slots whose holder is gone.
import type { CallContext } from '../actor/runtime.js';
import { NETWORK_QUOTA_DEFAULTS, NetworkQuotaExceededError, slotKey, type NetworkQuotaLimits, type NetworkQuotaResource } from '../network/quota.js';
import { quotaSlotCodec, type NetworkTables } from '../network/tables.js';
import { nowTimestamp } from '../util/timestamp.js';
import type { Claim, ClaimBook } from './claims.js';

export class QuotaSlots {
  constructor(
    private readonly tables: NetworkTables,
    private readonly book: ClaimBook,
    private readonly limits: NetworkQuotaLimits = NETWORK_QUOTA_DEFAULTS,
  ) {}

  limit(resource: NetworkQuotaResource): number {
    return this.limits[resource];
  }

  /** Claims a free slot of the project's `resource` for `holderId` (pushed to `claims`); RESOURCE_EXHAUSTED when all are held. */
  async claim(resource: NetworkQuotaResource, ctx: CallContext, holderId: string, claims: Claim[]): Promise<void> {
    const limit = this.limits[resource];
    for (let n = 0; n < limit; n++) {
      const key = slotKey(resource, ctx.projectId, n);
      const entry = this.tables.quotaSlots.get(key);
      if (this.book.taken(key, entry)) continue;
      const body = quotaSlotCodec.encode({ resource, project_id: ctx.projectId, slot: n, holder_id: holderId, create_time: nowTimestamp() });
      if (await this.book.tryClaim('quotaslot', key, entry, body, claims)) return;
    }
    throw new NetworkQuotaExceededError(resource, ctx.projectId, limit);
  }

  /** Gives back the slot `holderId` holds, as the view shows it (a miss is left to the reaper). */
  async release(resource: NetworkQuotaResource, project: string, holderId: string): Promise<void> {
    for (let n = 0; n < this.limits[resource]; n++) {
      const key = slotKey(resource, project, n);
      const e = this.tables.quotaSlots.get(key);
      if (e && !e.deleted && e.value.holder_id === holderId) return this.book.drop('quotaslot', key, e, quotaSlotCodec.encode(e.value));
    }
  }
}
