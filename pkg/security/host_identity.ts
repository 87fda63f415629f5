// A host's identity comes from the subject it published on, never from the
// payload. NATS authorization lets a compute credential publish only on its
// own hosts' subjects (pkg/security/nats_authz.ts), so the subject names a
// host that holds that credential; a report whose payload names another
// host is a forgery (or a bug) and is dropped, counted and logged.
import type { Logger } from 'pino';
import { defaultRegistry } from '../metrics/registry.js';

const rejected = defaultRegistry.counter({
  name: 'kumo_host_messages_rejected_total',
  help: 'Host-originated messages dropped because the host named in the payload is not the host of the subject, by kind (report, digest).',
  labelNames: ['kind'],
});

/**
 * Whether `host` (from the payload) is the host whose subject `subject` is.
 * `subjectOf` is the subjects module's builder (subjects.hostEvent, ...);
 * a payload host that is not even a valid subject token does not match.
 */
export function fromItsHost(subject: string, host: string, subjectOf: (host: string) => string): boolean {
  try {
    return host !== '' && subjectOf(host) === subject;
  } catch {
    return false;
  }
}

/** fromItsHost, and when not: counts the message under `kind` and logs it. */
export function acceptHostMessage(kind: string, subject: string, host: string, subjectOf: (host: string) => string, log?: Logger): boolean {
  if (fromItsHost(subject, host, subjectOf)) return true;
  rejected.labels(kind).inc();
  log?.warn({ kind, subject, payload_host: host }, 'host message names another host than its subject: rejected');
  return false;
}
