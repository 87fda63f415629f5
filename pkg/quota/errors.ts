// Over quota: RESOURCE_EXHAUSTED, reason QUOTA_EXCEEDED. Each violation
// travels in the error's metadata as `quota.<resource>` = description, so it
// crosses the actor wire unchanged; the API edge turns them into
// google.rpc.QuotaFailure violations (pkg/api/errors.ts).
import { KumoError, registerErrorClass } from '../actor/errors.js';
import { NOVA_NAME, type Resource } from './limits.js';

export const QUOTA_VIOLATION_PREFIX = 'quota.';

export interface QuotaViolation {
  resource: Resource;
  requested: number;
  used: number;
  limit: number;
}

/** Nova's wording: "Quota exceeded for instances: Requested 3, but already used 9 of 10 instances". */
export function describeViolation(v: QuotaViolation): string {
  const name = NOVA_NAME[v.resource];
  return `Quota exceeded for ${name}: Requested ${v.requested}, but already used ${v.used} of ${v.limit} ${name}`;
}

export class QuotaExceededError extends KumoError {
  constructor(violations: readonly QuotaViolation[]) {
    super('RESOURCE_EXHAUSTED', violations.map(describeViolation).join('; ') || 'Quota exceeded', {
      reason: 'QUOTA_EXCEEDED',
      metadata: Object.fromEntries(violations.map((v) => [`${QUOTA_VIOLATION_PREFIX}${NOVA_NAME[v.resource]}`, describeViolation(v)])),
    });
  }
}

registerErrorClass(QuotaExceededError);

/** The QuotaFailure violations carried by an error's metadata (subject: the resource as Nova names it). */
export function quotaViolationsOf(metadata: Record<string, string>): Array<{ subject: string; description: string }> {
  return Object.entries(metadata)
    .filter(([k]) => k.startsWith(QUOTA_VIOLATION_PREFIX))
    .map(([k, description]) => ({ subject: k.slice(QUOTA_VIOLATION_PREFIX.length), description }));
}
