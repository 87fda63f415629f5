// The contracts of scheduler plugins. A filter passes a host or rejects it
// with a reason (a rejection is not an error); a weigher returns a raw value
// that the pipeline normalises to 0..1 over the candidates.
import type { RequestSpec__Output } from '../gen/types.js';
import type { HostState } from './host_state.js';

export interface SchedulerContext {
  readonly nowMs: number;
  /** A host whose last report is older than this is down (Nova's service_down_time). */
  readonly serviceDownTimeMs: number;
}

export interface HostFilter {
  readonly name: string;
  /** True when the answer cannot change between instances of one request. */
  readonly runOncePerRequest: boolean;
  /** undefined to pass the host, or why it was rejected. */
  filter(host: HostState, spec: RequestSpec__Output, ctx: SchedulerContext): string | undefined;
}

export interface HostWeigher {
  readonly name: string;
  /** Raw weight; larger is better before the multiplier is applied. */
  weigh(host: HostState, spec: RequestSpec__Output): number;
}
