// ServerService: validates at the edge, hands builds and reads to the
// conductors, and sends actions straight to the instance actor on its host
// (as nova-api casts to nova-compute).
import type { Logger } from 'pino';
import { InvalidArgumentError } from '../actor/errors.js';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { InstanceInvalidStateError } from '../compute/errors.js';
import { InstanceProtocol } from '../compute/protocol.js';
import { ConductorProtocol } from '../conductor/protocol.js';
import type { ServerServiceHandlers } from '../gen/kumo/compute/v1/ServerService.js';
import type { Server__Output } from '../gen/types.js';
import { taskStateName, vmStateName } from '../lifecycle/states.js';
import { ServerStatus } from '../gen/kumo/compute/v1/ServerStatus.js';
import { RebootType } from '../gen/kumo/compute/v1/RebootType.js';
import { requireKnownEnum } from './enums.js';
import { unary, type ApiCall } from './unary.js';

export function requireId(id: string, field = 'id'): void {
  if (!id) throw InvalidArgumentError.field(field, 'required');
  if (id.length > 255) throw InvalidArgumentError.field(field, 'must be at most 255 characters');
}

export function pageSizeCheck(size: number): void {
  if (size < 0) throw InvalidArgumentError.field('page_size', 'must not be negative');
}

export function serverService(system: ActorSystem, log: Logger): ServerServiceHandlers {
  const conductor = system.ref(subjects.conductor(), ConductorProtocol);

  const hosted = async (id: string, call: ApiCall, action: string): Promise<Server__Output> => {
    requireId(id);
    const { server } = await conductor.call('GetServer', { id }, { parent: call.envelope });
    if (!server!.host) throw new InstanceInvalidStateError(id, action, vmStateName(server!.vm_state), taskStateName(server!.task_state));
    return server!;
  };
  const instance = (id: string) => system.ref(subjects.instance(id), InstanceProtocol);

  return {
    CreateServer: unary(log, 'CreateServer', (req, call) => conductor.call('BuildInstances', req, { parent: call.envelope })),
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
      return conductor.call('DeleteServer', req, { parent: call.envelope });
    }),
    StartServer: unary(log, 'StartServer', async (req, call) => {
      await hosted(req.id, call, 'start');
      return instance(req.id).call('StartServer', req, { parent: call.envelope });
    }),
    StopServer: unary(log, 'StopServer', async (req, call) => {
      await hosted(req.id, call, 'stop');
      return instance(req.id).call('StopServer', req, { parent: call.envelope });
    }),
    RebootServer: unary(log, 'RebootServer', async (req, call) => {
      requireKnownEnum(req.type, RebootType, 'type');
      await hosted(req.id, call, 'reboot');
      return instance(req.id).call('RebootServer', req, { parent: call.envelope });
    }),
  };
}
