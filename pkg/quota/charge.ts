// What a server counts against its project's quota, from its record alone,
// so every conductor computes the same charge from the same record.
import type * as g from '../gen/types.js';

export interface Charge {
  cores: number;
  ram_mb: number;
}

/** Moves that still hold both flavors (Nova counts the larger while a resize is unconfirmed). */
const SETTLED_MIGRATIONS: ReadonlySet<string> = new Set(['confirmed', 'reverted', 'error', 'done']);

/**
 * A server counts one instance for as long as it exists (ERROR and
 * soft-deleted included, as Nova). Its cores and RAM are its flavor's,
 * except that a build that failed before the server ever launched holds
 * none (Nova counting usage from placement: the failed build's allocation
 * is gone), and a move not yet settled holds the larger of both flavors.
 */
export function chargeOf(record: g.ServerRecord__Output): Charge {
  const s = record.server!;
  if (s.vm_state === 'VM_STATE_ERROR' && !s.launch_time) return { cores: 0, ram_mb: 0 };
  const f = s.flavor;
  let cores = f?.vcpus ?? 0;
  let ram = f?.ram_mb ?? 0;
  const m = record.migration;
  if (m && !SETTLED_MIGRATIONS.has(m.status)) {
    for (const other of [m.old_flavor, m.new_flavor]) {
      cores = Math.max(cores, other?.vcpus ?? 0);
      ram = Math.max(ram, other?.ram_mb ?? 0);
    }
  }
  return { cores, ram_mb: ram };
}

export function sameCharge(a: Charge, b: Charge): boolean {
  return a.cores === b.cores && a.ram_mb === b.ram_mb;
}
