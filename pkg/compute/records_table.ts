// A compute node's own copy of the records of the servers its hosts run:
// one LMDB table, keyed `<host>/<server id>`, holding each record as the
// protobuf the host appended to the state log (the same bytes, stored
// without encoding again; before, a msgpack copy made per write was ~10% of
// the compute process's CPU in a boot storm).
import type { ServerRecord__Output } from '../gen/types.js';
import { serverRecordCodec } from '../lifecycle/record.js';
import type { Store, Table } from '../store/store.js';

export const HOST_RECORDS_TABLE = 'instance_records';
/** The table's name while it held msgpack values. */
const OLD_HOST_RECORDS_TABLE = 'instances';

/** The node's table of records. */
export function hostRecords(store: Store): Table<ServerRecord__Output> {
  return store.table<ServerRecord__Output>(HOST_RECORDS_TABLE, { codec: serverRecordCodec });
}

/** The same, on the node's start: records still in the msgpack table are moved over first. */
export async function openHostRecords(store: Store): Promise<Table<ServerRecord__Output>> {
  const table = hostRecords(store);
  await store.moveTable(OLD_HOST_RECORDS_TABLE, table);
  return table;
}
