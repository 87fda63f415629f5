// PlacementService: ExplainPlacement, the scheduler's dry run (admin).
// The conductor validates the request and resolves hints and groups as for
// a real create; the scheduler explains without claiming anything.
import type { Logger } from 'pino';
import { InvalidArgumentError } from '../actor/errors.js';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { ConductorProtocol } from '../conductor/protocol.js';
import type { PlacementServiceHandlers } from '../gen/kumo/compute/v1/PlacementService.js';
import { unary } from './unary.js';

export function placementService(system: ActorSystem, log: Logger): PlacementServiceHandlers {
  const conductor = system.ref(subjects.conductor(), ConductorProtocol);
  return {
    ExplainPlacement: unary(log, 'ExplainPlacement', async (req, call) => {
      if (!req.server) throw InvalidArgumentError.field('server', 'required');
      return conductor.call('ExplainPlacement', req, { parent: call.envelope });
    }),
  };
}
