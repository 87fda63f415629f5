// Errors that cross actor boundaries. Each carries a canonical code (the
// gRPC code name; mapped to a gRPC status only at the API edge), a
// machine-readable reason and details. Error classes register by name so a
// remote error is rethrown as the same class on the calling side.

export type ErrorCode =
  | 'CANCELLED'
  | 'INVALID_ARGUMENT'
  | 'DEADLINE_EXCEEDED'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'PERMISSION_DENIED'
  | 'RESOURCE_EXHAUSTED'
  | 'FAILED_PRECONDITION'
  | 'ABORTED'
  | 'UNIMPLEMENTED'
  | 'INTERNAL'
  | 'UNAVAILABLE'
  | 'UNAUTHENTICATED';

export interface FieldViolation {
  field: string;
  description: string;
}

export interface ErrorDetails {
  reason?: string;
  fieldViolations?: FieldViolation[];
  metadata?: Record<string, string>;
  cause?: unknown;
}

export class KumoError extends Error {
  readonly reason: string;
  readonly fieldViolations: FieldViolation[];
  readonly metadata: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.reason = details.reason ?? code;
    this.fieldViolations = details.fieldViolations ?? [];
    this.metadata = details.metadata ?? {};
  }
}

export class InvalidArgumentError extends KumoError {
  constructor(violations: FieldViolation[], details: ErrorDetails = {}) {
    const message = violations.map((v) => `${v.field}: ${v.description}`).join('; ');
    super('INVALID_ARGUMENT', message || 'invalid argument', {
      reason: 'INVALID_ARGUMENT',
      ...details,
      fieldViolations: violations,
    });
  }

  static field(field: string, description: string): InvalidArgumentError {
    return new InvalidArgumentError([{ field, description }]);
  }
}

export class NotFoundError extends KumoError {
  constructor(kind: string, id: string) {
    super('NOT_FOUND', `${kind} ${id} not found`, { reason: `${kind.toUpperCase().replace(/\W+/g, '_')}_NOT_FOUND`, metadata: { kind, id } });
  }
}

export class AlreadyExistsError extends KumoError {
  constructor(kind: string, key: string) {
    super('ALREADY_EXISTS', `${kind} ${key} already exists`, { reason: `${kind.toUpperCase()}_EXISTS`, metadata: { kind, key } });
  }
}

export class UnavailableError extends KumoError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('UNAVAILABLE', message, { reason: 'UNAVAILABLE', ...details });
  }
}

export class DeadlineExceededError extends KumoError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('DEADLINE_EXCEEDED', message, { reason: 'DEADLINE_EXCEEDED', ...details });
  }
}

export class InternalError extends KumoError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('INTERNAL', message, { reason: 'INTERNAL', ...details });
  }
}

/** Rebuilds an error of a registered class from its wire form. */
type ErrorFactory = (code: ErrorCode, message: string, details: ErrorDetails) => KumoError;

const registry = new Map<string, ErrorFactory>();

/**
 * Registers an error class so that remote errors of that name come back as
 * instances of it. The class's constructor shape does not matter: the
 * instance is rebuilt from the wire fields.
 */
export function registerErrorClass(cls: abstract new (...args: never[]) => KumoError): void {
  registry.set(cls.name, (code, message, details) => {
    const err = new KumoError(code, message, details);
    Object.setPrototypeOf(err, cls.prototype);
    err.name = cls.name;
    return err;
  });
}

export function reviveError(name: string, code: ErrorCode, message: string, details: ErrorDetails): KumoError {
  const factory = registry.get(name);
  if (factory) return factory(code, message, details);
  const err = new KumoError(code, message, details);
  err.name = name || 'KumoError';
  return err;
}

for (const cls of [KumoError, InvalidArgumentError, NotFoundError, AlreadyExistsError, UnavailableError, DeadlineExceededError, InternalError]) {
  registerErrorClass(cls);
}

const CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'CANCELLED', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS', 'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'UNAUTHENTICATED',
]);

export function isErrorCode(value: string): value is ErrorCode {
  return CODES.has(value);
}

/** Any thrown value as a KumoError; unknown failures become INTERNAL. */
export function asKumoError(err: unknown): KumoError {
  if (err instanceof KumoError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new InternalError(message, { cause: err });
}
