// Moves of a server between hosts: resize, cold migration, live migration
// (and the revert and confirm of the first two), as Nova's compute manager
// does them between a source and a destination. The server's instance
// actor drives the move from the host that owns it; ownership passes with
// one compare-and-set log write (the record naming the new host), after
// which the old actor stops serving and the new host starts one on the same
// subject. Until a resize or cold migration is confirmed the source keeps
// the guest (off) and its claim — a "hold" — so a revert can go back.
// Hosts never address each other: every call to the other party of a move
// goes to the conductor on this host's own subject, which checks the move
// against the log and relays it (pkg/conductor/host_relay.ts).
import { randomUUID } from 'node:crypto';
import { asKumoError, KumoError } from '../actor/errors.js';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { HostConductorProtocol } from '../conductor/host_protocol.js';
import type * as g from '../gen/types.js';
import { NO_TASK, type VmState } from '../lifecycle/states.js';
import type { InstanceActor, Step } from './instance.js';
import { powerStateOf } from './instance.js';
import type { VirtDriver } from './virt/driver.js';

/** What moves need from the host the actor lives on. */
export interface MoveHost {
  readonly name: string;
  readonly driver: VirtDriver;
  /**
   * The server leaves this host: logs `next` (naming another host) as a
   * compare-and-set, drops the actor, and either keeps a hold (guest and
   * claim, for a revert) or lets everything go.
   */
  handOver(next: g.ServerRecord__Output, keepHold: boolean): Promise<void>;
  /** The destination never took a handed-over server: take it back from the hold. */
  takeBack(handed: g.ServerRecord__Output, reason: string): Promise<void>;
  releaseClaim(id: string): void;
}

const PROGRESS_STEP = 10;

export class MoveOrchestrator {
  constructor(
    private readonly host: MoveHost,
    private readonly system: ActorSystem,
  ) {}

  /** The conductor as this host calls it: for itself, and relaying to the other party of a move. */
  conductor() {
    return this.system.ref(subjects.conductorForHost(this.host.name), HostConductorProtocol);
  }

  /** Asks `peer` (through the conductor) to drop what it holds for the migration. */
  private release(id: string, migrationId: string, peer: string) {
    return this.conductor().call('ReleaseMigration', { id, migration_id: migrationId, peer_host: peer }, { timeoutMs: 15_000 });
  }

  /** Source side: find a destination, claim there, copy, hand the server over. Each record change is a `step` of the task. */
  async move(actor: InstanceActor, step: Step, kind: string, flavor: g.Flavor__Output, target: string, requestId: string): Promise<void> {
    const live = kind === 'live-migration';
    const record = actor.current;
    const { hosts } = await this.conductor().call(
      'SelectDestination',
      { record, flavor, ignore_hosts: [this.host.name], target_host: target },
      { timeoutMs: 30_000 },
    );
    const migration: g.Migration__Output = {
      id: randomUUID(),
      type: kind,
      source_host: this.host.name,
      dest_host: '',
      old_flavor: record.server!.flavor,
      new_flavor: flavor,
      status: 'pre-migrating',
      request_id: requestId,
    };
    const refusals: string[] = [];
    for (const dest of hosts) {
      try {
        await this.conductor().call('PrepareMigration', { record: { ...actor.current, migration: { ...migration, dest_host: dest } } }, { timeoutMs: 15_000 });
        migration.dest_host = dest;
        break;
      } catch (err) {
        refusals.push(`${dest}: ${asKumoError(err).message}`);
      }
    }
    if (!migration.dest_host) {
      throw new KumoError('FAILED_PRECONDITION', `No valid host was found for the ${kind}.${refusals.length ? ` ${refusals.join('; ')}` : ''}`, { reason: 'NO_VALID_HOST' });
    }
    const dest = migration.dest_host;
    const id = actor.id;
    let handed: g.ServerRecord__Output;
    try {
      await step(() =>
        actor.apply(live ? { progress: 0 } : { task_state: 'TASK_STATE_RESIZE_MIGRATING' }, { migration: { ...migration, status: 'migrating' } }),
      );
      if (live) {
        let last = 0;
        await this.host.driver.liveMigrate(id, dest, (percent) => {
          if (percent - last < PROGRESS_STEP) return;
          last = percent;
          actor.later(async () => {
            if (actor.server.task_state === 'TASK_STATE_MIGRATING') await actor.apply({ progress: Math.min(99, Math.round(percent)) });
          });
        });
      } else {
        await this.host.driver.migrateDisk(id, dest, flavor);
        await step(() => actor.apply({ task_state: 'TASK_STATE_RESIZE_MIGRATED', progress: 50 }));
      }
      // Ownership passes: one logged record naming the destination (not if the task was superseded meanwhile).
      handed = await step(async () => {
        const current = actor.current;
        const next: g.ServerRecord__Output = {
          ...current,
          migration: { ...current.migration!, status: live ? 'running' : 'finished' },
          generation: current.generation + 1,
          finished_action: null,
          server: {
            ...current.server!,
            host: dest,
            hypervisor_hostname: dest,
            flavor: kind === 'resize' ? flavor : current.server!.flavor,
            task_state: live ? 'TASK_STATE_MIGRATING' : 'TASK_STATE_RESIZE_FINISH',
            update_time: current.server!.update_time,
          },
        };
        await this.host.handOver(next, !live);
        actor.leave();
        return next;
      });
    } catch (err) {
      // Not handed over: the destination's claim goes here, whether or not the record carries the migration yet.
      await this.release(id, migration.id, dest).catch((e: unknown) => this.system.log.warn({ err: e, instance: id }, 'could not release the destination claim'));
      throw err;
    }
    try {
      await this.finishOn(handed);
    } catch (err) {
      // The log names the destination but it never took over: a cold move comes back to its hold here.
      this.system.log.error({ err, instance: id, dest }, 'the destination did not take the server over');
      if (!live) await this.host.takeBack(handed, asKumoError(err).message);
    }
  }

  /** The server was deleted on the destination while its source held a copy: free it now. */
  releaseSource(id: string, m: g.Migration__Output): void {
    this.release(id, m.id, m.source_host).catch((err: unknown) => this.system.log.warn({ err, instance: id, source: m.source_host }, 'could not free the source copy; its hold check will'));
  }

  /** Tells the new owner (the host the logged record names) to take over; retried, since the log already names it. */
  private async finishOn(record: g.ServerRecord__Output): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.conductor().call('FinishMigration', { record }, { timeoutMs: 15_000 });
        return;
      } catch (err) {
        // The conductor refused (the log shows another move): asking again will not change that.
        if (attempt >= 4 || asKumoError(err).code === 'PERMISSION_DENIED') throw err;
        await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
      }
    }
  }

  /** A move failed on the source before the hand-over: free the destination, and settle the server. */
  async abort(actor: InstanceActor, err: unknown, action: string): Promise<void> {
    const m = actor.current.migration;
    if (m?.dest_host) {
      await this.release(actor.id, m.id, m.dest_host).catch((e: unknown) => this.system.log.warn({ err: e, instance: actor.id }, 'could not release the destination claim'));
    }
    // Deleted meanwhile: the delete settles the server.
    if (actor.deleting || actor.server.task_state === NO_TASK) return;
    const noHost = asKumoError(err).reason === 'NO_VALID_HOST';
    const live = m?.type === 'live-migration' || actor.server.task_state === 'TASK_STATE_MIGRATING';
    if (noHost || live) {
      // As Nova: no destination, or a live migration rolled back — the server stays as it was.
      const guest = this.host.driver.guest(actor.id);
      await actor.apply({ task_state: NO_TASK, progress: 0, power_state: powerStateOf(guest) }, { migration: null });
      return;
    }
    await actor.fail(err, action);
  }

  /** Destination side, on a server in VERIFY_RESIZE: the source drops its copy, the server settles here. */
  async confirm(actor: InstanceActor, requestId: string): Promise<void> {
    const m = actor.current.migration;
    void requestId;
    if (m) {
      // A source that is down or slow must not block the confirm: once the log shows the move confirmed, its hold check (or its recovery) frees the copy.
      await this.release(actor.id, m.id, m.source_host).catch((err: unknown) => this.system.log.warn({ err, instance: actor.id, source: m.source_host }, 'confirm: the source did not release its copy now; it will on its own'));
    }
    const running = this.host.driver.guest(actor.id)?.state === 'running';
    await actor.apply({ vm_state: running ? 'VM_STATE_ACTIVE' : 'VM_STATE_STOPPED', task_state: NO_TASK, progress: 0 }, { migration: null });
  }

  /** Destination side, on a server in VERIFY_RESIZE: drop this copy and hand the server back to the source with its old flavor. */
  async revert(actor: InstanceActor, step: Step, requestId: string): Promise<void> {
    void requestId;
    const m = actor.current.migration;
    if (!m) throw new KumoError('FAILED_PRECONDITION', `server ${actor.id} has no migration to revert`, { reason: 'NO_MIGRATION' });
    await this.host.driver.destroy(actor.id);
    const handed = await step(async () => {
      const current = actor.current;
      const next: g.ServerRecord__Output = {
        ...current,
        migration: { ...m, status: 'reverting' },
        generation: current.generation + 1,
        finished_action: null,
        server: { ...current.server!, host: m.source_host, hypervisor_hostname: m.source_host, flavor: m.old_flavor, task_state: 'TASK_STATE_RESIZE_REVERTING' },
      };
      await this.host.handOver(next, false);
      actor.leave();
      return next;
    });
    await this.finishOn(handed);
  }

  /** Registers the image a shelve writes. */
  async registerShelveImage(record: g.ServerRecord__Output): Promise<g.Image__Output> {
    const s = record.server!;
    // The conductor takes the owner from the logged record, not from us.
    const res = await this.conductor().call('RegisterSnapshot', { id: s.id, name: `${s.name}-shelved`, metadata: {} }, { timeoutMs: 15_000 });
    return res.image!;
  }
}

/**
 * The new owner's first step after a hand-over: a moved server gets its
 * guest here and its state; a reverted one gets its old guest back.
 */
export async function finishArrival(actor: InstanceActor, step: Step, driver: VirtDriver, reverted: boolean): Promise<void> {
  const record = actor.current;
  const m = record.migration!;
  const previous: VmState = record.previous_vm_state === 'VM_STATE_UNSPECIFIED' ? 'VM_STATE_ACTIVE' : record.previous_vm_state;
  const wasRunning = previous === 'VM_STATE_ACTIVE';
  if (reverted) {
    if (wasRunning) await driver.powerOn(actor.id);
    await step(() =>
      actor.apply({ vm_state: previous, task_state: NO_TASK, progress: 0, power_state: powerStateOf(driver.guest(actor.id)) }, { migration: null }),
    );
    return;
  }
  if (m.type === 'live-migration') {
    await driver.adoptMigrated(record, previous === 'VM_STATE_PAUSED' ? 'paused' : 'running');
    await step(() =>
      actor.apply({ vm_state: previous, task_state: NO_TASK, progress: 0, power_state: powerStateOf(driver.guest(actor.id)) }, { migration: null }),
    );
    return;
  }
  await driver.finishMigration(record, wasRunning);
  await step(() =>
    actor.apply({ vm_state: 'VM_STATE_RESIZED', task_state: NO_TASK, progress: 0, power_state: powerStateOf(driver.guest(actor.id)) }),
  );
}
