// ServerService: validates at the edge, hands builds and reads to the
// conductors, and sends actions to the server's owner: the instance actor
// on its host (as nova-api casts to nova-compute), or the conductor for a
// server no host holds and for actions that need the catalog or the
// scheduler first (resize, rebuild, rescue, snapshot, evacuate, unshelve).
import type { Logger } from 'pino';
import { asKumoError, InvalidArgumentError, UnavailableError } from '../actor/errors.js';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { InstanceProtocol } from '../compute/protocol.js';
import { ConductorProtocol } from '../conductor/protocol.js';
import type { ServerServiceHandlers } from '../gen/kumo/compute/v1/ServerService.js';
import type { CreateServerRequest__Output, InstanceActionRequest, InstanceActionResponse__Output, SetServerMetadataRequest__Output } from '../gen/types.js';
import type { ActorRef } from '../actor/runtime.js';
import { QuotaExceededError } from '../quota/errors.js';
import { ServerStatus } from '../gen/kumo/compute/v1/ServerStatus.js';
import { RebootType } from '../gen/kumo/compute/v1/RebootType.js';
import { NetworkMode } from '../gen/kumo/compute/v1/NetworkMode.js';
import type { ServerAction } from '../lifecycle/actions.js';
import { checkMetadata, checkTags, metadataViolations } from '../lifecycle/fields.js';
import { requireKnownEnum } from './enums.js';
import { isAdmin } from './identity.js';
import { listServersScope, serverByIdScope } from './scope.js';
import { unary, type ApiCall } from './unary.js';
import { decodeUserDataBase64, nameViolations, optionalId, pageSizeCheck, requireId, userDataViolations } from './validate.js';
import { watchServer, watchServers } from './watch.js';

// The edge's input checks live in one module (validate.ts); re-exported for the other services.
export { pageSizeCheck, requireId } from './validate.js';

/** Actions the conductor handles first: they need the catalog, the scheduler, or a host that is down. */
const VIA_CONDUCTOR: ReadonlySet<ServerAction> = new Set<ServerAction>(['resize', 'rebuild', 'rescue', 'create_image', 'evacuate', 'unshelve']);

const ACTION_ATTEMPTS = 5;

export function serverService(system: ActorSystem, log: Logger): ServerServiceHandlers {
  const conductor = system.ref(subjects.conductor(), ConductorProtocol);

  /** Sends one action to the server's owner; follows a server that moves meanwhile. */
  const act = async (id: string, request: InstanceActionRequest, call: ApiCall): Promise<InstanceActionResponse__Output> => {
    requireId(id);
    const action = (Object.keys(request).find((k) => k !== 'admin') ?? '') as ServerAction;
    const msg: InstanceActionRequest = { ...request, admin: isAdmin(call.envelope) };
    // A snapshot is registered in the caller's own project; other actions reach any project's server for an admin (scope.ts).
    const opts = { parent: action === 'create_image' ? call.envelope : serverByIdScope(call.envelope) };
    for (let attempt = 0; ; attempt++) {
      const { server } = await conductor.call('GetServer', { id }, opts);
      if (VIA_CONDUCTOR.has(action) || !server!.host) return conductor.call('ServerAction', msg, opts);
      try {
        return await system.ref(subjects.instance(id), InstanceProtocol).call('Act', msg, opts);
      } catch (err) {
        const reason = asKumoError(err).reason;
        // The server just moved (migration, shelve offload): the view catches up, then we ask its new owner.
        const moving = reason === 'INSTANCE_MOVED' || reason === 'NO_RESPONDERS';
        if (!moving || attempt >= ACTION_ATTEMPTS - 1) {
          if (reason === 'NO_RESPONDERS') throw new UnavailableError(`host ${server!.host} of server ${id} is not answering`, { reason: 'HOST_UNAVAILABLE', metadata: { host: server!.host } });
          throw err;
        }
        await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      }
    }
  };
  const serverOf = (res: InstanceActionResponse__Output) => ({ server: res.server });
  /** A named destination must be a known compute host (Nova: "Compute host X could not be found"). */
  const knownHost = async (host: string, call: ApiCall): Promise<void> => {
    if (!host) return;
    try {
      await conductor.call('GetHypervisor', { hypervisor_hostname: host }, { parent: call.envelope });
    } catch (err) {
      if (asKumoError(err).code === 'NOT_FOUND') throw InvalidArgumentError.field('host', `compute host ${host} could not be found`);
      throw err;
    }
  };

  return {
    CreateServer: unary(log, 'CreateServer', async (req, call) => {
      requireKnownEnum(req.network_mode, NetworkMode, 'network_mode');
      checkCreate(req);
      if (req.user_data_base64) req = { ...req, user_data: decodeUserDataBase64(req.user_data_base64), user_data_base64: '' };
      return conductor.call('BuildInstances', req, { parent: call.envelope });
    }),
    GetServer: unary(log, 'GetServer', async (req, call) => {
      requireId(req.id);
      // Passed through as the conductor encoded it (encoded_answers.ts), as are the lists below.
      return conductor.callEncoded('GetServer', req, { parent: serverByIdScope(call.envelope) });
    }),
    ListServers: unary(log, 'ListServers', async (req, call) => {
      pageSizeCheck(req.page_size);
      requireKnownEnum(req.status, ServerStatus, 'status');
      return conductor.callEncoded('ListServers', req, { parent: listServersScope(call.envelope, req) });
    }),
    DeleteServer: unary(log, 'DeleteServer', async (req, call) => {
      requireId(req.id);
      return conductor.call('DeleteServer', { id: req.id }, { parent: serverByIdScope(call.envelope) });
    }),
    StartServer: unary(log, 'StartServer', async (req, call) => serverOf(await act(req.id, { start: req }, call))),
    StopServer: unary(log, 'StopServer', async (req, call) => serverOf(await act(req.id, { stop: req }, call))),
    RebootServer: unary(log, 'RebootServer', async (req, call) => {
      requireKnownEnum(req.type, RebootType, 'type');
      return serverOf(await act(req.id, { reboot: req }, call));
    }),
    PauseServer: unary(log, 'PauseServer', async (req, call) => serverOf(await act(req.id, { pause: req }, call))),
    UnpauseServer: unary(log, 'UnpauseServer', async (req, call) => serverOf(await act(req.id, { unpause: req }, call))),
    SuspendServer: unary(log, 'SuspendServer', async (req, call) => serverOf(await act(req.id, { suspend: req }, call))),
    ResumeServer: unary(log, 'ResumeServer', async (req, call) => serverOf(await act(req.id, { resume: req }, call))),
    LockServer: unary(log, 'LockServer', async (req, call) => {
      if (req.reason.length > 255) throw InvalidArgumentError.field('reason', 'must be at most 255 characters');
      return serverOf(await act(req.id, { lock: req }, call));
    }),
    UnlockServer: unary(log, 'UnlockServer', async (req, call) => serverOf(await act(req.id, { unlock: req }, call))),
    RebuildServer: unary(log, 'RebuildServer', async (req, call) => {
      if (req.name.length > 255) throw InvalidArgumentError.field('name', 'must be at most 255 characters');
      return serverOf(await act(req.id, { rebuild: req }, call));
    }),
    ResizeServer: unary(log, 'ResizeServer', async (req, call) => {
      requireId(req.flavor_id, 'flavor_id');
      return serverOf(await act(req.id, { resize: req }, call));
    }),
    ConfirmResizeServer: unary(log, 'ConfirmResizeServer', async (req, call) => serverOf(await act(req.id, { confirm_resize: req }, call))),
    RevertResizeServer: unary(log, 'RevertResizeServer', async (req, call) => serverOf(await act(req.id, { revert_resize: req }, call))),
    MigrateServer: unary(log, 'MigrateServer', async (req, call) => {
      await knownHost(req.host, call);
      return serverOf(await act(req.id, { migrate: req }, call));
    }),
    LiveMigrateServer: unary(log, 'LiveMigrateServer', async (req, call) => {
      await knownHost(req.host, call);
      return serverOf(await act(req.id, { live_migrate: req }, call));
    }),
    EvacuateServer: unary(log, 'EvacuateServer', async (req, call) => {
      await knownHost(req.host, call);
      return serverOf(await act(req.id, { evacuate: req }, call));
    }),
    ShelveServer: unary(log, 'ShelveServer', async (req, call) => serverOf(await act(req.id, { shelve: req }, call))),
    ShelveOffloadServer: unary(log, 'ShelveOffloadServer', async (req, call) => serverOf(await act(req.id, { shelve_offload: req }, call))),
    UnshelveServer: unary(log, 'UnshelveServer', async (req, call) => serverOf(await act(req.id, { unshelve: req }, call))),
    RescueServer: unary(log, 'RescueServer', async (req, call) => serverOf(await act(req.id, { rescue: req }, call))),
    UnrescueServer: unary(log, 'UnrescueServer', async (req, call) => serverOf(await act(req.id, { unrescue: req }, call))),
    RestoreServer: unary(log, 'RestoreServer', async (req, call) => serverOf(await act(req.id, { restore: req }, call))),
    ForceDeleteServer: unary(log, 'ForceDeleteServer', async (req, call) => serverOf(await act(req.id, { force_delete: req }, call))),
    CreateServerImage: unary(log, 'CreateServerImage', async (req, call) => {
      requireId(req.name, 'name');
      checkMetadata(req.metadata, 'metadata');
      const res = await act(req.id, { create_image: req }, call);
      return { image: res.image, server: res.server };
    }),
    SetServerMetadata: unary(log, 'SetServerMetadata', async (req, call) => {
      checkMetadata(req.metadata, 'metadata');
      requireId(req.id);
      await checkMetadataQuota(conductor, req, call);
      return serverOf(await act(req.id, { set_metadata: req }, call));
    }),
    DeleteServerMetadata: unary(log, 'DeleteServerMetadata', async (req, call) => {
      if (req.keys.length === 0) throw InvalidArgumentError.field('keys', 'name at least one key');
      return serverOf(await act(req.id, { delete_metadata: req }, call));
    }),
    SetServerTags: unary(log, 'SetServerTags', async (req, call) => {
      checkTags(req.tags, 'tags');
      return serverOf(await act(req.id, { set_tags: req }, call));
    }),
    DeleteServerTags: unary(log, 'DeleteServerTags', async (req, call) => {
      if (!req.all && req.tags.length === 0) throw InvalidArgumentError.field('tags', 'name at least one tag, or set all');
      return serverOf(await act(req.id, { delete_tags: req }, call));
    }),
    GetConsoleOutput: unary(log, 'GetConsoleOutput', async (req, call) => {
      if (req.length < 0) throw InvalidArgumentError.field('length', 'must not be negative');
      return { output: (await act(req.id, { console_output: req }, call)).console_output };
    }),
    CreateRemoteConsole: unary(log, 'CreateRemoteConsole', async (req, call) => {
      if (req.protocol && req.protocol !== 'vnc') throw InvalidArgumentError.field('protocol', 'must be "vnc"');
      if (req.type && req.type !== 'novnc') throw InvalidArgumentError.field('type', 'must be "novnc"');
      return { console: (await act(req.id, { remote_console: req }, call)).console };
    }),
    WatchServer: watchServer(system, log),
    WatchServers: watchServers(system, log),
    ListInstanceActions: unary(log, 'ListInstanceActions', async (req, call) => {
      requireId(req.server_id, 'server_id');
      pageSizeCheck(req.page_size);
      return conductor.callEncoded('ListInstanceActions', req, { parent: serverByIdScope(call.envelope) });
    }),
    GetInstanceAction: unary(log, 'GetInstanceAction', async (req, call) => {
      requireId(req.server_id, 'server_id');
      requireId(req.request_id, 'request_id');
      return conductor.call('GetInstanceAction', req, { parent: serverByIdScope(call.envelope) });
    }),
  };
}

/** CreateServer's shape, before a conductor looks at the catalog (pkg/api/validate.ts). */
function checkCreate(req: CreateServerRequest__Output): void {
  const v = [
    ...nameViolations(req.name),
    ...userDataViolations(req.user_data),
    ...(req.user_data.length && req.user_data_base64 ? [{ field: 'user_data_base64', description: 'give user_data or user_data_base64, not both' }] : []),
    ...metadataViolations(req.metadata, 'metadata'),
  ];
  if (v.length) throw new InvalidArgumentError(v);
  optionalId(req.flavor_id, 'flavor_id');
  optionalId(req.image_id, 'image_id');
  optionalId(req.key_name, 'key_name');
  optionalId(req.availability_zone, 'availability_zone');
  if (req.security_groups.length > 100) throw InvalidArgumentError.field('security_groups', 'at most 100');
  req.security_groups.forEach((g, i) => optionalId(g, `security_groups[${i}]`));
}

/**
 * The project's metadata_items quota against what the server would hold
 * (Nova checks the merged count). A limit, not usage: checked here, racing
 * only with another change of the same server's metadata.
 */
async function checkMetadataQuota(conductor: ActorRef<ConductorProtocol>, req: SetServerMetadataRequest__Output, call: ApiCall): Promise<void> {
  const { server } = await conductor.call('GetServer', { id: req.id }, { parent: serverByIdScope(call.envelope) });
  if (!server) return;
  // The server's project is the caller's, or the caller is an admin acting on another project's server.
  const { quota } = await conductor.call('GetQuota', { project_id: server.project_id }, { parent: call.envelope });
  const limit = Number(quota?.metadata_items ?? -1);
  const keys = new Set([...(req.replace ? [] : Object.keys(server.metadata)), ...Object.keys(req.metadata)]);
  if (limit >= 0 && keys.size > limit) {
    throw new QuotaExceededError([{ resource: 'metadata_items', requested: keys.size, used: 0, limit }]);
  }
}
