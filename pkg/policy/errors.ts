// Errors of policy enforcement.
import { KumoError, registerErrorClass } from '../actor/errors.js';

/** The caller's roles do not satisfy the rule (Nova's PolicyNotAuthorized). */
export class PolicyDeniedError extends KumoError {
  /** `adminWould`: the admin role would be allowed (reason ADMIN_REQUIRED, as the lifecycle's admin-only actions say). */
  constructor(rule: string, adminWould = false) {
    super('PERMISSION_DENIED', `policy does not allow ${rule} to be performed${adminWould ? ' (admin-only)' : ''}`, {
      reason: adminWould ? 'ADMIN_REQUIRED' : 'POLICY_DENIED',
      metadata: { rule },
    });
  }
}

registerErrorClass(PolicyDeniedError);
