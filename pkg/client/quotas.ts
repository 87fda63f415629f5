// QuotaService in the SDK: a project's limits and usage, the admin's
// overrides, and the caller's own limits (Nova's os-quota-sets and limits).
import type { QuotaServiceDefinition } from '../gen/kumo/compute/v1/QuotaService.js';
import type { GetQuotaResponse__Output, QuotaDetails__Output, QuotaSet__Output, UpdateQuotaRequest } from '../gen/types.js';
import { required } from './managers.js';
import type { CallOptions, Stub } from './stub.js';

/** Limits to set; -1 is unlimited, an absent one keeps its value. */
export type QuotaChanges = Omit<UpdateQuotaRequest, 'project_id'>;

export interface QuotaManager extends Stub<QuotaServiceDefinition> {}
/** Quotas per project: limits with usage, overrides (admin), and the caller's limits. */
export class QuotaManager {
  constructor(
    /** The raw RPCs of QuotaService. */
    readonly api: Stub<QuotaServiceDefinition>,
  ) {
    Object.assign(this, api);
  }

  /** A project's effective limits, usage and which limits it overrides (the caller's project when omitted). */
  get(projectId = '', opts?: CallOptions): Promise<GetQuotaResponse__Output> {
    return this.GetQuota({ project_id: projectId }, opts);
  }

  /** Admin: overrides some of a project's limits; resolves to the new effective limits. */
  async set(projectId: string, changes: QuotaChanges, opts?: CallOptions): Promise<QuotaSet__Output> {
    return required((await this.UpdateQuota({ ...changes, project_id: projectId }, opts)).quota, 'UpdateQuota', 'quota');
  }

  /** Admin: drops a project's overrides (back to the defaults). */
  async reset(projectId: string, opts?: CallOptions): Promise<void> {
    await this.DeleteQuota({ project_id: projectId }, opts);
  }

  /** The caller's project's limits and usage. */
  async limits(opts?: CallOptions): Promise<QuotaDetails__Output> {
    return required((await this.GetLimits({}, opts)).absolute, 'GetLimits', 'absolute');
  }
}
