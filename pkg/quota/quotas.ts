// Quotas in the conductor: reservations before anything is created,
// releases and adjustments that follow the state log, the admin's limits,
// and a periodic reconciliation against the conductor's view.
//
// Usage is never "read, then write": every reservation is an op on a
// ledger (ledger.ts), appended with a compare-and-set on its last sequence,
// and keyed by what uses it (server id, group id, keypair name), so a
// repeated reservation or release (a retried request, several conductors
// tidying one ledger) changes nothing the second time.
//
// Servers on the log are counted by the view (ProjectUsage, kept in the
// transaction of every server change: exact for the view's sequence, one
// lookup to read). The ledger holds only reservations the log may not show
// yet; an entry leaves it once a view shows its record, and the ledger then
// notes that view's sequence (`applied_seq`), which a conductor's view must
// reach before it counts with that ledger. So a reservation is always
// counted once: by the ledger until a view at or past `applied_seq` counts
// it. A project's ledger stays as small as its creates in flight, whatever
// its number of servers.
import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { InvalidArgumentError, UnavailableError } from '../actor/errors.js';
import { caughtUp } from '../conductor/read_your_writes.js';
import type { CallContext } from '../actor/runtime.js';
import { STATE_STREAM, parseStateSubject, subjects } from '../actor/subjects.js';
import { slotUsage } from '../conductor/quota_slots.js';
import type { ConductorView } from '../conductor/view.js';
import { keypairKey } from '../conductor/view.js';
import type * as g from '../gen/types.js';
import { AdminRequiredError } from '../lifecycle/errors.js';
import type { StateLog } from '../statelog/statelog.js';
import { chargeOf, sameCharge, type Charge } from './charge.js';
import { QuotaExceededError, type QuotaViolation } from './errors.js';
import { LedgerStore, ledgerKeyOf, type Draft, type Ledger, type LedgerKey } from './ledger.js';
import { RESOURCES, effectiveLimits, fits, overridesOf, quotaSet, type Limits, type Overrides, type Resource } from './limits.js';

export interface QuotaOptions {
  /** How long a reservation holds before the thing it reserves must exist (a conductor dying mid-create). */
  holdMs?: number;
  /** Every this often the ledgers are reconciled with the view; 0 = only at start. */
  reconcileIntervalMs?: number;
  /** Defaults over Nova's (nova.conf [quota]), for projects without an override. */
  defaults?: Overrides;
}

/** Usage as the ledgers count it. */
export interface Usage {
  instances: number;
  cores: number;
  ram_mb: number;
  server_groups: number;
  /** Members of each group. */
  members: Map<string, number>;
}

function project(id: string): LedgerKey {
  return { kind: 'project', id };
}

function user(id: string): LedgerKey {
  return { kind: 'user', id };
}

function held(c: g.QuotaCharge__Output, now: number): boolean {
  return Number(c.hold_until_ms) > now;
}

/** A resize's held charge that the record (if any) does not show yet. */
function covers(record: g.ServerRecord__Output, c: g.QuotaCharge__Output): boolean {
  const now = chargeOf(record);
  return now.cores >= Number(c.cores) && now.ram_mb >= Number(c.ram_mb);
}


function isAdminCtx(ctx: CallContext): boolean {
  return (ctx.roles ?? []).includes('admin');
}

/** This conductor's view is older than what a ledger was tidied against: count after it catches up. */
class ViewBehind extends Error {
  constructor(readonly seq: number) {
    super(`view behind quota ledger sequence ${seq}`);
  }
}

/** How long a count waits for this conductor's view to reach a ledger's applied_seq. */
const VIEW_WAIT_MS = 5_000;

export class Quotas {
  private readonly ledgers: LedgerStore;
  private readonly holdMs: number;
  /** Server changes to follow, per project, once the conductor serves. */
  private readonly tidyQueue = new Set<string>();
  /** Servers onLog found not shown yet, in this synchronous turn only (see onLog). */
  private notOnLog?: Set<string>;
  /** Servers this conductor reserved, until their record is on the log (then it tidies their ledger): id → project. */
  private readonly reserved = new Map<string, { projectId: string; until: number }>();
  private draining = false;
  private ready = false;
  private timer?: NodeJS.Timeout;
  private reconciling?: Promise<void>;

  constructor(
    private readonly nc: NatsConnection,
    private readonly stateLog: StateLog,
    private readonly view: ConductorView,
    private readonly log: Logger,
    private readonly options: QuotaOptions = {},
  ) {
    this.ledgers = new LedgerStore(nc, stateLog);
    this.holdMs = options.holdMs ?? 120_000;
    view.onServerChange((before, after) => this.serverChanged(before, after));
  }

  private limitsOf(l: Ledger): Limits {
    return effectiveLimits({ ...this.options.defaults, ...overridesOf(l.overrides) });
  }

  /** The log shows the server (live, or deleted): the view counts it, the ledger need not. */
  private onLog(id: string): boolean {
    // Every op of a ledger batch asks about every reservation in it: a "not yet" answer holds for the
    // rest of this synchronous turn only, in which LMDB's snapshot (and so the usage counted beside it)
    // does not move. Keyed by appliedSeq instead, it outlived the snapshot (a commit is visible before
    // appliedSeq moves) and a server was counted twice, in the view and as a reservation (18 of 10).
    if (!this.notOnLog) {
      const turn = (this.notOnLog = new Set());
      queueMicrotask(() => {
        if (this.notOnLog === turn) this.notOnLog = undefined;
      });
    }
    if (this.notOnLog.has(id)) return false;
    const shown = this.view.serverIndex.summary(id) !== undefined || this.view.serverTombstone(id) !== undefined;
    if (!shown) this.notOnLog.add(id);
    return shown;
  }

  /**
   * A project's server usage: the view's, plus the ledger's reservations the
   * view does not show. Throws ViewBehind when the view is older than what
   * the ledger was tidied against (it could miss a server the ledger no
   * longer holds).
   */
  private usage(l: Ledger, projectId: string, now = Date.now()): Usage {
    if (this.view.visibleSeq < l.applied_seq) throw new ViewBehind(l.applied_seq);
    const row = this.view.projectUsage.get(projectId);
    const u: Usage = { instances: row.instances, cores: row.cores, ram_mb: row.ram_mb, server_groups: Object.keys(l.server_groups).length, members: new Map(Object.entries(row.members)) };
    for (const [id, c] of Object.entries(l.servers)) {
      if (!held(c, now) || this.onLog(id)) continue;
      u.instances++;
      u.cores += Number(c.cores);
      u.ram_mb += Number(c.ram_mb);
      if (c.group_id) u.members.set(c.group_id, (u.members.get(c.group_id) ?? 0) + 1);
    }
    for (const [id, c] of Object.entries(l.resizes)) {
      const r = this.view.servers.get(id);
      if (!r || !held(c, now)) continue;
      const shown = chargeOf(r);
      u.cores += Math.max(0, Number(c.cores) - shown.cores);
      u.ram_mb += Math.max(0, Number(c.ram_mb) - shown.ram_mb);
    }
    return u;
  }

  /**
   * Drops what the ledger need not hold any more: reservations whose record
   * this view shows (noting the view's sequence), and expired ones.
   */
  private tidy(d: Draft, now = Date.now()): number {
    let shown = false;
    let n = 0;
    const l = d.ledger;
    for (const [id, c] of Object.entries(l.servers)) {
      if (this.onLog(id)) shown = true;
      else if (held(c, now)) continue;
      delete l.servers[id];
      n++;
    }
    for (const [id, c] of Object.entries(l.resizes)) {
      const r = this.view.servers.get(id);
      if (!r || covers(r, c)) shown = true;
      else if (held(c, now)) continue;
      delete l.resizes[id];
      n++;
    }
    // What this view showed may be past appliedSeq (visibleSeq): another view must reach it before it
    // counts without the reservations dropped here, or it would count neither.
    if (shown) l.applied_seq = Math.max(l.applied_seq, this.view.visibleSeq);
    if (n) d.touch();
    return n;
  }

  /** Runs `op` on the key's ledger once this conductor's view is at or past the ledger's applied_seq. */
  private async withView<R>(key: LedgerKey, op: (d: Draft) => R): Promise<R> {
    // Under a race the ledger's applied_seq keeps moving (each conductor's tidy sets it to what its view
    // shows): catching up may take a few rounds, bounded in time rather than in attempts.
    const deadline = Date.now() + VIEW_WAIT_MS;
    for (;;) {
      try {
        return await this.ledgers.mutate(key, (d) => {
          // The snapshot this op reads must hold everything the ledger was tidied against.
          if (this.view.visibleSeq < d.ledger.applied_seq) throw new ViewBehind(d.ledger.applied_seq);
          return op(d);
        });
      } catch (err) {
        if (!(err instanceof ViewBehind)) throw err;
        const left = deadline - Date.now();
        if (left <= 0) throw new UnavailableError(`this conductor's view (sequence ${this.view.appliedSeq}) is behind the quota ledger (${err.seq}); retry`, { reason: 'VIEW_BEHIND' });
        await caughtUp(this.view, err.seq, left);
      }
    }
  }

  /** The key's ledger, read once this conductor's view can count with it. */
  private async readWithView(key: LedgerKey): Promise<Ledger> {
    const { ledger } = await this.ledgers.read(key);
    await caughtUp(this.view, ledger.applied_seq, VIEW_WAIT_MS);
    return ledger;
  }

  // ---- servers

  /**
   * Reserves up to `ids.length` servers of `flavor` (at least `min`, as
   * Nova's min_count/max_count: the most that fit, refused only when fewer
   * than `min` fit). Resolves to how many were reserved (the first ones of
   * `ids`). Servers already reserved (a retry) are not counted again.
   */
  reserveServers(ctx: CallContext, ids: readonly string[], min: number, flavor: g.Flavor__Output, groupId: string, metadataItems: number): Promise<number> {
    const now = Date.now();
    return this.withView(project(ctx.projectId), (d) => {
      const limits = this.limitsOf(d.ledger);
      if (!fits(limits.metadata_items, 0, metadataItems)) {
        throw new QuotaExceededError([{ resource: 'metadata_items', requested: metadataItems, used: 0, limit: limits.metadata_items }]);
      }
      this.tidy(d, now);
      const counted = (id: string): boolean => d.ledger.servers[id] !== undefined || this.onLog(id);
      const known = ids.filter(counted).length;
      if (known === ids.length) return ids.length;
      const u = this.usage(d.ledger, ctx.projectId, now);
      const cores = flavor.vcpus;
      const ram = flavor.ram_mb;
      const members = groupId ? (u.members.get(groupId) ?? 0) : 0;
      const fitting = (n: number): QuotaViolation[] => {
        const v: QuotaViolation[] = [];
        if (!fits(limits.instances, u.instances, n)) v.push({ resource: 'instances', requested: n, used: u.instances, limit: limits.instances });
        if (!fits(limits.cores, u.cores, n * cores)) v.push({ resource: 'cores', requested: n * cores, used: u.cores, limit: limits.cores });
        if (!fits(limits.ram_mb, u.ram_mb, n * ram)) v.push({ resource: 'ram_mb', requested: n * ram, used: u.ram_mb, limit: limits.ram_mb });
        if (groupId && !fits(limits.server_group_members, members, n)) v.push({ resource: 'server_group_members', requested: n, used: members, limit: limits.server_group_members });
        return v;
      };
      let n = ids.length - known;
      const wanted = fitting(n);
      if (wanted.length) {
        while (n > 0 && fitting(n).length) n--;
        // Nova reports the request as asked (max_count) when even min_count does not fit.
        if (n < Math.max(1, min - known)) throw new QuotaExceededError(wanted);
      }
      const granted = ids.slice(0, known + n);
      for (const id of granted) {
        if (counted(id)) continue;
        d.ledger.servers[id] = { cores, ram_mb: ram, generation: 0, group_id: groupId, hold_until_ms: now + this.holdMs };
        this.reserved.set(id, { projectId: ctx.projectId, until: now + this.holdMs });
      }
      d.touch();
      return granted.length;
    });
  }

  /** Gives back servers that were reserved but never recorded (a failed create). */
  async releaseServers(projectId: string, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    for (const id of ids) this.reserved.delete(id);
    await this.ledgers.mutate(project(projectId), (d) => {
      for (const id of ids) if (d.ledger.servers[id]) (delete d.ledger.servers[id], d.touch());
    });
  }

  /** Before a resize: the server counts the larger of its flavor and the new one until the move settles. */
  async reserveResize(record: g.ServerRecord__Output, flavor: g.Flavor__Output): Promise<void> {
    const s = record.server!;
    const now = Date.now();
    await this.withView(project(s.project_id), (d) => {
      const limits = this.limitsOf(d.ledger);
      this.tidy(d, now);
      const u = this.usage(d.ledger, s.project_id, now);
      const shown = this.view.servers.get(s.id) ?? record;
      const was: Charge = chargeOf(shown);
      const pending = d.ledger.resizes[s.id];
      const holds: Charge = pending && held(pending, now) ? { cores: Math.max(was.cores, Number(pending.cores)), ram_mb: Math.max(was.ram_mb, Number(pending.ram_mb)) } : was;
      const target: Charge = { cores: Math.max(holds.cores, flavor.vcpus), ram_mb: Math.max(holds.ram_mb, flavor.ram_mb) };
      // Nova checks the upsize only: what the server would add.
      const addCores = target.cores - holds.cores;
      const addRam = target.ram_mb - holds.ram_mb;
      const v: QuotaViolation[] = [];
      if (addCores > 0 && !fits(limits.cores, u.cores, addCores)) v.push({ resource: 'cores', requested: addCores, used: u.cores, limit: limits.cores });
      if (addRam > 0 && !fits(limits.ram_mb, u.ram_mb, addRam)) v.push({ resource: 'ram_mb', requested: addRam, used: u.ram_mb, limit: limits.ram_mb });
      if (v.length) throw new QuotaExceededError(v);
      if (sameCharge(target, was)) return;
      d.ledger.resizes[s.id] = { cores: target.cores, ram_mb: target.ram_mb, generation: record.generation, group_id: '', hold_until_ms: now + this.holdMs };
      d.touch();
    });
  }

  /** A resize that did not start: the server counts what its record says again. */
  async restoreCharge(record: g.ServerRecord__Output): Promise<void> {
    const s = record.server!;
    await this.ledgers.mutate(project(s.project_id), (d) => {
      if (!d.ledger.resizes[s.id]) return;
      delete d.ledger.resizes[s.id];
      d.touch();
    });
  }

  // ---- keypairs (counted per user, as Nova; the limit is the project's)

  async reserveKeypair(ctx: CallContext, name: string): Promise<void> {
    const limits = this.limitsOf((await this.ledgers.read(project(ctx.projectId))).ledger);
    const until = Date.now() + this.holdMs;
    await this.ledgers.mutate(user(ctx.userId), (d) => {
      if (d.ledger.keypairs[name] !== undefined) return;
      const used = Object.keys(d.ledger.keypairs).length;
      if (!fits(limits.keypairs, used, 1)) throw new QuotaExceededError([{ resource: 'keypairs', requested: 1, used, limit: limits.keypairs }]);
      d.ledger.keypairs[name] = until;
      d.touch();
    });
  }

  async releaseKeypair(userId: string, name: string): Promise<void> {
    await this.ledgers.mutate(user(userId), (d) => {
      if (d.ledger.keypairs[name] === undefined) return;
      delete d.ledger.keypairs[name];
      d.touch();
    });
  }

  // ---- server groups

  async reserveServerGroup(ctx: CallContext, id: string): Promise<void> {
    const until = Date.now() + this.holdMs;
    await this.ledgers.mutate(project(ctx.projectId), (d) => {
      if (d.ledger.server_groups[id] !== undefined) return;
      const limits = this.limitsOf(d.ledger);
      const used = Object.keys(d.ledger.server_groups).length;
      if (!fits(limits.server_groups, used, 1)) throw new QuotaExceededError([{ resource: 'server_groups', requested: 1, used, limit: limits.server_groups }]);
      d.ledger.server_groups[id] = until;
      d.touch();
    });
  }

  async releaseServerGroup(projectId: string, id: string): Promise<void> {
    await this.ledgers.mutate(project(projectId), (d) => {
      if (d.ledger.server_groups[id] === undefined) return;
      delete d.ledger.server_groups[id];
      d.touch();
    });
  }

  // ---- networking (floating IPs, security groups, rules): counted by the slots of pkg/conductor/quota_slots.ts

  /** A project's effective limit of `resource`, read from its ledger on the log (never a lagging view). */
  async limitOf(projectId: string, resource: Resource): Promise<number> {
    return this.limitsOf((await this.ledgers.read(project(projectId))).ledger)[resource];
  }

  // ---- the API: limits and usage

  async get(req: g.GetQuotaRequest__Output, ctx: CallContext): Promise<g.GetQuotaResponse> {
    const projectId = req.project_id || ctx.projectId;
    if (projectId.length > 255) throw InvalidArgumentError.field('project_id', 'must be at most 255 characters');
    if (projectId !== ctx.projectId && !isAdminCtx(ctx)) throw new AdminRequiredError('GetQuota', "showing another project's quota is");
    const ledger = await this.readWithView(project(projectId));
    const overrides = overridesOf(ledger.overrides);
    return {
      project_id: projectId,
      quota: quotaSet(effectiveLimits({ ...this.options.defaults, ...overrides })),
      details: await this.details(ledger, projectId, ctx.userId),
      overridden: RESOURCES.filter((r) => overrides[r] !== undefined),
    };
  }

  async limits(ctx: CallContext): Promise<g.GetLimitsResponse> {
    const ledger = await this.readWithView(project(ctx.projectId));
    return { project_id: ctx.projectId, absolute: await this.details(ledger, ctx.projectId, ctx.userId) };
  }

  private async details(ledger: Ledger, projectId: string, userId: string): Promise<g.QuotaDetails> {
    const limits = this.limitsOf(ledger);
    const u = this.usage(ledger, projectId);
    const keypairs = Object.keys((await this.ledgers.read(user(userId))).ledger.keypairs).length;
    const inUse: Record<Resource, number> = {
      instances: u.instances,
      cores: u.cores,
      ram_mb: u.ram_mb,
      keypairs,
      server_groups: u.server_groups,
      server_group_members: Math.max(0, ...u.members.values()),
      metadata_items: 0,
      floating_ips: slotUsage(this.view.networks, 'fip', projectId),
      security_groups: slotUsage(this.view.networks, 'sg', projectId),
      security_group_rules: slotUsage(this.view.networks, 'sgrule', projectId),
    };
    return Object.fromEntries(RESOURCES.map((r) => [r, { limit: limits[r], in_use: inUse[r] }])) as unknown as g.QuotaDetails;
  }

  async update(req: g.UpdateQuotaRequest__Output, ctx: CallContext): Promise<g.UpdateQuotaResponse> {
    if (!isAdminCtx(ctx)) throw new AdminRequiredError('UpdateQuota', 'changing quotas is');
    validateUpdate(req);
    const set = overridesOf(req);
    const ledger = await this.ledgers.mutate(project(req.project_id), (d) => {
      d.ledger.overrides = { ...(d.ledger.overrides ?? {}), ...set, project_id: req.project_id } as g.UpdateQuotaRequest__Output;
      d.touch();
      return d.ledger;
    });
    return { quota: quotaSet(this.limitsOf(ledger)) };
  }

  async delete(req: g.DeleteQuotaRequest__Output, ctx: CallContext): Promise<void> {
    if (!isAdminCtx(ctx)) throw new AdminRequiredError('DeleteQuota', 'changing quotas is');
    if (!req.project_id) throw InvalidArgumentError.field('project_id', 'required');
    await this.ledgers.mutate(project(req.project_id), (d) => {
      if (!d.ledger.overrides) return;
      d.ledger.overrides = null;
      d.touch();
    });
  }

  // ---- following the log

  /**
   * Called by the view (in its transaction) for every server change it
   * applies. The record of a server this conductor reserved is on the log:
   * its reservation can leave the ledger (the view counts it now). Charges
   * that change later (resizes, deletes) need nothing: the view counts them.
   */
  private serverChanged(before: g.ServerRecord__Output | undefined, after: g.ServerRecord__Output | undefined): void {
    const id = (after ?? before)?.server?.id;
    if (!id) return;
    const projectId = this.reserved.get(id)?.projectId;
    if (projectId === undefined) return;
    this.reserved.delete(id);
    if (!this.ready) return;
    this.tidyQueue.add(projectId);
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.tidyQueue.size) {
        const batch = [...this.tidyQueue];
        this.tidyQueue.clear();
        await Promise.all(
          batch.map(async (projectId) => {
            try {
              await this.ledgers.mutate(project(projectId), (d) => this.tidy(d));
            } catch (err) {
              // The periodic reconciliation tidies what could not be now (until then the reservation is counted once still).
              this.log.warn({ project: projectId, err: String(err) }, 'could not tidy a quota ledger; reconciliation will');
            }
          }),
        );
      }
    } finally {
      this.draining = false;
    }
  }

  /** The view is caught up: reconcile every ledger now, then periodically. */
  start(): void {
    this.ready = true;
    this.reconcileSoon();
    const every = this.options.reconcileIntervalMs ?? 60_000;
    if (every > 0) {
      this.timer = setInterval(() => this.reconcileSoon(), every);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    this.ready = false;
    clearInterval(this.timer);
    await this.reconciling;
  }

  private reconcileSoon(): void {
    if (this.reconciling) return;
    this.reconciling = this.reconcile()
      .then(() => undefined)
      .catch((err: unknown) => this.log.warn({ err: String(err) }, 'quota reconciliation failed; next pass retries'))
      .finally(() => (this.reconciling = undefined));
  }

  /**
   * Tidies every ledger: reservations the log now shows, or that expired
   * with nothing recorded, leave it; groups and keypairs that are gone (and
   * no longer held) are released, and those that exist are counted. Servers
   * need no recount: the view counts them. Runs against a view caught up
   * with the log; a ledger newer than the view waits for the next pass.
   */
  async reconcile(): Promise<number> {
    await this.view.waitFor(await this.stateLog.lastSequence(), 60_000);
    const viewSeq = this.view.appliedSeq;
    const now = Date.now();
    // Reservations whose create died without a release: their ledger entry expires too.
    for (const [id, r] of this.reserved) if (r.until <= now) this.reserved.delete(id);
    const groups = new Map<string, string[]>();
    for (const sg of this.view.liveValues(this.view.serverGroups)) (groups.get(sg.project_id) ?? groups.set(sg.project_id, []).get(sg.project_id)!).push(sg.id);
    const keypairs = new Map<string, string[]>();
    for (const kp of this.view.liveValues(this.view.keypairs)) (keypairs.get(kp.user_id) ?? keypairs.set(kp.user_id, []).get(kp.user_id)!).push(kp.name);

    const keys = new Map<string, LedgerKey>();
    for (const k of await this.ledgerKeys()) keys.set(`${k.kind}/${k.id}`, k);
    for (const p of groups.keys()) keys.set(`project/${p}`, project(p));
    for (const u of keypairs.keys()) keys.set(`user/${u}`, user(u));

    let changed = 0;
    for (const key of keys.values()) {
      try {
        // The op may run again on a newer ledger (a conflict): it counts its own changes each time.
        const n = await this.ledgers.mutate(key, (d) => {
          if (d.seq > viewSeq) throw new ViewBehind(d.seq);
          const fixed = key.kind === 'project' ? this.tidy(d, now) + reconcileNames(d, 'server_groups', groups.get(key.id) ?? []) : reconcileNames(d, 'keypairs', keypairs.get(key.id) ?? []);
          if (fixed) d.touch();
          return fixed;
        });
        changed += n;
        if (n) this.log.info({ ledger: `${key.kind}/${key.id}`, fixed: n }, 'quota usage reconciled with the log');
      } catch (err) {
        if (!(err instanceof ViewBehind)) throw err;
      }
    }
    return changed;
  }

  private async ledgerKeys(): Promise<LedgerKey[]> {
    const jsm = await this.nc.jetstreamManager();
    const info = await jsm.streams.info(STATE_STREAM, { subjects_filter: subjects.allStatesOf('quota') });
    const out: LedgerKey[] = [];
    for (const subject of Object.keys(info.state.subjects ?? {})) {
      const parsed = parseStateSubject(subject);
      const key = parsed && ledgerKeyOf(parsed.id);
      if (key) out.push(key);
    }
    return out;
  }
}

/** Named usage (groups, keypairs): what is gone and not held is released; what exists is counted. */
function reconcileNames(d: Draft, field: 'server_groups' | 'keypairs', live: readonly string[]): number {
  const now = Date.now();
  const map = d.ledger[field];
  const exists = new Set(live);
  let n = 0;
  for (const [name, holdUntil] of Object.entries(map)) {
    if (exists.has(name)) {
      if (holdUntil !== 0) (map[name] = 0, n++);
    } else if (holdUntil <= now) {
      delete map[name];
      n++;
    }
  }
  for (const name of live) if (map[name] === undefined) (map[name] = 0, n++);
  return n;
}

export function validateUpdate(req: g.UpdateQuotaRequest__Output): void {
  const v: Array<{ field: string; description: string }> = [];
  if (!req.project_id) v.push({ field: 'project_id', description: 'required' });
  else if (req.project_id.length > 255) v.push({ field: 'project_id', description: 'must be at most 255 characters' });
  const set = overridesOf(req);
  for (const r of RESOURCES) {
    const value = set[r];
    if (value !== undefined && (!Number.isSafeInteger(value) || value < -1)) v.push({ field: r, description: 'must be -1 (unlimited) or a non-negative integer' });
  }
  if (!v.length && !Object.keys(set).length) v.push({ field: 'quota', description: 'set at least one limit' });
  if (v.length) throw new InvalidArgumentError(v);
}

