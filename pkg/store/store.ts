// LMDB per node. A Store is one LMDB environment; tables are named
// sub-databases holding msgpack values. Writes resolve only after LMDB has
// committed and flushed them, so a caller can acknowledge once it awaited.
import { open, type Database, type RootDatabase } from 'lmdb';
import { mkdirSync } from 'node:fs';
import { lmdbCommitTimer } from '../metrics/kumo.js';
import type { HistogramChild } from '../metrics/registry.js';

export type Key = string | number;

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
  ) {}

  get(key: Key): T | undefined {
    return this.db.get(key);
  }

  /** Inside `Store.transaction` this joins the transaction; alone it commits by itself. */
  put(key: Key, value: T): Promise<boolean> {
    const write = this.db.put(key, value);
    return this.txn.depth > 0 ? write : timed(write, (this.putTimer ??= lmdbCommitTimer('put', this.name)));
  }

  remove(key: Key): Promise<boolean> {
    const write = this.db.remove(key);
    return this.txn.depth > 0 ? write : timed(write, (this.removeTimer ??= lmdbCommitTimer('remove', this.name)));
  }

  /** Entries in key order, from `start` (inclusive) to `end` (exclusive). */
  *entries(opts: { start?: Key; end?: Key; limit?: number; reverse?: boolean } = {}): Generator<{ key: Key; value: T }> {
    for (const { key, value } of this.db.getRange(opts)) yield { key: key as Key, value };
  }

  *values(opts: { start?: Key; end?: Key; limit?: number; reverse?: boolean } = {}): Generator<T> {
    for (const { value } of this.db.getRange(opts)) yield value;
  }

  count(): number {
    return this.db.getCount();
  }
}

export class Store {
  private readonly txn: TxnDepth = { depth: 0 };
  private readonly txnTimer = lmdbCommitTimer('transaction', '');
  /** Names of the tables opened on this store (what a digest of it covers). */
  private readonly names = new Set<string>();

  private constructor(private readonly root: RootDatabase) {}

  static open(path: string): Store {
    mkdirSync(path, { recursive: true });
    // noSync stays false: a resolved write is on disk.
    // Named tables: the conductor view alone has ~27; room to grow without a crash at open.
    const root = open({ path, maxDbs: 128, compression: false });
    return new Store(root);
  }

  table<T>(name: string): Table<T> {
    this.names.add(name);
    return new Table<T>(this.root.openDB<T, Key>({ name }), name, this.txn);
  }

  /** The tables opened so far, in name order. */
  tableNames(): string[] {
    return [...this.names].sort();
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
