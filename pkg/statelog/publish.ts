// One JetStream append, kept trying with the same message id while the
// server does not answer (nats-server restarting, a cluster electing a
// stream leader): a change that was made must reach its stream; giving up
// at the first timeout left tasks in progress forever (found by the chaos
// suite). Used by the state log and by the request-id stream.
import { ErrorCode, NatsError, type JetStreamClient, type JetStreamManager, type JetStreamPublishOptions, type NatsConnection, type PubAck } from 'nats';

/** How long an append keeps trying while JetStream does not answer. */
const APPEND_RETRY_MS = 30_000;

/** The stream did not answer (and may or may not have stored the entry): worth trying again with the same message id. */
export function retryable(err: unknown): boolean {
  return err instanceof NatsError && (err.code === ErrorCode.Timeout || err.code === ErrorCode.NoResponders || err.code === ErrorCode.Disconnect || err.code === ErrorCode.JetStream408RequestTimeout);
}

/** JetStream refused an append whose expected last (subject) sequence was not the newest: 10071. */
/** A JetStream direct get found no message (none on the subject, or that sequence was deleted). */
export function noMessage(err: unknown): boolean {
  return err instanceof Error && /no message found|404/i.test(err.message);
}

export function wrongLastSequence(err: unknown): boolean {
  return (err as { api_error?: { err_code?: number } }).api_error?.err_code === 10071;
}

export interface AppendTarget {
  nc: NatsConnection;
  js: JetStreamClient;
  stream: string;
  manager: () => Promise<JetStreamManager>;
}

/**
 * Publishes and retries until acknowledged. A retry acknowledged as a
 * duplicate whose stored body is this one means the first try did arrive:
 * it is reported as not a duplicate.
 */
export async function publishRetrying(t: AppendTarget, subject: string, body: Uint8Array, opts: Partial<JetStreamPublishOptions>): Promise<PubAck> {
  const until = Date.now() + APPEND_RETRY_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      const ack = await t.js.publish(subject, body, opts);
      if (attempt > 0 && ack.duplicate && (await storedBodyIs(t, ack.seq, body))) return { ...ack, duplicate: false };
      return ack;
    } catch (err) {
      if (!retryable(err) || Date.now() > until || t.nc.isClosed()) throw err;
      await new Promise((r) => setTimeout(r, Math.min(2_000, 100 * 2 ** attempt)));
    }
  }
}

async function storedBodyIs(t: AppendTarget, seq: number, body: Uint8Array): Promise<boolean> {
  const m = await (await t.manager()).streams.getMessage(t.stream, { seq }).catch(() => undefined);
  return m !== undefined && Buffer.from(m.data).equals(Buffer.from(body));
}
