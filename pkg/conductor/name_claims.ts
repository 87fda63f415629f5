// Unique catalog names, decided on the log: a name is a state-log entity of
// its own (kind `name`, one subject per scope and name) and claiming it is
// a compare-and-set on that subject's last sequence
// (StateLog.appendIfLast). Of any number of conductors claiming one name at
// once exactly one succeeds, whatever their views showed; the rest see the
// winner's claim and answer ALREADY_EXISTS. Nothing here is read-then-write
// across processes.
import { AlreadyExistsError } from '../actor/errors.js';
import { encodeToken } from '../actor/subjects.js';
import type { NameClaim__Output } from '../gen/types.js';
import { StateConflictError } from '../statelog/errors.js';
import type { StateLog } from '../statelog/statelog.js';
import { nameClaimCodec, nameKey, type ConductorView, type Stored } from './view.js';

/**
 * A claim whose owner is not (yet) in the view is an entity being created
 * by another conductor for this long; after it, the creator is taken to
 * have died between its claim and its write, and the name is free.
 */
export const CLAIM_GRACE_MS = 120_000;

/** What the view knows of the entity a claim names. */
export type OwnerState = 'live' | 'deleted' | 'unknown';

const ATTEMPTS = 5;

export class NameClaims {
  constructor(
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
  ) {}

  /** The claim holding `name` in `scope`, if any (released claims are not). */
  holder(scope: string, name: string): NameClaim__Output | undefined {
    const e = this.view.names.get(nameKey(scope, name));
    return e && !e.deleted && e.value.owner_id ? e.value : undefined;
  }

  /**
   * Claims `name` in `scope` for `ownerId`; throws AlreadyExistsError when
   * another live (or just-being-created) entity holds it. Re-claiming one's
   * own name succeeds.
   */
  async claim(scope: string, name: string, ownerId: string, ownerState: (id: string) => OwnerState, nowMs = Date.now()): Promise<void> {
    const key = nameKey(scope, name);
    for (let attempt = 0; ; attempt++) {
      const held = this.view.names.get(key);
      if (held && !held.deleted && held.value.owner_id) {
        if (held.value.owner_id === ownerId) return;
        const state = ownerState(held.value.owner_id);
        const young = nowMs - held.value.claimed_ms < CLAIM_GRACE_MS;
        if (state === 'live' || (state === 'unknown' && young)) throw new AlreadyExistsError(scope, name);
        // The holder was deleted (its release was lost) or never written: the name is free; take it over below.
      }
      const claim: NameClaim__Output = { scope, name, owner_id: ownerId, claimed_ms: nowMs };
      try {
        await this.write(key, held, 'put', claim);
        return;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= ATTEMPTS - 1) throw err;
        // Someone else wrote the claim meanwhile: catch up and judge again (usually: ALREADY_EXISTS).
        await this.view.waitFor(await this.stateLog.lastSequence());
      }
    }
  }

  /** Gives the name back, if `ownerId` still holds it (a claim taken over meanwhile is left alone). */
  async release(scope: string, name: string, ownerId: string): Promise<void> {
    const key = nameKey(scope, name);
    let caughtUp = false;
    for (let attempt = 0; ; attempt++) {
      const held = this.view.names.get(key);
      if (!held || held.deleted || held.value.owner_id !== ownerId) {
        // This view may not have applied the claim yet (another conductor took it a moment ago): look again once caught up.
        if (caughtUp) return;
        caughtUp = true;
        await this.view.waitFor(await this.stateLog.lastSequence());
        continue;
      }
      try {
        await this.write(key, held, 'delete', { ...held.value, owner_id: '' });
        return;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= ATTEMPTS - 1) throw err;
        await this.view.waitFor(await this.stateLog.lastSequence());
      }
    }
  }

  private async write(key: string, held: Stored<NameClaim__Output> | undefined, op: 'put' | 'delete', claim: NameClaim__Output): Promise<void> {
    const generation = (held?.generation ?? 0) + 1;
    const seq = await this.stateLog.appendIfLast('name', encodeToken(key), generation, op, nameClaimCodec.encode(claim), held?.seq ?? 0);
    await this.view.waitFor(seq);
  }
}
