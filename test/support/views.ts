// Conductor views in tests: gather every conductor's view digest
// (pkg/conductor/view_digest.ts) and wait until they all agree.
import { ActorSystem } from '../../pkg/actor/runtime.js';
import { gatherViewDigests } from '../../pkg/conductor/view_digest.js';
import type { ViewDigestResponse__Output } from '../../pkg/gen/types.js';
import { StateLog } from '../../pkg/statelog/statelog.js';
import { newLogger } from '../../pkg/util/log.js';

export async function observer(natsUrl: string): Promise<ActorSystem> {
  return ActorSystem.connect(natsUrl, 'kumo-test-observer', newLogger('kumo-test-observer', 'warn'));
}

/** Which tables differ between the digests (for a failure message). */
export function describeDifference(digests: readonly ViewDigestResponse__Output[]): string {
  const lines = digests.map((d) => `${d.conductor_id.slice(0, 8)} seq ${d.applied_seq} ${d.digest.slice(0, 12)}`);
  const names = new Set(digests.flatMap((d) => d.tables.map((t) => t.name)));
  for (const n of [...names].sort()) {
    const per = digests.map((d) => d.tables.find((t) => t.name === n));
    if (new Set(per.map((t) => t?.digest)).size > 1) lines.push(`table ${n}: ${per.map((t) => `${t?.entries ?? '-'}:${t?.digest.slice(0, 8) ?? '-'}`).join(' ')}`);
  }
  return lines.join('; ');
}

/**
 * Waits until `expected` conductors answer with the same applied sequence
 * (the log's last) and the same digest; returns their digests.
 */
export async function waitViewsConverged(system: ActorSystem, expected: number, timeoutMs = 30_000): Promise<ViewDigestResponse__Output[]> {
  const log = new StateLog(system.nc);
  const until = Date.now() + timeoutMs;
  let last: ViewDigestResponse__Output[] = [];
  for (;;) {
    const lastSeq = await log.lastSequence();
    last = await gatherViewDigests(system, { expected, waitMs: 3_000, minSeq: lastSeq }).catch(() => []);
    if (last.length === expected && last.every((d) => d.applied_seq === lastSeq && d.digest === last[0]!.digest)) {
      // Nothing appended while we asked: the digests are of the same log.
      if ((await log.lastSequence()) === lastSeq) return last;
    }
    if (Date.now() > until) throw new Error(`conductor views did not converge in ${timeoutMs} ms (${last.length}/${expected} answered, log at ${lastSeq}): ${describeDifference(last)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
