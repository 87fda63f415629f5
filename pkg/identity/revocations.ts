// Token revocation (Keystone's revocation events): an event on the state
// log revokes one token by its id, or every token of a user (on one
// project, or on all) issued at or before a moment. Every kumo-api keeps
// the events in memory, replayed from the log at start and followed after
// (a revocation made through one replica reaches the others as fast as the
// log delivers), so checking a token costs a few map lookups. An event is
// dropped, from memory and from the log, once every token it revokes has
// expired anyway.
import { DeliverPolicy, type ConsumerMessages, type NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { codec } from '../actor/codec.js';
import { STATE_STREAM, subjects, token } from '../actor/subjects.js';
import type { RevocationEvent, RevocationEvent__Output } from '../gen/types.js';
import { ensureStateStream } from '../statelog/statelog.js';
import type { VerifiedClaims } from './token.js';

export const revocationCodec = codec<RevocationEvent, RevocationEvent__Output>('kumo.internal.v1.RevocationEvent');

/** The state-log id of an event: `t_<token id>`, `u_<user id>` or `u_<user id>_<project id>`. */
export function revocationId(e: Pick<RevocationEvent__Output, 'token_id' | 'user_id' | 'project_id'>): string {
  return token(e.token_id ? `t_${e.token_id}` : e.project_id ? `u_${e.user_id}_${e.project_id}` : `u_${e.user_id}`);
}

/** How long after its expiry an event is kept (API replicas' clocks may differ a little). */
const KEEP_AFTER_EXPIRY_MS = 60_000;
const PRUNE_EVERY_MS = 60_000;

interface Held {
  /** Tokens issued at or before this are revoked (a token id's event: every moment). */
  before: number;
  expires: number;
  seq: number;
}

export class Revocations {
  /** By event id (revocationId). */
  private readonly held = new Map<string, Held>();
  private messages?: ConsumerMessages;
  private pruner?: NodeJS.Timeout;

  constructor(
    private readonly nc: NatsConnection,
    private readonly log?: Logger,
  ) {}

  /** Replays the events on the log, then follows it; resolves once caught up (or after 10 s, with a warning). */
  async start(): Promise<void> {
    await ensureStateStream(this.nc);
    const filter = subjects.allStatesOf('revocation');
    const info = await (await this.nc.jetstreamManager()).streams.info(STATE_STREAM, { subjects_filter: filter });
    const pending = Object.keys(info.state.subjects ?? {}).length;
    const consumer = await this.nc.jetstream().consumers.get(STATE_STREAM, { filterSubjects: filter, deliver_policy: DeliverPolicy.LastPerSubject });
    const messages = (this.messages = await consumer.consume());
    let seen = 0;
    let caughtUp!: () => void;
    const ready = new Promise<void>((r) => (caughtUp = r));
    if (pending === 0) caughtUp();
    void (async () => {
      try {
        for await (const m of messages) {
          try {
            this.note(revocationCodec.decode(m.data), m.seq);
          } catch (err) {
            this.log?.warn({ err, subject: m.subject }, 'bad revocation event');
          }
          if (++seen === pending) caughtUp();
        }
      } catch (err) {
        this.log?.error({ err }, 'stopped following revocation events');
      }
    })();
    const caught = await Promise.race([ready.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000).unref())]);
    if (!caught) this.log?.warn({ pending, seen }, 'serving before every revocation event was replayed');
    this.pruner = setInterval(() => void this.prune().catch((err: unknown) => this.log?.warn({ err }, 'pruning revocation events failed')), PRUNE_EVERY_MS);
    this.pruner.unref();
  }

  async stop(): Promise<void> {
    if (this.pruner) clearInterval(this.pruner);
    await this.messages?.close();
  }

  /** Takes an event in (from the log, or the one this replica just wrote). */
  note(e: RevocationEvent__Output, seq = 0): void {
    const key = revocationId(e);
    const before = e.token_id ? Number.MAX_SAFE_INTEGER : Number(e.issued_before_ms);
    const cur = this.held.get(key);
    // Events of one user only move forward (a later one revokes more), whatever order they arrive in.
    this.held.set(key, { before: Math.max(before, cur?.before ?? 0), expires: Math.max(Number(e.expires_ms), cur?.expires ?? 0), seq: Math.max(seq, cur?.seq ?? 0) });
  }

  /** Whether an event revokes the token. */
  isRevoked(c: Pick<VerifiedClaims, 'tokenId' | 'userId' | 'projectId' | 'issuedAt'>): boolean {
    if (this.held.has(`t_${c.tokenId}`)) return true;
    const byUser = this.held.get(`u_${c.userId}`);
    if (byUser && c.issuedAt <= byUser.before) return true;
    const byProject = this.held.get(`u_${c.userId}_${c.projectId}`);
    return byProject !== undefined && c.issuedAt <= byProject.before;
  }

  /** Events held now (tests, status). */
  get size(): number {
    return this.held.size;
  }

  /** Forgets events whose tokens have all expired, and purges them from the log (only up to the entry seen: a newer one stays). */
  async prune(now = Date.now()): Promise<void> {
    const jsm = await this.nc.jetstreamManager();
    for (const [key, h] of [...this.held]) {
      if (h.expires + KEEP_AFTER_EXPIRY_MS > now) continue;
      this.held.delete(key);
      if (!h.seq) continue;
      await jsm.streams.purge(STATE_STREAM, { filter: subjects.state('revocation', key), seq: h.seq + 1 });
    }
  }
}
