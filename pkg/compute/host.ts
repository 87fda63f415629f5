// The host actor: one per hypervisor host (kumo.v1.rpc.host.<host>). Its
// LMDB records are authoritative for the instances placed on it; only it
// writes them. It accepts or refuses claims, starts an instance actor per
// instance, and reports its resources on every change and as a heartbeat.
import type { Subscription } from 'nats';
import { randomUUID } from 'node:crypto';
import type { ActorHandle, ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { InvalidArgumentError } from '../actor/errors.js';
import type { ServerRecord__Output } from '../gen/types.js';
import { nextRecord, serverRecordCodec } from '../lifecycle/record.js';
import { hostReportCodec } from './report.js';
import { loadsIo } from './io_load.js';
import type { StateLog } from '../statelog/statelog.js';
import type { Table } from '../store/store.js';
import { ClaimRejectedError } from './errors.js';
import { InstanceActor, type InstanceHost } from './instance.js';
import { HostConductorProtocol } from '../conductor/host_protocol.js';
import { StateConflictError } from '../statelog/errors.js';
import { HostProtocol } from './protocol.js';
import { ResourceTracker, type HostResources } from './resource_tracker.js';
import type { VirtDriver } from './virt/driver.js';
import type { ActionRecorder } from '../lifecycle/recorder.js';
import type { LifecycleConfig } from './lifecycle_config.js';
import { NO_TASK } from '../lifecycle/states.js';
import { nowTimestamp } from '../util/timestamp.js';
import { DEFAULT_RECOVERY, eachLimit, reconcileUnknownGuests, recoverInstance, type RecoveredInstance, type RecoveryHost, type RecoveryOptions } from './recovery.js';
import { powerSyncPatch } from '../lifecycle/power_sync.js';
import { fuzzyPeriodic, type Periodic } from '../util/periodic.js';
import { HostDigestPublisher, runningRecords } from './anti_entropy.js';

export interface HostConfig {
  name: string;
  availabilityZone: string;
  resources: HostResources;
  heartbeatMs: number;
  /** The host's IP address, reported for SimpleCIDRAffinityFilter. */
  hostIp: string;
  /** What a restart does with guests and records (pkg/compute/recovery.ts); Nova's defaults when absent. */
  recovery?: RecoveryOptions;
  /** Period of the power-state sync (Nova's sync_power_state_interval); 0 disables it. Default 60000. */
  syncPowerStateIntervalMs?: number;
  /** Period of the anti-entropy digest of the host's instances (pkg/compute/anti_entropy.ts); 0 disables it. Default 30000. */
  antiEntropyIntervalMs?: number;
}

// Tasks of a server whose source still needs its held copy.
const HOLD_TASKS: ReadonlySet<string> = new Set(['TASK_STATE_RESIZE_MIGRATED', 'TASK_STATE_RESIZE_FINISH', 'TASK_STATE_RESIZE_REVERTING', 'TASK_STATE_RESIZE_CONFIRMING']);

// Tasks a hand-off keeps instead of spawning, and the actions they belong to.
const REBUILD_TASKS: ReadonlySet<string> = new Set(['TASK_STATE_UNSHELVING', 'TASK_STATE_REBUILDING']);
const SPAWN_ACTIONS: Readonly<Record<string, string>> = { TASK_STATE_UNSHELVING: 'unshelve', TASK_STATE_REBUILDING: 'evacuate' };

/** A full report at least every this many heartbeats, beats between (readers' stale local consumption is reset by full reports). */
export const FULL_REPORT_EVERY = 3;

export interface HostDeps {
  system: ActorSystem;
  instances: Table<ServerRecord__Output>;
  stateLog: StateLog;
  driver: VirtDriver;
  recorder: ActionRecorder;
  lifecycle: LifecycleConfig;
}

export class HostActor implements InstanceHost {
  readonly tracker: ResourceTracker;
  private readonly actors = new Map<string, InstanceActor>();
  /** Servers that moved away but whose guest and claim stay until the move is confirmed or reverted. */
  private readonly holds = new Map<string, ServerRecord__Output>();
  /** Claims made for servers about to arrive: server id → migration id. */
  private readonly incoming = new Map<string, { migrationId: string; timer: NodeJS.Timeout }>();
  private handle?: ActorHandle;
  private resync?: Subscription;
  private heartbeat?: Periodic;
  private powerSync?: Periodic;
  private holdCheck?: Periodic;
  private reportPending = false;
  /** Something a full report carries changed since the last one (reportLater). */
  private reportStale = true;
  /** Heartbeats sent as beats since the last full report. */
  private beatsSinceReport = 0;
  /** Consecutive failed builds since the last success (BuildFailureWeigher). */
  private failedBuilds = 0;
  /** Tells report readers this is a new boot (claim generations restart with it). */
  readonly bootId = randomUUID();
  private digests?: HostDigestPublisher;

  constructor(
    private readonly config: HostConfig,
    private readonly deps: HostDeps,
  ) {
    this.tracker = new ResourceTracker(config.resources);
  }

  get name(): string {
    return this.config.name;
  }

  get driver(): VirtDriver {
    return this.deps.driver;
  }

  get recorder(): ActionRecorder {
    return this.deps.recorder;
  }

  get lifecycle(): LifecycleConfig {
    return this.deps.lifecycle;
  }

  get instanceCount(): number {
    return this.actors.size;
  }

  private key(id: string): string {
    return `${this.name}/${id}`;
  }

  /** Loads the host's records, reconciles them with the driver, and starts serving. */
  async start(): Promise<void> {
    await this.recover();
    const { system } = this.deps;
    this.handle = system.serve(subjects.host(this.name), HostProtocol, {
      BuildAndRunInstance: async (req, ctx) => {
        const record = req.record;
        if (!record?.server?.id || !record.server.flavor) throw InvalidArgumentError.field('record', 'server id and flavor are required');
        const existing = this.actors.get(record.server.id);
        if (existing) return {}; // a retried hand-off
        // This host still holds a copy of the server from an unfinished move: building it here again would claim it twice.
        if (this.holds.has(record.server.id)) throw new ClaimRejectedError(this.name, `host holds a copy of server ${record.server.id} from a move`);
        const why = this.tracker.check(record.server.flavor);
        if (why) throw new ClaimRejectedError(this.name, why);
        this.tracker.claim(record.server.id, record.server.flavor);
        const claimed = nextRecord(record, {
          host: this.name,
          hypervisor_hostname: this.name,
          availability_zone: record.server.availability_zone || this.config.availabilityZone,
          // An unshelve or an evacuation keeps its task; a build spawns.
          task_state: REBUILD_TASKS.has(record.server.task_state) ? record.server.task_state : 'TASK_STATE_SPAWNING',
        });
        try {
          await this.persist(claimed);
        } catch (err) {
          // Lost a race (the conductor deleted or failed the server meanwhile) or the log is down: no claim.
          this.tracker.release(record.server.id);
          await this.deps.instances.remove(this.key(record.server.id)).catch(() => undefined);
          this.scheduleReport();
          throw err;
        }
        // The conductor's placement event ends with this claim, and rides on this host's entries.
        if (req.conductor_event) this.recorder.finishHandedEvent(record.server.id, record.request_id, req.conductor_event);
        const actor = new InstanceActor(claimed, this, system);
        this.actors.set(record.server.id, actor);
        actor.start();
        actor.spawnFor(record.request_id, SPAWN_ACTIONS[record.server.task_state] ?? 'create');
        this.scheduleReport();
        ctx.log.debug({ instance: record.server.id, host: this.name }, 'claimed');
        // No record in the answer: the conductor reads the claim from the log (encoding it here was ~2% of a host's CPU).
        return {};
      },
      PrepareMigration: async (req) => this.prepareMigration(req.record),
      FinishMigration: async (req) => this.finishMigration(req.record),
      ReleaseMigration: async (req) => this.releaseMigration(req.id, req.migration_id),
      GetHostState: async () => ({ host: this.name, records: runningRecords(this) }),
    });
    const digests = (this.digests = new HostDigestPublisher(this, system, this.config.antiEntropyIntervalMs ?? 30_000));
    this.resync = system.nc.subscribe(subjects.hostResync(), {
      callback: () => {
        this.scheduleReport();
        digests.publish();
      },
    });
    // Each periodic task starts at a random point of its period, so hosts started together do not run them in step.
    this.heartbeat = fuzzyPeriodic(() => this.heartbeatTick(), this.config.heartbeatMs);
    const syncMs = this.config.syncPowerStateIntervalMs ?? 60_000;
    if (syncMs > 0) this.powerSync = fuzzyPeriodic(() => this.syncPowerStates(), syncMs);
    // Held copies are checked against the log every few heartbeats (a move that ended elsewhere frees them).
    this.holdCheck = fuzzyPeriodic(() => void this.checkHolds(), this.config.heartbeatMs * 5);
    this.publishReport();
    digests.start();
  }

  /** The host's LMDB records (anti-entropy reads the instances this host runs from them). */
  get instances(): Table<ServerRecord__Output> {
    return this.deps.instances;
  }

  /**
   * After a restart, as Nova's init_host: reconciles the host's LMDB records
   * with the state log and the hypervisor (pkg/compute/recovery.ts), handles
   * guests no record knows, then claims and starts an actor per instance.
   */
  private async recover(): Promise<void> {
    await this.deps.driver.init?.();
    const jsm = await this.deps.system.nc.jetstreamManager({ checkAPI: false });
    const records = [...this.deps.instances.values({ start: `${this.name}/`, end: `${this.name}0` })];
    const opts = this.config.recovery ?? DEFAULT_RECOVERY;
    const host: RecoveryHost = {
      name: this.name,
      driver: this.deps.driver,
      stateLog: this.deps.stateLog,
      instances: this.deps.instances,
      log: this.deps.system.log,
      key: (id) => this.key(id),
      persist: (r) => this.persist(r),
    };
    const kept: RecoveredInstance[] = [];
    // Bounded concurrency: each recovery asks the log for the instance's newest entry.
    const one = async (r: ServerRecord__Output): Promise<void> => {
      const k = await recoverInstance(host, r, opts, jsm);
      if (k) kept.push(k);
    };
    await eachLimit(records, 16, one);
    await eachLimit(await reconcileUnknownGuests(host, new Set(records.map((r) => r.server!.id)), opts, jsm), 16, one);
    for (const k of kept) {
      const s = k.record.server!;
      if (k.claim && k.claimFlavor) this.tracker.claim(s.id, k.claimFlavor);
      if (k.hold) {
        this.holds.set(s.id, k.record);
        continue;
      }
      // The actor starts from the recovered record, so its next change continues that generation.
      const actor = new InstanceActor(k.record, this, this.deps.system);
      this.actors.set(s.id, actor);
      actor.start();
      if (k.resumeDelete) actor.resumeDelete();
    }
    this.settleOutgoingMoves(records);
  }

  /**
   * The periodic power-state sync (Nova's _sync_power_states): every
   * instance actor compares its guest with its record in its mailbox and
   * applies pkg/lifecycle/power_sync.ts (the driver wins).
   */
  syncPowerStates(): void {
    for (const a of this.actors.values()) if (!a.isGone) a.syncPowerState(powerSyncPatch);
  }

  /**
   * Logs the change, then stores it. The log append is a compare-and-set on
   * the generation (StateConflictError when another writer took it), so
   * nothing is stored here that lost a race.
   */
  async persist(record: ServerRecord__Output): Promise<void> {
    const id = record.server!.id;
    const body = serverRecordCodec.encode(record);
    await this.deps.stateLog.appendExclusive('server', id, record.generation, 'put', body);
    await this.deps.instances.putEncoded(this.key(id), body);
  }

  async forget(record: ServerRecord__Output): Promise<void> {
    const id = record.server!.id;
    this.tracker.release(id);
    // Log first: if the append fails, the record stays and a repeated delete finishes the job.
    await this.deps.stateLog.append('server', id, record.generation, 'delete', serverRecordCodec.encode(record));
    await this.deps.instances.remove(this.key(id));
    this.actors.delete(id);
    this.scheduleReport();
  }

  /**
   * A change of this instance lost a compare-and-set: if the log says it
   * was deleted or moved meanwhile, the host lets go of it (guest, claim,
   * record, actor) and says 'reaped'. If the log's newer record still names
   * this host (a sweeper's ERROR written while we looked down), it is stored
   * and returned: the actor continues from it.
   */
  async reapIfSuperseded(id: string): Promise<'reaped' | ServerRecord__Output | undefined> {
    const latest = await this.deps.stateLog.latestServer(id);
    if (!latest) return undefined;
    if (latest.op !== 'delete' && latest.record.server?.host === this.name) {
      // The newest entry this host trusts can be older than its own record (forged entries on top): keep the newer.
      const local = this.deps.instances.get(this.key(id));
      if (local && local.generation > latest.generation) return local;
      await this.deps.instances.put(this.key(id), latest.record);
      return latest.record;
    }
    await this.deps.driver.destroy(id);
    this.tracker.release(id);
    await this.deps.instances.remove(this.key(id));
    this.actors.delete(id);
    this.scheduleReport();
    return 'reaped';
  }

  releaseClaim(id: string): void {
    this.tracker.release(id);
    this.scheduleReport();
  }

  buildSucceeded(): void {
    if (this.failedBuilds === 0) return;
    this.failedBuilds = 0;
    this.scheduleReport();
  }

  buildFailed(): void {
    this.failedBuilds++;
    this.scheduleReport();
  }

  /** The conductor as this host calls it, on the host's own subject (pkg/conductor/host_protocol.ts). */
  private conductor() {
    return this.deps.system.ref(subjects.conductorForHost(this.name), HostConductorProtocol);
  }

  async rescheduleBuild(record: ServerRecord__Output, reason: string): Promise<void> {
    const id = record.server!.id;
    this.buildFailed();
    // Ownership goes back to the conductor: the record leaves this host first.
    const back = nextRecord(record, {
      host: '',
      hypervisor_hostname: '',
      availability_zone: record.request_spec?.availability_zone ?? '',
      task_state: 'TASK_STATE_SCHEDULING',
    });
    this.actors.delete(id);
    try {
      await this.deps.stateLog.appendExclusive('server', id, back.generation, 'put', serverRecordCodec.encode(back));
    } catch (err) {
      // Deleted meanwhile (the conductor wrote this generation): nothing to hand back.
      await this.deps.instances.remove(this.key(id));
      if (err instanceof StateConflictError) return;
      throw err;
    }
    await this.deps.instances.remove(this.key(id));
    try {
      await this.conductor().call('RescheduleBuild', { record: back, reason });
    } catch (err) {
      this.deps.system.log.error({ err, instance: id }, 'could not hand the failed build back to a conductor');
    }
  }

  /** Shelve offload: the record leaves this host (host cleared, logged) with its claim and actor. */
  async offload(record: ServerRecord__Output): Promise<void> {
    const id = record.server!.id;
    await this.deps.stateLog.appendExclusive('server', id, record.generation, 'put', serverRecordCodec.encode(record));
    this.tracker.release(id);
    await this.deps.instances.remove(this.key(id));
    this.actors.delete(id);
    this.scheduleReport();
  }

  /**
   * The server moves to another host: `next` names it and is logged as a
   * compare-and-set. With keepHold the guest and claim stay here (a resize
   * or cold migration until confirmed), recorded in LMDB so a restart keeps
   * them; otherwise everything goes.
   */
  async handOver(next: ServerRecord__Output, keepHold: boolean): Promise<void> {
    const id = next.server!.id;
    await this.deps.stateLog.appendExclusive('server', id, next.generation, 'put', serverRecordCodec.encode(next));
    this.actors.delete(id);
    if (keepHold) {
      this.holds.set(id, next);
      await this.deps.instances.put(this.key(id), next);
    } else {
      await this.deps.driver.destroy(id);
      this.tracker.release(id);
      await this.deps.instances.remove(this.key(id));
    }
    this.scheduleReport();
  }

  /** Destination of a move: claim the resources the server will need here. */
  private async prepareMigration(record: ServerRecord__Output | null): Promise<Record<string, never>> {
    const s = record?.server;
    const m = record?.migration;
    if (!s?.id || !m?.new_flavor) throw InvalidArgumentError.field('record', 'server id and migration are required');
    if (this.actors.has(s.id) || this.holds.has(s.id)) throw new ClaimRejectedError(this.name, `server ${s.id} is already on this host`);
    const why = this.tracker.check(m.new_flavor);
    if (why) throw new ClaimRejectedError(this.name, why);
    this.tracker.claim(s.id, m.new_flavor);
    if (m.type === 'live-migration' && this.deps.driver.prepareLiveMigration) {
      // A hypervisor that receives the guest (QEMU's -incoming) must listen before the source starts.
      try {
        await this.deps.driver.prepareLiveMigration(record!);
      } catch (err) {
        this.tracker.release(s.id);
        throw new ClaimRejectedError(this.name, `cannot prepare the live migration: ${(err as Error).message}`);
      }
    }
    // If the source never hands the server over (it died for good), the claim must not stay forever.
    const timer = setTimeout(() => {
      this.expireIncoming(s.id, m.id).catch((err: unknown) => this.deps.system.log.error({ err, instance: s.id }, 'could not settle an expired incoming claim'));
    }, this.lifecycle.boundOf('TASK_STATE_MIGRATING'));
    timer.unref();
    this.incoming.set(s.id, { migrationId: m.id, timer });
    this.scheduleReport();
    return {};
  }

  /** The server arrives (a move) or comes back (a revert): this host owns it now. */
  private async finishMigration(record: ServerRecord__Output | null): Promise<Record<string, never>> {
    const id = record?.server?.id;
    if (!id || !record.migration) throw InvalidArgumentError.field('record', 'server id and migration are required');
    if (this.actors.has(id)) return {}; // a retried finish
    const reverted = this.holds.has(id);
    if (!reverted && this.incoming.get(id)?.migrationId !== record.migration.id) {
      // Our claim was lost (this host restarted during the move): claim again if the server still fits.
      const flavor = record.server!.flavor;
      const why = flavor ? this.tracker.check(flavor) : 'no flavor';
      if (why) throw new ClaimRejectedError(this.name, `no claim for migration ${record.migration.id} of server ${id}: ${why}`);
      this.tracker.claim(id, flavor!);
    }
    this.holds.delete(id);
    this.dropIncoming(id);
    await this.deps.instances.put(this.key(id), record);
    const actor = new InstanceActor(record, this, this.deps.system);
    this.actors.set(id, actor);
    actor.start();
    // A task of the new actor: a delete waits for it (and supersedes it) instead of racing the guest's creation.
    actor.arrive(reverted);
    this.scheduleReport();
    return {};
  }

  private dropIncoming(id: string): void {
    const pending = this.incoming.get(id);
    if (pending) clearTimeout(pending.timer);
    this.incoming.delete(id);
  }

  /**
   * A claim for an arriving server outlived the move's bound: if the log
   * already names this host (the source handed over, then died before
   * telling us), take the server; otherwise let the claim go.
   */
  private async expireIncoming(id: string, migrationId: string): Promise<void> {
    if (this.incoming.get(id)?.migrationId !== migrationId) return;
    try {
      const latest = await this.deps.stateLog.latestServer(id);
      if (latest?.op === 'put' && latest.record.server?.host === this.name && latest.record.migration?.id === migrationId) {
        await this.finishMigration(latest.record);
        return;
      }
    } catch (err) {
      this.deps.system.log.warn({ err, instance: id }, 'could not read the log for an expired incoming claim; releasing it');
    }
    this.deps.system.log.warn({ instance: id, host: this.name, migration: migrationId }, 'incoming migration never finished; claim released');
    await this.releaseMigration(id, migrationId);
  }

  /**
   * After a restart, finishes what this host started as the source of a
   * move: a server handed over whose destination may not have heard (the
   * finish is idempotent there), or a move cut off before the hand-over,
   * whose destination claim must go.
   */
  private settleOutgoingMoves(before: readonly ServerRecord__Output[]): void {
    for (const r of before) {
      const m = r.migration;
      const id = r.server!.id;
      if (!m?.dest_host || m.dest_host === this.name || m.source_host !== this.name) continue;
      // Through the conductor, which relays to the destination (pkg/conductor/host_relay.ts).
      const conductor = this.conductor();
      const hold = this.holds.get(id);
      const call = hold
        ? conductor.call('FinishMigration', { record: hold }, { timeoutMs: 15_000 })
        : this.actors.has(id)
          ? conductor.call('ReleaseMigration', { id, migration_id: m.id, peer_host: m.dest_host }, { timeoutMs: 15_000 })
          : undefined;
      call?.catch((err: unknown) => this.deps.system.log.warn({ err, instance: id, dest: m.dest_host }, 'could not settle a move cut off by the restart'));
    }
  }

  /**
   * Holds whose move ended without a confirm reaching us (the server was
   * deleted, failed on the destination, or a sweeper ended it) are let go:
   * only a server still waiting in VERIFY_RESIZE, or on its way there or
   * back, needs the source's copy.
   */
  async checkHolds(): Promise<void> {
    for (const [id, hold] of [...this.holds]) {
      try {
        // With signing, the destination's entries count (peers): it writes the move's later steps.
        const latest = await this.deps.stateLog.latestServer(id, undefined, [hold.migration?.dest_host ?? '']);
        const s = latest?.record.server;
        const stillMoving =
          latest?.op === 'put' &&
          latest.record.migration?.id === hold.migration?.id &&
          (s?.vm_state === 'VM_STATE_RESIZED' || HOLD_TASKS.has(s?.task_state ?? ''));
        if (!stillMoving && this.holds.get(id) === hold) {
          this.deps.system.log.info({ instance: id, host: this.name }, 'the move this host held a copy for ended elsewhere; copy released');
          await this.releaseMigration(id, hold.migration?.id ?? '');
        }
      } catch (err) {
        this.deps.system.log.warn({ err, instance: id }, 'could not check a held copy against the log');
      }
    }
  }

  /**
   * The destination never took the server over (down or full): the source
   * takes it back with its old flavor and its hold, as a revert would.
   */
  async takeBack(handed: ServerRecord__Output, reason: string): Promise<void> {
    const id = handed.server!.id;
    const hold = this.holds.get(id);
    if (!hold) return;
    const m = handed.migration!;
    const previous = handed.previous_vm_state === 'VM_STATE_UNSPECIFIED' ? 'VM_STATE_ACTIVE' : handed.previous_vm_state;
    const back = nextRecord(
      { ...handed, migration: null },
      {
        host: this.name,
        hypervisor_hostname: this.name,
        flavor: m.old_flavor,
        vm_state: previous,
        task_state: NO_TASK,
        progress: 0,
        fault: { code: 500, message: `${m.type} to ${m.dest_host} failed: ${reason}; the server stays on ${this.name}`, details: '', create_time: nowTimestamp() },
      },
    );
    try {
      await this.persist(back);
    } catch (err) {
      // Someone else wrote the server meanwhile (the destination did take it, or a sweeper): the hold check settles it.
      this.deps.system.log.warn({ err, instance: id }, 'could not take the server back after a failed hand-over');
      return;
    }
    this.holds.delete(id);
    if (previous === 'VM_STATE_ACTIVE') await this.deps.driver.powerOn(id).catch(() => undefined);
    const actor = new InstanceActor(back, this, this.deps.system);
    this.actors.set(id, actor);
    actor.start();
    this.scheduleReport();
  }

  /** Drops what this host holds for a migration: the source's copy after a confirm, or the destination's claim after a failure. */
  private async releaseMigration(id: string, migrationId: string): Promise<Record<string, never>> {
    const hold = this.holds.get(id);
    if (hold && (!migrationId || hold.migration?.id === migrationId)) {
      await this.deps.driver.destroy(id);
      this.tracker.release(id);
      this.holds.delete(id);
      await this.deps.instances.remove(this.key(id));
    } else if (this.incoming.get(id)?.migrationId === migrationId && !this.actors.has(id)) {
      this.dropIncoming(id);
      this.tracker.release(id);
      // A guest prepared to receive a live migration that did not happen.
      await this.deps.driver.destroy(id);
    }
    this.scheduleReport();
    return {};
  }

  /**
   * A change the schedulers may learn of late (less I/O in flight): carried
   * by the next report, at the latest the next heartbeat's, which is then a
   * full report rather than a beat.
   */
  reportLater(): void {
    this.reportStale = true;
  }

  /**
   * Every heartbeat: a full report when something changed since the last one
   * or every FULL_REPORT_EVERY heartbeats, else a beat (host, claim
   * generation, boot id, time), which keeps the host up in every conductor
   * and scheduler that holds its latest report. At 10,000 hosts the full
   * reports every heartbeat were 0.15 of the two cores with nothing booting.
   */
  private heartbeatTick(): void {
    if (this.reportStale || ++this.beatsSinceReport >= FULL_REPORT_EVERY) {
      this.publishReport();
      return;
    }
    const nc = this.deps.system.nc;
    if (nc.isClosed()) return;
    nc.publish(subjects.hostBeat(this.name), hostReportCodec.encode({ host: this.name, generation: this.tracker.generation, boot_id: this.bootId, report_time_ms: Date.now() }));
  }

  /** Coalesces the reports of a burst of claims into one. */
  scheduleReport(): void {
    if (this.reportPending) return;
    this.reportPending = true;
    setImmediate(() => {
      this.reportPending = false;
      this.publishReport();
    });
  }

  private publishReport(): void {
    const { resources: r, used } = this.tracker;
    const nc = this.deps.system.nc;
    if (nc.isClosed()) return;
    this.reportStale = false;
    this.beatsSinceReport = 0;
    let ioOps = 0;
    const projects: Record<string, number> = {};
    for (const a of this.actors.values()) {
      const s = a.server;
      if (loadsIo(s)) ioOps++;
      projects[s.project_id] = (projects[s.project_id] ?? 0) + 1;
    }
    nc.publish(
      subjects.hostEvent(this.name),
      hostReportCodec.encode({
        host: this.name,
        hypervisor_hostname: this.name,
        hypervisor_type: this.deps.driver.hypervisorType,
        availability_zone: this.config.availabilityZone,
        vcpus: r.vcpus,
        vcpus_used: used.vcpus,
        memory_mb: r.memoryMb,
        memory_mb_used: used.memoryMb,
        local_gb: r.localGb,
        local_gb_used: used.localGb,
        running_vms: used.instances,
        cpu_allocation_ratio: r.cpuAllocationRatio,
        ram_allocation_ratio: r.ramAllocationRatio,
        disk_allocation_ratio: r.diskAllocationRatio,
        enabled: true,
        report_time_ms: Date.now(),
        generation: this.tracker.generation,
        capabilities: {
          hypervisor_type: this.deps.driver.hypervisorType,
          hypervisor_version: String(this.deps.driver.hypervisorVersion),
          'cpu_info:arch': 'x86_64',
          ...this.deps.driver.capabilities,
        },
        io_ops: ioOps,
        host_ip: this.config.hostIp,
        hypervisor_version: this.deps.driver.hypervisorVersion,
        supported_instances: this.deps.driver.supportedInstances.map((s) => ({ architecture: s.architecture, hypervisor_type: s.hypervisorType, vm_mode: s.vmMode })),
        metrics: { 'cpu.percent': r.vcpus > 0 ? (100 * used.vcpus) / (r.vcpus * r.cpuAllocationRatio) : 0 },
        failed_builds: this.failedBuilds,
        project_instances: projects,
        boot_id: this.bootId,
      }),
    );
  }

  async stop(): Promise<void> {
    this.heartbeat?.stop();
    this.powerSync?.stop();
    this.holdCheck?.stop();
    this.digests?.stop();
    for (const pending of this.incoming.values()) clearTimeout(pending.timer);
    if (this.resync && !this.resync.isClosed()) this.resync.unsubscribe();
    await this.handle?.stop();
    await Promise.all([...this.actors.values()].map((a) => a.stop()));
    await this.deps.driver.close?.();
  }
}
