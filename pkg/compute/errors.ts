// Errors of the compute package.
import { KumoError, registerErrorClass } from '../actor/errors.js';

/** The host cannot fit the instance: the conductor tries an alternate. */
export class ClaimRejectedError extends KumoError {
  constructor(host: string, why: string) {
    super('RESOURCE_EXHAUSTED', `host ${host} cannot claim: ${why}`, { reason: 'CLAIM_REJECTED', metadata: { host } });
  }
}

/** The action is not allowed in the server's current state (Nova's InstanceInvalidState). */
export class InstanceInvalidStateError extends KumoError {
  constructor(id: string, action: string, vmState: string, taskState: string) {
    super('FAILED_PRECONDITION', `cannot ${action} server ${id} while vm_state is ${vmState} and task_state is ${taskState}`, {
      reason: 'INSTANCE_INVALID_STATE',
      metadata: { id, action, vm_state: vmState, task_state: taskState },
    });
  }
}

registerErrorClass(ClaimRejectedError);
registerErrorClass(InstanceInvalidStateError);
