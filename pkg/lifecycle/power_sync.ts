// The power-state sync policy, as Nova's ComputeManager._sync_instance_power_state:
// the hypervisor's view of a guest wins over the record. A pure function, so
// the instance actor (periodic sync, in its mailbox) and the host's recovery
// (before the actor starts) apply the same rules, and the rules are tested
// as a table (test/unit/power_sync.test.ts).
import type { Server__Output } from '../gen/types.js';
import type { GuestInfo, GuestPowerState } from '../compute/virt/driver.js';
import type { ServerPatch } from './record.js';
import { NO_TASK, type PowerState, type VmState } from './states.js';

/** The record's power_state for a guest's state; NOSTATE (unspecified) when the hypervisor has no guest. */
export function powerStateOf(guest: GuestInfo | undefined): PowerState {
  if (!guest) return 'POWER_STATE_UNSPECIFIED';
  const map: Record<GuestPowerState, PowerState> = {
    running: 'POWER_STATE_RUNNING',
    paused: 'POWER_STATE_PAUSED',
    suspended: 'POWER_STATE_SUSPENDED',
    shutdown: 'POWER_STATE_SHUTDOWN',
    crashed: 'POWER_STATE_CRASHED',
  };
  return map[guest.state];
}

export interface PowerSyncDecision {
  /**
   * The record change: power_state as the guest reports it and, when Nova
   * would stop the instance, vm_state STOPPED. Apply it as is (no fault):
   * after `stopGuest`, once the power-off succeeded.
   */
  patch: ServerPatch;
  /**
   * The guest must be powered off first (driver.powerOff), as Nova's
   * force_stop: the record says STOPPED (or soft-deleted) but the guest
   * runs, or the record says ACTIVE and the guest is suspended. If the
   * power-off fails, apply nothing; the next sync tries again.
   */
  stopGuest: boolean;
  /** Why, for the log line. */
  reason: string;
}

/** vm_states whose guest the sync leaves alone beyond recording its power_state (Nova: BUILDING, RESCUED, RESIZED, SUSPENDED, ERROR). */
const POWER_ONLY: ReadonlySet<VmState> = new Set<VmState>(['VM_STATE_RESCUED', 'VM_STATE_RESIZED', 'VM_STATE_SUSPENDED', 'VM_STATE_ERROR', 'VM_STATE_SHELVED']);

/** vm_states the sync skips entirely: no guest is expected on the host, or the build still owns it. */
const SKIPPED: ReadonlySet<VmState> = new Set<VmState>(['VM_STATE_BUILDING', 'VM_STATE_SHELVED_OFFLOADED', 'VM_STATE_DELETED', 'VM_STATE_UNSPECIFIED']);

const STOPPED: ServerPatch = { vm_state: 'VM_STATE_STOPPED' };

/**
 * What the periodic power sync does to one instance, given the guest as the
 * driver reports it now (`driver.guest(id)`, read in the instance actor's
 * mailbox, not earlier: a task that ran in between would make it stale).
 * Returns undefined when the record is already right or must not be
 * touched: a task is in progress (the task decides the end state), or the
 * vm_state is BUILDING / SHELVED_OFFLOADED / DELETED.
 *
 * Rules (Nova's _sync_instance_power_state; the driver wins):
 * - power_state always becomes the guest's (NOSTATE when there is no guest);
 * - ACTIVE and the guest is shutdown or crashed → vm STOPPED (it is already off);
 * - ACTIVE and the guest is suspended → power the guest off, vm STOPPED;
 * - ACTIVE and paused, or no guest → power_state only (Nova only logs);
 * - STOPPED and the guest is running, paused or suspended → power it off again
 *   (power_state SHUTDOWN once done);
 * - PAUSED and the guest is shutdown or crashed → vm STOPPED;
 * - SOFT_DELETED and the guest is not off → power it off;
 * - RESCUED, RESIZED, SUSPENDED, ERROR, SHELVED → power_state only.
 */
export function powerSyncPatch(server: Server__Output, guest: GuestInfo | undefined): PowerSyncDecision | undefined {
  if (server.task_state !== NO_TASK) return undefined;
  const vm = server.vm_state;
  if (SKIPPED.has(vm)) return undefined;
  const power = powerStateOf(guest);
  const state = guest?.state;
  const off = state === 'shutdown' || state === 'crashed';
  const stop = (reason: string): PowerSyncDecision => ({ patch: { ...(vm === 'VM_STATE_SOFT_DELETED' ? {} : STOPPED), power_state: 'POWER_STATE_SHUTDOWN' }, stopGuest: true, reason });
  const record = (reason: string, extra: ServerPatch = {}): PowerSyncDecision | undefined => {
    const patch: ServerPatch = { ...extra };
    if (power !== server.power_state) patch.power_state = power;
    if (extra.vm_state === vm) delete patch.vm_state;
    return Object.keys(patch).length ? { patch, stopGuest: false, reason } : undefined;
  };
  if (POWER_ONLY.has(vm)) return record(`power state is ${power}`);
  switch (vm) {
    case 'VM_STATE_ACTIVE':
      if (off) return record(`guest is ${state} but the record says active: stopped`, STOPPED);
      if (state === 'suspended') return stop('guest is suspended but the record says active: stopping it');
      return record(guest ? `guest is ${state}` : 'hypervisor has no guest for an active instance');
    case 'VM_STATE_STOPPED':
      if (guest && !off) return stop(`guest is ${state} but the record says stopped: stopping it`);
      return record(`power state is ${power}`);
    case 'VM_STATE_PAUSED':
      if (off) return record(`guest is ${state} but the record says paused: stopped`, STOPPED);
      return record(`power state is ${power}`);
    case 'VM_STATE_SOFT_DELETED':
      if (guest && !off) return stop(`guest is ${state} but the instance is soft-deleted: stopping it`);
      return record(`power state is ${power}`);
    default:
      return record(`power state is ${power}`);
  }
}
