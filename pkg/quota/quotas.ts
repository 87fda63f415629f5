// Quotas in the conductor: reservations before anything is created,
// releases and adjustments that follow the state log, the admin's limits,
// and a periodic reconciliation against the conductor's view.
//
// Usage is never "read, then write": every change is an op on a ledger
// (ledger.ts), appended with a compare-and-set on its last sequence, and
// keyed by what uses it (server id, group id, keypair name), so a repeated
// reservation or release (a retried request, a redelivered entry, several
// conductors reacting to one delete) changes nothing the second time.
import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { InvalidArgumentError } from '../actor/errors.js';
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

export function usageOf(l: Ledger): Usage {
  const u: Usage = { instances: 0, cores: 0, ram_mb: 0, server_groups: Object.keys(l.server_groups).length, members: new Map() };
  for (const c of Object.values(l.servers)) {
    u.instances++;
    u.cores += Number(c.cores);
    u.ram_mb += Number(c.ram_mb);
    if (c.group_id) u.members.set(c.group_id, (u.members.get(c.group_id) ?? 0) + 1);
  }
  return u;
}


function isAdminCtx(ctx: CallContext): boolean {
  return (ctx.roles ?? []).includes('admin');
}

/** A reconciliation that must wait: the ledger is newer than this conductor's view. */
class ViewBehind extends Error {}

export class Quotas {
  private readonly ledgers: LedgerStore;
  private readonly holdMs: number;
  /** Server changes to follow, per project, once the conductor serves. */
  private readonly pending = new Map<string, Map<string, { release: true } | { charge: Charge; generation: number }>>();
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

  // ---- servers

  /**
   * Reserves up to `ids.length` servers of `flavor` (at least `min`, as
   * Nova's min_count/max_count: the most that fit, refused only when fewer
   * than `min` fit). Resolves to how many were reserved (the first ones of
   * `ids`). Servers already reserved (a retry) are not counted again.
   */
  reserveServers(ctx: CallContext, ids: readonly string[], min: number, flavor: g.Flavor__Output, groupId: string, metadataItems: number): Promise<number> {
    const now = Date.now();
    return this.ledgers.mutate(project(ctx.projectId), (d) => {
      const limits = this.limitsOf(d.ledger);
      if (!fits(limits.metadata_items, 0, metadataItems)) {
        throw new QuotaExceededError([{ resource: 'metadata_items', requested: metadataItems, used: 0, limit: limits.metadata_items }]);
      }
      const known = ids.filter((id) => d.ledger.servers[id]).length;
      if (known === ids.length) return ids.length;
      const u = usageOf(d.ledger);
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
        if (d.ledger.servers[id]) continue;
        d.ledger.servers[id] = { cores, ram_mb: ram, generation: 0, group_id: groupId, hold_until_ms: now + this.holdMs };
      }
      d.touch();
      return granted.length;
    });
  }

  /** Gives back servers that were reserved but never recorded (a failed create). */
  async releaseServers(projectId: string, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await this.ledgers.mutate(project(projectId), (d) => {
      for (const id of ids) if (d.ledger.servers[id]) (delete d.ledger.servers[id], d.touch());
    });
  }

  /** Before a resize: the server counts the larger of its flavor and the new one until the move settles. */
  async reserveResize(record: g.ServerRecord__Output, flavor: g.Flavor__Output): Promise<void> {
    const s = record.server!;
    const now = Date.now();
    await this.ledgers.mutate(project(s.project_id), (d) => {
      const limits = this.limitsOf(d.ledger);
      const current = d.ledger.servers[s.id];
      const was: Charge = current ? { cores: Number(current.cores), ram_mb: Number(current.ram_mb) } : chargeOf(record);
      const target: Charge = { cores: Math.max(was.cores, flavor.vcpus), ram_mb: Math.max(was.ram_mb, flavor.ram_mb) };
      const u = usageOf(d.ledger);
      const usedCores = u.cores - (current ? was.cores : 0);
      const usedRam = u.ram_mb - (current ? was.ram_mb : 0);
      const v: QuotaViolation[] = [];
      // Nova checks the upsize only: what the server would add.
      const addCores = target.cores - was.cores;
      const addRam = target.ram_mb - was.ram_mb;
      if (addCores > 0 && !fits(limits.cores, usedCores + was.cores, addCores)) v.push({ resource: 'cores', requested: addCores, used: usedCores + was.cores, limit: limits.cores });
      if (addRam > 0 && !fits(limits.ram_mb, usedRam + was.ram_mb, addRam)) v.push({ resource: 'ram_mb', requested: addRam, used: usedRam + was.ram_mb, limit: limits.ram_mb });
      if (v.length) throw new QuotaExceededError(v);
      if (current && sameCharge(was, target)) return;
      d.ledger.servers[s.id] = {
        cores: target.cores,
        ram_mb: target.ram_mb,
        generation: record.generation,
        group_id: current?.group_id ?? s.server_groups[0] ?? '',
        hold_until_ms: now + this.holdMs,
      };
      d.touch();
    });
  }

  /** A resize that did not start: the server counts what its record says again. */
  async restoreCharge(record: g.ServerRecord__Output): Promise<void> {
    const s = record.server!;
    const c = chargeOf(record);
    await this.ledgers.mutate(project(s.project_id), (d) => {
      const e = d.ledger.servers[s.id];
      if (!e || (Number(e.cores) === c.cores && Number(e.ram_mb) === c.ram_mb)) return;
      d.ledger.servers[s.id] = { ...e, cores: c.cores, ram_mb: c.ram_mb, hold_until_ms: 0 };
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
    const { ledger } = await this.ledgers.read(project(projectId));
    const overrides = overridesOf(ledger.overrides);
    return {
      project_id: projectId,
      quota: quotaSet(effectiveLimits({ ...this.options.defaults, ...overrides })),
      details: await this.details(ledger, projectId, ctx.userId),
      overridden: RESOURCES.filter((r) => overrides[r] !== undefined),
    };
  }

  async limits(ctx: CallContext): Promise<g.GetLimitsResponse> {
    const { ledger } = await this.ledgers.read(project(ctx.projectId));
    return { project_id: ctx.projectId, absolute: await this.details(ledger, ctx.projectId, ctx.userId) };
  }

  private async details(ledger: Ledger, projectId: string, userId: string): Promise<g.QuotaDetails> {
    const limits = this.limitsOf(ledger);
    const u = usageOf(ledger);
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

  /** Called by the view (in its transaction) for every server change it applies; `after` undefined: deleted. */
  private serverChanged(before: g.ServerRecord__Output | undefined, after: g.ServerRecord__Output | undefined): void {
    if (!this.ready) return;
    const s = (after ?? before)?.server;
    if (!s) return;
    let change: { release: true } | { charge: Charge; generation: number };
    if (!after) change = { release: true };
    else {
      // A new record was reserved at create; an unchanged charge needs nothing.
      if (!before) return;
      const charge = chargeOf(after);
      if (sameCharge(charge, chargeOf(before))) return;
      change = { charge, generation: after.generation };
    }
    let forProject = this.pending.get(s.project_id);
    if (!forProject) this.pending.set(s.project_id, (forProject = new Map()));
    forProject.set(s.id, change);
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.pending.size) {
        const batch = [...this.pending];
        this.pending.clear();
        await Promise.all(
          batch.map(async ([projectId, changes]) => {
            try {
              await this.ledgers.mutate(project(projectId), (d) => applyChanges(d, changes));
            } catch (err) {
              // The periodic reconciliation settles what could not be written now.
              this.log.warn({ project: projectId, err: String(err) }, 'could not update quota usage; reconciliation will');
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
   * Makes every ledger agree with the log: servers, groups and keypairs
   * that are gone (and no longer held by a reservation) are released,
   * charges follow their records, and what exists but is not counted
   * (created before quotas, or a lost write) is counted. Runs against a view
   * caught up with the log; a ledger newer than the view waits for the next pass.
   */
  async reconcile(): Promise<number> {
    await this.view.waitFor(await this.stateLog.lastSequence(), 60_000);
    // Taken before the scan: the scan (which yields) reads a snapshot at least this new.
    const viewSeq = this.view.appliedSeq;
    const servers = new Map<string, g.ServerRecord__Output[]>();
    let seen = 0;
    for (const r of this.view.servers.values()) {
      // 100,000 records take seconds to read: let requests run between chunks.
      if (++seen % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
      const p = r.server!.project_id;
      (servers.get(p) ?? servers.set(p, []).get(p)!).push(r);
    }
    const groups = new Map<string, string[]>();
    for (const sg of this.view.liveValues(this.view.serverGroups)) (groups.get(sg.project_id) ?? groups.set(sg.project_id, []).get(sg.project_id)!).push(sg.id);
    const keypairs = new Map<string, string[]>();
    for (const kp of this.view.liveValues(this.view.keypairs)) (keypairs.get(kp.user_id) ?? keypairs.set(kp.user_id, []).get(kp.user_id)!).push(kp.name);

    const keys = new Map<string, LedgerKey>();
    for (const k of await this.ledgerKeys()) keys.set(`${k.kind}/${k.id}`, k);
    for (const p of [...servers.keys(), ...groups.keys()]) keys.set(`project/${p}`, project(p));
    for (const u of keypairs.keys()) keys.set(`user/${u}`, user(u));

    let changed = 0;
    for (const key of keys.values()) {
      try {
        // The op may run again on a newer ledger (a conflict): it counts its own changes each time.
        const n = await this.ledgers.mutate(key, (d) => {
          if (d.seq > viewSeq) throw new ViewBehind();
          const fixed =
            key.kind === 'project'
              ? reconcileServers(d, servers.get(key.id) ?? [], (id) => this.view.servers.get(id)) + reconcileNames(d, 'server_groups', groups.get(key.id) ?? [])
              : reconcileNames(d, 'keypairs', keypairs.get(key.id) ?? []);
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

function applyChanges(d: Draft, changes: Map<string, { release: true } | { charge: Charge; generation: number }>): void {
  for (const [id, change] of changes) {
    const e = d.ledger.servers[id];
    if (!e) continue;
    if ('release' in change) {
      delete d.ledger.servers[id];
      d.touch();
      continue;
    }
    // An older record (a lagging conductor) never undoes a newer charge.
    if (change.generation <= Number(e.generation)) continue;
    if (Number(e.cores) === change.charge.cores && Number(e.ram_mb) === change.charge.ram_mb) continue;
    d.ledger.servers[id] = { ...e, cores: change.charge.cores, ram_mb: change.charge.ram_mb, generation: change.generation, hold_until_ms: 0 };
    d.touch();
  }
}

/** One project's servers: the ledger against the view's records. Returns how many entries changed. */
function reconcileServers(d: Draft, live: readonly g.ServerRecord__Output[], recordOf: (id: string) => g.ServerRecord__Output | undefined): number {
  const now = Date.now();
  let n = 0;
  for (const [id, e] of Object.entries(d.ledger.servers)) {
    const held = Number(e.hold_until_ms) > now;
    const r = recordOf(id);
    if (!r) {
      if (!held) (delete d.ledger.servers[id], n++);
      continue;
    }
    const c = chargeOf(r);
    const newer = r.generation > Number(e.generation) || (r.generation === Number(e.generation) && !held);
    if (newer && (c.cores !== Number(e.cores) || c.ram_mb !== Number(e.ram_mb))) {
      d.ledger.servers[id] = { ...e, cores: c.cores, ram_mb: c.ram_mb, generation: r.generation, hold_until_ms: 0 };
      n++;
    }
  }
  for (const r of live) {
    const id = r.server!.id;
    if (d.ledger.servers[id]) continue;
    const c = chargeOf(r);
    d.ledger.servers[id] = { cores: c.cores, ram_mb: c.ram_mb, generation: r.generation, group_id: r.server!.server_groups[0] ?? '', hold_until_ms: 0 };
    n++;
  }
  return n;
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

