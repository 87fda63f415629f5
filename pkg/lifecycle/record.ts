// Server records change only through these helpers, so every change bumps
// the generation, stamps update_time and re-derives the API status.
import { codec } from '../actor/codec.js';
import type { Server__Output, ServerRecord, ServerRecord__Output } from '../gen/types.js';
import { nowTimestamp } from '../util/timestamp.js';
import { deriveStatus } from './states.js';

export const serverRecordCodec = codec<ServerRecord, ServerRecord__Output>('kumo.internal.v1.ServerRecord');

export type ServerPatch = Partial<Omit<Server__Output, 'id' | 'status'>>;

export function nextRecord(record: ServerRecord__Output, patch: ServerPatch, nowMs = Date.now()): ServerRecord__Output {
  const server: Server__Output = { ...record.server!, ...patch, update_time: nowTimestamp(nowMs) };
  server.status = deriveStatus(server.vm_state, server.task_state);
  // An action finish rides on the one record that ended it (ServerRecord.finished_action), not on later ones.
  const next = { ...record, server, generation: record.generation + 1, finished_action: null };
  // A build that failed (ERROR, never launched) gives its network back: the
  // conductors release its ports when they apply this record (pkg/network/tables.ts).
  if (server.vm_state === 'VM_STATE_ERROR' && !server.launch_time && (server.addresses?.length || record.nics?.length)) {
    server.addresses = [];
    next.nics = [];
  }
  return next;
}

export function serverOf(record: ServerRecord__Output): Server__Output {
  return record.server!;
}
