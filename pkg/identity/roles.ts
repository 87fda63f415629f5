// Kumo's roles, as Keystone's default roles: reader < member < admin (each
// implies the ones below it), and `service` for Kumo's own components.
export const ROLES = ['reader', 'member', 'admin', 'service'] as const;
export type Role = (typeof ROLES)[number];

/** What a role implies besides itself (Keystone's implied roles). */
const IMPLIES: Readonly<Record<Role, readonly Role[]>> = {
  reader: [],
  member: ['reader'],
  admin: ['member', 'reader'],
  service: [],
};

export function isRole(name: string): name is Role {
  return (ROLES as readonly string[]).includes(name);
}

/** The roles given plus every role they imply, in ROLES order; unknown names are kept (a policy file may use them). */
export function effectiveRoles(given: readonly string[]): string[] {
  const out = new Set<string>();
  for (const r of given) {
    out.add(r);
    if (isRole(r)) for (const implied of IMPLIES[r]) out.add(implied);
  }
  const known = ROLES.filter((r) => out.has(r));
  return [...known, ...[...out].filter((r) => !isRole(r)).sort()];
}
