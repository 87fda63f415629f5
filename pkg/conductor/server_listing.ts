// ListServers from the view's index (server_index.ts): filters, sort keys,
// and opaque keyset page tokens. A token names the index position after
// which the next page starts, with the scope and sort it belongs to, so it
// stays valid while servers are added (a server whose sort value changes
// between pages, e.g. updated_at, may be seen twice or not at all).
import { InvalidArgumentError } from '../actor/errors.js';
import type { CallContext } from '../actor/runtime.js';
import type * as g from '../gen/types.js';
import { safeRegExp } from '../util/safe_regex.js';
import { timestampMs } from '../util/timestamp.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.js';
import { ALL_PROJECTS, REGEX_SCAN_BUDGET, SCAN_BUDGET, SORT_KEYS, type SortDir, type SortKey } from './server_index.js';
import { serverBytesOfRecord, wireLength, type ServerWire } from './server_wire.js';
import type { ConductorView } from './view.js';

/** Servers per page are also cut so the answer fits one NATS message. */
const PAGE_BYTES = 600 * 1024;

interface PageToken {
  /** Scope (project or "*"), sort key and direction the token belongs to. */
  s: string;
  k: SortKey;
  d: SortDir;
  /** Index key after which the page starts. */
  a: string;
}

function encodeToken(t: PageToken): string {
  return Buffer.from(JSON.stringify(t), 'utf8').toString('base64url');
}

function decodeToken(raw: string): PageToken | undefined {
  try {
    const t = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<PageToken>;
    if (typeof t.s === 'string' && typeof t.a === 'string' && SORT_KEYS.includes(t.k as SortKey) && (t.d === 'asc' || t.d === 'desc')) return t as PageToken;
  } catch {
    // Not ours: refused below.
  }
  return undefined;
}

/** What a listed server shows beyond its record, encoded (ServerNetworking.wireExtras); none without it. */
export type WireExtras = (serverId: string) => Uint8Array[];

/** One page: each server as the runs of bytes of its Server message (server_wire.ts). */
export interface ServerPage {
  servers: ServerWire[];
  nextPageToken: string;
}

/** The sort of a request, checked: INVALID_ARGUMENT naming the field otherwise. */
export function sortOf(req: Pick<g.ListServersRequest__Output, 'sort_key' | 'sort_dir'>): { key: SortKey; dir: SortDir } {
  const key = (req.sort_key || 'created_at') as SortKey;
  if (!SORT_KEYS.includes(key)) throw InvalidArgumentError.field('sort_key', `must be one of ${SORT_KEYS.join(', ')}`);
  const dir = (req.sort_dir || 'desc') as SortDir;
  if (dir !== 'asc' && dir !== 'desc') throw InvalidArgumentError.field('sort_dir', 'must be "asc" or "desc"');
  return { key, dir };
}

/** The name filter, checked (safe_regex.ts). */
export function nameFilterOf(name: string): RegExp | undefined {
  if (!name) return undefined;
  const re = safeRegExp(name);
  if (typeof re === 'string') throw InvalidArgumentError.field('name', re);
  return re;
}

export function listServers(view: ConductorView, req: g.ListServersRequest__Output, ctx: CallContext, extras: WireExtras = () => []): ServerPage {
  const { key, dir } = sortOf(req);
  const nameRe = nameFilterOf(req.name);
  const scope = ctx.projectId || ALL_PROJECTS;
  const size = Math.min(req.page_size > 0 ? req.page_size : DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  let after: string | undefined;
  if (req.page_token) {
    const t = decodeToken(req.page_token);
    if (!t) throw InvalidArgumentError.field('page_token', 'is not a token of ListServers');
    if (t.s !== scope || t.k !== key || t.d !== dir) throw InvalidArgumentError.field('page_token', 'belongs to a listing of another project, sort key or direction');
    after = t.a;
  }
  const sinceMs = req.changes_since ? timestampMs(req.changes_since) : 0;
  const statusFilter = req.status !== 'SERVER_STATUS_UNSPECIFIED' ? req.status : '';
  const filtered = Boolean(statusFilter || nameRe || req.host || req.flavor_id || req.image_id || req.reservation_id || sinceMs);
  // Filters read the small summary of each server the scan meets; only the servers returned are read whole.
  const keep = (id: string): boolean => {
    if (!filtered) return true;
    const s = view.serverIndex.summary(id);
    if (!s) return false;
    if (statusFilter && s.status !== statusFilter) return false;
    if (req.host && s.host !== req.host) return false;
    if (req.flavor_id && s.flavorId !== req.flavor_id) return false;
    if (req.image_id && s.imageId !== req.image_id) return false;
    if (req.reservation_id && s.reservationId !== req.reservation_id) return false;
    if (sinceMs && s.updatedMs < sinceMs) return false;
    if (nameRe && !nameRe.test(s.name)) return false;
    return true;
  };
  // changes-since sorted by updated_at starts (or ends) the range at that time instead of filtering everything before it.
  const fromValue = sinceMs && key === 'updated_at' ? String(sinceMs).padStart(15, '0') : undefined;
  const page = view.serverIndex.page({ scope, key, dir, after, limit: size, keep, fromValue, budget: nameRe ? REGEX_SCAN_BUDGET : SCAN_BUDGET });
  // Servers are copied out as the record stored them (server_wire.ts), never decoded.
  const servers: ServerWire[] = [];
  let bytes = 0;
  for (const [i, item] of page.items.entries()) {
    const record = view.servers.getBytes(item.id);
    if (!record) continue;
    const server = [...serverBytesOfRecord(record), ...extras(item.id)];
    bytes += wireLength(server) + 8;
    // A page must fit in one NATS message: cut it short, with a token for the rest.
    if (bytes > PAGE_BYTES && i > 0) return { servers, nextPageToken: encodeToken({ s: scope, k: key, d: dir, a: page.items[i - 1]!.key }) };
    servers.push(server);
  }
  return { servers, nextPageToken: page.resumeAfter ? encodeToken({ s: scope, k: key, d: dir, a: page.resumeAfter }) : '' };
}
