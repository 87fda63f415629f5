// The build_instances task: record the servers in BUILD (durably, before
// answering), then schedule them and hand each to its host, trying the
// alternates when a host refuses the claim. A server that finds no host
// ends in ERROR with a fault saying why.
import { metadataViolations } from '../lifecycle/fields.js';
import { randomBytes, randomUUID } from 'node:crypto';
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
  ) {}

  async buildInstances(req: g.CreateServerRequest__Output, ctx: CallContext): Promise<g.CreateServerResponse> {
    const { flavor, image, count } = this.validate(req, ctx);
    const spec = buildRequestSpec(this.view, req, flavor, image, ctx);
    const reservationId = `r-${randomBytes(4).toString('hex')}`;
    const now = nowTimestamp();
    const records: g.ServerRecord__Output[] = [];
    for (let i = 0; i < count; i++) {
      const server: g.Server__Output = {
        id: randomUUID(),
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
        addresses: [],
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
      };
      records.push({
        server,
        user_data: req.user_data,
        generation: 1,
        tried_hosts: [],
        image_properties: { ...image.properties },
        alternates: [],
        request_spec: spec,
        migration: null,
        previous_vm_state: 'VM_STATE_UNSPECIFIED',
        shelved_image_id: '',
        request_id: ctx.requestId,
      });
    }
    const acks = await Promise.all(records.map((r) => this.stateLog.append('server', r.server!.id, 1, 'put', serverRecordCodec.encode(r))));
    await this.view.waitFor(Math.max(...acks.map((a) => a.seq)));
    // The records are durable: answer now, place in the background, free of the caller's deadline.
    void this.place(records, spec, background(ctx));
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

  async place(records: g.ServerRecord__Output[], spec: g.RequestSpec__Output, ctx: CallContext): Promise<void> {
    const scheduler = this.system.ref(subjects.scheduler(), SchedulerProtocol);
    let selections: g.Selection__Output[];
    try {
      const res = await scheduler.call('SelectDestinations', { spec, instance_ids: records.map((r) => r.server!.id), min_count: records.length }, { parent: ctx, timeoutMs: 30_000 });
      selections = res.selections;
    } catch (err) {
      const e = asKumoError(err);
      await Promise.all(records.map((r) => this.fail(r, e)));
      return;
    }
    const byId = new Map(records.map((r) => [r.server!.id, r]));
    await Promise.all(
      selections.map(async (sel) => {
        const record = byId.get(sel.instance_id);
        if (record) await this.handOff(record, [sel.host, ...sel.alternates], ctx);
      }),
    );
  }

  /** Gives the server to the first host that accepts the claim; the rest stay as its alternates. */
  private async handOff(record: g.ServerRecord__Output, hosts: string[], ctx: CallContext, lastFailure = ''): Promise<void> {
    const tried = [...record.tried_hosts];
    const refusals: string[] = lastFailure ? [lastFailure] : [];
    for (const [i, host] of hosts.entries()) {
      // A delete that arrived while scheduling wins.
      if (!this.view.servers.get(record.server!.id)) return;
      tried.push(host);
      try {
        await this.system
          .ref(subjects.host(host), HostProtocol)
          .call('BuildAndRunInstance', { record: { ...record, tried_hosts: tried, alternates: hosts.slice(i + 1) } }, { parent: ctx, timeoutMs: 15_000 });
        return;
      } catch (err) {
        const e = asKumoError(err);
        // The record changed under us (deleted, or failed) while we placed it: nothing more to do.
        if (e.reason === 'CONCURRENT_UPDATE') return;
        refusals.push(`${host}: ${e.message}`);
        ctx.log.info({ instance: record.server!.id, host, reason: e.reason }, 'host refused the build; trying an alternate');
      }
    }
    await this.fail(
      { ...record, tried_hosts: tried, alternates: [] },
      new KumoError(
        'FAILED_PRECONDITION',
        `No valid host was found. Exhausted all hosts available for retrying build failures for instance ${record.server!.id}.` +
          (refusals.length ? ` Last failure: ${refusals[refusals.length - 1]}` : ''),
        { reason: 'NO_VALID_HOST', metadata: Object.fromEntries(refusals.map((r, i) => [`attempt_${i + 1}`, r])) },
      ),
    );
  }

  /**
   * A host failed to spawn the server and handed it back: try the next
   * alternate, without asking the scheduler again (Nova's reschedule with
   * alternates).
   */
  async reschedule(req: g.RescheduleBuildRequest__Output, ctx: CallContext): Promise<g.RescheduleBuildResponse> {
    const record = req.record;
    if (!record?.server?.id) throw InvalidArgumentError.field('record', 'required');
    void this.handOff(record, record.alternates, background(ctx), `${record.tried_hosts[record.tried_hosts.length - 1] ?? '?'}: ${req.reason}`);
    return {};
  }

  async fail(record: g.ServerRecord__Output, err: KumoError): Promise<void> {
    const details = Object.entries(err.metadata).map(([k, v]) => `${k}: ${v}`).join('\n');
    const next = nextRecord(record, {
      vm_state: 'VM_STATE_ERROR',
      task_state: NO_TASK,
      fault: { code: 500, message: err.message, details, create_time: nowTimestamp() },
    });
    try {
      await this.stateLog.appendExclusive('server', next.server!.id, next.generation, 'put', serverRecordCodec.encode(next));
    } catch (e) {
      // Someone else (a host's late claim, a delete) wrote this generation: theirs stands.
      if (!(e instanceof StateConflictError)) throw e;
    }
  }
}
