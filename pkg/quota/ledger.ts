// Quota ledgers on the state log. A ledger is one entity per project (and
// per user, for keypairs) holding the reservations the log does not show
// yet (servers counted from the view: quotas.ts), keyed by what uses it.
// Every change is a compare-and-set on the subject's last sequence
// (StateLog.appendIfLast): read the newest entry, apply the change, append
// only if nothing was appended meanwhile, else read again and redo. Changes
// to one ledger from this process are batched into one append, so a burst
// of creates costs a few appends, not one conflict storm.
import type { NatsConnection } from 'nats';
import { KumoError } from '../actor/errors.js';
import { codec } from '../actor/codec.js';
import { encodeToken, STATE_STREAM, subjects } from '../actor/subjects.js';
import type * as g from '../gen/types.js';
import { StateConflictError } from '../statelog/errors.js';
import { STATE_HDR, type StateLog } from '../statelog/statelog.js';
import { noMessage } from '../statelog/publish.js';

export const ledgerCodec = codec<g.QuotaLedger, g.QuotaLedger__Output>('kumo.internal.v1.QuotaLedger');

export type LedgerKey = { kind: 'project' | 'user'; id: string };

/** The state-log id of a ledger: base64url of `p/<project>` or `u/<user>`. */
export function ledgerEntityId(key: LedgerKey): string {
  return encodeToken(`${key.kind === 'project' ? 'p' : 'u'}/${key.id}`);
}

/** The ledger key back from a state-log id (undefined if it is not one). */
export function ledgerKeyOf(entityId: string): LedgerKey | undefined {
  const text = Buffer.from(entityId, 'base64url').toString('utf8');
  if (text.startsWith('p/')) return { kind: 'project', id: text.slice(2) };
  if (text.startsWith('u/')) return { kind: 'user', id: text.slice(2) };
  return undefined;
}

/** A plain, mutable ledger (what ops change). */
export interface Ledger {
  /** Servers reserved that the log may not show yet. */
  servers: Record<string, g.QuotaCharge__Output>;
  /** Resizes reserved that the log may not show yet: the charge held. */
  resizes: Record<string, g.QuotaCharge__Output>;
  /** A view must have applied this sequence before it counts usage with this ledger. */
  applied_seq: number;
  server_groups: Record<string, number>;
  keypairs: Record<string, number>;
  overrides: g.UpdateQuotaRequest__Output | null;
}

export interface LedgerState {
  ledger: Ledger;
  /** Sequence of the newest entry (0: none). */
  seq: number;
  generation: number;
}

/** What an op gets: the ledger to change, and `touch()` to say it changed it. */
export interface Draft {
  readonly ledger: Ledger;
  /** Sequence of the ledger entry being changed (0: none yet). */
  readonly seq: number;
  touch(): void;
}

export type LedgerOp<R> = (draft: Draft) => R;

interface Pending {
  op: LedgerOp<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

const MAX_ATTEMPTS = 60;

function emptyLedger(): Ledger {
  return { servers: {}, resizes: {}, applied_seq: 0, server_groups: {}, keypairs: {}, overrides: null };
}

function cloneLedger(l: Ledger): Ledger {
  return {
    servers: Object.fromEntries(Object.entries(l.servers).map(([k, v]) => [k, { ...v }])),
    resizes: Object.fromEntries(Object.entries(l.resizes).map(([k, v]) => [k, { ...v }])),
    applied_seq: l.applied_seq,
    server_groups: { ...l.server_groups },
    keypairs: { ...l.keypairs },
    overrides: l.overrides ? { ...l.overrides } : null,
  };
}

export class LedgerStore {
  private readonly queues = new Map<string, Pending[]>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly stateLog: StateLog,
  ) {}

  /** The newest ledger, read from the log itself (never from a view, which may lag). */
  async read(key: LedgerKey): Promise<LedgerState> {
    const jsm = await this.nc.jetstreamManager();
    try {
      const m = await jsm.streams.getMessage(STATE_STREAM, { last_by_subj: subjects.state('quota', ledgerEntityId(key)) });
      const decoded = ledgerCodec.decode(m.data);
      const ledger: Ledger = {
        servers: { ...decoded.servers },
        resizes: { ...decoded.resizes },
        applied_seq: Number(decoded.applied_seq),
        server_groups: Object.fromEntries(Object.entries(decoded.server_groups).map(([k, v]) => [k, Number(v)])),
        keypairs: Object.fromEntries(Object.entries(decoded.keypairs).map(([k, v]) => [k, Number(v)])),
        overrides: decoded.overrides,
      };
      return { ledger, seq: m.seq, generation: Number(m.header.get(STATE_HDR.generation) || 0) };
    } catch (err) {
      if (noMessage(err)) return { ledger: emptyLedger(), seq: 0, generation: 0 };
      throw err;
    }
  }

  /**
   * Applies `op` to the key's ledger and appends the result with a
   * compare-and-set; resolves to what op returned (an op that throws is
   * refused alone, the rest of its batch goes on). Ops must depend only on
   * the ledger they get: on a conflict they run again on the newer one.
   */
  mutate<R>(key: LedgerKey, op: LedgerOp<R>): Promise<R> {
    const k = `${key.kind}/${key.id}`;
    return new Promise<R>((resolve, reject) => {
      const queued = this.queues.get(k);
      const pending: Pending = { op, resolve: resolve as (v: unknown) => void, reject };
      if (queued) {
        queued.push(pending);
        return;
      }
      this.queues.set(k, [pending]);
      void this.drain(k, key);
    });
  }

  private async drain(k: string, key: LedgerKey): Promise<void> {
    const queue = this.queues.get(k)!;
    while (queue.length) {
      const batch = queue.splice(0);
      await this.applyBatch(key, batch);
    }
    this.queues.delete(k);
  }

  private async applyBatch(key: LedgerKey, batch: Pending[]): Promise<void> {
    let lastErr: unknown;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      let state: LedgerState;
      try {
        state = await this.read(key);
      } catch (err) {
        for (const p of batch) p.reject(err);
        return;
      }
      let ledger = state.ledger;
      let dirty = false;
      const outcomes = batch.map((p) => {
        const next = cloneLedger(ledger);
        let touched = false;
        try {
          const value = p.op({ ledger: next, seq: state.seq, touch: () => void (touched = true) });
          ledger = next;
          dirty ||= touched;
          return { ok: true as const, value };
        } catch (err) {
          return { ok: false as const, err };
        }
      });
      if (dirty) {
        try {
          await this.stateLog.appendIfLast('quota', ledgerEntityId(key), state.generation + 1, 'put', ledgerCodec.encode(ledger), state.seq);
        } catch (err) {
          lastErr = err;
          if (!(err instanceof StateConflictError)) break;
          // Another writer (another conductor) changed the ledger: redo on the newer one, after a moment's jitter.
          await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 * (attempt + 1))));
          continue;
        }
      }
      batch.forEach((p, i) => {
        const o = outcomes[i]!;
        if (o.ok) p.resolve(o.value);
        else p.reject(o.err);
      });
      return;
    }
    const err = lastErr instanceof StateConflictError || lastErr === undefined ? new KumoError('ABORTED', `quota ledger of ${key.kind} ${key.id} is changing too fast; retry`, { reason: 'CONCURRENT_UPDATE' }) : lastErr;
    for (const p of batch) p.reject(err);
  }
}
