// Errors of the scheduler package.
import { KumoError, registerErrorClass } from '../actor/errors.js';

/** Some instance of the request fits on no host; metadata says how many hosts each filter removed and why. */
export class NoValidHostError extends KumoError {
  constructor(message: string, filterCounts: Record<string, string>) {
    super('FAILED_PRECONDITION', message, { reason: 'NO_VALID_HOST', metadata: filterCounts });
  }
}

/** The scheduler configuration names a plugin that does not exist. */
export class UnknownPluginError extends KumoError {
  constructor(kind: 'filter' | 'weigher' | 'driver', name: string, known: string[]) {
    super('INVALID_ARGUMENT', `unknown scheduler ${kind} "${name}"; known: ${known.join(', ')}`, { reason: 'UNKNOWN_PLUGIN' });
  }
}

registerErrorClass(NoValidHostError);
registerErrorClass(UnknownPluginError);
