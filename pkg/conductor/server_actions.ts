// Server actions the conductor takes part in: it resolves what the host
// cannot (a new flavor, an image, a snapshot's image record) and forwards
// to the instance actor; it owns servers no host holds (shelved-offloaded,
// still scheduling) and changes them with compare-and-set log writes; and
// it drives the actions that need the scheduler without a live source host
// (evacuate, unshelve of an offloaded server), as nova-conductor does.
import { asKumoError, InvalidArgumentError, KumoError, NotFoundError } from '../actor/errors.js';
import type { ActorSystem, CallContext } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { InstanceProtocol } from '../compute/protocol.js';
import type * as g from '../gen/types.js';
import type { InstanceActionRecorder } from '../events/recorder.js';
import { ruleFor } from '../lifecycle/actions.js';
import { checkAction } from '../lifecycle/check.js';
import type { ActionRecorder } from '../lifecycle/recorder.js';
import { instantPatch } from '../lifecycle/instant.js';
import { nextRecord, serverRecordCodec, type ServerPatch } from '../lifecycle/record.js';
import { InstanceInvalidStateError } from '../lifecycle/errors.js';
import { taskStateName, vmStateName } from '../lifecycle/states.js';
import { SchedulerProtocol } from '../scheduler/protocol.js';
import { StateConflictError } from '../statelog/errors.js';
import type { StateLog } from '../statelog/statelog.js';
import { background, type BuildTask, type PlacementRecording } from './build.js';
import { visibleTo, type Catalog } from './catalog.js';
import type { ServerReads } from './servers.js';
import type { ConductorView } from './view.js';
import type { Quotas } from '../quota/quotas.js';

/** The recorder, plus the scheduler notifications a move's scheduling publishes. */
export type ActionRecorderWithNotifier = ActionRecorder & Pick<InstanceActionRecorder, 'notifier'>;

/** What evacuate needs to know about a host's compute service. */
export interface HostLiveness {
  status(host: string): { known: boolean; up: boolean; forcedDown: boolean; disabled: boolean };
}

const CAS_ATTEMPTS = 5;

export class ServerActions {
  constructor(
    private readonly system: ActorSystem,
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
    private readonly servers: ServerReads,
    private readonly catalog: Catalog,
    private readonly builder: BuildTask,
    private readonly liveness: HostLiveness,
    private readonly recorder: ActionRecorderWithNotifier,
    /** Checks a resize's upsize against the project's cores and RAM quota (optional so tests can run without one). */
    private readonly quotas?: Pick<Quotas, 'reserveResize' | 'restoreCharge'>,
  ) {}

  async act(req: g.InstanceActionRequest__Output, ctx: CallContext): Promise<g.InstanceActionResponse> {
    const action = req.action;
    if (!action) throw InvalidArgumentError.field('action', 'required');
    const id = (req[action] as { id: string }).id;
    const record = this.servers.record(id, ctx);
    const server = record.server!;
    switch (action) {
      case 'resize': {
        const flavor = this.view.live(this.view.flavors, req.resize!.flavor_id);
        if (!flavor) throw InvalidArgumentError.field('flavor_id', `flavor ${req.resize!.flavor_id} not found`);
        // The server counts the larger flavor until the move settles (pkg/quota/charge.ts); a resize that does not start gives it back.
        await this.quotas?.reserveResize(record, flavor);
        try {
          return await this.forward(id, { ...req, flavor }, ctx);
        } catch (err) {
          await this.quotas?.restoreCharge(record).catch(() => undefined);
          throw err;
        }
      }
      case 'rebuild': {
        const image = this.image(req.rebuild!.image_id || server.image_id, 'image_id', ctx);
        return this.forward(id, { ...req, rebuild_image: image }, ctx);
      }
      case 'rescue': {
        if (req.rescue!.image_id) this.image(req.rescue!.image_id, 'image_id', ctx);
        return this.forward(id, req, ctx);
      }
      case 'create_image': {
        // Refuse before registering an image that would never be filled.
        checkAction(server, req);
        const image = await this.catalog.registerSnapshot(server, req.create_image!.name, req.create_image!.metadata);
        try {
          const res = await this.forward(id, { ...req, image }, ctx);
          return { ...res, image };
        } catch (err) {
          await this.catalog.finishSnapshot(image.id, true).catch(() => undefined);
          throw err;
        }
      }
      case 'evacuate':
        return this.evacuate(record, req, ctx);
      case 'unshelve':
        if (server.host) return this.forward(id, req, ctx);
        return this.unshelveOffloaded(record, req, ctx);
      case 'force_delete':
        if (server.host) return this.forward(id, req, ctx);
        checkAction(server, req);
        await this.servers.delete(id, ctx);
        return { server: { ...server, vm_state: 'VM_STATE_DELETED', status: 'SERVER_STATUS_DELETED' } };
      default:
        if (server.host) return this.forward(id, req, ctx);
        return this.hostless(id, req, ctx);
    }
  }

  /** SelectDestination: the scheduler's choice for a move, best first. */
  async selectDestination(req: g.SelectDestinationRequest__Output, ctx: CallContext): Promise<g.SelectDestinationResponse> {
    const record = req.record;
    if (!record?.server?.id || !record.request_spec || !req.flavor) throw InvalidArgumentError.field('record', 'server, request spec and flavor are required');
    const spec: g.RequestSpec__Output = {
      ...record.request_spec,
      flavor: req.flavor,
      ignore_hosts: [...req.ignore_hosts],
      tried_hosts: [],
      force_host: req.target_host,
      scheduler_hints: record.request_spec.scheduler_hints ? { ...record.request_spec.scheduler_hints, target_host: '' } : null,
    };
    const scheduler = this.system.ref(subjects.scheduler(), SchedulerProtocol);
    const ids = [record.server.id];
    this.recorder.notifier.selectDestinations('start', spec, ids, ctx.requestId);
    const res = await scheduler.call('SelectDestinations', { spec, instance_ids: ids, min_count: 1 }, { parent: ctx, timeoutMs: 30_000 });
    this.recorder.notifier.selectDestinations('end', spec, ids, ctx.requestId);
    const sel = res.selections[0];
    return { hosts: sel ? [sel.host, ...sel.alternates] : [] };
  }

  private image(imageId: string, field: string, ctx: CallContext): g.Image__Output {
    const image = this.view.live(this.view.images, imageId);
    if (!image || !visibleTo(image, ctx)) throw InvalidArgumentError.field(field, `image ${imageId} not found`);
    if (image.status !== 'IMAGE_STATUS_ACTIVE') throw InvalidArgumentError.field(field, `image ${image.id} is not active`);
    return image;
  }

  /** Sends the action to the instance actor; a server caught mid-move is asked again on its new host. */
  private async forward(id: string, req: g.InstanceActionRequest__Output, ctx: CallContext): Promise<g.InstanceActionResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.system.ref(subjects.instance(id), InstanceProtocol).call('Act', req, { parent: ctx });
      } catch (err) {
        const reason = asKumoError(err).reason;
        if ((reason !== 'INSTANCE_MOVED' && reason !== 'NO_RESPONDERS') || attempt >= CAS_ATTEMPTS - 1) throw err;
        await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        await this.view.waitFor(await this.stateLog.lastSequence());
        // Offloaded or handed back meanwhile: the conductor owns it now.
        if (!this.servers.record(id, ctx).server!.host) throw err;
      }
    }
  }

  /** Changes a record no host holds: check, then a compare-and-set write, retried against a newer view. */
  private async write(id: string, ctx: CallContext, decide: (r: g.ServerRecord__Output) => g.ServerRecord__Output): Promise<g.ServerRecord__Output> {
    for (let attempt = 0; ; attempt++) {
      const record = this.servers.record(id, ctx);
      if (record.server!.host) throw new KumoError('UNAVAILABLE', `server ${id} was just placed on ${record.server!.host}; retry`, { reason: 'INSTANCE_MOVED' });
      const next = decide(record);
      try {
        const seq = await this.stateLog.appendExclusive('server', id, next.generation, 'put', serverRecordCodec.encode(next));
        await this.view.waitFor(seq);
        return next;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= CAS_ATTEMPTS - 1) throw err;
        await new Promise((r) => setTimeout(r, 25 * 2 ** attempt));
        await this.view.waitFor(await this.stateLog.lastSequence());
      }
    }
  }

  /** An action on a server no host holds: only instant ones apply (delete goes through DeleteServer). */
  private async hostless(id: string, req: g.InstanceActionRequest__Output, ctx: CallContext): Promise<g.InstanceActionResponse> {
    const name = ruleFor(req).name;
    let started = false;
    const next = await this.write(id, ctx, (record) => {
      const server = record.server!;
      checkAction(server, req);
      const patch = instantPatch(server, req);
      if (!patch) {
        // Allowed by state but needs a guest (e.g. delete-only states): no host holds one.
        throw new InstanceInvalidStateError(id, req.action!, vmStateName(server.vm_state), taskStateName(server.task_state));
      }
      if (!started) this.recorder.start(server, name, ctx);
      started = true;
      return nextRecord(record, patch);
    }).catch((err: unknown) => {
      if (started) this.recorder.finish(this.servers.record(id, ctx).server!, name, ctx.requestId, err);
      throw err;
    });
    this.recorder.finish(next.server!, name, ctx.requestId);
    return { server: next.server };
  }

  /** Evacuate: the host is down, so the conductor takes the record and rebuilds it elsewhere. */
  private async evacuate(record0: g.ServerRecord__Output, req: g.InstanceActionRequest__Output, ctx: CallContext): Promise<g.InstanceActionResponse> {
    const source = record0.server!.host;
    checkAction(record0.server!, req);
    if (!source) throw new InstanceInvalidStateError(record0.server!.id, 'evacuate', vmStateName(record0.server!.vm_state), taskStateName(record0.server!.task_state));
    const service = this.liveness.status(source);
    if (service.up && !service.forcedDown) {
      throw new KumoError('FAILED_PRECONDITION', `Compute service of ${source} is still in use: evacuate needs it down or forced down`, {
        reason: 'HOST_UP',
        metadata: { host: source },
      });
    }
    const target = req.evacuate!.host;
    if (target === source) throw InvalidArgumentError.field('host', 'must differ from the server\'s current host');
    const next = await this.takeOver(record0.server!.id, ctx, source, req, (record) => ({
      ...nextRecord(record, { task_state: 'TASK_STATE_REBUILDING', host: '', hypervisor_hostname: '' }),
      previous_vm_state: record.server!.vm_state,
      migration: {
        id: ctx.requestId,
        type: 'evacuation',
        source_host: source,
        dest_host: target,
        old_flavor: record.server!.flavor,
        new_flavor: record.server!.flavor,
        status: 'accepted',
        request_id: ctx.requestId,
      },
    }));
    this.recorder.start(record0.server!, 'evacuate', ctx);
    this.placeAgain(next, { ignore: [source], force: target }, ctx, { action: 'evacuate', event: 'conductor_rebuild_server' });
    return { server: next.server };
  }

  /** Unshelve of an offloaded server: scheduled again like a build, from its shelved image. */
  private async unshelveOffloaded(record0: g.ServerRecord__Output, req: g.InstanceActionRequest__Output, ctx: CallContext): Promise<g.InstanceActionResponse> {
    const zone = req.unshelve!.availability_zone;
    const next = await this.takeOver(record0.server!.id, ctx, '', req, (record) => {
      const patch: ServerPatch = { task_state: 'TASK_STATE_UNSHELVING' };
      if (zone) patch.availability_zone = zone;
      return nextRecord(record, patch);
    });
    this.recorder.start(record0.server!, 'unshelve', ctx);
    this.placeAgain(next, { ignore: [], force: '', zone }, ctx, { action: 'unshelve', event: 'conductor_unshelve_instance' });
    return { server: next.server };
  }

  /** Checks and writes the record's hand-over to the conductor (host cleared, task set, a fresh build's bookkeeping). */
  private async takeOver(
    id: string,
    ctx: CallContext,
    expectedHost: string,
    req: g.InstanceActionRequest__Output,
    change: (r: g.ServerRecord__Output) => g.ServerRecord__Output,
  ): Promise<g.ServerRecord__Output> {
    for (let attempt = 0; ; attempt++) {
      const record = this.servers.record(id, ctx);
      if (record.server!.host !== expectedHost) throw new KumoError('ABORTED', `server ${id} moved while the request was checked; retry`, { reason: 'CONCURRENT_UPDATE' });
      checkAction(record.server!, req);
      const next: g.ServerRecord__Output = { ...change(record), request_id: ctx.requestId, tried_hosts: [], alternates: [] };
      try {
        const seq = await this.stateLog.appendExclusive('server', id, next.generation, 'put', serverRecordCodec.encode(next));
        await this.view.waitFor(seq);
        return next;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= CAS_ATTEMPTS - 1) throw err;
        await new Promise((r) => setTimeout(r, 25 * 2 ** attempt));
        await this.view.waitFor(await this.stateLog.lastSequence());
      }
    }
  }

  /** Schedules a taken-over record in the background, as a build: first host that claims it wins. */
  private placeAgain(record: g.ServerRecord__Output, where: { ignore: string[]; force: string; zone?: string }, ctx: CallContext, recordAs: PlacementRecording): void {
    const spec0 = record.request_spec;
    if (!spec0) {
      void this.builder.fail(record, new KumoError('FAILED_PRECONDITION', 'the server has no request spec to schedule it again', { reason: 'NO_REQUEST_SPEC' }));
      return;
    }
    const spec: g.RequestSpec__Output = {
      ...spec0,
      flavor: record.server!.flavor,
      ignore_hosts: where.ignore,
      tried_hosts: [],
      force_host: where.force,
      availability_zone: where.zone || spec0.availability_zone,
      scheduler_hints: spec0.scheduler_hints ? { ...spec0.scheduler_hints, target_host: '' } : null,
    };
    this.builder.place([record], spec, background(ctx), recordAs).catch((err: unknown) => {
      ctx.log.error({ err, instance: record.server!.id }, 'placing the server again failed');
    });
  }

  /** FinishSnapshot from a host. */
  async finishSnapshot(req: g.FinishSnapshotRequest__Output, ctx: CallContext): Promise<void> {
    if (req.failed) ctx.log.warn({ image: req.image_id, reason: req.reason }, 'snapshot failed');
    try {
      await this.catalog.finishSnapshot(req.image_id, req.failed);
    } catch (err) {
      // The image was deleted while the snapshot ran: nothing to finish.
      if (!(err instanceof NotFoundError)) throw err;
    }
  }

}
