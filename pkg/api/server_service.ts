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
import type { InstanceActionRequest, InstanceActionResponse__Output } from '../gen/types.js';
import { ServerStatus } from '../gen/kumo/compute/v1/ServerStatus.js';
import { RebootType } from '../gen/kumo/compute/v1/RebootType.js';
import { NetworkMode } from '../gen/kumo/compute/v1/NetworkMode.js';
import type { ServerAction } from '../lifecycle/actions.js';
import { checkMetadata, checkTags } from '../lifecycle/fields.js';
import { requireKnownEnum } from './enums.js';
import { isAdmin } from './identity.js';
import { unary, type ApiCall } from './unary.js';
import { watchServer, watchServers } from './watch.js';

export function requireId(id: string, field = 'id'): void {
  if (!id) throw InvalidArgumentError.field(field, 'required');
  if (id.length > 255) throw InvalidArgumentError.field(field, 'must be at most 255 characters');
}

export function pageSizeCheck(size: number): void {
  if (size < 0) throw InvalidArgumentError.field('page_size', 'must not be negative');
}

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
    const opts = { parent: call.envelope };
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
      return conductor.call('BuildInstances', req, { parent: call.envelope });
    }),
    GetServer: unary(log, 'GetServer', async (req, call) => {
      requireId(req.id);
      return conductor.call('GetServer', req, { parent: call.envelope });
    }),
    ListServers: unary(log, 'ListServers', async (req, call) => {
      pageSizeCheck(req.page_size);
      requireKnownEnum(req.status, ServerStatus, 'status');
      return conductor.call('ListServers', req, { parent: call.envelope });
    }),
    DeleteServer: unary(log, 'DeleteServer', async (req, call) => {
      requireId(req.id);
      return conductor.call('DeleteServer', { id: req.id }, { parent: call.envelope });
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
      return conductor.call('ListInstanceActions', req, { parent: call.envelope });
    }),
    GetInstanceAction: unary(log, 'GetInstanceAction', async (req, call) => {
      requireId(req.server_id, 'server_id');
      requireId(req.request_id, 'request_id');
      return conductor.call('GetInstanceAction', req, { parent: call.envelope });
    }),
  };
}
