// The conductor's view: the state log replayed into this conductor's own
// LMDB. The last applied stream sequence is stored in the same transaction
// as the change, so a restarted conductor resumes exactly where it stopped.
import { DeliverPolicy, type ConsumerMessages, type NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { codec } from '../actor/codec.js';
import { parseStateSubject, STATE_STREAM } from '../actor/subjects.js';
import { DeadlineExceededError } from '../actor/errors.js';
import type {
  Aggregate,
  Aggregate__Output,
  Flavor,
  Flavor__Output,
  Image,
  Image__Output,
  Keypair,
  Keypair__Output,
  ServerGroup,
  ServerGroup__Output,
  ServerRecord__Output,
  ComputeService,
  ComputeService__Output,
  NameClaim,
  NameClaim__Output,
} from '../gen/types.js';
import { serverRecordCodec } from '../lifecycle/record.js';
import { trackViewLag } from '../metrics/kumo.js';
import { processStateSigning, signatureOf, STATE_HDR } from '../statelog/statelog.js';
import { authorizeServerEntry, countRejected, SIGNED_KINDS, type RejectReason, type StateSigning } from '../security/state_signing.js';
import { Store, type Table } from '../store/store.js';
import { InstanceActionTable } from '../events/action_table.js';
import { ProjectUsage } from './project_usage.js';
import { ServerIndex } from './server_index.js';
import { NetworkTables } from '../network/tables.js';

/** A consumer behind the log that delivered nothing for this long is made again. */
const STALL_MS = 5_000;
const STALL_CHECK_MS = 1_000;

function bounded<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceededError(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export const flavorCodec = codec<Flavor, Flavor__Output>('kumo.compute.v1.Flavor');
export const imageCodec = codec<Image, Image__Output>('kumo.compute.v1.Image');
export const keypairCodec = codec<Keypair, Keypair__Output>('kumo.compute.v1.Keypair');
export const aggregateCodec = codec<Aggregate, Aggregate__Output>('kumo.compute.v1.Aggregate');
export const serverGroupCodec = codec<ServerGroup, ServerGroup__Output>('kumo.compute.v1.ServerGroup');
/** A compute service record (enabled/disabled, forced down), keyed by host; state and times are not stored. */
export const serviceCodec = codec<ComputeService, ComputeService__Output>('kumo.compute.v1.ComputeService');

export const nameClaimCodec = codec<NameClaim, NameClaim__Output>('kumo.internal.v1.NameClaim');

export function nameKey(scope: string, name: string): string {
  return `${scope}/${name}`;
}

export function keypairKey(userId: string, name: string): string {
  return `${userId}/${name}`;
}

/** A catalog entry; deletes leave a tombstone so generations never go back. */
export interface Stored<T> {
  generation: number;
  value: T;
  deleted?: boolean;
  /** Stream sequence of the entry that wrote this: the expected last subject sequence of the next compare-and-set (StateLog.appendIfLast). */
  seq?: number;
}

/** The view's table of server records (protobuf, as the log carries them); `servers` held them as msgpack before. */
export const SERVER_RECORDS_TABLE = 'server_records';

/** Server records kept decoded after they change (ConductorView.recentServers): a few seconds of a boot storm's. */
const RECENT_SERVERS = 4_096;

export class ConductorView {
  readonly servers: Table<ServerRecord__Output>;
  /** Generation of each deleted server, so a late or stale record cannot bring it back. */
  private readonly serverTombstones: Table<number>;
  readonly flavors: Table<Stored<Flavor__Output>>;
  readonly images: Table<Stored<Image__Output>>;
  readonly keypairs: Table<Stored<Keypair__Output>>;
  readonly aggregates: Table<Stored<Aggregate__Output>>;
  /** Server groups; `members` is not stored here but derived from the servers' server_groups. */
  readonly serverGroups: Table<Stored<ServerGroup__Output>>;
  /** Compute service records by host (pkg/conductor/services.ts). */
  readonly services: Table<Stored<ComputeService__Output>>;
  /** Servers by project and sort key, for paged listing (server_index.ts). */
  readonly serverIndex: ServerIndex;
  /** Each project's usage that quotas count (project_usage.ts). */
  readonly projectUsage: ProjectUsage;
  /** Claimed catalog names by `<scope>/<name>` (pkg/conductor/name_claims.ts). */
  readonly names: Table<Stored<NameClaim__Output>>;
  /** Instance actions and their events, folded from `action` / `actionevent` entries (pkg/events/action_table.ts). */
  readonly instanceActions: InstanceActionTable;
  /** Networks, ports, address and MAC claims (pkg/network/tables.ts). */
  readonly networks: NetworkTables;
  private readonly meta: Table<number>;
  private readonly serverListeners: Array<(before: ServerRecord__Output | undefined, after: ServerRecord__Output | undefined) => void> = [];
  private applied = 0;
  /** The last sequence handed to an LMDB transaction (applied once it commits). */
  private queued = 0;
  /**
   * The servers changed last, as applied (the record, or undefined once
   * deleted): the next entry of a server usually comes a moment later (a
   * boot writes three) and finds its record here instead of reading and
   * decoding it from LMDB. Kept exactly in step with the table (putServer
   * is its only writer); bounded, oldest first out.
   */
  private readonly recentServers = new Map<string, ServerRecord__Output | undefined>();
  /** Entries decoded and waiting for the next transaction (applyFrom). */
  private pendingApplies: Array<() => void> = [];
  private pendingSeq = 0;
  private applyScheduled = false;
  private stopped = false;
  private appliedAt?: number;
  private waiters: Array<{ seq: number; resolve: () => void }> = [];
  private messages?: ConsumerMessages;
  private untrackLag?: () => void;

  /**
   * `signing`: the cloud secret (pkg/security/state_signing.ts); with it,
   * server, action and action-event entries apply only when signed by a
   * writer allowed to write them (the process's keys unless given; none:
   * nothing is checked).
   */
  constructor(
    private readonly store: Store,
    private readonly log: Logger,
    private readonly signing: StateSigning | undefined = processStateSigning(),
  ) {
    // Kept as the protobuf the log carries (was msgpack in the table `servers`, moved at start): a list page copies it out without decoding (server_wire.ts).
    this.servers = store.table<ServerRecord__Output>(SERVER_RECORDS_TABLE, { codec: serverRecordCodec });
    this.serverTombstones = store.table('server_tombstones');
    this.flavors = store.table('flavors');
    this.images = store.table('images');
    this.keypairs = store.table('keypairs');
    this.aggregates = store.table('aggregates');
    this.serverGroups = store.table('server_groups');
    this.services = store.table('services');
    this.names = store.table('names');
    // Listing's secondary index, kept in the transaction of every server change (server_index.ts).
    this.serverIndex = new ServerIndex(store.table('server_index'), store.table('server_summary'));
    this.onServerChange((before, after) => this.serverIndex.changed(before, after));
    this.projectUsage = new ProjectUsage(store.table('project_usage'));
    this.onServerChange((before, after) => this.projectUsage.changed(before, after));
    this.instanceActions = new InstanceActionTable(store);
    this.networks = new NetworkTables(store);
    this.meta = store.table('meta');
    this.applied = this.meta.get('last_seq') ?? 0;
  }

  get appliedSeq(): number {
    return this.applied;
  }

  /**
   * The last sequence in the LMDB snapshot reads see now (stored in each
   * entry's transaction). It can be ahead of appliedSeq, which moves only
   * once a commit's promise resolves: what a reader just observed is
   * covered by this one, not always by appliedSeq.
   */
  get visibleSeq(): number {
    return this.meta.get('last_seq') ?? 0;
  }

  /** Milliseconds since the view last applied an entry; -1 when it applied none since it started. */
  get appliedAgeMs(): number {
    return this.appliedAt === undefined ? -1 : Math.round(performance.now() - this.appliedAt);
  }

  async start(nc: NatsConnection): Promise<void> {
    const moved = await this.store.moveTable('servers', this.servers);
    if (moved) this.log.info({ servers: moved }, 'server records moved to their protobuf table');
    // A view written before the listing index existed gets it built once.
    if (this.serverIndex.size() === 0 && this.servers.count() > 0) await this.store.transaction(() => this.serverIndex.rebuild(this.servers.values()));
    if (this.projectUsage.size() === 0 && this.servers.count() > 0) await this.store.transaction(() => this.projectUsage.rebuild(this.servers.values()));
    this.queued = this.applied;
    // A cluster may still be electing the stream's leader: keep trying for a while before failing the start.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.follow(nc);
        break;
      } catch (err) {
        if (attempt >= 6) throw err;
        this.log.warn({ err }, 'cannot follow the state log yet; retrying');
      }
    }
    this.untrackLag = trackViewLag(nc, () => this.applied);
  }

  /**
   * Consumes the log from the entry after the last one handed to LMDB. A
   * consumer that ends (its NATS server died, the stream's leader moved) is
   * made again from there: the chaos suite found a conductor whose view
   * stopped for good when the stream leader of a NATS cluster was killed.
   */
  private async follow(nc: NatsConnection): Promise<void> {
    // Making a consumer can hang while a cluster elects a stream leader: bounded, and tried again by the caller.
    const making = (async () => {
      const consumer = await nc.jetstream().consumers.get(STATE_STREAM, {
        deliver_policy: DeliverPolicy.StartSequence,
        opt_start_seq: this.queued + 1,
      });
      return consumer.consume();
    })();
    let messages: ConsumerMessages;
    try {
      messages = await bounded(making, STALL_MS, 'making a state log consumer');
    } catch (err) {
      // One that comes late is not used: closed, so it does not pull the log beside the next one.
      void making.then((late) => late.close()).catch(() => undefined);
      throw err;
    }
    this.messages = messages;
    // A consumer can also stall without ending (seen when a cluster's stream leader died): behind the log and
    // silent for a while, it is closed, and the loop below follows again.
    let heardAt = performance.now();
    const stall = setInterval(() => {
      if (performance.now() - heardAt < STALL_MS) return;
      void nc
        .jetstreamManager({ checkAPI: false })
        .then((jsm) => jsm.streams.info(STATE_STREAM))
        .then((info) => {
          if (info.state.last_seq > this.queued && performance.now() - heardAt >= STALL_MS) {
            this.log.warn({ queued: this.queued, last: info.state.last_seq }, 'state log consumer stalled; following again');
            void messages.close();
          }
        })
        .catch(() => undefined);
      // Checked every second, so a stall is noticed STALL_MS after the last entry, not up to twice that.
    }, STALL_CHECK_MS);
    stall.unref();
    void (async () => {
      try {
        await this.applyFrom(messages, () => (heardAt = performance.now()));
      } catch (err) {
        this.log.warn({ err }, 'state log consumer failed');
      } finally {
        clearInterval(stall);
      }
      while (!this.stopped) {
        await new Promise((r) => setTimeout(r, 500));
        if (this.stopped) return;
        try {
          this.log.warn({ from: this.queued + 1 }, 'state log consumer ended; following again');
          await this.follow(nc);
          return;
        } catch (err) {
          this.log.warn({ err }, 'cannot follow the state log yet; retrying');
        }
      }
    })();
  }

  private async applyFrom(messages: ConsumerMessages, heard: () => void): Promise<void> {
    for await (const m of messages) {
      heard();
      const seq = m.seq;
      // Already handed to LMDB by a consumer made before this one.
      if (seq <= this.queued) continue;
      this.queued = seq;
      const op = m.headers?.get(STATE_HDR.op) === 'delete' ? 'delete' : 'put';
      const generation = Number(m.headers?.get(STATE_HDR.generation) ?? 0);
      let apply: (() => void) | undefined;
      try {
        apply = this.applier(m.subject, op, generation, m.data, seq, m.headers);
      } catch (err) {
        this.log.error({ err, seq, subject: m.subject }, 'cannot decode state entry; skipped');
      }
      // Not applied one transaction each: the entries that arrive together (one read from the
      // socket) apply in one transaction, which LMDB batches further; all in log order.
      if (apply) this.pendingApplies.push(apply);
      this.pendingSeq = seq;
      if (!this.applyScheduled) {
        this.applyScheduled = true;
        setImmediate(() => {
          if (this.applyScheduled) this.applyPending();
        });
      }
    }
  }

  private applyPending(): void {
    this.applyScheduled = false;
    const applies = this.pendingApplies;
    const seq = this.pendingSeq;
    this.pendingApplies = [];
    void this.store
      .transaction(() => {
        for (const apply of applies) {
          try {
            apply();
          } catch (err) {
            this.log.error({ err, seq }, 'cannot apply a state entry to the view');
          }
        }
        void this.meta.put('last_seq', seq);
      })
      .then(
        () => this.advance(seq),
        (err: unknown) => this.log.error({ err, seq }, 'cannot apply state entries to the view'),
      );
  }

  private applier(subject: string, op: 'put' | 'delete', generation: number, data: Uint8Array, seq: number, headers?: { get(k: string): string }): (() => void) | undefined {
    const parsed = parseStateSubject(subject);
    if (!parsed) return undefined;
    // Signed kinds: the MAC is checked here, who may write is checked against the view when the entry applies.
    let signer: string | undefined;
    if (this.signing && SIGNED_KINDS.has(parsed.kind)) {
      const v = this.signing.verify({ subject, generation, op, body: data }, signatureOf(headers));
      if (!v.ok) {
        this.rejected(parsed.kind, subject, seq, v.reason, v.signer);
        return undefined;
      }
      signer = v.signer;
    }
    switch (parsed.kind) {
      case 'server': {
        const record = serverRecordCodec.decode(data);
        const id = record.server!.id;
        return () => {
          // Only a newer generation applies; a deleted server stays deleted (its tombstone remembers the generation).
          const before = this.serverRecord(id);
          const tomb = this.serverTombstones.get(id);
          const known = before?.generation ?? tomb ?? 0;
          if (record.generation <= known) return;
          if (signer !== undefined && !authorizeServerEntry(signer, before, tomb !== undefined, record)) {
            this.rejected('server', subject, seq, 'unauthorized', signer, before?.server?.host);
            return;
          }
          this.putServer(id, before, op, record, data);
          this.networks.serverApplied(record, op, seq);
          if (op === 'put') {
            this.instanceActions.createStartedBy(record);
            this.instanceActions.finishedBy(record);
          }
        };
      }
      case 'flavor': {
        const value = flavorCodec.decode(data);
        return this.catalogApplier(this.flavors, value.id, op, generation, value, seq);
      }
      case 'image': {
        const value = imageCodec.decode(data);
        return this.catalogApplier(this.images, value.id, op, generation, value, seq);
      }
      case 'keypair': {
        const value = keypairCodec.decode(data);
        return this.catalogApplier(this.keypairs, keypairKey(value.user_id, value.name), op, generation, value, seq);
      }
      case 'aggregate': {
        const value = aggregateCodec.decode(data);
        return this.catalogApplier(this.aggregates, value.id, op, generation, value, seq);
      }
      case 'servergroup': {
        const value = serverGroupCodec.decode(data);
        return this.catalogApplier(this.serverGroups, value.id, op, generation, value, seq);
      }
      case 'service': {
        const value = serviceCodec.decode(data);
        return this.catalogApplier(this.services, value.host, op, generation, value, seq);
      }
      case 'name': {
        const value = nameClaimCodec.decode(data);
        return this.catalogApplier(this.names, nameKey(value.scope, value.name), op, generation, value, seq);
      }
      case 'reqid':
        // Request results are read from the log by the API (pkg/idempotency), not kept in views.
        return undefined;
      case 'action':
      case 'actionevent':
        return this.instanceActions.applier(parsed.kind, parsed.id, generation, data);
      case 'network':
      case 'port':
      case 'ipalloc':
      case 'mac':
      case 'floatingip':
      case 'fipassoc':
      case 'secgroup':
      case 'quotaslot':
        return this.networks.applier(parsed.kind, parsed.id, op, generation, seq, data);
    }
  }

  /** A signed-kind entry this view does not apply: counted (kumo_state_entries_rejected_total) and logged. */
  private rejected(kind: string, subject: string, seq: number, reason: RejectReason, signer?: string, owner?: string): void {
    countRejected(kind, reason);
    this.log.warn({ kind, subject, seq, reason, signer, owner }, 'state entry not applied: its writer may not write it');
  }

  /** Stores a server change (or its tombstone) and tells the listeners (anti-entropy's index of servers by host). */
  private putServer(id: string, before: ServerRecord__Output | undefined, op: 'put' | 'delete', record: ServerRecord__Output, encoded?: Uint8Array): void {
    this.recentServers.delete(id);
    this.recentServers.set(id, op === 'delete' ? undefined : record);
    if (this.recentServers.size > RECENT_SERVERS) this.recentServers.delete(this.recentServers.keys().next().value!);
    if (op === 'delete') {
      void this.servers.remove(id);
      void this.serverTombstones.put(id, record.generation);
    } else {
      void (encoded ? this.servers.putEncoded(id, encoded) : this.servers.put(id, record));
    }
    for (const l of this.serverListeners) l(before, op === 'delete' ? undefined : record);
  }

  /** A server's record as the view holds it (inside a transaction: as applied so far). */
  private serverRecord(id: string): ServerRecord__Output | undefined {
    return this.recentServers.has(id) ? this.recentServers.get(id) : this.servers.get(id);
  }

  /** Called inside the view's transaction for every server change applied: the record before and after (undefined: none, deleted). */
  onServerChange(listener: (before: ServerRecord__Output | undefined, after: ServerRecord__Output | undefined) => void): void {
    this.serverListeners.push(listener);
  }

  /**
   * Anti-entropy's local repair: this view's copy of a server differs from
   * the log's newest entry (its LMDB was changed behind its back, or an
   * entry it should have applied is gone), so that entry is written as is,
   * whatever generation the view holds. The applied sequence is not moved.
   */
  async repairServer(id: string, op: 'put' | 'delete', record: ServerRecord__Output): Promise<void> {
    await this.store.transaction(() => {
      const before = this.serverRecord(id);
      if (op === 'put') void this.serverTombstones.remove(id);
      this.putServer(id, before, op, record);
    });
  }

  /**
   * Whether `signer` may write `next` over this view's record of the
   * server (authorizeServerEntry; always true without signing, never for an
   * unsigned entry with it). Anti-entropy asks before it repairs from a
   * host's records or from the log's newest entry.
   */
  admitsServerEntry(signer: string | undefined, next: ServerRecord__Output): boolean {
    if (!this.signing) return true;
    if (signer === undefined) return false;
    const id = next.server!.id;
    return authorizeServerEntry(signer, this.servers.get(id), this.serverTombstones.get(id) !== undefined, next);
  }

  /** The tombstone generation of a deleted server, if the view holds one. */
  serverTombstone(id: string): number | undefined {
    return this.serverTombstones.get(id);
  }

  private catalogApplier<T>(table: Table<Stored<T>>, key: string, op: 'put' | 'delete', generation: number, value: T, seq: number): () => void {
    return () => {
      const known = table.get(key);
      if (known && known.generation >= generation) return;
      void table.put(key, op === 'delete' ? { generation, value, deleted: true, seq } : { generation, value, seq });
    };
  }

  private advance(seq: number): void {
    if (seq <= this.applied) return;
    this.applied = seq;
    this.appliedAt = performance.now();
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((w) => w.seq <= seq);
    this.waiters = this.waiters.filter((w) => w.seq > seq);
    for (const w of ready) w.resolve();
  }

  /** Resolves once the view has applied `seq`, so a caller reads its own write. */
  waitFor(seq: number, timeoutMs = 10_000): Promise<void> {
    if (seq <= this.applied) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        seq,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new DeadlineExceededError(`view did not reach sequence ${seq} in ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The live (not deleted) entry under key. */
  live<T>(table: Table<Stored<T>>, key: string): T | undefined {
    const e = table.get(key);
    return e && !e.deleted ? e.value : undefined;
  }

  /** Live entries in key order. */
  *liveValues<T>(table: Table<Stored<T>>, start?: string): Generator<T> {
    for (const e of table.values(start === undefined ? {} : { start })) if (!e.deleted) yield e.value;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.untrackLag?.();
    await this.messages?.close();
    // What was received is applied before the store may close.
    if (this.applyScheduled) this.applyPending();
  }
}
