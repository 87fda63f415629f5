// NetworkService: a thin edge over the conductors, which own networks and
// ports (pkg/conductor/networks.ts) and validate every field.
import type { Logger } from 'pino';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { ConductorProtocol } from '../conductor/protocol.js';
import type { NetworkServiceHandlers } from '../gen/kumo/compute/v1/NetworkService.js';
import { byIdScope, enforceOption } from './scope.js';
import { pageSizeCheck, requireId } from './server_service.js';
import { unary } from './unary.js';

// An admin reads and deletes any project's network, port, floating IP and security group by id (token auth; scope.ts).
const ANY_PROJECT = 'network:show:all_projects';

export function networkService(system: ActorSystem, log: Logger): NetworkServiceHandlers {
  const c = system.ref(subjects.conductor(), ConductorProtocol);
  return {
    CreateNetwork: unary(log, 'CreateNetwork', async (req, call) => {
      if (req.shared) enforceOption('network:create_network:shared', call.envelope);
      if (req.external) enforceOption('network:create_network:router:external', call.envelope);
      return c.call('CreateNetwork', req, { parent: call.envelope });
    }),
    GetNetwork: unary(log, 'GetNetwork', async (req, call) => (requireId(req.id), c.call('GetNetwork', req, { parent: byIdScope(call.envelope, ANY_PROJECT) }))),
    ListNetworks: unary(log, 'ListNetworks', async (req, call) => (pageSizeCheck(req.page_size), c.callEncoded('ListNetworks', req, { parent: call.envelope }))),
    DeleteNetwork: unary(log, 'DeleteNetwork', async (req, call) => (requireId(req.id), c.call('DeleteNetwork', req, { parent: byIdScope(call.envelope, ANY_PROJECT) }))),
    GetPort: unary(log, 'GetPort', async (req, call) => (requireId(req.id), c.call('GetPort', req, { parent: byIdScope(call.envelope, ANY_PROJECT) }))),
    ListPorts: unary(log, 'ListPorts', async (req, call) => (pageSizeCheck(req.page_size), c.callEncoded('ListPorts', req, { parent: call.envelope }))),
    // Floating IPs (pkg/conductor/floating_ips.ts): an id or an address names one.
    CreateFloatingIp: unary(log, 'CreateFloatingIp', async (req, call) => (requireId(req.pool, 'pool'), c.call('CreateFloatingIp', req, { parent: call.envelope }))),
    GetFloatingIp: unary(log, 'GetFloatingIp', async (req, call) => (requireId(req.id), c.call('GetFloatingIp', req, { parent: byIdScope(call.envelope, ANY_PROJECT) }))),
    ListFloatingIps: unary(log, 'ListFloatingIps', async (req, call) => (pageSizeCheck(req.page_size), c.callEncoded('ListFloatingIps', req, { parent: call.envelope }))),
    DeleteFloatingIp: unary(log, 'DeleteFloatingIp', async (req, call) => (requireId(req.id), c.call('DeleteFloatingIp', req, { parent: byIdScope(call.envelope, ANY_PROJECT) }))),
    AddFloatingIp: unary(log, 'AddFloatingIp', async (req, call) => {
      requireId(req.server_id, 'server_id');
      requireId(req.address, 'address');
      return c.call('AddFloatingIp', req, { parent: call.envelope });
    }),
    RemoveFloatingIp: unary(log, 'RemoveFloatingIp', async (req, call) => {
      requireId(req.server_id, 'server_id');
      requireId(req.address, 'address');
      return c.call('RemoveFloatingIp', req, { parent: call.envelope });
    }),
    // Security groups (pkg/conductor/security_groups.ts): every rule field is checked there.
    CreateSecurityGroup: unary(log, 'CreateSecurityGroup', async (req, call) => c.call('CreateSecurityGroup', req, { parent: call.envelope })),
    GetSecurityGroup: unary(log, 'GetSecurityGroup', async (req, call) => (requireId(req.id), c.call('GetSecurityGroup', req, { parent: byIdScope(call.envelope, ANY_PROJECT) }))),
    ListSecurityGroups: unary(log, 'ListSecurityGroups', async (req, call) => (pageSizeCheck(req.page_size), c.callEncoded('ListSecurityGroups', req, { parent: call.envelope }))),
    DeleteSecurityGroup: unary(log, 'DeleteSecurityGroup', async (req, call) => (requireId(req.id), c.call('DeleteSecurityGroup', req, { parent: byIdScope(call.envelope, ANY_PROJECT) }))),
    CreateSecurityGroupRule: unary(log, 'CreateSecurityGroupRule', async (req, call) => c.call('CreateSecurityGroupRule', req, { parent: call.envelope })),
    ListSecurityGroupRules: unary(log, 'ListSecurityGroupRules', async (req, call) => c.callEncoded('ListSecurityGroupRules', req, { parent: call.envelope })),
    DeleteSecurityGroupRule: unary(log, 'DeleteSecurityGroupRule', async (req, call) => (requireId(req.id), c.call('DeleteSecurityGroupRule', req, { parent: call.envelope }))),
    AddSecurityGroup: unary(log, 'AddSecurityGroup', async (req, call) => {
      requireId(req.server_id, 'server_id');
      requireId(req.group, 'group');
      return c.call('AddSecurityGroup', req, { parent: call.envelope });
    }),
    RemoveSecurityGroup: unary(log, 'RemoveSecurityGroup', async (req, call) => {
      requireId(req.server_id, 'server_id');
      requireId(req.group, 'group');
      return c.call('RemoveSecurityGroup', req, { parent: call.envelope });
    }),
  };
}
