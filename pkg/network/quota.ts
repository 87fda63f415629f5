// Per-project limits of networking resources, self-contained until Kumo's
// general quotas take them over: each is a number of slots a project may
// hold (pkg/conductor/quota_slots.ts claims them by compare-and-set).
// Defaults are Neutron's.
import { KumoError, registerErrorClass } from '../actor/errors.js';
import { encodeToken } from '../actor/subjects.js';

/** The resources limited: floating IPs, security groups, security group rules. */
export type NetworkQuotaResource = 'fip' | 'sg' | 'sgrule';

export type NetworkQuotaLimits = Readonly<Record<NetworkQuotaResource, number>>;

/** Neutron's defaults: quota_floatingip 50, quota_security_group 10, quota_security_group_rule 100. */
export const NETWORK_QUOTA_DEFAULTS: NetworkQuotaLimits = { fip: 50, sg: 10, sgrule: 100 };

const NAMES: Readonly<Record<NetworkQuotaResource, string>> = { fip: 'floating IPs', sg: 'security groups', sgrule: 'security group rules' };

/** The state-log id of slot `n`: `<resource>_<project>_<n>`. */
export function slotKey(resource: NetworkQuotaResource, project: string, n: number): string {
  // A project id that is not a plain token (dots, spaces) is encoded, as subjects need.
  const p = /^[A-Za-z0-9_-]+$/.test(project) ? project : `b64${encodeToken(project)}`;
  return `${resource}_${p}_${n}`;
}

/** The project holds its limit of a resource: RESOURCE_EXHAUSTED naming the resource and limit. */
export class NetworkQuotaExceededError extends KumoError {
  constructor(resource: NetworkQuotaResource, project: string, limit: number) {
    super('RESOURCE_EXHAUSTED', `Quota exceeded for ${NAMES[resource]}: project ${project} may hold ${limit}`, {
      reason: 'QUOTA_EXCEEDED',
      metadata: { resource: NAMES[resource], project_id: project, limit: String(limit) },
    });
  }
}

registerErrorClass(NetworkQuotaExceededError);
