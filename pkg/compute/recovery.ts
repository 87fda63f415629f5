// A host's recovery after a restart, as Nova's ComputeManager.init_host:
// the host's LMDB records are reconciled with the state log (a change made
// while the host was away wins) and with the hypervisor (the driver's view
// of each guest wins), before the host serves again.
//
// - a build cut off (vm BUILDING or task spawning) → ERROR with a fault
//   naming the restart; the half-made guest is destroyed, the claim released;
// - a delete cut off → finished (the instance actor resumes it);
// - any other task cut off → cleared, vm_state and power_state from the
//   guest (a rebuild or resize cut off → ERROR with a fault, as Nova);
// - no task: `resume_guests_state_on_host_boot` powers on guests the record
//   says are ACTIVE but that are off (a host reboot); otherwise the power
//   sync policy (pkg/lifecycle/power_sync.ts) brings the record in line;
// - guests the hypervisor runs that no record knows → adopted when the log
//   places the server on this host, else `running_deleted_instance_action`
//   (reap | shutdown | log | noop, Nova's option).
import type { JetStreamManager } from 'nats';
import type { Logger } from 'pino';
import type { Flavor__Output, ServerRecord__Output } from '../gen/types.js';
import { powerSyncPatch, powerStateOf } from '../lifecycle/power_sync.js';
import { nextRecord, type ServerPatch } from '../lifecycle/record.js';
import { NO_TASK, taskStateName, type TaskState, type VmState } from '../lifecycle/states.js';
import { StateConflictError } from '../statelog/errors.js';
import type { StateLog } from '../statelog/statelog.js';
import type { Table } from '../store/store.js';
import { nowTimestamp } from '../util/timestamp.js';
import type { GuestInfo, VirtDriver } from './virt/driver.js';

/** Nova's running_deleted_instance_action. */
export type RunningDeletedInstanceAction = 'reap' | 'shutdown' | 'log' | 'noop';
export const RUNNING_DELETED_INSTANCE_ACTIONS: readonly RunningDeletedInstanceAction[] = ['reap', 'shutdown', 'log', 'noop'];

export interface RecoveryOptions {
  /** What to do with a guest no record knows (default reap: destroy it). */
  runningDeletedInstanceAction: RunningDeletedInstanceAction;
  /** Power on guests whose record says ACTIVE but that are off, as after a host reboot (default false, as Nova). */
  resumeGuestsStateOnHostBoot: boolean;
}

export const DEFAULT_RECOVERY: RecoveryOptions = { runningDeletedInstanceAction: 'reap', resumeGuestsStateOnHostBoot: false };

/** What recovery needs from the host. */
export interface RecoveryHost {
  readonly name: string;
  readonly driver: VirtDriver;
  readonly stateLog: StateLog;
  readonly instances: Table<ServerRecord__Output>;
  readonly log: Logger;
  /** The LMDB key of an instance of this host. */
  key(id: string): string;
  /** Logs the record (compare-and-set on its generation), then stores it. */
  persist(record: ServerRecord__Output): Promise<void>;
}

/** An instance the host keeps after recovery. */
export interface RecoveredInstance {
  record: ServerRecord__Output;
  /** The instance holds resources on the host: the tracker claims `claimFlavor`. */
  claim: boolean;
  claimFlavor: Flavor__Output | null;
  /** A delete was cut off: the instance actor must finish it. */
  resumeDelete: boolean;
  /**
   * The source's copy of a server moved away and not yet confirmed or
   * reverted (HostActor.handOver with keepHold): the guest and the claim of
   * the old flavor stay, no instance actor runs.
   */
  hold: boolean;
}

const BUILD_TASKS: ReadonlySet<TaskState> = new Set<TaskState>(['TASK_STATE_SPAWNING', 'TASK_STATE_SCHEDULING', 'TASK_STATE_BLOCK_DEVICE_MAPPING', 'TASK_STATE_NETWORKING']);
/** A rebuild cut off leaves a disk half re-imaged: Nova sets ERROR. */
const REBUILD_TASKS: ReadonlySet<TaskState> = new Set<TaskState>(['TASK_STATE_REBUILDING', 'TASK_STATE_REBUILD_BLOCK_DEVICE_MAPPING', 'TASK_STATE_REBUILD_SPAWNING']);
/** A cold move cut off after its disk started moving: ERROR, for an admin to sort out (Nova's reset-state case). */
const MOVE_TASKS: ReadonlySet<TaskState> = new Set<TaskState>(['TASK_STATE_RESIZE_MIGRATING', 'TASK_STATE_RESIZE_MIGRATED', 'TASK_STATE_RESIZE_FINISH', 'TASK_STATE_RESIZE_REVERTING']);
/** Moves whose source keeps a hold once it handed the server over (Migration.type). */
const COLD_MOVES: ReadonlySet<string> = new Set(['resize', 'migration']);
/** vm_states whose instance holds resources on its host even when the hypervisor has lost the guest. */
const HOLDS_RESOURCES: ReadonlySet<VmState> = new Set<VmState>(['VM_STATE_ACTIVE', 'VM_STATE_STOPPED', 'VM_STATE_PAUSED', 'VM_STATE_SUSPENDED', 'VM_STATE_RESCUED', 'VM_STATE_RESIZED', 'VM_STATE_SHELVED']);

/** The vm_state a guest's state means (undefined: no guest, keep the record's). */
export function vmStateOf(guest: GuestInfo | undefined): VmState | undefined {
  if (!guest) return undefined;
  switch (guest.state) {
    case 'running':
      return guest.rescued ? 'VM_STATE_RESCUED' : 'VM_STATE_ACTIVE';
    case 'paused':
      return 'VM_STATE_PAUSED';
    case 'suspended':
      return 'VM_STATE_SUSPENDED';
    case 'shutdown':
    case 'crashed':
      return 'VM_STATE_STOPPED';
  }
}

function fault(message: string): ServerPatch['fault'] {
  return { code: 500, message, details: '', create_time: nowTimestamp() };
}

/**
 * The change that ends a task a restart cut off (any task but a build or a
 * delete). The task is cleared; the guest says where it ended.
 */
export function interruptedTaskPatch(vm: VmState, task: TaskState, guest: GuestInfo | undefined, host: string): ServerPatch {
  const power = powerStateOf(guest);
  if (REBUILD_TASKS.has(task) || MOVE_TASKS.has(task)) {
    return { vm_state: 'VM_STATE_ERROR', task_state: NO_TASK, power_state: power, fault: fault(`host ${host} restarted during task ${taskStateName(task)}`) };
  }
  return { vm_state: vmStateOf(guest) ?? vm, task_state: NO_TASK, power_state: power };
}

/**
 * Recovers one instance found in the host's LMDB. Returns what the host
 * keeps, or undefined when the instance left the host while it was away
 * (deleted, or moved: the guest is destroyed and the record dropped).
 */
export async function recoverInstance(host: RecoveryHost, record0: ServerRecord__Output, opts: RecoveryOptions, jsm?: JetStreamManager): Promise<RecoveredInstance | undefined> {
  // A compare-and-set lost to a writer of the log (a sweeper) means the log moved on: read it again.
  for (let attempt = 0; ; attempt++) {
    try {
      return await recoverOnce(host, record0, opts, jsm);
    } catch (err) {
      if (!(err instanceof StateConflictError) || attempt >= 3) throw err;
    }
  }
}

async function recoverOnce(host: RecoveryHost, record0: ServerRecord__Output, opts: RecoveryOptions, jsm?: JetStreamManager): Promise<RecoveredInstance | undefined> {
  const { driver, log } = host;
  let stored = record0;
  const id = stored.server!.id;
  // The log may hold a newer change made while this host was away: a delete
  // the conductor did locally, the server rescheduled elsewhere, or ERROR
  // written by a conductor's sweeper.
  // With signing, an entry this host cannot trust counts as none; another host's entry only from an end of a move this host recorded.
  const latest = await host.stateLog.latestServer(id, jsm, [stored.migration?.source_host ?? '', stored.migration?.dest_host ?? ''].filter(Boolean));
  if (stored.server!.host !== host.name) {
    // A hold: this host is the source of a move that was handed over.
    const m = stored.migration;
    const now = latest && latest.generation >= stored.generation ? latest : undefined;
    if (now && now.op === 'put' && m && now.record.server?.host !== host.name && now.record.migration?.id === m.id) {
      return { record: stored, claim: true, claimFlavor: m.old_flavor ?? stored.server!.flavor, resumeDelete: false, hold: true };
    }
    if (!now || now.op === 'delete' || now.record.server?.host !== host.name) {
      // Confirmed (the migration is gone from the record), deleted, or moved on: the copy goes.
      await driver.destroy(id);
      await host.instances.remove(host.key(id));
      log.info({ instance: id, host: host.name }, 'recovery: the move this host held a copy for is over; copy reaped');
      return undefined;
    }
    // Handed back to this host (a revert) while it was away: recover it as ours below.
  }
  if (latest && latest.generation > stored.generation) {
    const m = latest.record.migration;
    // Only a cold move this host handed over leaves a hold; an evacuation from this host (or a live migration) leaves nothing here.
    if (latest.op === 'put' && latest.record.server?.host !== host.name && m?.source_host === host.name && COLD_MOVES.has(m.type) && m.status === 'finished') {
      // Handed over for a cold move just before the process died (logged, not yet stored as a hold): keep the copy.
      await host.instances.put(host.key(id), latest.record);
      return { record: latest.record, claim: true, claimFlavor: m.old_flavor ?? stored.server!.flavor, resumeDelete: false, hold: true };
    }
    if (latest.op === 'delete' || latest.record.server?.host !== host.name) {
      await driver.destroy(id);
      await host.instances.remove(host.key(id));
      log.info({ instance: id, host: host.name, op: latest.op, now_on: latest.record.server?.host || undefined }, 'recovery: instance left this host while it was away; guest reaped');
      return undefined;
    }
    // Ours (our own change logged before LMDB stored it, or a sweeper's ERROR): the log is right.
    stored = latest.record;
    await host.instances.put(host.key(id), stored);
  }
  const s = stored.server!;
  const guest = driver.guest(id);

  const kept = (record: ServerRecord__Output, claim: boolean, resumeDelete = false): RecoveredInstance => ({ record, claim, claimFlavor: record.server!.flavor, resumeDelete, hold: false });
  if (s.task_state === 'TASK_STATE_DELETING') return kept(stored, true, true);

  if (s.vm_state === 'VM_STATE_BUILDING' || BUILD_TASKS.has(s.task_state)) {
    if (guest) await driver.destroy(id); // half-made
    const record = nextRecord(stored, {
      vm_state: 'VM_STATE_ERROR',
      task_state: NO_TASK,
      power_state: 'POWER_STATE_UNSPECIFIED',
      fault: fault(`host ${host.name} restarted while building the server (task ${taskStateName(s.task_state)}); the build was abandoned`),
    });
    await host.persist(record);
    log.warn({ instance: id, host: host.name }, 'recovery: build cut off by the restart; server set to ERROR');
    return kept(record, false);
  }

  let record = stored;
  if (s.task_state !== NO_TASK) {
    // As Nova's init_host: an accepted stop or start cut off by the restart is carried out, not dropped.
    const retried = await retryPowerTask(driver, id, s.task_state, guest, log);
    record = nextRecord(stored, interruptedTaskPatch(s.vm_state, s.task_state, retried, host.name));
    await host.persist(record);
    log.info({ instance: id, task: s.task_state, vm_state: record.server!.vm_state, guest: guest?.state ?? 'none' }, 'recovery: task cut off by the restart; cleared from the guest state');
  } else if (opts.resumeGuestsStateOnHostBoot && s.vm_state === 'VM_STATE_ACTIVE' && (guest?.state === 'shutdown' || guest?.state === 'crashed')) {
    // Nova's resume_guests_state_on_host_boot: the record says it should run.
    try {
      await driver.powerOn(id);
      log.info({ instance: id, host: host.name }, 'recovery: guest powered on again (resume_guests_state_on_host_boot)');
      if (s.power_state !== 'POWER_STATE_RUNNING') {
        record = nextRecord(stored, { power_state: 'POWER_STATE_RUNNING' });
        await host.persist(record);
      }
    } catch (err) {
      log.warn({ err, instance: id }, 'recovery: could not power the guest on again; syncing the record instead');
      record = await syncRecord(host, stored);
    }
  } else {
    record = await syncRecord(host, stored);
  }
  return kept(record, driver.guest(id) !== undefined || HOLDS_RESOURCES.has(record.server!.vm_state));
}

/** Powers the guest off (task powering-off) or on (powering-on) again; the guest as it then is. */
async function retryPowerTask(driver: VirtDriver, id: string, task: TaskState, guest: GuestInfo | undefined, log: Logger): Promise<GuestInfo | undefined> {
  if (!guest) return guest;
  const off = guest.state === 'shutdown' || guest.state === 'crashed';
  try {
    if (task === 'TASK_STATE_POWERING_OFF' && !off) await driver.powerOff(id);
    else if (task === 'TASK_STATE_POWERING_ON' && off) await driver.powerOn(id);
    else return guest;
    log.info({ instance: id, task }, 'recovery: power task cut off by the restart carried out again');
  } catch (err) {
    log.warn({ err, instance: id, task }, 'recovery: could not carry out the power task again; the record follows the guest');
  }
  return driver.guest(id);
}

/** Applies the power sync policy before the instance actor exists (no mailbox to go through yet). */
async function syncRecord(host: RecoveryHost, stored: ServerRecord__Output): Promise<ServerRecord__Output> {
  const id = stored.server!.id;
  const decision = powerSyncPatch(stored.server!, host.driver.guest(id));
  if (!decision) return stored;
  if (decision.stopGuest) {
    try {
      await host.driver.powerOff(id);
    } catch (err) {
      host.log.warn({ err, instance: id }, 'recovery: could not power the guest off; the periodic sync tries again');
      return stored;
    }
  }
  const record = nextRecord(stored, decision.patch);
  await host.persist(record);
  host.log.info({ instance: id, reason: decision.reason, patch: decision.patch }, 'recovery: record synced with the guest');
  return record;
}

/**
 * Guests the hypervisor runs that no record of this host knows. One the log
 * places on this host (its claim was logged but the process died before
 * LMDB stored it) is adopted: its record is stored and returned, for
 * recoverInstance. Any other is handled per running_deleted_instance_action.
 */
export async function reconcileUnknownGuests(host: RecoveryHost, known: ReadonlySet<string>, opts: RecoveryOptions, jsm?: JetStreamManager): Promise<ServerRecord__Output[]> {
  const adopted: ServerRecord__Output[] = [];
  for (const id of host.driver.guests()) {
    if (known.has(id)) continue;
    const latest = await host.stateLog.latestServer(id, jsm);
    if (latest && latest.op === 'put' && latest.record.server?.host === host.name) {
      await host.instances.put(host.key(id), latest.record);
      adopted.push(latest.record);
      host.log.warn({ instance: id, host: host.name }, 'recovery: guest found whose record only the log had; record restored');
      continue;
    }
    const why = !latest ? 'no record anywhere' : latest.op === 'delete' ? 'the server was deleted' : `the server is on ${latest.record.server?.host || 'no host'}`;
    const action = opts.runningDeletedInstanceAction;
    const ctx = { instance: id, host: host.name, why, action, guest: host.driver.guest(id)?.state };
    switch (action) {
      case 'reap':
        await host.driver.destroy(id);
        host.log.warn(ctx, 'recovery: unknown guest destroyed (running_deleted_instance_action=reap)');
        break;
      case 'shutdown':
        if (host.driver.guest(id)?.state !== 'shutdown') await host.driver.powerOff(id).catch((err: unknown) => host.log.warn({ err, instance: id }, 'could not power off an unknown guest'));
        host.log.warn(ctx, 'recovery: unknown guest powered off (running_deleted_instance_action=shutdown)');
        break;
      case 'log':
        host.log.warn(ctx, 'recovery: unknown guest left running (running_deleted_instance_action=log)');
        break;
      case 'noop':
        break;
    }
  }
  return adopted;
}

/** Runs `fn` over items, at most `limit` at once. */
export async function eachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}
