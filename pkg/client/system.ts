// SystemService in the SDK: the control plane's status (admin), as `kumo status` shows it.
import type { SystemServiceDefinition } from '../gen/kumo/compute/v1/SystemService.js';
import type { GetStatusResponse__Output } from '../gen/types.js';
import type { CallOptions, Stub } from './stub.js';

export interface SystemManager extends Stub<SystemServiceDefinition> {}
/** The operator's view of Kumo itself. */
export class SystemManager {
  constructor(
    /** The raw RPCs of SystemService. */
    readonly api: Stub<SystemServiceDefinition>,
  ) {
    Object.assign(this, api);
  }

  /** Processes up, hosts by state, each conductor's view lag, the state log and NATS; `waitMs` bounds the gathering of process answers (default 500). */
  status(params: { waitMs?: number } = {}, opts?: CallOptions): Promise<GetStatusResponse__Output> {
    return this.GetStatus({ wait_ms: params.waitMs ?? 0 }, opts);
  }
}
