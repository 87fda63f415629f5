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
} from '../gen/types.js';
import { serverRecordCodec } from '../lifecycle/record.js';
import { trackViewLag } from '../metrics/kumo.js';
import { STATE_HDR } from '../statelog/statelog.js';
import { Store, type Table } from '../store/store.js';
import { InstanceActionTable } from '../events/action_table.js';
import { NetworkTables } from '../network/tables.js';

export const flavorCodec = codec<Flavor, Flavor__Output>('kumo.compute.v1.Flavor');
export const imageCodec = codec<Image, Image__Output>('kumo.compute.v1.Image');
export const keypairCodec = codec<Keypair, Keypair__Output>('kumo.compute.v1.Keypair');
export const aggregateCodec = codec<Aggregate, Aggregate__Output>('kumo.compute.v1.Aggregate');
export const serverGroupCodec = codec<ServerGroup, ServerGroup__Output>('kumo.compute.v1.ServerGroup');
/** A compute service record (enabled/disabled, forced down), keyed by host; state and times are not stored. */
export const serviceCodec = codec<ComputeService, ComputeService__Output>('kumo.compute.v1.ComputeService');

export function keypairKey(userId: string, name: string): string {
  return `${userId}/${name}`;
}

/** A catalog entry; deletes leave a tombstone so generations never go back. */
export interface Stored<T> {
  generation: number;
  value: T;
  deleted?: boolean;
}

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
  /** Instance actions and their events, folded from `action` / `actionevent` entries (pkg/events/action_table.ts). */
  readonly instanceActions: InstanceActionTable;
  /** Networks, ports, address and MAC claims (pkg/network/tables.ts). */
  readonly networks: NetworkTables;
  private readonly meta: Table<number>;
  private applied = 0;
  private waiters: Array<{ seq: number; resolve: () => void }> = [];
  private messages?: ConsumerMessages;
  private untrackLag?: () => void;

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
  ) {
    this.servers = store.table('servers');
    this.serverTombstones = store.table('server_tombstones');
    this.flavors = store.table('flavors');
    this.images = store.table('images');
    this.keypairs = store.table('keypairs');
    this.aggregates = store.table('aggregates');
    this.serverGroups = store.table('server_groups');
    this.services = store.table('services');
    this.instanceActions = new InstanceActionTable(store);
    this.networks = new NetworkTables(store);
    this.meta = store.table('meta');
    this.applied = this.meta.get('last_seq') ?? 0;
  }

  get appliedSeq(): number {
    return this.applied;
  }

  async start(nc: NatsConnection): Promise<void> {
    const js = nc.jetstream();
    const consumer = await js.consumers.get(STATE_STREAM, {
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: this.applied + 1,
    });
    this.messages = await consumer.consume();
    this.untrackLag = trackViewLag(nc, () => this.applied);
    void (async () => {
      for await (const m of this.messages!) {
        const seq = m.seq;
        const op = m.headers?.get(STATE_HDR.op) === 'delete' ? 'delete' : 'put';
        const generation = Number(m.headers?.get(STATE_HDR.generation) ?? 0);
        let apply: (() => void) | undefined;
        try {
          apply = this.applier(m.subject, op, generation, m.data, seq);
        } catch (err) {
          this.log.error({ err, seq, subject: m.subject }, 'cannot decode state entry; skipped');
        }
        // Writes are not awaited one by one: LMDB batches them, in order.
        void this.store
          .transaction(() => {
            apply?.();
            void this.meta.put('last_seq', seq);
          })
          .then(
            () => this.advance(seq),
            (err: unknown) => this.log.error({ err, seq }, 'cannot apply a state entry to the view'),
          );
      }
    })();
  }

  private applier(subject: string, op: 'put' | 'delete', generation: number, data: Uint8Array, seq: number): (() => void) | undefined {
    const parsed = parseStateSubject(subject);
    if (!parsed) return undefined;
    switch (parsed.kind) {
      case 'server': {
        const record = serverRecordCodec.decode(data);
        const id = record.server!.id;
        return () => {
          // Only a newer generation applies; a deleted server stays deleted (its tombstone remembers the generation).
          const known = this.servers.get(id)?.generation ?? this.serverTombstones.get(id) ?? 0;
          if (record.generation <= known) return;
          if (op === 'delete') {
            void this.servers.remove(id);
            void this.serverTombstones.put(id, record.generation);
          } else {
            void this.servers.put(id, record);
          }
          this.networks.serverApplied(record, op, seq);
        };
      }
      case 'flavor': {
        const value = flavorCodec.decode(data);
        return this.catalogApplier(this.flavors, value.id, op, generation, value);
      }
      case 'image': {
        const value = imageCodec.decode(data);
        return this.catalogApplier(this.images, value.id, op, generation, value);
      }
      case 'keypair': {
        const value = keypairCodec.decode(data);
        return this.catalogApplier(this.keypairs, keypairKey(value.user_id, value.name), op, generation, value);
      }
      case 'aggregate': {
        const value = aggregateCodec.decode(data);
        return this.catalogApplier(this.aggregates, value.id, op, generation, value);
      }
      case 'servergroup': {
        const value = serverGroupCodec.decode(data);
        return this.catalogApplier(this.serverGroups, value.id, op, generation, value);
      }
      case 'service': {
        const value = serviceCodec.decode(data);
        return this.catalogApplier(this.services, value.host, op, generation, value);
      }
      case 'action':
      case 'actionevent':
        return this.instanceActions.applier(parsed.kind, parsed.id, generation, data);
      case 'network':
      case 'port':
      case 'ipalloc':
      case 'mac':
        return this.networks.applier(parsed.kind, parsed.id, op, generation, seq, data);
    }
  }

  private catalogApplier<T>(table: Table<Stored<T>>, key: string, op: 'put' | 'delete', generation: number, value: T): () => void {
    return () => {
      const known = table.get(key);
      if (known && known.generation >= generation) return;
      void table.put(key, op === 'delete' ? { generation, value, deleted: true } : { generation, value });
    };
  }

  private advance(seq: number): void {
    if (seq <= this.applied) return;
    this.applied = seq;
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
    this.untrackLag?.();
    await this.messages?.close();
  }
}
