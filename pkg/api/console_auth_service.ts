// ConsoleAuthService: a console proxy (role service) or an admin (policy
// compute:console_auth_tokens:show) exchanges the one-time
// token from a console URL for where the console is. The token names its
// server, so the check goes straight to the instance actor that issued it.
import type { Logger } from 'pino';
import { asKumoError, NotFoundError } from '../actor/errors.js';
import type { ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { consoleTokenServer } from '../compute/instance.js';
import { InstanceProtocol } from '../compute/protocol.js';
import type { ConsoleAuthServiceHandlers } from '../gen/kumo/compute/v1/ConsoleAuthService.js';
import { unary } from './unary.js';

export function consoleAuthService(system: ActorSystem, log: Logger): ConsoleAuthServiceHandlers {
  return {
    ValidateConsoleToken: unary(log, 'ValidateConsoleToken', async (req, call) => {
      const id = consoleTokenServer(req.token);
      if (!id) throw new NotFoundError('console token', 'given');
      try {
        return await system.ref(subjects.instance(id), InstanceProtocol).call('ValidateConsoleToken', { token: req.token }, { parent: call.envelope });
      } catch (err) {
        // The server is gone, or its host restarted (tokens live in the instance actor's memory): the token is void.
        if (asKumoError(err).reason === 'NO_RESPONDERS' || asKumoError(err).reason === 'INSTANCE_MOVED') throw new NotFoundError('console token', 'given');
        throw err;
      }
    }),
  };
}
