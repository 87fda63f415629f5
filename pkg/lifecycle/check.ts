// The one check every owner of a server runs before accepting an action.
import type { InstanceActionRequest__Output, Server__Output } from '../gen/types.js';
import { ruleFor, type ActionRule } from './actions.js';
import { AdminRequiredError, InstanceInvalidStateError, InstanceLockedError } from './errors.js';
import { NO_TASK, taskStateName, vmStateName } from './states.js';

/** Returns the action's rule, or throws why the server refuses it now. */
export function checkAction(server: Server__Output, req: InstanceActionRequest__Output): ActionRule {
  const rule = ruleFor(req);
  if (rule.adminOnly && !req.admin) throw new AdminRequiredError(rule.name);
  if (rule.lockChecked && server.locked && !req.admin) throw new InstanceLockedError(server.id, rule.name, server.locked_reason);
  if (req.action === 'unlock' && server.locked && server.locked_by === 'admin' && !req.admin) {
    throw new AdminRequiredError('unlock', 'unlocking a server an admin locked is');
  }
  const stateOk = rule.allowed === 'any' || rule.allowed.includes(server.vm_state);
  if (!stateOk || (rule.needsNoTask && server.task_state !== NO_TASK)) {
    throw new InstanceInvalidStateError(server.id, rule.name, vmStateName(server.vm_state), taskStateName(server.task_state));
  }
  return rule;
}
