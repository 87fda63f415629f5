// google.protobuf.Timestamp helpers.
import type { Timestamp__Output } from '../gen/google/protobuf/Timestamp.js';

export type Timestamp = Timestamp__Output;

export function nowTimestamp(ms = Date.now()): Timestamp {
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 };
}

export function timestampMs(ts: Timestamp | null | undefined): number {
  if (!ts) return 0;
  return ts.seconds * 1000 + Math.floor(ts.nanos / 1_000_000);
}

export function timestampIso(ts: Timestamp | null | undefined): string {
  return ts ? new Date(timestampMs(ts)).toISOString() : '';
}

/** Now, to the microsecond and never going backwards within this process (orders steps started in the same millisecond). */
export function preciseNowTimestamp(): Timestamp {
  const micros = Math.floor((performance.timeOrigin + performance.now()) * 1000);
  return { seconds: Math.floor(micros / 1_000_000), nanos: (micros % 1_000_000) * 1000 };
}

export function timestampMicros(ts: Timestamp | null | undefined): number {
  if (!ts) return 0;
  return ts.seconds * 1_000_000 + Math.floor(ts.nanos / 1000);
}
