// Errors of the server lifecycle: an action refused by the server's state,
// its lock or the caller's role.
import { KumoError, registerErrorClass } from '../actor/errors.js';

/** The action is not allowed in the server's current state (Nova's InstanceInvalidState). */
export class InstanceInvalidStateError extends KumoError {
  constructor(id: string, action: string, vmState: string, taskState: string) {
    super('FAILED_PRECONDITION', `cannot ${action} server ${id} while vm_state is ${vmState} and task_state is ${taskState}`, {
      reason: 'INSTANCE_INVALID_STATE',
      metadata: { id, action, vm_state: vmState, task_state: taskState },
    });
  }
}

/** The server is locked and the caller is not an admin (Nova's InstanceIsLocked). */
export class InstanceLockedError extends KumoError {
  constructor(id: string, action: string, reason: string) {
    super('FAILED_PRECONDITION', `cannot ${action} server ${id}: it is locked${reason ? ` (${reason})` : ''}`, {
      reason: 'INSTANCE_LOCKED',
      metadata: { id, action, locked_reason: reason },
    });
  }
}

/** The action needs the admin role. */
export class AdminRequiredError extends KumoError {
  constructor(action: string, what = `${action} is`) {
    super('PERMISSION_DENIED', `${what} admin-only`, { reason: 'ADMIN_REQUIRED', metadata: { action } });
  }
}

registerErrorClass(InstanceInvalidStateError);
registerErrorClass(InstanceLockedError);
registerErrorClass(AdminRequiredError);
