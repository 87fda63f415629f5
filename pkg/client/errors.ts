// The SDK's errors: the gRPC status of a failed call with the google.rpc
// details Kumo sends (pkg/api/errors.ts builds them): ErrorInfo (reason,
// metadata), BadRequest (field violations), PreconditionFailure and
// QuotaFailure. KumoApiError.from picks a subclass per gRPC code, so
//
//   try { await kumo.flavors.get('nope') }
//   catch (e) { if (e instanceof NotFoundError) ... }
//
// works; a FAILED_PRECONDITION with reason NO_VALID_HOST is a NoValidHostError
// whose `noValidHost` says, per scheduler filter, how many hosts it removed.
import { status as Status, type Metadata } from '@grpc/grpc-js';
import { codec } from '../actor/codec.js';
import type { BadRequest, BadRequest__Output } from '../gen/google/rpc/BadRequest.js';
import type { ErrorInfo, ErrorInfo__Output } from '../gen/google/rpc/ErrorInfo.js';
import type { PreconditionFailure, PreconditionFailure__Output } from '../gen/google/rpc/PreconditionFailure.js';
import type { QuotaFailure, QuotaFailure__Output } from '../gen/google/rpc/QuotaFailure.js';
import type { Status as RpcStatus, Status__Output as RpcStatusOut } from '../gen/google/rpc/Status.js';

const statusCodec = codec<RpcStatus, RpcStatusOut>('google.rpc.Status');
const errorInfoCodec = codec<ErrorInfo, ErrorInfo__Output>('google.rpc.ErrorInfo');
const badRequestCodec = codec<BadRequest, BadRequest__Output>('google.rpc.BadRequest');
const preconditionCodec = codec<PreconditionFailure, PreconditionFailure__Output>('google.rpc.PreconditionFailure');
const quotaCodec = codec<QuotaFailure, QuotaFailure__Output>('google.rpc.QuotaFailure');

/** The gRPC code names (google.rpc.Code). */
export type StatusCodeName =
  | 'OK'
  | 'CANCELLED'
  | 'UNKNOWN'
  | 'INVALID_ARGUMENT'
  | 'DEADLINE_EXCEEDED'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'PERMISSION_DENIED'
  | 'RESOURCE_EXHAUSTED'
  | 'FAILED_PRECONDITION'
  | 'ABORTED'
  | 'OUT_OF_RANGE'
  | 'UNIMPLEMENTED'
  | 'INTERNAL'
  | 'UNAVAILABLE'
  | 'DATA_LOSS'
  | 'UNAUTHENTICATED';

/** google.rpc.BadRequest.FieldViolation: which request field was wrong, and why. */
export interface FieldViolation {
  field: string;
  description: string;
}

/** google.rpc.PreconditionFailure.Violation: e.g. type INSTANCE_INVALID_STATE, subject server/<id>. */
export interface PreconditionViolation {
  type: string;
  subject: string;
  description: string;
}

/** google.rpc.QuotaFailure.Violation: which quota was exceeded (subject e.g. "project:<id>"). */
export interface QuotaViolation {
  subject: string;
  description: string;
}

/** One scheduler filter's part in a NoValidHost: it removed `removed` of the `before` hosts it saw. */
export interface FilterRemoval {
  filter: string;
  removed: number;
  before: number;
  /** Why, as the scheduler words it (several reasons: "reason (count), ..."). */
  reasons: string;
}

/** What the API says about a placement that found no host (reason NO_VALID_HOST). */
export interface NoValidHostDetails {
  /** Hosts the scheduler looked at, when it says. */
  hostsConsidered: number | undefined;
  /** Filters that removed hosts, in the order they ran. */
  filters: FilterRemoval[];
  /** For a build that ran out of alternates: each host's refusal, in order. */
  attempts: string[];
}

/** The parts of a gRPC ServiceError the SDK reads (grpc-js's ServiceError has them all). */
export interface GrpcErrorLike {
  code: number;
  details?: string;
  message?: string;
  metadata?: Metadata;
}

interface DecodedDetails {
  reason: string;
  domain: string;
  metadata: Record<string, string>;
  fieldViolations: FieldViolation[];
  preconditionViolations: PreconditionViolation[];
  quotaViolations: QuotaViolation[];
}

/** Reads the google.rpc.Status in grpc-status-details-bin; unknown detail types are skipped. */
export function decodeErrorDetails(metadata: Metadata | undefined): DecodedDetails {
  const out: DecodedDetails = { reason: '', domain: '', metadata: {}, fieldViolations: [], preconditionViolations: [], quotaViolations: [] };
  const raw = metadata?.get('grpc-status-details-bin')[0];
  if (!Buffer.isBuffer(raw)) return out;
  let status: RpcStatusOut;
  try {
    status = statusCodec.decode(raw);
  } catch {
    return out; // not a google.rpc.Status: keep what the status line says
  }
  for (const d of status.details) {
    const type = d.type_url.slice(d.type_url.lastIndexOf('/') + 1);
    if (type === 'google.rpc.ErrorInfo') {
      const info = errorInfoCodec.decode(d.value);
      out.reason = info.reason;
      out.domain = info.domain;
      out.metadata = { ...info.metadata };
    } else if (type === 'google.rpc.BadRequest') {
      out.fieldViolations = badRequestCodec.decode(d.value).field_violations.map((v) => ({ field: v.field, description: v.description }));
    } else if (type === 'google.rpc.PreconditionFailure') {
      out.preconditionViolations = preconditionCodec.decode(d.value).violations.map((v) => ({ type: v.type, subject: v.subject, description: v.description }));
    } else if (type === 'google.rpc.QuotaFailure') {
      out.quotaViolations = quotaCodec.decode(d.value).violations.map((v) => ({ subject: v.subject, description: v.description }));
    }
  }
  return out;
}

/**
 * The per-filter counts of a NO_VALID_HOST error's metadata, as the
 * scheduler writes them (pkg/scheduler/filter_scheduler.ts):
 * `hosts_considered: "4"`, `<Filter>: "<removed>/<before>: <reasons>"`, and
 * for builds that exhausted their alternates `attempt_<n>: "<host>: <why>"`.
 */
export function parseNoValidHost(metadata: Readonly<Record<string, string>>): NoValidHostDetails {
  const considered = metadata['hosts_considered'];
  const details: NoValidHostDetails = { hostsConsidered: considered !== undefined && /^\d+$/.test(considered) ? Number(considered) : undefined, filters: [], attempts: [] };
  const attempts: Array<[number, string]> = [];
  for (const [key, value] of Object.entries(metadata)) {
    const attempt = /^attempt_(\d+)$/.exec(key);
    if (attempt) {
      attempts.push([Number(attempt[1]), value]);
      continue;
    }
    const m = /^(\d+)\/(\d+): ?(.*)$/s.exec(value);
    if (m) details.filters.push({ filter: key, removed: Number(m[1]), before: Number(m[2]), reasons: m[3]! });
  }
  details.attempts = attempts.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  return details;
}

/** A failed Kumo API call: the gRPC status and every google.rpc detail the API sent. */
export class KumoApiError extends Error {
  /** The gRPC status code. */
  readonly code: Status;
  /** Its name, e.g. "NOT_FOUND". */
  readonly codeName: string;
  /** ErrorInfo.reason, machine-readable (e.g. "FLAVOR_NOT_FOUND", "INSTANCE_INVALID_STATE"); "" when the API did not answer (grpc-js's own errors). */
  readonly reason: string;
  /** ErrorInfo.domain ("kumo.dev"). */
  readonly domain: string;
  /** ErrorInfo.metadata. */
  readonly metadata: Record<string, string>;
  /** BadRequest: the request fields that were wrong. */
  readonly fieldViolations: FieldViolation[];
  /** PreconditionFailure: the state that forbade the call. */
  readonly preconditionViolations: PreconditionViolation[];
  /** QuotaFailure: the quotas the call would exceed. */
  readonly quotaViolations: QuotaViolation[];
  /** How many times the call was sent (more than 1 after retries on UNAVAILABLE). */
  attempts = 1;

  constructor(
    err: GrpcErrorLike,
    /** The RPC that failed, e.g. "GetFlavor". */
    readonly rpc: string,
  ) {
    const details = decodeErrorDetails(err.metadata);
    super(err.details || err.message || Status[err.code] || `gRPC status ${err.code}`);
    this.name = new.target.name;
    this.code = err.code;
    this.codeName = Status[err.code] ?? String(err.code);
    this.reason = details.reason;
    this.domain = details.domain;
    this.metadata = details.metadata;
    this.fieldViolations = details.fieldViolations;
    this.preconditionViolations = details.preconditionViolations;
    this.quotaViolations = details.quotaViolations;
  }

  /** The error as the subclass of its code (NotFoundError, ...; NoValidHostError for a NO_VALID_HOST). */
  static from(err: GrpcErrorLike, rpc: string): KumoApiError {
    const cls = err.code === Status.FAILED_PRECONDITION && decodeErrorDetails(err.metadata).reason === 'NO_VALID_HOST' ? NoValidHostError : (BY_CODE.get(err.code) ?? KumoApiError);
    return new cls(err, rpc);
  }
}

export class InvalidArgumentError extends KumoApiError {}
export class NotFoundError extends KumoApiError {}
export class AlreadyExistsError extends KumoApiError {}
export class FailedPreconditionError extends KumoApiError {}
export class PermissionDeniedError extends KumoApiError {}
export class UnauthenticatedError extends KumoApiError {}
export class ResourceExhaustedError extends KumoApiError {}
/** The API did nothing (e.g. no conductor answered, or no connection): the SDK retries these. */
export class UnavailableError extends KumoApiError {}
export class AbortedError extends KumoApiError {}
export class DeadlineExceededError extends KumoApiError {}
export class CancelledError extends KumoApiError {}
export class UnimplementedError extends KumoApiError {}
export class InternalError extends KumoApiError {}

/** No host fits (FAILED_PRECONDITION, reason NO_VALID_HOST): `noValidHost` has the scheduler's per-filter counts. */
export class NoValidHostError extends FailedPreconditionError {
  readonly noValidHost: NoValidHostDetails;

  constructor(err: GrpcErrorLike, rpc: string) {
    super(err, rpc);
    this.noValidHost = parseNoValidHost(this.metadata);
  }
}

const BY_CODE: ReadonlyMap<number, new (err: GrpcErrorLike, rpc: string) => KumoApiError> = new Map<number, new (err: GrpcErrorLike, rpc: string) => KumoApiError>([
  [Status.INVALID_ARGUMENT, InvalidArgumentError],
  [Status.NOT_FOUND, NotFoundError],
  [Status.ALREADY_EXISTS, AlreadyExistsError],
  [Status.FAILED_PRECONDITION, FailedPreconditionError],
  [Status.PERMISSION_DENIED, PermissionDeniedError],
  [Status.UNAUTHENTICATED, UnauthenticatedError],
  [Status.RESOURCE_EXHAUSTED, ResourceExhaustedError],
  [Status.UNAVAILABLE, UnavailableError],
  [Status.ABORTED, AbortedError],
  [Status.DEADLINE_EXCEEDED, DeadlineExceededError],
  [Status.CANCELLED, CancelledError],
  [Status.UNIMPLEMENTED, UnimplementedError],
  [Status.INTERNAL, InternalError],
]);
