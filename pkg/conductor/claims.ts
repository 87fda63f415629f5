// Compare-and-set claims on the state log, shared by everything networking
// allocates (addresses, MACs, quota slots): which key to try is decided in
// memory, whether we get it by JetStream's expected last subject sequence
// against what the view holds. Keys claimed or lost here are remembered
// for a moment so the next try skips them before the view shows them.
import type { NetworkEntityKind } from '../actor/subjects.js';
import { versionOf, type Entry } from '../network/tables.js';
import { StateConflictError } from '../statelog/errors.js';
import type { StateLog } from '../statelog/statelog.js';

/** The longest a claim made or lost here is trusted over the view (which shows it within milliseconds). */
const MARK_MS = 10_000;

/** A claim made here, to give back if the rest of the operation fails. */
export interface Claim {
  kind: NetworkEntityKind;
  key: string;
  generation: number;
  seq: number;
  body: Uint8Array;
}

export class ClaimBook {
  /** Claims in flight here: never offered twice at once. */
  private readonly pending = new Set<string>();
  /**
   * Claims made or lost here that the view may not show yet: taken while
   * the view's entry of the key is older than `seq` (our claim's sequence,
   * or one past what the view held when we lost), for at most MARK_MS.
   */
  private readonly marks = new Map<string, { seq: number; until: number }>();

  constructor(
    private readonly stateLog: StateLog,
    private readonly log: { warn(obj: object, msg: string): void },
  ) {}

  /** Whether a key is held: in flight here, live in the view, or claimed/lost here a moment ago. */
  taken(key: string, entry: Entry<unknown> | undefined): boolean {
    if (this.pending.has(key)) return true;
    if (entry && !entry.deleted) return true;
    const mark = this.marks.get(key);
    if (!mark) return false;
    if ((entry?.seq ?? 0) < mark.seq && mark.until > Date.now()) return true;
    this.marks.delete(key);
    return false;
  }

  /** Tries one claim: the compare-and-set against what the view holds. Resolves false when another writer holds it. */
  async tryClaim(kind: NetworkEntityKind, key: string, entry: Entry<unknown> | undefined, body: Uint8Array, claims: Claim[]): Promise<boolean> {
    const v = versionOf(entry);
    this.pending.add(key);
    try {
      const seq = await this.stateLog.appendIfLast(kind, key, v.generation + 1, 'put', body, v.seq);
      this.marks.set(key, { seq, until: Date.now() + MARK_MS });
      claims.push({ kind, key, generation: v.generation + 1, seq, body });
      return true;
    } catch (err) {
      if (!(err instanceof StateConflictError)) throw err;
      // Someone else's entry is newer than what the view held: skip the key until the view shows it.
      this.marks.set(key, { seq: v.seq + 1, until: Date.now() + MARK_MS });
      return false;
    } finally {
      this.pending.delete(key);
    }
  }

  /** Gives back a claim made here (the compare-and-set expects our own entry to be the newest). */
  async unclaim(c: Claim): Promise<void> {
    try {
      await this.stateLog.appendIfLast(c.kind, c.key, c.generation + 1, 'delete', c.body, c.seq);
      this.marks.delete(c.key);
    } catch (err) {
      // Someone released it already, or the log is unreachable: the reaper gives it back later.
      this.log.warn({ kind: c.kind, key: c.key, err: String(err) }, 'could not give back a claim; the reaper will');
    }
  }

  /** Deletes an entity as the view holds it; a conflict means another conductor did first. */
  async drop(kind: NetworkEntityKind, key: string, e: Entry<unknown>, body: Uint8Array): Promise<void> {
    try {
      await this.stateLog.appendIfLast(kind, key, e.generation + 1, 'delete', body, e.seq);
      this.marks.delete(key);
    } catch (err) {
      if (!(err instanceof StateConflictError)) throw err;
    }
  }

  /** Forgets marks past their time. */
  expireMarks(): void {
    for (const [key, mark] of this.marks) if (mark.until <= Date.now()) this.marks.delete(key);
  }
}
