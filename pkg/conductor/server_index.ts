// The view's secondary index of servers for listing: one LMDB table whose
// keys are `<scope> SEP <sort key> SEP <sort value> SEP <server id>`, for
// the server's project and for `*` (every project, for admins), and each
// sort key (created_at, updated_at, name, status). Keys are kept in the
// same transaction as the server change (ConductorView.onServerChange), so
// the index never disagrees with the servers table. A page is a range read
// of the index from the page token's key (keyset paging: stable while
// servers are added), reading only the servers it returns — plus, with
// filters, those it skips, up to SCAN_BUDGET index entries per page.
import type { Server__Output, ServerRecord__Output } from '../gen/types.js';
import type { Table } from '../store/store.js';
import { timestampMs } from '../util/timestamp.js';

export const SORT_KEYS = ['created_at', 'updated_at', 'name', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** The index scope of every project (admins' all_tenants). */
export const ALL_PROJECTS = '*';
/** Index entries one page may look at before it answers with what it found (and a token to go on). */
export const SCAN_BUDGET = 2_000;
/** The same with a name pattern to test on each (safe_regex.ts bounds one test to under a millisecond). */
export const REGEX_SCAN_BUDGET = 1_000;
/** Names are indexed by their first characters; ties beyond them fall back to id order. */
const NAME_PREFIX = 64;
const SEP = '\x1f';
const HIGH = '\uffff';

export function sortValue(s: Server__Output, key: SortKey): string {
  switch (key) {
    case 'created_at':
      return String(timestampMs(s.create_time)).padStart(15, '0');
    case 'updated_at':
      return String(timestampMs(s.update_time)).padStart(15, '0');
    case 'name':
      return s.name.slice(0, NAME_PREFIX).replace(/[\x00-\x1f]/g, ' ');
    case 'status':
      return s.status;
  }
}

export function indexKey(scope: string, key: SortKey, value: string, id: string): string {
  return `${scope}${SEP}${key}${SEP}${value}${SEP}${id}`;
}

/** Every index key of a server. */
export function keysOf(s: Server__Output): string[] {
  const out: string[] = [];
  for (const scope of [s.project_id, ALL_PROJECTS]) for (const key of SORT_KEYS) out.push(indexKey(scope, key, sortValue(s, key), s.id));
  return out;
}

export interface IndexPage {
  /** The servers taken, with their index keys (a page cut short resumes after one). */
  items: Array<{ id: string; key: string }>;
  /** The last index key looked at, when the scan stopped before the end (page full or budget spent). */
  resumeAfter?: string;
}

/**
 * What filters test, per server, in a small table of its own: a filtered
 * scan reads ~100 bytes per server it skips instead of the whole record.
 */
export interface ServerSummary {
  status: string;
  host: string;
  flavorId: string;
  imageId: string;
  reservationId: string;
  updatedMs: number;
  name: string;
}

type SummaryRow = [status: string, host: string, flavorId: string, imageId: string, reservationId: string, updatedMs: number, name: string];

function summaryRow(s: Server__Output): SummaryRow {
  return [s.status, s.host, s.flavor?.id ?? '', s.image_id, s.reservation_id, timestampMs(s.update_time), s.name];
}

export class ServerIndex {
  constructor(
    private readonly table: Table<number>,
    private readonly summaries: Table<SummaryRow>,
  ) {}

  /** Keeps the index in step with one server change; runs inside the view's transaction. */
  changed(before: ServerRecord__Output | undefined, after: ServerRecord__Output | undefined): void {
    const old = before?.server ? keysOf(before.server) : [];
    const now = after?.server ? keysOf(after.server) : [];
    const keep = new Set(now);
    const had = new Set(old);
    for (const k of old) if (!keep.has(k)) void this.table.remove(k);
    for (const k of now) if (!had.has(k)) void this.table.put(k, 0);
    if (after?.server) void this.summaries.put(after.server.id, summaryRow(after.server));
    else if (before?.server) void this.summaries.remove(before.server.id);
  }

  /** The filter fields of a server, from the summary table. */
  summary(id: string): ServerSummary | undefined {
    const r = this.summaries.get(id);
    return r && { status: r[0], host: r[1], flavorId: r[2], imageId: r[3], reservationId: r[4], updatedMs: r[5], name: r[6] };
  }

  /** Index entries (all scopes and sort keys). */
  size(): number {
    return this.table.count();
  }

  /**
   * Ids in index order after `after` (exclusive), keeping those `keep`
   * accepts, until `limit` are found or `budget` entries were looked at.
   * `from` bounds the sort value where the scan starts (changes-since on
   * updated_at).
   */
  page(opts: { scope: string; key: SortKey; dir: SortDir; after?: string; limit: number; keep: (id: string) => boolean; budget?: number; fromValue?: string }): IndexPage {
    const prefix = `${opts.scope}${SEP}${opts.key}${SEP}`;
    const low = opts.fromValue ? `${prefix}${opts.fromValue}` : prefix;
    const high = `${prefix}${HIGH}`;
    const range = opts.dir === 'asc' ? { start: opts.after ?? low, end: high } : { start: opts.after ?? high, end: low, reverse: true };
    const budget = opts.budget ?? SCAN_BUDGET;
    const items: Array<{ id: string; key: string }> = [];
    let seen = 0;
    for (const { key } of this.table.entries(range)) {
      const k = String(key);
      if (k === opts.after) continue;
      if (!k.startsWith(prefix)) break;
      // The page is full and another entry follows: the next page starts after the last one taken.
      if (items.length >= opts.limit) return { items, resumeAfter: items[items.length - 1]!.key };
      seen++;
      const id = k.slice(k.lastIndexOf(SEP) + 1);
      if (opts.keep(id)) items.push({ id, key: k });
      if (seen >= budget && items.length < opts.limit) return { items, resumeAfter: k };
    }
    return { items };
  }

  /** Rebuilds the index from the servers table (a view made before the index existed); inside a transaction. */
  rebuild(servers: Iterable<ServerRecord__Output>): void {
    for (const r of servers) if (r.server) this.changed(undefined, r);
  }
}
