// Server-streaming calls for the SDK (WatchServer, WatchServers) as async
// iterables, and the typed errors of ServerManager.waitFor.
import { status as Status, type ServiceError } from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type { Server__Output, ServerStatus__Output as ServerStatus } from '../gen/types.js';
import { KumoApiError } from './errors.js';
import { callMetadata, type Transport } from './transport.js';

/** What a stream needs of the client: the channel, identity metadata and the token. */
export type StreamContext = Pick<Transport, 'client' | 'identity' | 'tokens'>;

export interface StreamOptions {
  /** Deadline of the whole stream, in milliseconds from now; none when absent. */
  timeoutMs?: number;
  /** Cancels the stream; the iteration then throws the signal's reason. */
  signal?: AbortSignal;
}

/** One message of a watch: the server after a change; `deleted` on the last one of a deleted server. */
export interface ServerChange {
  server: Server__Output;
  deleted: boolean;
}

function isServiceError(err: unknown): err is ServiceError {
  return err instanceof Error && typeof (err as Partial<ServiceError>).code === 'number' && 'metadata' in err;
}

/**
 * Opens a server-streaming call; breaking out of the loop (or the signal)
 * cancels it. Refused with UNAUTHENTICATED before its first message while
 * the client has a token provider, it is opened once more with a fresh
 * token.
 */
export async function* serverStream<Req, ResIn, ReqOut, Res>(
  ctx: StreamContext,
  def: MethodDefinition<Req, ResIn, ReqOut, Res>,
  rpc: string,
  request: Req,
  opts: StreamOptions = {},
): AsyncGenerator<Res> {
  opts.signal?.throwIfAborted();
  const deadline = opts.timeoutMs === undefined ? Infinity : Date.now() + Math.max(0, opts.timeoutMs);
  for (let refreshed = false; ; refreshed = true) {
    const { metadata, token } = await callMetadata(ctx);
    opts.signal?.throwIfAborted();
    const call = ctx.client.makeServerStreamRequest(
      def.path,
      (value: Req) => def.requestSerialize(value),
      (buf: Buffer) => def.responseDeserialize(buf),
      request,
      metadata,
      { deadline },
    );
    const cancel = (): void => call.cancel();
    opts.signal?.addEventListener('abort', cancel, { once: true });
    let received = false;
    try {
      for await (const message of call as AsyncIterable<Res>) {
        received = true;
        yield message;
      }
      return;
    } catch (err) {
      opts.signal?.throwIfAborted();
      if (!isServiceError(err)) throw err;
      if (err.code === Status.UNAUTHENTICATED && !received && !refreshed && ctx.tokens.canRefresh) {
        await ctx.tokens.refresh(token);
        continue;
      }
      throw KumoApiError.from(err, rpc);
    } finally {
      opts.signal?.removeEventListener('abort', cancel);
      call.cancel();
    }
  }
}

const statusText = (s: ServerStatus): string => s.replace(/^SERVER_STATUS_/, '');

/** Why ServerManager.waitFor gave up; `server` is the last state it saw, if any. */
export class ServerWaitError extends Error {
  constructor(
    message: string,
    readonly serverId: string,
    readonly server: Server__Output | undefined,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The server went to ERROR (and no task is left running) while something else was waited for. */
export class ServerFaultError extends ServerWaitError {
  readonly fault: string;

  constructor(server: Server__Output) {
    const fault = server.fault?.message || 'no fault recorded';
    super(`server ${server.id} is in ERROR: ${fault}`, server.id, server);
    this.fault = fault;
  }
}

/** The server was deleted while something else was waited for. */
export class ServerDeletedError extends ServerWaitError {
  constructor(id: string, server: Server__Output | undefined, wanted: readonly ServerStatus[]) {
    super(`server ${id} was deleted while waiting for it to become ${wanted.map(statusText).join(' or ')}`, id, server);
  }
}

/** The timeout passed first. */
export class WaitTimeoutError extends ServerWaitError {
  constructor(
    id: string,
    server: Server__Output | undefined,
    wanted: readonly ServerStatus[],
    readonly timeoutMs: number,
  ) {
    const now = server ? `; it is ${statusText(server.status)}` : '';
    super(`timed out after ${timeoutMs / 1000}s waiting for server ${id} to become ${wanted.map(statusText).join(' or ')}${now}`, id, server);
  }
}

/** Codes after which a watch is opened again: the API went away, or we fell behind. */
export function isRetryableWatchError(err: KumoApiError): boolean {
  if (err.code === Status.UNAVAILABLE || err.code === Status.RESOURCE_EXHAUSTED || err.code === Status.CANCELLED) return true;
  // grpc-js reports an API process that died mid-stream as INTERNAL "Received RST_STREAM ...".
  return err.code === Status.INTERNAL && /RST_STREAM/.test(err.message);
}
