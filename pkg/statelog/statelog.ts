// The state log: every authoritative change is appended to one JetStream
// stream, on a subject per entity, with a message id for deduplication and
// the entity's generation in a header. Conductors replay it into their views.
import { headers as natsHeaders, type JetStreamClient, type JetStreamManager, type NatsConnection, RetentionPolicy, StorageType, DiscardPolicy } from 'nats';
import { STATE_STREAM, subjects, type EntityKind } from '../actor/subjects.js';
import type { ServerRecord__Output } from '../gen/types.js';
import { serverRecordCodec } from '../lifecycle/record.js';
import { StateConflictError } from './errors.js';

export const STATE_HDR = {
  generation: 'Kumo-Generation',
  op: 'Kumo-Op',
} as const;

export type StateOp = 'put' | 'delete';

export interface AppendResult {
  seq: number;
  duplicate: boolean;
}

export async function ensureStateStream(nc: NatsConnection): Promise<void> {
  const jsm: JetStreamManager = await nc.jetstreamManager();
  const config = {
    name: STATE_STREAM,
    subjects: [subjects.allState()],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    // Keep the latest record of every entity: enough to rebuild any view.
    max_msgs_per_subject: 8,
    duplicate_window: 120 * 1_000_000_000,
  };
  try {
    await jsm.streams.info(STATE_STREAM);
  } catch {
    try {
      await jsm.streams.add(config);
    } catch (err) {
      // Another process created it first.
      await jsm.streams.info(STATE_STREAM).catch(() => {
        throw err;
      });
    }
  }
}

export class StateLog {
  private readonly js: JetStreamClient;

  constructor(private readonly nc: NatsConnection) {
    this.js = nc.jetstream();
  }

  /** Appends one change and resolves once JetStream has stored it. */
  async append(kind: EntityKind, id: string, generation: number, op: StateOp, body: Uint8Array): Promise<AppendResult> {
    const h = natsHeaders();
    h.set(STATE_HDR.generation, String(generation));
    h.set(STATE_HDR.op, op);
    const ack = await this.js.publish(subjects.state(kind, id), body, {
      headers: h,
      msgID: `${kind}:${id}:${generation}`,
    });
    return { seq: ack.seq, duplicate: ack.duplicate };
  }

  /** The sequence of the newest entry in the whole log (0 when empty). */
  async lastSequence(): Promise<number> {
    const jsm = await this.nc.jetstreamManager();
    return (await jsm.streams.info(STATE_STREAM)).state.last_seq;
  }

  /** The newest entry of a server, or undefined when the log has none. */
  async latestServer(id: string, jsm?: JetStreamManager): Promise<{ generation: number; op: StateOp; record: ServerRecord__Output } | undefined> {
    const manager = jsm ?? (await this.nc.jetstreamManager());
    try {
      const m = await manager.streams.getMessage(STATE_STREAM, { last_by_subj: subjects.state('server', id) });
      const op: StateOp = m.header.get(STATE_HDR.op) === 'delete' ? 'delete' : 'put';
      return { generation: Number(m.header.get(STATE_HDR.generation) || 0), op, record: serverRecordCodec.decode(m.data) };
    } catch (err) {
      if (err instanceof Error && /no message found|404/i.test(err.message)) return undefined;
      throw err;
    }
  }

  /**
   * Appends a change only if the newest entry of the entity's subject is
   * still `lastSeq` (0: the subject has none): JetStream's expected last
   * subject sequence, a compare-and-set that does not depend on the
   * duplicate window. Another writer's entry meanwhile (or a duplicate of
   * the message id) is thrown as StateConflictError. Used for claims that
   * must never be held twice (pkg/conductor/networks.ts).
   */
  async appendIfLast(kind: EntityKind, id: string, generation: number, op: StateOp, body: Uint8Array, lastSeq: number): Promise<number> {
    const h = natsHeaders();
    h.set(STATE_HDR.generation, String(generation));
    h.set(STATE_HDR.op, op);
    let ack: { seq: number; duplicate: boolean };
    try {
      ack = await this.js.publish(subjects.state(kind, id), body, {
        headers: h,
        msgID: `${kind}:${id}:${generation}`,
        expect: { lastSubjectSequence: lastSeq },
      });
    } catch (err) {
      // 10071: wrong last sequence.
      if ((err as { api_error?: { err_code?: number } }).api_error?.err_code === 10071) throw new StateConflictError(kind, id, generation);
      throw err;
    }
    if (ack.duplicate) throw new StateConflictError(kind, id, generation);
    return ack.seq;
  }

  /**
   * Appends a change that must be the only one of its generation (a
   * compare-and-set on the generation): a duplicate means another writer
   * took it first, and is thrown as StateConflictError.
   */
  async appendExclusive(kind: EntityKind, id: string, generation: number, op: StateOp, body: Uint8Array): Promise<number> {
    const { seq, duplicate } = await this.append(kind, id, generation, op, body);
    if (duplicate) throw new StateConflictError(kind, id, generation);
    return seq;
  }
}
