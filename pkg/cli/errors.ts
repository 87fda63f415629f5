// The CLI's own errors and the one line every failure is reduced to.
import { KumoApiError, parseNoValidHost } from '../client/errors.js';

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
  /** ErrorInfo metadata: the state of a FAILED_PRECONDITION, the filter tallies of NO_VALID_HOST. */
  metadata?: Readonly<Record<string, string>>;
  /** QuotaFailure: the quotas a call would exceed. */
  quotaViolations?: ReadonlyArray<{ subject: string; description: string }>;
}

/** Text on one line: line breaks (a multi-line fault, say) become "; ". */
export function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, '; ');
}

/**
 * NO_VALID_HOST's filter summary from its metadata ("RamFilter removed 4/4:
 * not enough free RAM"), when the message does not already say it. The
 * scheduler puts one "<removed>/<before>: <reasons>" entry per filter that
 * removed hosts; the conductor one "attempt_<n>" per host that refused.
 */
function noValidHostSummary(message: string, metadata: Readonly<Record<string, string>>): string {
  const details = parseNoValidHost(metadata);
  const parts: string[] = [];
  if (details.hostsConsidered !== undefined && !/host\(s\) considered/.test(message)) parts.push(`${details.hostsConsidered} host(s) considered`);
  for (const f of details.filters) {
    if (!message.includes(f.filter)) parts.push(`${f.filter} removed ${f.removed} of ${f.before} hosts: ${f.reasons}`);
  }
  const last = details.attempts[details.attempts.length - 1];
  if (last && !message.includes(last)) parts.push(`last refusal: ${last}`);
  return parts.join('; ');
}

/** The state a FAILED_PRECONDITION names in its metadata, when the message does not already say it. */
function stateSummary(message: string, metadata: Readonly<Record<string, string>>): string {
  const parts = ['status', 'vm_state', 'task_state', 'power_state', 'locked_reason']
    .filter((k) => metadata[k] && !message.includes(`${k} is ${metadata[k]}`) && !message.includes(`${k}: ${metadata[k]}`))
    .filter((k) => k !== 'locked_reason' || !message.includes(metadata[k]!))
    .map((k) => `${k}: ${metadata[k]}`);
  return parts.join(', ');
}

/** One line for an API error, without the "Error: " prefix. */
export function apiErrorLine(e: ApiErrorShape, url: string): string {
  // grpc-js's own UNAVAILABLE (no server-sent reason) means no connection;
  // an UNAVAILABLE with a reason came from a reachable kumo-api.
  if (e.codeName === 'UNAVAILABLE' && !e.reason) {
    // Over TLS, a refused handshake (unknown CA, no client certificate) looks the same: say what grpc-js saw.
    if (/^(https|grpcs):\/\//i.test(url)) return `cannot reach Kumo at ${url} over TLS: ${oneLine(e.message)} (check --cacert, --cert and --key)`;
    return `cannot reach Kumo at ${url}: is \`kumo up\` running?`;
  }
  const message = oneLine(e.message);
  const metadata = e.metadata ?? {};
  let line = `${e.codeName}: ${message}`;
  const fields = e.fieldViolations.map((v) => v.field);
  if (fields.length) {
    // The message usually holds the descriptions; name the fields for scripts.
    const missing = e.fieldViolations.filter((v) => !message.includes(v.description)).map((v) => `${v.field}: ${oneLine(v.description)}`);
    if (missing.length) line += `; ${missing.join('; ')}`;
    line += ` (${fields.length === 1 ? 'field' : 'fields'} ${fields.join(', ')})`;
    return line;
  }
  const quotas = (e.quotaViolations ?? []).filter((v) => !message.includes(v.description)).map((v) => `${v.subject}: ${v.description}`);
  const extra =
    e.reason === 'NO_VALID_HOST' ? noValidHostSummary(message, metadata) : e.codeName === 'FAILED_PRECONDITION' ? stateSummary(message, metadata) : quotas.join('; ');
  if (extra) line += ` (${extra})`;
  if (e.reason && e.reason !== e.codeName) line += ` [${e.reason}]`;
  return line;
}

/** The single "Error: ..." line printed for any failure. */
export function errorLine(err: unknown, url: string): string {
  if (err instanceof KumoApiError) return `Error: ${apiErrorLine(err, url)}`;
  if (err instanceof Error) return `Error: ${oneLine(err.message)}`;
  return `Error: ${oneLine(String(err))}`;
}

/** Edit distance with adjacent transpositions ("lsit" is one edit from "list"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidates a mistyped word most likely meant: those it begins (an
 * abbreviation), else those fewest edits away (at most a third of the word,
 * and at least 1). A candidate of several words ("availability zone") is
 * matched by its first word too. Dashes in front of options are ignored.
 */
export function closest(word: string, candidates: readonly string[]): string[] {
  const bare = (s: string): string => s.replace(/^-+/, '').toLowerCase();
  const w = bare(word.split('=')[0]!);
  if (!w) return [];
  const keys = (c: string): string[] => [bare(c), bare(c).split(' ')[0]!];
  const prefixed = candidates.filter((c) => keys(c).some((k) => k.startsWith(w) && k !== w));
  if (prefixed.length) return prefixed;
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best = Infinity;
  let out: string[] = [];
  for (const c of candidates) {
    const dist = Math.min(...keys(c).map((k) => editDistance(w, k)));
    if (dist > limit || dist > best) continue;
    if (dist < best) out = [];
    best = dist;
    out.push(c);
  }
  return out;
}

/** "; did you mean 'a'?" ("'a', 'b' or 'c'"; at most four), or '' for none. */
export function suggestion(near: readonly string[]): string {
  const quoted = [...new Set(near)].slice(0, 4).map((c) => `'${c}'`);
  if (!quoted.length) return '';
  return `; did you mean ${quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0]}?`;
}

/** "; did you mean 'server'?": the candidates closest to a word, or '' when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  return suggestion(closest(word, candidates));
}

/**
 * The names (of several words, some of them) that typed words most likely
 * meant: the first word corrected, then, among the names that begin with
 * it, those whose next words were typed as well ("ser group" -> "server
 * group"), else the one-word name ("ser list" -> "server").
 */
export function closestPath(typed: readonly string[], names: readonly string[]): string[] {
  if (!typed.length) return [];
  const words = (n: string): string[] => n.split(' ');
  const firsts = [...new Set(names.map((n) => words(n)[0]!))];
  return closest(typed[0]!, firsts).flatMap((first) => {
    const all = names.filter((n) => words(n)[0] === first);
    const longer = all.filter((n) => words(n).length > 1 && words(n).slice(1).every((w, i) => typed[i + 1] === w));
    if (longer.length) return longer;
    return all.includes(first) ? [first] : all;
  });
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
