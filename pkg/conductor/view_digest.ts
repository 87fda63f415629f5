// A deterministic digest of a conductor's view, so tests, the chaos suite and
// operators can check that conductors converged: per table, SHA-256 over
// every key and a canonical encoding of its value (sorted object keys), in
// key order; then SHA-256 over the table digests in name order. It covers
// every table opened on the view's store (whatever entity kinds are added
// later), except `meta`, which holds the applied sequence itself.
//
// Each conductor serves it on its own subject and on a broadcast subject
// that every conductor answers (gatherViewDigests).
import { createHash, type Hash } from 'node:crypto';
import { RequestStrategy } from 'nats';
import { method } from '../actor/protocol.js';
import { decodeError, type ActorSystem } from '../actor/runtime.js';
import { HDR, writeEnvelope } from '../actor/envelope.js';
import { subjects } from '../actor/subjects.js';
import type * as g from '../gen/types.js';
import type { Store } from '../store/store.js';

const I = 'kumo.internal.v1.';

export const ViewProtocol = {
  /** A digest of this conductor's view (optionally once it applied min_seq). */
  ViewDigest: method<g.ViewDigestRequest, g.ViewDigestRequest__Output, g.ViewDigestResponse, g.ViewDigestResponse__Output>(`${I}ViewDigestRequest`, `${I}ViewDigestResponse`),
};
export type ViewProtocol = typeof ViewProtocol;

/** Tables a digest leaves out: `meta` holds the applied sequence (reported beside the digest). */
const LOCAL_TABLES: ReadonlySet<string> = new Set(['meta']);

/** Feeds a canonical encoding of `v` to the hash: JSON with sorted keys, bytes as base64, undefined left out. */
function canonical(h: Hash, v: unknown): void {
  if (v === null || v === undefined) {
    h.update('null');
  } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    h.update(JSON.stringify(v));
  } else if (typeof v === 'bigint') {
    h.update(`${v}n`);
  } else if (v instanceof Uint8Array) {
    h.update(`b"${Buffer.from(v).toString('base64')}"`);
  } else if (Array.isArray(v)) {
    h.update('[');
    v.forEach((x, i) => {
      if (i) h.update(',');
      canonical(h, x);
    });
    h.update(']');
  } else if (typeof v === 'object') {
    h.update('{');
    let first = true;
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) continue;
      if (!first) h.update(',');
      first = false;
      h.update(JSON.stringify(k));
      h.update(':');
      canonical(h, x);
    }
    h.update('}');
  } else {
    h.update(String(v));
  }
}

/**
 * The digest of every table of the store, computed synchronously (one
 * event-loop turn, so one LMDB read snapshot) together with the applied
 * sequence it corresponds to.
 */
export function viewDigest(store: Store, conductorId: string): g.ViewDigestResponse__Output {
  const tables: g.TableDigest__Output[] = [];
  const all = createHash('sha256');
  for (const name of store.tableNames()) {
    if (LOCAL_TABLES.has(name)) continue;
    const h = createHash('sha256');
    let entries = 0;
    for (const { key, value } of store.table<unknown>(name).entries()) {
      h.update(JSON.stringify(key));
      h.update('=');
      canonical(h, value);
      h.update('\n');
      entries++;
    }
    const digest = h.digest('hex');
    tables.push({ name, entries, digest });
    all.update(`${name}:${entries}:${digest}\n`);
  }
  const applied = store.table<number>('meta').get('last_seq') ?? 0;
  return { conductor_id: conductorId, applied_seq: applied, digest: all.digest('hex'), tables };
}

/**
 * Asks every conductor for its digest (the broadcast subject, no queue
 * group) and collects the answers: `expected` answers, or whatever arrived
 * within `waitMs`.
 */
export async function gatherViewDigests(system: ActorSystem, opts: { expected?: number; waitMs?: number; minSeq?: number } = {}): Promise<g.ViewDigestResponse__Output[]> {
  const waitMs = opts.waitMs ?? 2_000;
  const spec = ViewProtocol.ViewDigest;
  const env = system.envelope('ViewDigest', { timeoutMs: waitMs });
  const replies = await system.nc.requestMany(subjects.allConductorViews(), spec.request.encode({ min_seq: opts.minSeq ?? 0 }), {
    maxWait: waitMs,
    ...(opts.expected ? { strategy: RequestStrategy.Count, maxMessages: opts.expected } : { strategy: RequestStrategy.Timer }),
    headers: writeEnvelope(env),
  });
  const out: g.ViewDigestResponse__Output[] = [];
  for await (const m of replies) {
    if (m.headers?.get(HDR.status) === 'error') throw decodeError(m.data);
    out.push(spec.response.decode(m.data));
  }
  return out.sort((a, b) => a.conductor_id.localeCompare(b.conductor_id));
}
