// The scheduler actors' protocol (subject kumo.v1.rpc.scheduler, queue group "scheduler").
import { method } from '../actor/protocol.js';
import type * as g from '../gen/types.js';

export const SchedulerProtocol = {
  SelectDestinations: method<g.SelectDestinationsRequest, g.SelectDestinationsRequest__Output, g.SelectDestinationsResponse, g.SelectDestinationsResponse__Output>(
    'kumo.internal.v1.SelectDestinationsRequest',
    'kumo.internal.v1.SelectDestinationsResponse',
  ),
  ExplainPlacement: method<g.ExplainRequestSpecRequest, g.ExplainRequestSpecRequest__Output, g.ExplainPlacementResponse, g.ExplainPlacementResponse__Output>(
    'kumo.internal.v1.ExplainRequestSpecRequest',
    'kumo.compute.v1.ExplainPlacementResponse',
  ),
};

export type SchedulerProtocol = typeof SchedulerProtocol;
