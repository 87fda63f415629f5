// The CLI's own errors and the one line every failure is reduced to.
import { KumoApiError } from '../client/errors.js';

/** A failure the CLI itself detected; printed as one line, exit code 1 by default. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A bad command line: exit 2 and print the usage of the command in question. */
export class UsageError extends CliError {
  constructor(
    message: string,
    /** Usage text to print; main fills in the current command's when absent. */
    public usage?: string,
  ) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** The parts of a KumoApiError the error line is built from (plain data, so it can be tested). */
export interface ApiErrorShape {
  codeName: string;
  message: string;
  reason: string;
  fieldViolations: ReadonlyArray<{ field: string; description: string }>;
}

/** One line for an API error, without the "Error: " prefix. */
export function apiErrorLine(e: ApiErrorShape, url: string): string {
  // grpc-js's own UNAVAILABLE (no server-sent reason) means no connection;
  // an UNAVAILABLE with a reason came from a reachable kumo-api.
  if (e.codeName === 'UNAVAILABLE' && !e.reason) return `cannot reach Kumo at ${url}: is \`kumo up\` running?`;
  let line = `${e.codeName}: ${e.message}`;
  const fields = e.fieldViolations.map((v) => v.field);
  if (fields.length) {
    // The message already holds the descriptions; name the fields for scripts.
    const missing = e.fieldViolations.filter((v) => !e.message.includes(v.description)).map((v) => `${v.field}: ${v.description}`);
    if (missing.length) line += `; ${missing.join('; ')}`;
    line += ` (${fields.length === 1 ? 'field' : 'fields'} ${fields.join(', ')})`;
  } else if (e.reason && e.reason !== e.codeName) {
    line += ` [${e.reason}]`;
  }
  return line;
}

/** The single "Error: ..." line printed for any failure. */
export function errorLine(err: unknown, url: string): string {
  if (err instanceof KumoApiError) return `Error: ${apiErrorLine(err, url)}`;
  if (err instanceof Error) return `Error: ${err.message}`;
  return `Error: ${String(err)}`;
}

/** Everything known about a failure, for --debug. */
export function debugDetails(err: unknown): string {
  const lines: string[] = [];
  if (err instanceof KumoApiError) {
    const details = {
      rpc: err.rpc,
      code: err.code,
      codeName: err.codeName,
      message: err.message,
      reason: err.reason,
      fieldViolations: err.fieldViolations,
      metadata: err.metadata,
    };
    lines.push(`API error details: ${JSON.stringify(details, null, 2)}`);
  }
  if (err instanceof Error && err.stack) lines.push(err.stack);
  return lines.join('\n');
}

/** Exit code for a failure: usage errors 2, everything else 1. */
export function exitCodeOf(err: unknown): number {
  return err instanceof CliError ? err.exitCode : 1;
}
