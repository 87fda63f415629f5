// Read your writes on the conductor side: a message whose envelope names a
// state-log sequence (minSeq, set by the API from the caller's own writes)
// runs only once this conductor's view has applied it. The wait is bounded:
// a view still behind after MIN_SEQ_WAIT_MS answers UNAVAILABLE
// (VIEW_BEHIND), which the SDK retries, likely on another conductor,
// rather than serve a read older than the caller's own write.
import { DeadlineExceededError, UnavailableError } from '../actor/errors.js';
import type { Protocol } from '../actor/protocol.js';
import type { CallContext, Handlers } from '../actor/runtime.js';
import type { ConductorView } from './view.js';

export const MIN_SEQ_WAIT_MS = 2000;

/** Resolves once the view applied `minSeq` (at once when it has, or when there is none). */
export async function caughtUp(view: ConductorView, minSeq: number | undefined, waitMs = MIN_SEQ_WAIT_MS): Promise<void> {
  if (!minSeq || minSeq <= view.appliedSeq) return;
  try {
    await view.waitFor(minSeq, waitMs);
  } catch (err) {
    if (!(err instanceof DeadlineExceededError)) throw err;
    throw new UnavailableError(`this conductor's view has applied sequence ${view.appliedSeq}, not yet ${minSeq} (the caller's last write); retry`, {
      reason: 'VIEW_BEHIND',
      metadata: { applied: String(view.appliedSeq), wanted: String(minSeq) },
    });
  }
}

/** Every handler of `handlers`, each waiting first for the caller's minSeq. */
export function afterCallersWrites<P extends Protocol>(view: ConductorView, handlers: Handlers<P>): Handlers<P> {
  const wrapped: Partial<Handlers<P>> = {};
  for (const name of Object.keys(handlers) as Array<keyof P>) {
    const handler = handlers[name] as (req: unknown, ctx: CallContext) => Promise<unknown>;
    wrapped[name] = (async (req: unknown, ctx: CallContext) => {
      await caughtUp(view, ctx.minSeq);
      return handler(req, ctx);
    }) as unknown as Handlers<P>[keyof P];
  }
  return wrapped as Handlers<P>;
}
