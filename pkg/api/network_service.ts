// NetworkService: a thin edge over the conductors, which own networks and
// ports (pkg/conductor/networks.ts) and validate every field.
import type { Logger } from 'pino';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { ConductorProtocol } from '../conductor/protocol.js';
import type { NetworkServiceHandlers } from '../gen/kumo/compute/v1/NetworkService.js';
import { AdminRequiredError } from '../lifecycle/errors.js';
import { isAdmin } from './identity.js';
import { pageSizeCheck, requireId } from './server_service.js';
import { unary } from './unary.js';

export function networkService(system: ActorSystem, log: Logger): NetworkServiceHandlers {
  const c = system.ref(subjects.conductor(), ConductorProtocol);
  return {
    CreateNetwork: unary(log, 'CreateNetwork', async (req, call) => {
      if (req.shared && !isAdmin(call.envelope)) throw new AdminRequiredError('CreateNetwork', 'creating a shared network is');
      return c.call('CreateNetwork', req, { parent: call.envelope });
    }),
    GetNetwork: unary(log, 'GetNetwork', async (req, call) => (requireId(req.id), c.call('GetNetwork', req, { parent: call.envelope }))),
    ListNetworks: unary(log, 'ListNetworks', async (req, call) => (pageSizeCheck(req.page_size), c.call('ListNetworks', req, { parent: call.envelope }))),
    DeleteNetwork: unary(log, 'DeleteNetwork', async (req, call) => (requireId(req.id), c.call('DeleteNetwork', req, { parent: call.envelope }))),
    GetPort: unary(log, 'GetPort', async (req, call) => (requireId(req.id), c.call('GetPort', req, { parent: call.envelope }))),
    ListPorts: unary(log, 'ListPorts', async (req, call) => (pageSizeCheck(req.page_size), c.call('ListPorts', req, { parent: call.envelope }))),
  };
}
