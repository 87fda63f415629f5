// AggregateService, ServerGroupService and AvailabilityZoneService: thin
// edges over the conductor, which owns aggregates and server groups and
// derives zones and group members from its view.
import type { Logger } from 'pino';
import { InvalidArgumentError } from '../actor/errors.js';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { ConductorProtocol } from '../conductor/protocol.js';
import type { AggregateServiceHandlers } from '../gen/kumo/compute/v1/AggregateService.js';
import type { AvailabilityZoneServiceHandlers } from '../gen/kumo/compute/v1/AvailabilityZoneService.js';
import type { ServerGroupServiceHandlers } from '../gen/kumo/compute/v1/ServerGroupService.js';
import { byIdScope } from './scope.js';
import { requireId } from './server_service.js';
import { ServerGroupPolicy } from '../gen/kumo/compute/v1/ServerGroupPolicy.js';
import { requireKnownEnum } from './enums.js';
import { unary } from './unary.js';

export interface SchedulingHandlers {
  aggregates: AggregateServiceHandlers;
  serverGroups: ServerGroupServiceHandlers;
  availabilityZones: AvailabilityZoneServiceHandlers;
}

function requireHost(host: string): void {
  requireId(host, 'host');
  if (/\s/.test(host)) throw InvalidArgumentError.field('host', 'must not contain whitespace');
}

export function schedulingServices(system: ActorSystem, log: Logger): SchedulingHandlers {
  const c = system.ref(subjects.conductor(), ConductorProtocol);
  return {
    aggregates: {
      CreateAggregate: unary(log, 'CreateAggregate', (req, call) => c.call('CreateAggregate', req, { parent: call.envelope })),
      GetAggregate: unary(log, 'GetAggregate', async (req, call) => (requireId(req.id), c.call('GetAggregate', req, { parent: call.envelope }))),
      ListAggregates: unary(log, 'ListAggregates', (req, call) => c.callEncoded('ListAggregates', req, { parent: call.envelope })),
      DeleteAggregate: unary(log, 'DeleteAggregate', async (req, call) => (requireId(req.id), c.call('DeleteAggregate', req, { parent: call.envelope }))),
      AddAggregateHost: unary(log, 'AddAggregateHost', async (req, call) => {
        requireId(req.id);
        requireHost(req.host);
        return c.call('AddAggregateHost', req, { parent: call.envelope });
      }),
      RemoveAggregateHost: unary(log, 'RemoveAggregateHost', async (req, call) => {
        requireId(req.id);
        requireHost(req.host);
        return c.call('RemoveAggregateHost', req, { parent: call.envelope });
      }),
      SetAggregateMetadata: unary(log, 'SetAggregateMetadata', async (req, call) => (requireId(req.id), c.call('SetAggregateMetadata', req, { parent: call.envelope }))),
    },
    serverGroups: {
      CreateServerGroup: unary(log, 'CreateServerGroup', async (req, call) => {
        requireKnownEnum(req.policy, ServerGroupPolicy, 'policy');
        return c.call('CreateServerGroup', req, { parent: call.envelope });
      }),
      GetServerGroup: unary(log, 'GetServerGroup', async (req, call) => (requireId(req.id), c.call('GetServerGroup', req, { parent: byIdScope(call.envelope, 'compute:server_groups:show:all_projects') }))),
      ListServerGroups: unary(log, 'ListServerGroups', (req, call) => c.callEncoded('ListServerGroups', req, { parent: call.envelope })),
      DeleteServerGroup: unary(log, 'DeleteServerGroup', async (req, call) => (requireId(req.id), c.call('DeleteServerGroup', req, { parent: byIdScope(call.envelope, 'compute:server_groups:show:all_projects') }))),
    },
    availabilityZones: {
      ListAvailabilityZones: unary(log, 'ListAvailabilityZones', (req, call) => c.callEncoded('ListAvailabilityZones', req, { parent: call.envelope })),
    },
  };
}
