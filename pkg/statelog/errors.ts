// Errors of the state log.
import { KumoError, registerErrorClass } from '../actor/errors.js';

/**
 * Another writer already stored this generation of the entity: the message
 * id (<kind>:<id>:<generation>) was a duplicate, so JetStream dropped this
 * change. The caller's view of the entity is stale; it must not act as if
 * its change were stored.
 */
export class StateConflictError extends KumoError {
  constructor(kind: string, id: string, generation: number) {
    super('ABORTED', `${kind} ${id} was changed concurrently (generation ${generation} already written); retry`, {
      reason: 'CONCURRENT_UPDATE',
      metadata: { kind, id, generation: String(generation) },
    });
  }
}

registerErrorClass(StateConflictError);
