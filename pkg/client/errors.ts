// The SDK's error: the gRPC status of a failed call with the google.rpc
// details Kumo sends (reason, field violations, metadata).
import { status as Status, type ServiceError } from '@grpc/grpc-js';
import { decodeStatusDetails } from '../api/errors.js';

export class KumoApiError extends Error {
  readonly code: Status;
  readonly codeName: string;
  readonly reason: string;
  readonly fieldViolations: Array<{ field: string; description: string }>;
  readonly metadata: Record<string, string>;

  constructor(err: ServiceError, readonly rpc: string) {
    const raw = err.metadata?.get('grpc-status-details-bin')[0];
    const details = decodeStatusDetails(Buffer.isBuffer(raw) ? raw : undefined);
    super(err.details || err.message);
    this.name = 'KumoApiError';
    this.code = err.code;
    this.codeName = Status[err.code] ?? String(err.code);
    this.reason = details.reason;
    this.fieldViolations = details.fieldViolations;
    this.metadata = details.metadata;
  }
}
