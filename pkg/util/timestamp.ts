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
