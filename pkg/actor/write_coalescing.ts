// Fewer socket writes per NATS connection. nats.js buffers what a process
// publishes and writes it out on the next microtask, so work that publishes
// from many promise continuations (every RPC answer, state-log append and
// notification of a busy process) costs one write(2) each: the compute
// process spent 12% of its CPU in socket writes in bench:storm, and
// nats-server as much again reading them one by one. Deferring the write to
// setImmediate sends everything a turn of the event loop produced in one
// write, at the cost of waiting for the end of that turn (under a
// millisecond when the process is busy, nothing when it is idle).
//
// This reaches into nats.js: the connection's protocol handler and its
// `flushPending`. If a nats.js version lacks them, nothing changes.
import type { NatsConnection } from 'nats';

interface ProtocolHandler {
  flushPending(): void;
}

/**
 * Makes `nc` write what it buffered once per event-loop turn. A flush (and
 * so a drain) still waits for the write and the server's answer; a close
 * without either may drop what was not written yet, as nats.js does anyway.
 */
export function coalesceWrites(nc: NatsConnection): boolean {
  const protocol = (nc as unknown as { protocol?: Partial<ProtocolHandler> }).protocol;
  if (typeof protocol?.flushPending !== 'function') return false;
  const flushNow = protocol.flushPending.bind(protocol);
  let scheduled = false;
  protocol.flushPending = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      flushNow();
    });
  };
  return true;
}
