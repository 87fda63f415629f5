// Errors of the compute package.
import { KumoError, registerErrorClass } from '../actor/errors.js';

/** The host cannot fit the instance: the conductor tries an alternate. */
export class ClaimRejectedError extends KumoError {
  constructor(host: string, why: string) {
    super('RESOURCE_EXHAUSTED', `host ${host} cannot claim: ${why}`, { reason: 'CLAIM_REJECTED', metadata: { host } });
  }
}

registerErrorClass(ClaimRejectedError);
