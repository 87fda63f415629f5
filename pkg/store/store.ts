// LMDB per node. A Store is one LMDB environment; tables are named
// sub-databases holding msgpack values, or, for a table opened with a codec,
// the codec's bytes (a conductor keeps server records as the protobuf the
// state log carries, so a list page copies them out without decoding).
// Writes resolve only after LMDB has committed and flushed them, so a caller
// can acknowledge once it awaited.
import { open, type Database, type RootDatabase } from 'lmdb';
import { mkdirSync } from 'node:fs';
import { lmdbCommitTimer } from '../metrics/kumo.js';
import type { HistogramChild } from '../metrics/registry.js';

export type Key = string | number;

/** How a table's values become bytes and back (a protobuf codec: pkg/actor/codec.ts). */
export interface ValueCodec<T> {
  encode(value: T): Uint8Array;
  decode(bytes: Uint8Array): T;
}

/** How deep a Store is inside `transaction` now: writes made there commit (and are timed) with it. */
interface TxnDepth {
  depth: number;
}

/** Resolves like `write`, observing the time until LMDB committed it. */
function timed<R>(write: Promise<R>, timer: HistogramChild): Promise<R> {
  const started = performance.now();
  return write.then((r) => {
    timer.observeSince(started);
    return r;
  });
}

export class Table<T> {
  // Made on the first write, so tables never written alone add no series.
  private putTimer?: HistogramChild;
  private removeTimer?: HistogramChild;

  constructor(
    private readonly db: Database<T, Key>,
    private readonly name = '',
    private readonly txn: TxnDepth = { depth: 0 },
    /** Values are this codec's bytes (the LMDB database is opened with binary encoding). */
    private readonly codec?: ValueCodec<T>,
  ) {}

  get(key: Key): T | undefined {
    if (!this.codec) return this.db.get(key);
    // getBinary copies: a decoded bytes field may keep a view of the buffer.
    const bytes = this.db.getBinary(key);
    return bytes === undefined ? undefined : this.codec.decode(bytes);
  }

  /** A codec table's stored bytes (a copy), without decoding. */
  getBytes(key: Key): Uint8Array | undefined {
    if (!this.codec) throw new Error(`table ${this.name} has no codec: its values are not kept encoded`);
    return this.db.getBinary(key);
  }

  /** Inside `Store.transaction` this joins the transaction; alone it commits by itself. */
  put(key: Key, value: T): Promise<boolean> {
    return this.write(this.db.put(key, (this.codec ? Buffer.from(this.codec.encode(value)) : value) as T));
  }

  /** Stores bytes already in the table codec's encoding (e.g. a state-log entry's body) without encoding again. */
  putEncoded(key: Key, bytes: Uint8Array): Promise<boolean> {
    if (!this.codec) throw new Error(`table ${this.name} has no codec: its values are not kept encoded`);
    return this.write(this.db.put(key, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as T));
  }

  private write(write: Promise<boolean>): Promise<boolean> {
    return this.txn.depth > 0 ? write : timed(write, (this.putTimer ??= lmdbCommitTimer('put', this.name)));
  }

  remove(key: Key): Promise<boolean> {
    const write = this.db.remove(key);
    return this.txn.depth > 0 ? write : timed(write, (this.removeTimer ??= lmdbCommitTimer('remove', this.name)));
  }

  /** Entries in key order, from `start` (inclusive) to `end` (exclusive). */
  *entries(opts: { start?: Key; end?: Key; limit?: number; reverse?: boolean } = {}): Generator<{ key: Key; value: T }> {
    for (const { key, value } of this.db.getRange(opts)) yield { key: key as Key, value: this.decoded(value) };
  }

  *values(opts: { start?: Key; end?: Key; limit?: number; reverse?: boolean } = {}): Generator<T> {
    for (const { value } of this.db.getRange(opts)) yield this.decoded(value);
  }

  private decoded(value: T): T {
    // A copy first: a range may hand out LMDB's own memory, and a decoded bytes field keeps a view of it.
    return this.codec ? this.codec.decode(Uint8Array.prototype.slice.call(value as Uint8Array)) : value;
  }

  count(): number {
    return this.db.getCount();
  }
}

export class Store {
  private readonly txn: TxnDepth = { depth: 0 };
  private readonly txnTimer = lmdbCommitTimer('transaction', '');
  /** The tables opened on this store, by name (what a digest of it covers); opened once each. */
  private readonly tables = new Map<string, { table: Table<unknown>; codec?: ValueCodec<unknown> }>();

  private constructor(private readonly root: RootDatabase) {}

  static open(path: string): Store {
    mkdirSync(path, { recursive: true });
    // noSync stays false: a resolved write is on disk.
    // Named tables: the conductor view alone has ~27; room to grow without a crash at open.
    const root = open({ path, maxDbs: 128, compression: false });
    return new Store(root);
  }

  /**
   * The named table; `codec`: its values are kept in that encoding. A name
   * opened again gets the same table (a digest reads every table as it was
   * opened); asking for another codec than the first open's is a bug.
   */
  table<T>(name: string, opts: { codec?: ValueCodec<T> } = {}): Table<T> {
    const known = this.tables.get(name);
    if (known) {
      if (opts.codec && known.codec !== opts.codec) throw new Error(`table ${name} is already open with another encoding`);
      return known.table as Table<T>;
    }
    const db = this.root.openDB<T, Key>(opts.codec ? { name, encoding: 'binary' } : { name });
    const table = new Table<T>(db, name, this.txn, opts.codec);
    this.tables.set(name, { table: table as Table<unknown>, codec: opts.codec as ValueCodec<unknown> | undefined });
    return table;
  }

  /** The tables opened so far, in name order. */
  tableNames(): string[] {
    return [...this.tables.keys()].sort();
  }

  /**
   * Moves every value of the msgpack table `from` (one this store has not
   * opened) into `to`, encoded as `to` keeps values, in one transaction, then
   * drops `from`: a table whose format changed, on the first start of the
   * new code. Returns how many values moved (0 when `from` does not exist).
   */
  async moveTable<T>(from: string, to: Table<T>): Promise<number> {
    if (this.tables.has(from)) throw new Error(`table ${from} is open: it cannot be moved`);
    if (![...this.root.getKeys()].includes(from)) return 0;
    const old = this.root.openDB<T, Key>({ name: from });
    let moved = 0;
    await this.transaction(() => {
      for (const { key, value } of old.getRange()) {
        void to.put(key as Key, value);
        moved++;
      }
    });
    await old.drop();
    return moved;
  }


  /**
   * Runs `fn` as one write transaction; the promise resolves after the
   * commit is durable. `fn` must be synchronous (LMDB write transactions
   * cannot span awaits).
   */
  transaction<R>(fn: () => R): Promise<R> {
    const txn = this.txn;
    return timed(
      this.root.transaction(() => {
        txn.depth++;
        try {
          return fn();
        } finally {
          txn.depth--;
        }
      }),
      this.txnTimer,
    );
  }

  async close(): Promise<void> {
    await this.root.close();
  }
}
