// Writing one catalog entry (aggregate, server group) to the state log: the
// next generation of the key, the append, and waiting until this
// conductor's view applied it, so the caller reads its own write.
import { KumoError } from '../actor/errors.js';
import { encodeToken, type EntityKind } from '../actor/subjects.js';
import type { StateLog, StateOp } from '../statelog/statelog.js';
import type { Table } from '../store/store.js';
import type { ConductorView, Stored } from './view.js';

export function nextGeneration<T>(table: Table<Stored<T>>, key: string): number {
  return (table.get(key)?.generation ?? 0) + 1;
}

export async function writeEntry<T>(
  view: ConductorView,
  stateLog: StateLog,
  table: Table<Stored<T>>,
  kind: EntityKind,
  key: string,
  op: StateOp,
  body: Uint8Array,
): Promise<void> {
  const generation = nextGeneration(table, key);
  const { seq, duplicate } = await stateLog.append(kind, encodeToken(key), generation, op, body);
  // The message id is kind:id:generation, so a duplicate means another
  // writer (another conductor) took this generation first: our change was
  // dropped by JetStream. Say so rather than answer as if it were stored.
  if (duplicate) {
    throw new KumoError('ABORTED', `${kind} ${key} was changed concurrently; retry`, { reason: 'CONCURRENT_UPDATE', metadata: { kind, key } });
  }
  await view.waitFor(seq);
}

/** Runs async functions one at a time, in call order (read-check-write sections). */
export class SerialLane {
  private tail: Promise<unknown> = Promise.resolve();

  run<R>(fn: () => Promise<R>): Promise<R> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
