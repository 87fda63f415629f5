// The host's side of anti-entropy: every interval (and when a conductor or
// scheduler asks for a resync) the host publishes a digest of the instances
// it runs, read from its LMDB, on kumo.v1.evt.digest.<host>; a conductor
// whose view of the host differs asks for the records themselves
// (HostProtocol.GetHostState) and repairs (pkg/conductor/anti_entropy.ts).
import type { ActorSystem } from '../actor/runtime.js';
import { codec } from '../actor/codec.js';
import { subjects } from '../actor/subjects.js';
import type { HostDigest, HostDigest__Output, ServerRecord__Output } from '../gen/types.js';
import type { Table } from '../store/store.js';
import { fuzzyPeriodic, type Periodic } from '../util/periodic.js';
import { InstancesDigest } from './instances_digest.js';

export const hostDigestCodec = codec<HostDigest, HostDigest__Output>('kumo.internal.v1.HostDigest');

export interface HostDigestSource {
  readonly name: string;
  readonly bootId: string;
  readonly instances: Table<ServerRecord__Output>;
}

/**
 * The records of the instances this host runs: its LMDB entries that name
 * it (a held copy of a server that moved away names the destination and is
 * not counted), in id order.
 */
export function runningRecords(src: HostDigestSource): ServerRecord__Output[] {
  const out: ServerRecord__Output[] = [];
  for (const r of src.instances.values({ start: `${src.name}/`, end: `${src.name}0` })) if (r.server?.host === src.name) out.push(r);
  return out;
}

export class HostDigestPublisher {
  private timer?: Periodic;

  constructor(
    private readonly src: HostDigestSource,
    private readonly system: ActorSystem,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (this.intervalMs <= 0) return;
    // One digest now (a host that just started is compared at once), then every interval from a random point of it.
    this.timer = fuzzyPeriodic(() => this.publish(), this.intervalMs);
    this.publish();
  }

  publish(): void {
    if (this.intervalMs <= 0 || this.system.nc.isClosed()) return;
    const d = InstancesDigest.of(runningRecords(this.src));
    this.system.nc.publish(subjects.hostDigest(this.src.name), hostDigestCodec.encode({ host: this.src.name, count: d.count, digest: d.hex, boot_id: this.src.bootId }));
  }

  stop(): void {
    this.timer?.stop();
  }
}
