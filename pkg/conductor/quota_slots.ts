// Race-proof per-project limits of networking resources: a project limited
// to N holds slots 0..N-1, each a `quotaslot` entity claimed by
// compare-and-set (claims.ts), so concurrent creates through any conductor
// never exceed the limit. N is the project's effective quota of the
// resource (pkg/quota: the default, or an admin's override; -1 unlimited).
// A create claims a slot first and gives it back if the rest fails; a
// delete gives its slot back; the reaper of networks.ts gives back slots
// whose holder is gone.
//
// A lowered limit can leave holders in slots at or above N. A create that
// sees any first moves each into a free slot below N (claims it, then drops
// the old one, so the holder is counted throughout), one move at a time
// with the view caught up to the log between moves, so two movers of one
// holder contend for the same slot instead of making copies. Only then is
// the new slot claimed, so holders never outnumber N's slots; when the
// slots below N are full the create is refused, as Nova refuses a project
// over a lowered limit.
import type { CallContext } from '../actor/runtime.js';
import type { QuotaSlot__Output } from '../gen/types.js';
import { QUOTA_RESOURCE, slotKey, slotPrefix, type NetworkQuotaResource } from '../network/quota.js';
import { quotaSlotCodec, type Entry, type NetworkTables } from '../network/tables.js';
import { QuotaExceededError } from '../quota/errors.js';
import type { Resource } from '../quota/limits.js';
import { nowTimestamp } from '../util/timestamp.js';
import type { Claim, ClaimBook } from './claims.js';

/** A project's effective limit of a quota resource (-1: unlimited). */
export type LimitOf = (project: string, resource: Resource) => Promise<number>;

export interface HeldSlot {
  key: string;
  n: number;
  entry: Entry<QuotaSlot__Output>;
}

/** The project's live slots of `resource`, as the view shows them. */
export function heldSlots(tables: NetworkTables, resource: NetworkQuotaResource, project: string): HeldSlot[] {
  const prefix = slotPrefix(resource, project);
  const out: HeldSlot[] = [];
  for (const { key, value } of tables.quotaSlots.entries({ start: prefix, end: `${prefix}\uffff` })) {
    // The prefix of project `a` also covers project `a_b`'s keys: the value says whose it is.
    if (value.deleted || value.value.project_id !== project || value.value.resource !== resource) continue;
    const n = Number(String(key).slice(prefix.length));
    if (Number.isSafeInteger(n)) out.push({ key: String(key), n, entry: value });
  }
  return out;
}

/** Units of `resource` the project uses: its holders (one moving between slots holds two for a moment). */
export function slotUsage(tables: NetworkTables, resource: NetworkQuotaResource, project: string): number {
  return new Set(heldSlots(tables, resource, project).map((s) => s.entry.value.holder_id)).size;
}

/** Slots to move or drop before a new claim: those at or above `limit`, and a holder's second slot. */
function misplaced(held: readonly HeldSlot[], limit: number): { slot: HeldSlot; placed: boolean }[] {
  const placed = new Set<string>();
  const out: { slot: HeldSlot; placed: boolean }[] = [];
  for (const s of [...held].sort((a, b) => a.n - b.n)) {
    const holder = s.entry.value.holder_id;
    if (s.n < limit && !placed.has(holder)) placed.add(holder);
    else out.push({ slot: s, placed: false });
  }
  for (const m of out) m.placed = placed.has(m.slot.entry.value.holder_id);
  return out;
}

export class QuotaSlots {
  /** Compactions in this process, one at a time per project and resource. */
  private readonly compactions = new Map<string, Promise<boolean>>();

  constructor(
    private readonly tables: NetworkTables,
    private readonly book: ClaimBook,
    private readonly limitOf: LimitOf,
    /** Resolves once the view holds everything logged so far. */
    private readonly catchUp: () => Promise<void>,
  ) {}

  /** Claims a free slot of the project's `resource` for `holderId` (pushed to `claims`); RESOURCE_EXHAUSTED with a QuotaFailure when all are held. */
  async claim(resource: NetworkQuotaResource, ctx: CallContext, holderId: string, claims: Claim[]): Promise<void> {
    const project = ctx.projectId;
    const limit = await this.limitOf(project, QUOTA_RESOURCE[resource]);
    const room = limit < 0 || (await this.compact(resource, project, limit));
    if (room && (await this.claimFree(resource, project, limit, holderId, claims))) return;
    const used = slotUsage(this.tables, resource, project);
    throw new QuotaExceededError([{ resource: QUOTA_RESOURCE[resource], requested: 1, used, limit }]);
  }

  /** Gives back every slot `holderId` holds, as the view shows them (a miss is left to the reaper). */
  async release(resource: NetworkQuotaResource, project: string, holderId: string): Promise<void> {
    for (const s of heldSlots(this.tables, resource, project)) {
      if (s.entry.value.holder_id === holderId) await this.book.drop('quotaslot', s.key, s.entry, quotaSlotCodec.encode(s.entry.value));
    }
  }

  /** Claims the first free slot below `limit` (any, when -1) for `holderId`; false when none is free. */
  private async claimFree(resource: NetworkQuotaResource, project: string, limit: number, holderId: string, claims: Claim[]): Promise<boolean> {
    for (let n = 0; limit < 0 || n < limit; n++) {
      const key = slotKey(resource, project, n);
      const entry = this.tables.quotaSlots.get(key);
      if (this.book.taken(key, entry)) continue;
      const body = quotaSlotCodec.encode({ resource, project_id: project, slot: n, holder_id: holderId, create_time: nowTimestamp() });
      if (await this.book.tryClaim('quotaslot', key, entry, body, claims)) return true;
    }
    return false;
  }

  /** Moves holders out of slots at or above `limit` (and drops a holder's second slot); false when the slots below are full. */
  private compact(resource: NetworkQuotaResource, project: string, limit: number): Promise<boolean> {
    if (!misplaced(heldSlots(this.tables, resource, project), limit).length) return Promise.resolve(true);
    const k = slotPrefix(resource, project);
    const run = (this.compactions.get(k) ?? Promise.resolve(true)).catch(() => true).then(() => this.compactNow(resource, project, limit));
    this.compactions.set(k, run);
    void run.finally(() => this.compactions.get(k) === run && this.compactions.delete(k)).catch(() => undefined);
    return run;
  }

  private async compactNow(resource: NetworkQuotaResource, project: string, limit: number): Promise<boolean> {
    // Each round makes one move or drop; a lost compare-and-set is looked at again with the view caught up.
    for (let round = 0; round < 4 * limit + 8; round++) {
      await this.catchUp();
      const todo = misplaced(heldSlots(this.tables, resource, project), limit);
      if (!todo.length) return true;
      const { slot, placed } = todo[0]!;
      const drop = () => this.book.drop('quotaslot', slot.key, slot.entry, quotaSlotCodec.encode(slot.entry.value));
      if (placed) {
        await drop();
        continue;
      }
      let free = -1;
      for (let n = 0; n < limit && free < 0; n++) if (!this.book.taken(slotKey(resource, project, n), this.tables.quotaSlots.get(slotKey(resource, project, n)))) free = n;
      if (free < 0) return false;
      const key = slotKey(resource, project, free);
      const body = quotaSlotCodec.encode({ ...slot.entry.value, slot: free, create_time: nowTimestamp() });
      if (await this.book.tryClaim('quotaslot', key, this.tables.quotaSlots.get(key), body, [])) await drop();
    }
    return false;
  }
}
