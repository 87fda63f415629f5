// The state log: every authoritative change is appended to one JetStream
// stream, on a subject per entity, with a message id for deduplication and
// the entity's generation in a header. Conductors replay it into their views.
import { headers as natsHeaders, type JetStreamClient, type JetStreamManager, type JetStreamPublishOptions, type NatsConnection, type PubAck, RetentionPolicy, StorageType, DiscardPolicy } from 'nats';
import { STATE_STREAM, subjects, type EntityKind } from '../actor/subjects.js';
import type { ServerRecord__Output } from '../gen/types.js';
import { serverRecordCodec } from '../lifecycle/record.js';
import { StateConflictError } from './errors.js';
import { publishRetrying, wrongLastSequence, noMessage } from './publish.js';
import { authorizeServerEntry, countRejected, hostsNamedBy, SIGN_HDR, signerHost, SIGNED_KINDS, type EntrySignature, type StateSigning } from '../security/state_signing.js';

export const STATE_HDR = {
  generation: 'Kumo-Generation',
  op: 'Kumo-Op',
} as const;

export type StateOp = 'put' | 'delete';

/**
 * The state keys of this process (`--state-key-file` or `--host-keys-file`,
 * pkg/security/state_signing.ts), set once at start by its command: every
 * StateLog and conductor view made without explicit signing uses them.
 * Undefined: nothing is signed or checked (as before signing existed).
 */
let processSigning: StateSigning | undefined;

export function setProcessStateSigning(signing: StateSigning | undefined): void {
  processSigning = signing;
}

export function processStateSigning(): StateSigning | undefined {
  return processSigning;
}

/** The signature headers of a stored entry. */
export function signatureOf(h: { get(k: string): string } | undefined): EntrySignature {
  return { signer: h?.get(SIGN_HDR.signer) || undefined, mac: h?.get(SIGN_HDR.mac) || undefined, hostMacs: h?.get(SIGN_HDR.hostMacs) || undefined };
}

/** A server's newest log entry. `signer`: who signed it, when this process checked it and the MAC held. */
export interface ServerEntry {
  seq: number;
  generation: number;
  op: StateOp;
  record: ServerRecord__Output;
  signer?: string;
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

/** Entries deleted from the log's end that lastSequence steps back over before it gives up. */
const MAX_DELETED_TAIL = 1_000;

export class StateLog {
  private readonly js: JetStreamClient;
  private jsm?: JetStreamManager;

  /**
   * `signing`: the keys entries of signed kinds (server, action,
   * actionevent) are signed with, and newest entries read back are checked
   * with; the process's own (setProcessStateSigning) unless given.
   */
  constructor(
    private readonly nc: NatsConnection,
    readonly signing: StateSigning | undefined = processSigning,
  ) {
    this.js = nc.jetstream();
  }

  /** The headers of an entry: generation, op, and the signature when this log signs its kind. */
  private headersFor(kind: EntityKind, subject: string, generation: number, op: StateOp, body: Uint8Array): ReturnType<typeof natsHeaders> {
    const h = natsHeaders();
    h.set(STATE_HDR.generation, String(generation));
    h.set(STATE_HDR.op, op);
    if (this.signing && SIGNED_KINDS.has(kind)) {
      // A service-signed server record is also MACed for the hosts it names (they cannot hold the service key).
      const named = kind === 'server' && this.signing.signsAs === undefined ? hostsNamedBy(serverRecordCodec.decode(body)) : [];
      for (const [k, v] of Object.entries(this.signing.sign({ subject, generation, op, body }, named))) h.set(k, v);
    }
    return h;
  }

  /** Appends one change and resolves once JetStream has stored it. */
  async append(kind: EntityKind, id: string, generation: number, op: StateOp, body: Uint8Array): Promise<AppendResult> {
    const subject = subjects.state(kind, id);
    const headers = this.headersFor(kind, subject, generation, op, body);
    const msgID = `${kind}:${id}:${generation}`;
    const ack = await this.publish(subject, body, { headers, msgID });
    if (ack.duplicate && this.signing && SIGNED_KINDS.has(kind)) return this.unlessForged(kind, id, generation, op, body, headers, ack.seq);
    return { seq: ack.seq, duplicate: ack.duplicate };
  }

  /**
   * Our append was a duplicate of an entry with the same message id. If
   * that entry is a forgery taking our generation's message id (unsigned,
   * a wrong MAC, or a host that may not write over the record we wrote
   * from: isForged), ours is appended again under a message id of its own,
   * `<kind>:<id>:<generation>:f<forged seq>` (the same for every honest
   * writer, so their compare-and-set still holds); a few times at most.
   * Otherwise (an honest writer's) the duplicate stands.
   */
  private async unlessForged(kind: EntityKind, id: string, generation: number, op: StateOp, body: Uint8Array, headers: ReturnType<typeof natsHeaders>, dupSeq: number): Promise<AppendResult> {
    const subject = subjects.state(kind, id);
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!(await this.isForged(kind, subject, dupSeq, body))) return { seq: dupSeq, duplicate: true };
      const ack = await this.publish(subject, body, { headers, msgID: `${kind}:${id}:${generation}:f${dupSeq}` });
      if (!ack.duplicate) return { seq: ack.seq, duplicate: false };
      dupSeq = ack.seq;
    }
    return { seq: dupSeq, duplicate: true };
  }

  /**
   * Whether the stored entry at `seq` is a forgery: unsigned or a wrong MAC;
   * for a server record, also a host that may not write it over the record
   * ours was made from (our own record stands in for the view's: honest
   * competitors for a generation, a conductor, the owner, a move's other
   * end, are all named by it). A service MAC this process cannot check
   * (compute) counts as honest: the worst a forged one does is a conflict.
   */
  private async isForged(kind: EntityKind, subject: string, seq: number, ours: Uint8Array): Promise<boolean> {
    const jsm = (this.jsm ??= await this.nc.jetstreamManager({ checkAPI: false }));
    const m = await jsm.streams.getMessage(STATE_STREAM, { seq }).catch(() => undefined);
    if (!m || m.subject !== subject || !this.signing) return false;
    const v = this.signing.verify({ subject, generation: Number(m.header.get(STATE_HDR.generation) || 0), op: m.header.get(STATE_HDR.op) || 'put', body: m.data }, signatureOf(m.header));
    if (!v.ok && v.reason !== 'unauthorized') return true;
    const host = v.signer === undefined ? undefined : signerHost(v.signer);
    if (kind !== 'server' || host === undefined) return false;
    try {
      return !authorizeServerEntry(v.signer!, serverRecordCodec.decode(ours), false, serverRecordCodec.decode(m.data));
    } catch {
      return true; // not even a server record
    }
  }

  /**
   * Publishes to the stream, retrying with the same message id while the
   * log is unreachable. A retry whose earlier try was stored but not
   * acknowledged comes back as a duplicate of that try: the stored body is
   * compared, and if it is ours the append succeeded.
   */
  private publish(subject: string, body: Uint8Array, opts: Partial<JetStreamPublishOptions>): Promise<PubAck> {
    const manager = async (): Promise<JetStreamManager> => (this.jsm ??= await this.nc.jetstreamManager({ checkAPI: false }));
    return publishRetrying({ nc: this.nc, js: this.js, stream: STATE_STREAM, manager }, subject, body, opts);
  }

  /**
   * The sequence of the newest entry in the whole log (0 when empty): what
   * a view must have applied to hold everything logged so far. Not always
   * the stream's last sequence (highWaterSequence): once the newest entries
   * are deleted (an operator purging a subject), that still names them, and
   * a view waiting for it would wait until the next append.
   */
  async lastSequence(): Promise<number> {
    const jsm = (this.jsm ??= await this.nc.jetstreamManager({ checkAPI: false }));
    let seq = (await jsm.streams.info(STATE_STREAM)).state.last_seq;
    for (let back = 0; seq > 0 && back < MAX_DELETED_TAIL; back++, seq--) {
      try {
        await jsm.streams.getMessage(STATE_STREAM, { seq });
        return seq;
      } catch (err) {
        if (!noMessage(err)) throw err;
      }
    }
    return seq;
  }

  /** The stream's last sequence, deleted entries included: a view that applied past it was made from another log. */
  async highWaterSequence(): Promise<number> {
    const jsm = (this.jsm ??= await this.nc.jetstreamManager({ checkAPI: false }));
    return (await jsm.streams.info(STATE_STREAM)).state.last_seq;
  }

  /**
   * The newest entry of a server, or undefined when the log has none. With
   * signing, an entry this process cannot trust is passed over: a service
   * gets undefined; a compute process gets the newest kept entry it trusts
   * (newestTrusted), so a forged newest entry neither drives what it does
   * nor hides its own newer record. `peers`: the migration ends the caller
   * recorded itself (recovery), which narrows which other host's entry it
   * accepts on its face.
   */
  async latestServer(id: string, jsm?: JetStreamManager, peers?: readonly string[]): Promise<{ generation: number; op: StateOp; record: ServerRecord__Output } | undefined> {
    const e = await this.newestServerEntry(id, jsm);
    if (!e) return undefined;
    if (this.trusted(e, peers)) return e;
    const found = this.signing && !this.signing.isService ? await this.newestTrusted(id, e.seq, peers, jsm) : undefined;
    // Counted only when the newest entry is passed over (another host's, allowed by the history, is not).
    if (found?.seq !== e.seq) countRejected('server', e.sig.signer ? 'unauthorized' : 'unsigned');
    return found;
  }

  /**
   * Walks the server subject's kept entries (at most max_msgs_per_subject)
   * up to `lastSeq`: an entry is trusted when this process checks its MAC
   * (its own host's, the service's through its host MAC), or when it is
   * another host's (whose MAC it cannot check) and the last entry it
   * checked allows that host (authorizeServerEntry: an evacuation's
   * destination, a move's other end). The newest trusted one, if any. A few
   * reads, only when the newest entry is not trusted on its face.
   */
  private async newestTrusted(id: string, lastSeq: number, peers?: readonly string[], jsm?: JetStreamManager): Promise<ServerEntry | undefined> {
    const manager = jsm ?? (this.jsm ??= await this.nc.jetstreamManager({ checkAPI: false }));
    const signing = this.signing!;
    const subject = subjects.state('server', id);
    let base: ServerEntry | undefined;
    let found: ServerEntry | undefined;
    for (let seq = 1; ; ) {
      // STREAM.MSG.GET's next_by_subj (nats-server 2.9): the subject's first entry at or after seq.
      const m = await manager.streams.getMessage(STATE_STREAM, { seq, next_by_subj: subject } as unknown as { seq: number }).catch(() => undefined);
      if (!m || m.seq > lastSeq) break;
      seq = m.seq + 1;
      let record: ServerRecord__Output;
      try {
        record = serverRecordCodec.decode(m.data);
      } catch {
        continue;
      }
      const sig = signatureOf(m.header);
      const e: ServerEntry = { seq: m.seq, generation: Number(m.header.get(STATE_HDR.generation) || 0), op: m.header.get(STATE_HDR.op) === 'delete' ? 'delete' : 'put', record, signer: sig.signer };
      const entry = { subject, generation: e.generation, op: e.op, body: m.data };
      if (signing.verify(entry, sig).ok) {
        base = found = e;
        continue;
      }
      const other = sig.signer === undefined ? undefined : signerHost(sig.signer);
      if (other !== undefined && (signing.trustedByHost(entry, sig, record, peers) || (base !== undefined && authorizeServerEntry(sig.signer!, base.record, base.op === 'delete', record)))) found = e;
    }
    return found;
  }

  /** Whether this process trusts a server entry it read (always, without signing). */
  private trusted(e: ServerEntry & { sig: EntrySignature; body: Uint8Array }, peers?: readonly string[]): boolean {
    const s = this.signing;
    if (!s) return true;
    const entry = { subject: subjects.state('server', e.record.server?.id ?? ''), generation: e.generation, op: e.op, body: e.body };
    return s.isService ? s.verify(entry, e.sig).ok : s.trustedByHost(entry, e.sig, e.record, peers);
  }

  private async newestServerEntry(id: string, jsm?: JetStreamManager): Promise<(ServerEntry & { sig: EntrySignature; body: Uint8Array }) | undefined> {
    const manager = jsm ?? (this.jsm ??= await this.nc.jetstreamManager({ checkAPI: false }));
    try {
      const m = await manager.streams.getMessage(STATE_STREAM, { last_by_subj: subjects.state('server', id) });
      const op: StateOp = m.header.get(STATE_HDR.op) === 'delete' ? 'delete' : 'put';
      const sig = signatureOf(m.header);
      return { seq: m.seq, generation: Number(m.header.get(STATE_HDR.generation) || 0), op, record: serverRecordCodec.decode(m.data), sig, body: m.data, signer: sig.signer };
    } catch (err) {
      if (noMessage(err)) return undefined;
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
    const subject = subjects.state(kind, id);
    const h = this.headersFor(kind, subject, generation, op, body);
    let ack: { seq: number; duplicate: boolean };
    try {
      ack = await this.publish(subject, body, {
        headers: h,
        msgID: msgId,
        expect: { lastSubjectSequence: lastSeq },
      });
    } catch (err) {
      if (wrongLastSequence(err)) throw new StateConflictError(kind, id, generation);
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

  /**
   * The newest entry of a server with its stream sequence, or undefined
   * when the log has none. Untrusted entries are returned too (their
   * sequence is what a compare-and-set must name), with `trusted: false`.
   */
  async latestServerEntry(id: string): Promise<(ServerEntry & { trusted: boolean }) | undefined> {
    const e = await this.newestServerEntry(id);
    if (!e) return undefined;
    const { sig: _sig, body: _body, ...entry } = e;
    return { ...entry, trusted: this.trusted(e) };
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

