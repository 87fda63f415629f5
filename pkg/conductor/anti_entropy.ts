// The conductor's side of anti-entropy. Every host publishes a digest of the
// instances it runs (pkg/compute/anti_entropy.ts); this module keeps the
// same digest of what the view says runs on each host, entry by entry as the
// view applies changes, and when the two differ it pulls the host's records
// (HostProtocol.GetHostState) and repairs, following the authority rules:
//
// - the host's LMDB is the source of truth for what runs there: a record the
//   host holds at a generation the log lacks (the stream lost it) is
//   appended again as a corrective entry, at that generation, as a
//   compare-and-set on the subject's last sequence;
// - the log is the source of truth for every view: a view whose copy of a
//   server differs from the log's newest entry (its LMDB changed behind its
//   back, or an entry it should have applied is gone) takes that entry;
// - a server the log places on the host, with no task in progress, that the
//   host does not run (on two checks in a row, at the same generation) is
//   recorded ERROR with a fault, as a compare-and-set on its next
//   generation: its outcome stays known and true. Servers with a task in
//   progress are the sweeper's (pkg/conductor/sweeper.ts);
// - a host record older than the log's (a sweeper's or a conductor's newer
//   write) is the host's to settle: it adopts or reaps on its next write and
//   on restart (pkg/compute/recovery.ts).
import type { Subscription } from 'nats';
import type { Logger } from 'pino';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { hostDigestCodec } from '../compute/anti_entropy.js';
import { acceptHostMessage } from '../security/host_identity.js';
import { countRejected, hostSigner } from '../security/state_signing.js';
import { digestedOf, InstancesDigest } from '../compute/instances_digest.js';
import { HostProtocol } from '../compute/protocol.js';
import type { ServerRecord__Output } from '../gen/types.js';
import { nextRecord, serverRecordCodec } from '../lifecycle/record.js';
import { NO_TASK } from '../lifecycle/states.js';
import { StateConflictError } from '../statelog/errors.js';
import type { StateLog } from '../statelog/statelog.js';
import { nowTimestamp } from '../util/timestamp.js';
import type { ConductorView } from './view.js';

/** What one check of a host repaired. */
export interface RepairCounts {
  /** Corrective log entries appended from the host's records. */
  logged: number;
  /** Servers of this view rewritten from the log's newest entry. */
  view: number;
  /** Servers recorded ERROR because the host does not run them. */
  missing: number;
}

interface HostView {
  digest: InstancesDigest;
  ids: Set<string>;
}

export class AntiEntropy {
  private readonly hosts = new Map<string, HostView>();
  private sub?: Subscription;
  private readonly checking = new Set<string>();
  /** Servers a host did not run at the last check: id → the log generation seen then. */
  private readonly suspects = new Map<string, number>();
  /** Totals since start (logged at each repair, and for tests through the log). */
  readonly totals: RepairCounts = { logged: 0, view: 0, missing: 0 };

  constructor(
    private readonly system: ActorSystem,
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
    private readonly log: Logger,
  ) {
    // Made before the view starts applying, so the index and the listener never count a change twice.
    for (const r of view.servers.values()) if (r.server?.host) this.add(r);
    view.onServerChange((before, after) => {
      if (before?.server?.host) this.remove(before);
      if (after?.server?.host) this.add(after);
    });
  }

  private add(r: ServerRecord__Output): void {
    const host = r.server!.host;
    let h = this.hosts.get(host);
    if (!h) this.hosts.set(host, (h = { digest: new InstancesDigest(), ids: new Set() }));
    h.digest.add(digestedOf(r));
    h.ids.add(r.server!.id);
  }

  private remove(r: ServerRecord__Output): void {
    const h = this.hosts.get(r.server!.host);
    if (!h || !h.ids.delete(r.server!.id)) return;
    h.digest.remove(digestedOf(r));
  }

  /** Follows the hosts' digests. */
  start(): void {
    this.sub = this.system.nc.subscribe(subjects.allHostDigests(), {
      callback: (err, msg) => {
        if (err) return;
        let d;
        try {
          d = hostDigestCodec.decode(msg.data);
        } catch (e) {
          this.log.warn({ err: e }, 'undecodable host digest');
          return;
        }
        // A host's identity is its subject (only its NATS credential may publish there), never the payload.
        if (!acceptHostMessage('digest', msg.subject, d.host, subjects.hostDigest, this.log)) return;
        if (this.matches(d.host, d.count, d.digest)) return;
        void this.check(d.host);
      },
    });
  }

  /** Whether the view's digest of `host` is the given one. */
  matches(host: string, count: number, digest: string): boolean {
    const h = this.hosts.get(host);
    return (h?.digest.count ?? 0) === count && (h?.digest.hex ?? '0000000000000000') === digest;
  }

  /** Compares the view with the host's own records and repairs (one check per host at a time). */
  async check(host: string): Promise<RepairCounts | undefined> {
    if (this.checking.has(host)) return undefined;
    this.checking.add(host);
    try {
      // A view that lags behind the log is not a divergence: catch up first.
      await this.view.waitFor(await this.stateLog.lastSequence(), 10_000);
      const state = await this.system.ref(subjects.host(host), HostProtocol).call('GetHostState', {}, { timeoutMs: 10_000 });
      const held = new Map(state.records.map((r) => [r.server!.id, r]));
      const onHost = InstancesDigest.of(state.records);
      if (this.matches(host, onHost.count, onHost.hex)) return undefined;
      const counts: RepairCounts = { logged: 0, view: 0, missing: 0 };
      const ids = new Set([...held.keys(), ...(this.hosts.get(host)?.ids ?? [])]);
      for (const id of ids) await this.repairOne(host, id, held.get(id), counts);
      if (counts.logged || counts.view || counts.missing) {
        this.totals.logged += counts.logged;
        this.totals.view += counts.view;
        this.totals.missing += counts.missing;
        this.log.warn({ host, ...counts }, 'anti-entropy repaired the view of a host');
      }
      return counts;
    } catch (err) {
      this.log.warn({ err, host }, 'anti-entropy check of a host failed; the next digest retries');
      return undefined;
    } finally {
      this.checking.delete(host);
    }
  }

  private async repairOne(host: string, id: string, held: ServerRecord__Output | undefined, counts: RepairCounts): Promise<void> {
    const latest = await this.stateLog.latestServerEntry(id);
    // 1. The host runs a generation the log lacks: the stream lost it; the host is the authority.
    if (held && (!latest || latest.generation < held.generation)) {
      // Only a record this host may write (it owns the server, or is an end of its move): a host cannot launder another's server through us.
      if (!this.view.admitsServerEntry(hostSigner(host), held)) {
        countRejected('server', 'unauthorized');
        this.log.warn({ host, instance: id, generation: held.generation }, 'anti-entropy: a host holds a record of a server it may not write; not logged');
        return;
      }
      try {
        await this.stateLog.appendRepair('server', id, held.generation, 'put', serverRecordCodec.encode(held), latest?.seq ?? 0);
        counts.logged++;
      } catch (err) {
        if (!(err instanceof StateConflictError)) throw err; // another conductor repaired it first, or the host wrote meanwhile
      }
      this.suspects.delete(id);
      return;
    }
    if (!latest) return;
    // 2. This view differs from the log's newest entry: take the entry.
    const mine = this.view.servers.get(id);
    const same =
      latest.op === 'delete'
        ? !mine && this.view.serverTombstone(id) === latest.generation
        : mine !== undefined && Buffer.from(serverRecordCodec.encode(mine)).equals(Buffer.from(serverRecordCodec.encode(latest.record)));
    if (!same) {
      // A newest entry this view would not apply (unsigned, a wrong MAC, a writer that may not write it) is no repair: it stays out.
      if (!latest.trusted || !this.view.admitsServerEntry(latest.signer, latest.record)) {
        this.log.warn({ host, instance: id, seq: latest.seq, signer: latest.signer }, 'anti-entropy: the log\'s newest entry of a server is not one this view applies; view kept');
        return;
      }
      await this.view.repairServer(id, latest.op, latest.record);
      counts.view++;
      return;
    }
    // 3. The log places it here with no task, and the host does not run it: ERROR, on the second check in a row.
    const s = latest.record.server!;
    if (!held && latest.op === 'put' && s.host === host && s.task_state === NO_TASK && s.vm_state !== 'VM_STATE_BUILDING') {
      if (this.suspects.get(id) !== latest.generation) {
        this.suspects.set(id, latest.generation);
        return;
      }
      this.suspects.delete(id);
      const failed = nextRecord(latest.record, {
        vm_state: 'VM_STATE_ERROR',
        task_state: NO_TASK,
        power_state: 'POWER_STATE_UNSPECIFIED',
        fault: { code: 500, message: `server not found on host ${host}: the host has no record of it (anti-entropy)`, details: '', create_time: nowTimestamp() },
      });
      try {
        await this.stateLog.appendExclusive('server', id, failed.generation, 'put', serverRecordCodec.encode(failed));
        counts.missing++;
      } catch (err) {
        if (!(err instanceof StateConflictError)) throw err;
      }
      return;
    }
    this.suspects.delete(id);
    // 4. Anything else (the host holds an older generation than the log) is the host's to settle.
  }

  async stop(): Promise<void> {
    if (this.sub && !this.sub.isClosed()) this.sub.unsubscribe();
  }
}
