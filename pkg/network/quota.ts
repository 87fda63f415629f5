// Networking resources under Kumo's general quotas (pkg/quota): each is a
// number of slots a project may hold (pkg/conductor/quota_slots.ts claims
// them by compare-and-set); the limit is the project's effective quota of
// the matching resource (Neutron's defaults unless an admin overrides it).
import { encodeToken } from '../actor/subjects.js';
import { DEFAULT_LIMITS, type Resource } from '../quota/limits.js';

/** The resources limited: floating IPs, security groups, security group rules (the slot entities' names). */
export type NetworkQuotaResource = 'fip' | 'sg' | 'sgrule';

/** The general quota resource each slot resource counts against. */
export const QUOTA_RESOURCE: Readonly<Record<NetworkQuotaResource, Resource>> = {
  fip: 'floating_ips',
  sg: 'security_groups',
  sgrule: 'security_group_rules',
};

/** The default limits (Neutron's quota_floatingip 50, quota_security_group 10, quota_security_group_rule 100). */
export const NETWORK_QUOTA_DEFAULTS: Readonly<Record<NetworkQuotaResource, number>> = {
  fip: DEFAULT_LIMITS.floating_ips,
  sg: DEFAULT_LIMITS.security_groups,
  sgrule: DEFAULT_LIMITS.security_group_rules,
};

/** The part of a project's slot keys before the slot number. */
export function slotPrefix(resource: NetworkQuotaResource, project: string): string {
  // A project id that is not a plain token (dots, spaces) is encoded, as subjects need.
  const p = /^[A-Za-z0-9_-]+$/.test(project) ? project : `b64${encodeToken(project)}`;
  return `${resource}_${p}_`;
}

/** The state-log id of slot `n`: `<resource>_<project>_<n>`. */
export function slotKey(resource: NetworkQuotaResource, project: string, n: number): string {
  return `${slotPrefix(resource, project)}${n}`;
}
