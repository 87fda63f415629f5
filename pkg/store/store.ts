// LMDB per node. A Store is one LMDB environment; tables are named
// sub-databases holding msgpack values. Writes resolve only after LMDB has
// committed and flushed them, so a caller can acknowledge once it awaited.
import { open, type Database, type RootDatabase } from 'lmdb';
import { mkdirSync } from 'node:fs';

export type Key = string | number;

export class Table<T> {
  constructor(private readonly db: Database<T, Key>) {}

  get(key: Key): T | undefined {
    return this.db.get(key);
  }

  /** Inside `Store.transaction` this joins the transaction; alone it commits by itself. */
  put(key: Key, value: T): Promise<boolean> {
    return this.db.put(key, value);
  }

  remove(key: Key): Promise<boolean> {
    return this.db.remove(key);
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
  private constructor(private readonly root: RootDatabase) {}

  static open(path: string): Store {
    mkdirSync(path, { recursive: true });
    // noSync stays false: a resolved write is on disk.
    const root = open({ path, maxDbs: 32, compression: false });
    return new Store(root);
  }

  table<T>(name: string): Table<T> {
    return new Table<T>(this.root.openDB<T, Key>({ name }));
  }

  /**
   * Runs `fn` as one write transaction; the promise resolves after the
   * commit is durable. `fn` must be synchronous (LMDB write transactions
   * cannot span awaits).
   */
  transaction<R>(fn: () => R): Promise<R> {
    return this.root.transaction(fn);
  }

  async close(): Promise<void> {
    await this.root.close();
  }
}
