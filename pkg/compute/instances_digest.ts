// The digest of the instances one host runs, as anti-entropy compares it:
// order-independent (the sum, mod 2^64, of a 64-bit hash of
// "id:generation:power_state" per instance) so a conductor can keep it up to
// date entry by entry as its view applies changes, and a host can compute it
// from its LMDB in any order.
import { createHash } from 'node:crypto';
import type { ServerRecord__Output } from '../gen/types.js';

const MOD = 1n << 64n;

/** What the digest covers of one instance. */
export interface DigestedInstance {
  id: string;
  generation: number;
  powerState: string;
}

export function digestedOf(record: ServerRecord__Output): DigestedInstance {
  return { id: record.server!.id, generation: record.generation, powerState: record.server!.power_state };
}

function entryHash(e: DigestedInstance): bigint {
  return createHash('sha256').update(`${e.id}:${e.generation}:${e.powerState}`).digest().readBigUInt64BE(0);
}

export class InstancesDigest {
  private sum = 0n;
  count = 0;

  add(e: DigestedInstance): void {
    this.sum = (this.sum + entryHash(e)) % MOD;
    this.count++;
  }

  remove(e: DigestedInstance): void {
    this.sum = (this.sum - entryHash(e) + MOD) % MOD;
    this.count--;
  }

  /** 16 hex digits. */
  get hex(): string {
    return this.sum.toString(16).padStart(16, '0');
  }

  static of(records: Iterable<ServerRecord__Output>): InstancesDigest {
    const d = new InstancesDigest();
    for (const r of records) d.add(digestedOf(r));
    return d;
  }
}
