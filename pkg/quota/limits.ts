// Quota resources, Nova's default limits, and the effective limits of a
// project (its overrides over the defaults). -1 means unlimited.
import type * as g from '../gen/types.js';

export const RESOURCES = ['instances', 'cores', 'ram_mb', 'keypairs', 'server_groups', 'server_group_members', 'metadata_items', 'floating_ips', 'security_groups', 'security_group_rules'] as const;
export type Resource = (typeof RESOURCES)[number];
export type Limits = Record<Resource, number>;

/** Nova's quota defaults (nova.conf [quota]); Neutron's for the networking ones (quota_floatingip, quota_security_group, quota_security_group_rule). */
export const DEFAULT_LIMITS: Readonly<Limits> = {
  instances: 10,
  cores: 20,
  ram_mb: 51200,
  keypairs: 100,
  server_groups: 10,
  server_group_members: 10,
  metadata_items: 128,
  floating_ips: 50,
  security_groups: 10,
  security_group_rules: 100,
};

/** How Nova names each resource in its messages ("Quota exceeded for ram: ..."). */
export const NOVA_NAME: Readonly<Record<Resource, string>> = {
  instances: 'instances',
  cores: 'cores',
  ram_mb: 'ram',
  keypairs: 'key_pairs',
  server_groups: 'server_groups',
  server_group_members: 'server_group_members',
  metadata_items: 'metadata_items',
  floating_ips: 'floating_ips',
  security_groups: 'security_groups',
  security_group_rules: 'security_group_rules',
};

/** Overrides as stored (UpdateQuotaRequest's optional fields): only the set ones. */
export type Overrides = Partial<Limits>;

export function overridesOf(o: g.UpdateQuotaRequest__Output | null | undefined): Overrides {
  const out: Overrides = {};
  if (!o) return out;
  for (const r of RESOURCES) {
    const v = o[r];
    if (v !== undefined && v !== null) out[r] = Number(v);
  }
  return out;
}

export function effectiveLimits(overrides: Overrides): Limits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

/** Whether `used + requested` fits under `limit` (-1: always). */
export function fits(limit: number, used: number, requested: number): boolean {
  return limit < 0 || used + requested <= limit;
}

export function quotaSet(l: Limits): g.QuotaSet {
  return { ...l };
}
