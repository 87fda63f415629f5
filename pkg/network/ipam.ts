// Choosing addresses and MACs. Which candidate to try is decided here, in
// memory; whether the port gets it is decided by the compare-and-set of
// its claim on the state log (pkg/conductor/networks.ts). The picker only
// keeps the candidates of concurrent requests apart, so they rarely race.
import { take } from '../util/random.js';
import type { Range } from './ip.js';

/**
 * Next-fit over a subnet's allocation pools: each subnet has a cursor (the
 * address after the last one picked), and the search goes on from it,
 * wrapping around once. Freed addresses are therefore reused only after
 * the rest of the pool (kind to ARP caches, as DHCP servers do), and a
 * mostly-free pool answers in a step or two whatever its size.
 */
export class AddressPicker {
  private readonly cursors = new Map<string, bigint>();

  /**
   * The next address of `pools` for which `taken` is false, from the
   * subnet's cursor; undefined when every address is taken. Moves the
   * cursor past the answer.
   */
  next(subnetId: string, pools: readonly Range[], taken: (value: bigint) => boolean): bigint | undefined {
    if (!pools.length) return undefined;
    let cursor = this.cursors.get(subnetId) ?? pools[0]!.first;
    // Start in the pool holding the cursor (or the first one after it), at the cursor; past the last pool, over from the first.
    let start = pools.findIndex((p) => cursor <= p.last);
    if (start < 0) {
      start = 0;
      cursor = pools[0]!.first;
    }
    for (let k = 0; k <= pools.length; k++) {
      const i = (start + k) % pools.length;
      const pool = pools[i]!;
      // The starting pool is searched from the cursor first, then (after the wrap, k = pools.length) up to it.
      const from = k === 0 && cursor > pool.first ? cursor : pool.first;
      const to = k === pools.length ? (cursor > pool.first ? cursor - 1n : pool.first - 1n) : pool.last;
      for (let a = from; a <= to; a++) {
        if (taken(a)) continue;
        this.cursors.set(subnetId, a + 1n);
        return a;
      }
    }
    return undefined;
  }

  /** Forgets a subnet's cursor (its network was deleted). */
  forget(subnetId: string): void {
    this.cursors.delete(subnetId);
  }
}

/** Neutron's base_mac: fa:16:3e (locally administered, unicast), then three random bytes. */
export const MAC_PREFIX = 'fa:16:3e';

export function randomMac(): string {
  const b = take(3);
  return `${MAC_PREFIX}:${[...b].map((x) => x.toString(16).padStart(2, '0')).join(':')}`;
}

/** The state-log id of a MAC claim: its 12 hex digits. */
export function macToken(mac: string): string {
  return mac.replace(/:/g, '').toLowerCase();
}
