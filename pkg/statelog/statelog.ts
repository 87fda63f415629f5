// The state log: every authoritative change is appended to one JetStream
// stream, on a subject per entity, with a message id for deduplication and
// the entity's generation in a header. Conductors replay it into their views.
import { headers as natsHeaders, ErrorCode, NatsError, type JetStreamClient, type JetStreamManager, type JetStreamPublishOptions, type NatsConnection, type PubAck, RetentionPolicy, StorageType, DiscardPolicy } from 'nats';
import { STATE_STREAM, subjects, type EntityKind } from '../actor/subjects.js';
import type { ServerRecord__Output } from '../gen/types.js';
import { serverRecordCodec } from '../lifecycle/record.js';
import { StateConflictError } from './errors.js';

export const STATE_HDR = {
  generation: 'Kumo-Generation',
  op: 'Kumo-Op',
} as const;

export type StateOp = 'put' | 'delete';

/**
 * How long an append keeps retrying while the log is unreachable (nats-server
 * restarting, a cluster electing a stream leader). A change that was made
 * (a task's end, a delete's tombstone) must reach the log; giving up at the
 * first timeout left tasks in progress forever (found by the chaos suite).
 */
const APPEND_RETRY_MS = 30_000;

/** The log did not answer (and may or may not have stored the entry): worth trying again with the same message id. */
function retryable(err: unknown): boolean {
  return err instanceof NatsError && (err.code === ErrorCode.Timeout || err.code === ErrorCode.NoResponders || err.code === ErrorCode.Disconnect || err.code === ErrorCode.JetStream408RequestTimeout);
}

export interface AppendResult {
  seq: number;
  duplicate: boolean;
}

/**
 * Creates the state-log stream unless it exists. `replicas` (the
 * --state-replicas option; 3 on a 3-server NATS cluster, so losing one server
 * loses no acknowledged entry) applies when this call creates the stream, or
 * raises the replicas of an existing one.
 */
export async function ensureStateStream(nc: NatsConnection, replicas = 1): Promise<void> {
  const jsm: JetStreamManager = await nc.jetstreamManager();
  const config = {
    name: STATE_STREAM,
    num_replicas: replicas,
    subjects: [subjects.allState()],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    // Keep the latest record of every entity: enough to rebuild any view.
    max_msgs_per_subject: 8,
    duplicate_window: 120 * 1_000_000_000,
  };
  const info = await jsm.streams.info(STATE_STREAM).catch(() => undefined);
  if (info) {
    if (info.config.num_replicas < replicas) await jsm.streams.update(STATE_STREAM, { ...info.config, num_replicas: replicas });
    return;
  }
  try {
    await jsm.streams.add(config);
  } catch (err) {
    // Another process created it first.
    await jsm.streams.info(STATE_STREAM).catch(() => {
      throw err;
    });
  }
}

export class StateLog {
  private readonly js: JetStreamClient;
  private jsm?: JetStreamManager;

  constructor(private readonly nc: NatsConnection) {
    this.js = nc.jetstream();
  }

  /** Appends one change and resolves once JetStream has stored it. */
  async append(kind: EntityKind, id: string, generation: number, op: StateOp, body: Uint8Array): Promise<AppendResult> {
    const h = natsHeaders();
    h.set(STATE_HDR.generation, String(generation));
    h.set(STATE_HDR.op, op);
    const ack = await this.publish(subjects.state(kind, id), body, {
      headers: h,
      msgID: `${kind}:${id}:${generation}`,
    });
    return { seq: ack.seq, duplicate: ack.duplicate };
  }

  /**
   * Publishes to the stream, retrying with the same message id while the
   * log is unreachable. A retry whose earlier try was stored but not
   * acknowledged comes back as a duplicate of that try: the stored body is
   * compared, and if it is ours the append succeeded.
   */
  private async publish(subject: string, body: Uint8Array, opts: Partial<JetStreamPublishOptions>): Promise<PubAck> {
    const until = Date.now() + APPEND_RETRY_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        const ack = await this.js.publish(subject, body, opts);
        if (attempt > 0 && ack.duplicate && (await this.storedBodyIs(ack.seq, body))) return { ...ack, duplicate: false };
        return ack;
      } catch (err) {
        if (!retryable(err) || Date.now() > until || this.nc.isClosed()) throw err;
        await new Promise((r) => setTimeout(r, Math.min(2_000, 100 * 2 ** attempt)));
      }
    }
  }

  private async storedBodyIs(seq: number, body: Uint8Array): Promise<boolean> {
    const jsm = (this.jsm ??= await this.nc.jetstreamManager({ checkAPI: false }));
    const m = await jsm.streams.getMessage(STATE_STREAM, { seq }).catch(() => undefined);
    return m !== undefined && Buffer.from(m.data).equals(Buffer.from(body));
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
  async appendIfLast(kind: EntityKind, id: string, generation: number, op: StateOp, body: Uint8Array, lastSeq: number, msgId = `${kind}:${id}:${generation}`): Promise<number> {
    const h = natsHeaders();
    h.set(STATE_HDR.generation, String(generation));
    h.set(STATE_HDR.op, op);
    let ack: { seq: number; duplicate: boolean };
    try {
      ack = await this.publish(subjects.state(kind, id), body, {
        headers: h,
        msgID: msgId,
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
   * A corrective entry (anti-entropy, pkg/conductor/anti_entropy.ts): the
   * record its authority (the host running the server) holds, at the
   * generation it has, stored only if the subject's newest entry is still
   * `lastSeq`. Its message id is its own (`<kind>:<id>:<generation>:ae<lastSeq>`):
   * the original entry's id may still be in the duplicate window though the
   * entry itself was lost.
   */
  appendRepair(kind: EntityKind, id: string, generation: number, op: StateOp, body: Uint8Array, lastSeq: number): Promise<number> {
    return this.appendIfLast(kind, id, generation, op, body, lastSeq, `${kind}:${id}:${generation}:ae${lastSeq}`);
  }

  /** The newest entry of a server with its stream sequence, or undefined when the log has none. */
  async latestServerEntry(id: string): Promise<{ seq: number; generation: number; op: StateOp; record: ServerRecord__Output } | undefined> {
    const jsm = (this.jsm ??= await this.nc.jetstreamManager({ checkAPI: false }));
    try {
      const m = await jsm.streams.getMessage(STATE_STREAM, { last_by_subj: subjects.state('server', id) });
      const op: StateOp = m.header.get(STATE_HDR.op) === 'delete' ? 'delete' : 'put';
      return { seq: m.seq, generation: Number(m.header.get(STATE_HDR.generation) || 0), op, record: serverRecordCodec.decode(m.data) };
    } catch (err) {
      if (err instanceof Error && /no message found|404/i.test(err.message)) return undefined;
      throw err;
    }
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
