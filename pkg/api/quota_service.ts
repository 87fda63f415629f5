// QuotaService: a thin edge over the conductors, which keep the quota
// ledgers (pkg/quota). Admin rules are checked here and again there.
import type { Logger } from 'pino';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { ConductorProtocol } from '../conductor/protocol.js';
import type { QuotaServiceHandlers } from '../gen/kumo/compute/v1/QuotaService.js';
import { AdminRequiredError } from '../lifecycle/errors.js';
import { validateUpdate } from '../quota/quotas.js';
import { isAdmin } from './identity.js';
import { requireId } from './server_service.js';
import { unary } from './unary.js';

export function quotaService(system: ActorSystem, log: Logger): QuotaServiceHandlers {
  const c = system.ref(subjects.conductor(), ConductorProtocol);
  return {
    GetQuota: unary(log, 'GetQuota', async (req, call) => {
      if (req.project_id) requireId(req.project_id, 'project_id');
      if (req.project_id && req.project_id !== call.envelope.projectId && !isAdmin(call.envelope)) {
        throw new AdminRequiredError('GetQuota', "showing another project's quota is");
      }
      return c.call('GetQuota', req, { parent: call.envelope });
    }),
    UpdateQuota: unary(log, 'UpdateQuota', async (req, call) => {
      if (!isAdmin(call.envelope)) throw new AdminRequiredError('UpdateQuota', 'changing quotas is');
      validateUpdate(req);
      return c.call('UpdateQuota', req, { parent: call.envelope });
    }),
    DeleteQuota: unary(log, 'DeleteQuota', async (req, call) => {
      if (!isAdmin(call.envelope)) throw new AdminRequiredError('DeleteQuota', 'changing quotas is');
      requireId(req.project_id, 'project_id');
      return c.call('DeleteQuota', req, { parent: call.envelope });
    }),
    GetLimits: unary(log, 'GetLimits', (req, call) => c.call('GetLimits', req, { parent: call.envelope })),
  };
}
