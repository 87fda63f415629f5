// The API edge is the one place a KumoError becomes a gRPC status. Details
// follow the google.rpc error model in grpc-status-details-bin: ErrorInfo
// always, BadRequest for field violations, PreconditionFailure for state.
import { Metadata, status as Status, type ServiceError } from '@grpc/grpc-js';
import { codec } from '../actor/codec.js';
import { asKumoError, type ErrorCode, type KumoError } from '../actor/errors.js';
import type { Status as RpcStatus, Status__Output as RpcStatusOut } from '../gen/google/rpc/Status.js';
import type { ErrorInfo, ErrorInfo__Output } from '../gen/google/rpc/ErrorInfo.js';
import type { BadRequest, BadRequest__Output } from '../gen/google/rpc/BadRequest.js';
import type { PreconditionFailure, PreconditionFailure__Output } from '../gen/google/rpc/PreconditionFailure.js';
import type { QuotaFailure, QuotaFailure__Output } from '../gen/google/rpc/QuotaFailure.js';
import { quotaViolationsOf } from '../quota/errors.js';

export const ERROR_DOMAIN = 'kumo.dev';

const statusCodec = codec<RpcStatus, RpcStatusOut>('google.rpc.Status');
const errorInfoCodec = codec<ErrorInfo, ErrorInfo__Output>('google.rpc.ErrorInfo');
const badRequestCodec = codec<BadRequest, BadRequest__Output>('google.rpc.BadRequest');
const preconditionCodec = codec<PreconditionFailure, PreconditionFailure__Output>('google.rpc.PreconditionFailure');
const quotaFailureCodec = codec<QuotaFailure, QuotaFailure__Output>('google.rpc.QuotaFailure');

const GRPC_CODE: Record<ErrorCode, Status> = {
  CANCELLED: Status.CANCELLED,
  INVALID_ARGUMENT: Status.INVALID_ARGUMENT,
  DEADLINE_EXCEEDED: Status.DEADLINE_EXCEEDED,
  NOT_FOUND: Status.NOT_FOUND,
  ALREADY_EXISTS: Status.ALREADY_EXISTS,
  PERMISSION_DENIED: Status.PERMISSION_DENIED,
  RESOURCE_EXHAUSTED: Status.RESOURCE_EXHAUSTED,
  FAILED_PRECONDITION: Status.FAILED_PRECONDITION,
  ABORTED: Status.ABORTED,
  UNIMPLEMENTED: Status.UNIMPLEMENTED,
  INTERNAL: Status.INTERNAL,
  UNAVAILABLE: Status.UNAVAILABLE,
  UNAUTHENTICATED: Status.UNAUTHENTICATED,
};

function any(typeName: string, value: Uint8Array): { type_url: string; value: Buffer } {
  return { type_url: `type.googleapis.com/${typeName}`, value: Buffer.from(value) };
}

export function toServiceError(err: unknown): Partial<ServiceError> {
  const e: KumoError = asKumoError(err);
  const code = GRPC_CODE[e.code];
  // Internal failures keep their text out of the reply; the log has it.
  const message = e.code === 'INTERNAL' ? 'internal error' : e.message;
  const details = [any('google.rpc.ErrorInfo', errorInfoCodec.encode({ reason: e.reason, domain: ERROR_DOMAIN, metadata: e.metadata }))];
  if (e.fieldViolations.length) {
    details.push(any('google.rpc.BadRequest', badRequestCodec.encode({ field_violations: e.fieldViolations })));
  }
  if (e.code === 'FAILED_PRECONDITION') {
    const subject = e.metadata['id'] ? `server/${e.metadata['id']}` : '';
    details.push(any('google.rpc.PreconditionFailure', preconditionCodec.encode({ violations: [{ type: e.reason, subject, description: e.message }] })));
  }
  // Over quota: one QuotaFailure violation per resource (the error carries them in its metadata, pkg/quota/errors.ts).
  const quota = e.code === 'RESOURCE_EXHAUSTED' ? quotaViolationsOf(e.metadata) : [];
  if (quota.length) details.push(any('google.rpc.QuotaFailure', quotaFailureCodec.encode({ violations: quota })));
  const metadata = new Metadata();
  metadata.set('grpc-status-details-bin', Buffer.from(statusCodec.encode({ code, message, details })));
  return { code, details: message, metadata };
}

export interface DecodedStatus {
  code: number;
  message: string;
  reason: string;
  metadata: Record<string, string>;
  fieldViolations: Array<{ field: string; description: string }>;
  /** google.rpc.QuotaFailure violations (subject: the resource, as Nova names it). */
  quotaViolations: Array<{ subject: string; description: string }>;
}

/** Reads the google.rpc details of a gRPC error (used by the SDK). */
export function decodeStatusDetails(bin: Buffer | undefined): Omit<DecodedStatus, 'code' | 'message'> {
  const out: Omit<DecodedStatus, 'code' | 'message'> = { reason: '', metadata: {}, fieldViolations: [], quotaViolations: [] };
  if (!bin) return out;
  const st = statusCodec.decode(bin);
  for (const d of st.details) {
    if (d.type_url.endsWith('/google.rpc.ErrorInfo')) {
      const info = errorInfoCodec.decode(d.value);
      out.reason = info.reason;
      out.metadata = { ...info.metadata };
    } else if (d.type_url.endsWith('/google.rpc.BadRequest')) {
      out.fieldViolations = badRequestCodec.decode(d.value).field_violations.map((v) => ({ field: v.field, description: v.description }));
    } else if (d.type_url.endsWith('/google.rpc.QuotaFailure')) {
      out.quotaViolations = quotaFailureCodec.decode(d.value).violations.map((v) => ({ subject: v.subject, description: v.description }));
    }
  }
  return out;
}
