// The build_instances task: record the servers in BUILD (durably, before
// answering), then schedule them and hand each to its host, trying the
// alternates when a host refuses the claim. A server that finds no host
// ends in ERROR with a fault saying why.
import { metadataViolations } from '../lifecycle/fields.js';
import { randomUUID } from 'node:crypto';
import { randomHex } from '../util/random.js';
import { InvalidArgumentError, KumoError, asKumoError, type FieldViolation } from '../actor/errors.js';
import type { ActorSystem, CallContext } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { HostProtocol } from '../compute/protocol.js';
import type * as g from '../gen/types.js';
import { nextRecord, serverRecordCodec } from '../lifecycle/record.js';
import { NO_TASK, deriveStatus } from '../lifecycle/states.js';
import { SchedulerProtocol } from '../scheduler/protocol.js';
import type { StateLog } from '../statelog/statelog.js';
import { nowTimestamp } from '../util/timestamp.js';
import { visibleTo } from './catalog.js';
import { buildRequestSpec } from './request_spec.js';
import { keypairKey, type ConductorView } from './view.js';
import { StateConflictError } from '../statelog/errors.js';
import type { EventHandOver, InstanceActionRecorder } from '../events/recorder.js';
import { addressesOf, type Networks } from './networks.js';
import type { Quotas } from '../quota/quotas.js';

/** The context of work that outlives the request: same request id and trace, no deadline. */
export function background(ctx: CallContext): CallContext {
  return { ...ctx, deadline: 0 };
}

export const MAX_COUNT = 1000;
const MAX_USER_DATA = 65535;

export class BuildTask {
  constructor(
    private readonly system: ActorSystem,
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
    /** Records the create action's conductor part and sends scheduler.select_destinations.* (optional so tests can build without one). */
    private readonly recorder?: InstanceActionRecorder,
    /** Ports and addresses (optional so tests can build without networking: servers get none). */
    private readonly networks?: Networks,
    /** Quota reservations (optional so tests can build without quotas). */
    private readonly quotas?: Pick<Quotas, 'reserveServers' | 'releaseServers'>,
  ) {}

  async buildInstances(req: g.CreateServerRequest__Output, ctx: CallContext): Promise<g.CreateServerResponse> {
    const valid = this.validate(req, ctx);
    const { flavor, image } = valid;
    const ports = (await this.networks?.plan(req, valid.count, ctx)) ?? [];
    const spec = buildRequestSpec(this.view, req, flavor, image, ctx);
    const reservationId = `r-${randomHex(4)}`;
    const ids = Array.from({ length: valid.count }, () => randomUUID());
    // Quota first (pkg/quota): as many as fit, from min_count to max_count, or RESOURCE_EXHAUSTED.
    if (this.quotas) ids.length = await this.quotas.reserveServers(ctx, ids, Math.min(req.min_count || 1, valid.count), flavor, spec.group?.id ?? '', Object.keys(req.metadata).length);
    const count = ids.length;
    // The ports next: a failed allocation (no free address, a fixed IP in use) creates no server.
    let nics: g.Nic__Output[][];
    try {
      nics = this.networks ? await this.networks.allocate(ids, ports, ctx, req.availability_zone) : ids.map(() => []);
    } catch (err) {
      await this.quotas?.releaseServers(ctx.projectId, ids).catch(() => undefined);
      throw err;
    }
    const now = nowTimestamp();
    const records: g.ServerRecord__Output[] = [];
    for (let i = 0; i < count; i++) {
      const server: g.Server__Output = {
        id: ids[i]!,
        name: count > 1 ? `${req.name}-${i + 1}` : req.name,
        project_id: ctx.projectId,
        user_id: ctx.userId,
        status: deriveStatus('VM_STATE_BUILDING', 'TASK_STATE_SCHEDULING'),
        vm_state: 'VM_STATE_BUILDING',
        task_state: 'TASK_STATE_SCHEDULING',
        power_state: 'POWER_STATE_UNSPECIFIED',
        flavor,
        image_id: image.id,
        host: '',
        addresses: addressesOf(nics[i]!),
        key_name: req.key_name,
        metadata: { ...req.metadata },
        fault: null,
        create_time: now,
        update_time: now,
        launch_time: null,
        availability_zone: req.availability_zone,
        reservation_id: reservationId,
        launch_index: i,
        hypervisor_hostname: '',
        server_groups: spec.group ? [spec.group.id] : [],
        locked: false,
        locked_reason: '',
        locked_by: '',
        tags: [],
        progress: 0,
        deleted_time: null,
        security_groups: [],
      };
      records.push({
        server,
        user_data: req.user_data,
        generation: 1,
        finished_action: null,
        tried_hosts: [],
        image_properties: { ...image.properties },
        alternates: [],
        request_spec: spec,
        migration: null,
        previous_vm_state: 'VM_STATE_UNSPECIFIED',
        shelved_image_id: '',
        request_id: ctx.requestId,
        nics: nics[i]!,
      });
    }
    const appended = await Promise.allSettled(records.map((r) => this.stateLog.append('server', r.server!.id, 1, 'put', serverRecordCodec.encode(r))));
    const lost = appended.flatMap((a, i) => (a.status === 'rejected' ? [i] : []));
    if (lost.length) {
      // Servers never recorded give their ports back (a recorded one keeps them until it is deleted).
      await this.networks?.releaseNics(lost.flatMap((i) => nics[i]!)).catch(() => undefined);
      await this.quotas?.releaseServers(ctx.projectId, lost.map((i) => ids[i]!)).catch(() => undefined);
      throw (appended[lost[0]!] as PromiseRejectedResult).reason;
    }
    const acks = appended.map((a) => (a as PromiseFulfilledResult<{ seq: number }>).value);
    await this.view.waitFor(Math.max(...acks.map((a) => a.seq)));
    // The records are durable, and with them the create actions' starts (their host finishes them, or place() when no host takes the server).
    for (const r of records) this.recorder?.createStarted(r.server!, ctx);
    // Answer now, place in the background, free of the caller's deadline.
    void this.place(records, spec, background(ctx), CREATE_PLACEMENT);
    return { servers: records.map((r) => r.server!), reservation_id: reservationId };
  }

  /** ExplainPlacement: the dry run of a create request; nothing is recorded or claimed. */
  async explain(req: g.ExplainPlacementRequest__Output, ctx: CallContext): Promise<g.ExplainPlacementResponse> {
    if (!req.server) throw InvalidArgumentError.field('server', 'required');
    if (req.top < 0) throw InvalidArgumentError.field('top', 'must not be negative');
    const { flavor, image, count } = this.validate(req.server, ctx);
    const spec = buildRequestSpec(this.view, req.server, flavor, image, ctx);
    return this.system.ref(subjects.scheduler(), SchedulerProtocol).call('ExplainPlacement', { spec, count, top: Math.min(req.top || 5, 50) }, { parent: ctx });
  }

  private validate(req: g.CreateServerRequest__Output, ctx: CallContext): { flavor: g.Flavor__Output; image: g.Image__Output; count: number } {
    const v: FieldViolation[] = [];
    if (!req.name.trim()) v.push({ field: 'name', description: 'required' });
    else if (req.name.length > 255) v.push({ field: 'name', description: 'must be at most 255 characters' });
    if (!req.flavor_id) v.push({ field: 'flavor_id', description: 'required' });
    if (!req.image_id) v.push({ field: 'image_id', description: 'required' });
    const min = req.min_count || 1;
    const max = req.max_count || min;
    if (req.min_count < 0) v.push({ field: 'min_count', description: 'must not be negative' });
    if (req.max_count < 0) v.push({ field: 'max_count', description: 'must not be negative' });
    if (max < min) v.push({ field: 'max_count', description: `must be at least min_count (${min})` });
    if (max > MAX_COUNT) v.push({ field: 'max_count', description: `must be at most ${MAX_COUNT}` });
    v.push(...metadataViolations(req.metadata, 'metadata'));
    if (req.user_data.length > MAX_USER_DATA) v.push({ field: 'user_data', description: `must be at most ${MAX_USER_DATA} bytes` });
    if (v.length) throw new InvalidArgumentError(v);

    const flavor = this.view.live(this.view.flavors, req.flavor_id);
    if (!flavor) throw InvalidArgumentError.field('flavor_id', `flavor ${req.flavor_id} not found`);
    const image = this.view.live(this.view.images, req.image_id);
    if (!image || !visibleTo(image, ctx)) throw InvalidArgumentError.field('image_id', `image ${req.image_id} not found`);
    if (image.status !== 'IMAGE_STATUS_ACTIVE') throw InvalidArgumentError.field('image_id', `image ${image.id} is not active`);
    if (flavor.ram_mb < image.min_ram_mb) throw InvalidArgumentError.field('flavor_id', `flavor RAM ${flavor.ram_mb} MB is below the image's min_ram ${image.min_ram_mb} MB`);
    if (flavor.disk_gb > 0 && flavor.disk_gb < image.min_disk_gb) throw InvalidArgumentError.field('flavor_id', `flavor disk ${flavor.disk_gb} GB is below the image's min_disk ${image.min_disk_gb} GB`);
    if (req.key_name && !this.view.live(this.view.keypairs, keypairKey(ctx.userId, req.key_name))) {
      throw InvalidArgumentError.field('key_name', `keypair ${req.key_name} not found`);
    }
    return { flavor, image, count: max };
  }

  /**
   * Schedules the servers (one scheduler call for all) and hands each to its
   * host. With `recordAs`, each server's part is recorded as that event of
   * that action (request id ctx.requestId), and the action is finished with
   * the error when the server finds no host (a host that takes it finishes
   * the action itself).
   */
  async place(records: g.ServerRecord__Output[], spec: g.RequestSpec__Output, ctx: CallContext, recordAs?: PlacementRecording): Promise<void> {
    const ids = records.map((r) => r.server!.id);
    const scheduled = this.selectDestinations(spec, ids, ctx);
    // Awaited per server below; this keeps a rejection from counting as unhandled meanwhile.
    scheduled.catch(() => undefined);
    await Promise.all(
      records.map((record) =>
        this.recorded(record, ctx, recordAs, async (hand) => {
          let selections: Map<string, g.Selection__Output>;
          try {
            selections = await scheduled;
          } catch (err) {
            const e = asKumoError(err);
            throw new BuildFailed(await this.fail(record, e), e);
          }
          const sel = selections.get(record.server!.id);
          if (!sel) return;
          const failure = await this.handOff(record, [sel.host, ...sel.alternates], ctx, '', hand);
          if (failure) throw failure;
        }),
      ),
    );
  }

  /** The scheduler call, between scheduler.select_destinations.start and .end notifications (no .end when it fails, as Nova). */
  private async selectDestinations(spec: g.RequestSpec__Output, ids: string[], ctx: CallContext): Promise<Map<string, g.Selection__Output>> {
    const scheduler = this.system.ref(subjects.scheduler(), SchedulerProtocol);
    this.recorder?.notifier.selectDestinations('start', spec, ids, ctx.requestId);
    const res = await scheduler.call('SelectDestinations', { spec, instance_ids: ids, min_count: ids.length }, { parent: ctx, timeoutMs: 30_000 });
    this.recorder?.notifier.selectDestinations('end', spec, ids, ctx.requestId);
    return new Map(res.selections.map((sel) => [sel.instance_id, sel]));
  }

  /** Runs one server's placement, as an event of its action when asked; a BuildFailed ends the action with the error. */
  private async recorded(record: g.ServerRecord__Output, ctx: CallContext, recordAs: PlacementRecording | undefined, run: (hand?: EventHandOver) => Promise<void>): Promise<void> {
    const requestId = ctx.requestId;
    try {
      if (recordAs && this.recorder) await this.recorder.handableEvent(record.server!.id, requestId, recordAs.event, '', run);
      else await run();
    } catch (err) {
      if (!(err instanceof BuildFailed)) throw err;
      if (recordAs) this.recorder?.finish(err.server, recordAs.action, requestId, err);
    }
  }

  /**
   * Gives the server to the first host that accepts the claim; the rest stay
   * as its alternates. Resolves to the failure when no host took it. With
   * `hand`, the placement's event goes along and the host that takes the
   * server logs it.
   */
  private async handOff(record: g.ServerRecord__Output, hosts: string[], ctx: CallContext, lastFailure = '', hand?: EventHandOver): Promise<BuildFailed | undefined> {
    const tried = [...record.tried_hosts];
    const refusals: string[] = lastFailure ? [lastFailure] : [];
    for (const [i, host] of hosts.entries()) {
      // A delete that arrived while scheduling wins.
      if (!this.view.serverIndex.summary(record.server!.id)) return aborted(record);
      tried.push(host);
      const conductorEvent = hand?.give() ?? null;
      try {
        await this.system
          .ref(subjects.host(host), HostProtocol)
          .call('BuildAndRunInstance', { record: { ...record, tried_hosts: tried, alternates: hosts.slice(i + 1) }, conductor_event: conductorEvent }, { parent: ctx, timeoutMs: 15_000 });
        return;
      } catch (err) {
        hand?.takeBack();
        const e = asKumoError(err);
        // The record changed under us (deleted, or failed) while we placed it: nothing more to do.
        if (e.reason === 'CONCURRENT_UPDATE') return aborted(record);
        refusals.push(`${host}: ${e.message}`);
        ctx.log.info({ instance: record.server!.id, host, reason: e.reason }, 'host refused the build; trying an alternate');
      }
    }
    const noHost = new KumoError(
      'FAILED_PRECONDITION',
      `No valid host was found. Exhausted all hosts available for retrying build failures for instance ${record.server!.id}.` +
        (refusals.length ? ` Last failure: ${refusals[refusals.length - 1]}` : ''),
      { reason: 'NO_VALID_HOST', metadata: Object.fromEntries(refusals.map((r, i) => [`attempt_${i + 1}`, r])) },
    );
    return new BuildFailed(await this.fail({ ...record, tried_hosts: tried, alternates: [] }, noHost), noHost);
  }

  /**
   * A host failed to spawn the server and handed it back: try the next
   * alternate, without asking the scheduler again (Nova's reschedule with
   * alternates).
   */
  async reschedule(req: g.RescheduleBuildRequest__Output, ctx: CallContext): Promise<g.RescheduleBuildResponse> {
    const record = req.record;
    if (!record?.server?.id) throw InvalidArgumentError.field('record', 'required');
    // The create goes on under its own request id (kept in the record), as another conductor event of it.
    const bg = { ...background(ctx), requestId: record.request_id || ctx.requestId };
    const recordAs = record.server.vm_state === 'VM_STATE_BUILDING' ? CREATE_PLACEMENT : undefined;
    void this.recorded(record, bg, recordAs, async (hand) => {
      const failure = await this.handOff(record, record.alternates, bg, `${record.tried_hosts[record.tried_hosts.length - 1] ?? '?'}: ${req.reason}`, hand);
      if (failure) throw failure;
    }).catch((err: unknown) => bg.log.error({ err, instance: record.server!.id }, 'rescheduling the build failed'));
    return {};
  }

  /** Records the server in ERROR with the error as its fault; resolves to the server as recorded (as it was when another writer won). */
  async fail(record: g.ServerRecord__Output, err: KumoError): Promise<g.Server__Output> {
    const details = Object.entries(err.metadata).map(([k, v]) => `${k}: ${v}`).join('\n');
    const next = nextRecord(record, {
      vm_state: 'VM_STATE_ERROR',
      task_state: NO_TASK,
      fault: { code: 500, message: err.message, details, create_time: nowTimestamp() },
    });
    try {
      await this.stateLog.appendExclusive('server', next.server!.id, next.generation, 'put', serverRecordCodec.encode(next));
      return next.server!;
    } catch (e) {
      // Someone else (a host's late claim, a delete) wrote this generation: theirs stands.
      if (!(e instanceof StateConflictError)) throw e;
      return record.server!;
    }
  }
}

/** Which action and event a placement is recorded as (see BuildTask.place). */
export interface PlacementRecording {
  action: string;
  event: string;
}

const CREATE_PLACEMENT: PlacementRecording = { action: 'create', event: 'conductor_schedule_and_build_instances' };

/** A server that found no host (or was deleted meanwhile): ends its action with this error. Never crosses the wire. */
class BuildFailed extends KumoError {
  constructor(
    readonly server: g.Server__Output,
    cause: KumoError,
  ) {
    super(cause.code, cause.message, { reason: cause.reason, metadata: cause.metadata, cause });
  }
}

function aborted(record: g.ServerRecord__Output): BuildFailed {
  const id = record.server!.id;
  return new BuildFailed(record.server!, new KumoError('ABORTED', `server ${id} was deleted or changed while it was being placed`, { reason: 'BUILD_ABORTED', metadata: { server_id: id } }));
}
