// Read your writes on the conductor side: a message whose envelope names a
// state-log sequence (minSeq, set by the API from the caller's own writes)
// runs only once this conductor's view has applied it. The wait is bounded:
// a view still behind after MIN_SEQ_WAIT_MS answers UNAVAILABLE
// (VIEW_BEHIND), which the SDK retries, likely on another conductor,
// rather than serve a read older than the caller's own write. A minSeq
// past the log's end cannot be a write the caller saw (a made-up header,
// or a log that lost its tail): it is capped at the log's end, so one bad
// header does not make every read of that caller fail.
import { DeadlineExceededError, UnavailableError } from '../actor/errors.js';
import type { Protocol } from '../actor/protocol.js';
import type { CallContext, Handlers } from '../actor/runtime.js';
import type { ConductorView } from './view.js';

export const MIN_SEQ_WAIT_MS = 2000;

/** The state log's last sequence (StateLog.lastSequence): asked only when a wait ran out. */
export type LogEnd = () => Promise<number>;

/** Resolves once the view applied `minSeq` (at once when it has, or when there is none). */
export async function caughtUp(view: ConductorView, minSeq: number | undefined, waitMs = MIN_SEQ_WAIT_MS, logEnd?: LogEnd): Promise<void> {
  if (!minSeq || minSeq <= view.appliedSeq) return;
  try {
    await view.waitFor(minSeq, waitMs);
  } catch (err) {
    if (!(err instanceof DeadlineExceededError)) throw err;
    const end = logEnd ? await logEnd().catch(() => undefined) : undefined;
    if (end !== undefined && minSeq > end) {
      // Beyond the log: serve what the log has, once the view has it all.
      if (end > view.appliedSeq) await caughtUp(view, end, waitMs);
      return;
    }
    throw new UnavailableError(`this conductor's view has applied sequence ${view.appliedSeq}, not yet ${minSeq} (the caller's last write); retry`, {
      reason: 'VIEW_BEHIND',
      metadata: { applied: String(view.appliedSeq), wanted: String(minSeq) },
    });
  }
}

/** Every handler of `handlers`, each waiting first for the caller's minSeq. */
export function afterCallersWrites<P extends Protocol>(view: ConductorView, handlers: Handlers<P>, logEnd?: LogEnd): Handlers<P> {
  const wrapped: Partial<Handlers<P>> = {};
  for (const name of Object.keys(handlers) as Array<keyof P>) {
    const handler = handlers[name] as (req: unknown, ctx: CallContext) => Promise<unknown>;
    wrapped[name] = (async (req: unknown, ctx: CallContext) => {
      await caughtUp(view, ctx.minSeq, MIN_SEQ_WAIT_MS, logEnd);
      return handler(req, ctx);
    }) as unknown as Handlers<P>[keyof P];
  }
  return wrapped as Handlers<P>;
}
