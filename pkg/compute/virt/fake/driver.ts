// The fake driver keeps guests in memory, as Nova's fake driver does, so the
// control plane can be exercised at scale without hypervisors. Image
// property `kumo_fake_fail` = "spawn" makes a build fail on the host: fault
// injection for tests and demos of the ERROR path.
import type { ServerRecord__Output } from '../../../gen/types.js';
import { DriverError, type GuestInfo, type VirtDriver } from '../driver.js';

export interface FakeDriverOptions {
  /** Simulated time to spawn a guest. */
  spawnMs: number;
  /** Simulated time of power operations. */
  powerMs: number;
}

export class FakeDriver implements VirtDriver {
  readonly hypervisorType = 'fake';
  readonly hypervisorVersion = 1000;
  readonly supportedInstances = [
    { architecture: 'x86_64', hypervisorType: 'fake', vmMode: 'hvm' },
    { architecture: 'i686', hypervisorType: 'fake', vmMode: 'hvm' },
  ];
  private readonly guests = new Map<string, GuestInfo>();

  constructor(private readonly opts: FakeDriverOptions = { spawnMs: 0, powerMs: 0 }) {}

  async spawn(record: ServerRecord__Output): Promise<void> {
    const id = record.server!.id;
    await delay(this.opts.spawnMs);
    if (record.image_properties['kumo_fake_fail'] === 'spawn') {
      throw new DriverError(`fake driver: spawn of ${id} failed (image property kumo_fake_fail=spawn)`);
    }
    this.guests.set(id, { running: true });
  }

  async powerOff(id: string): Promise<void> {
    await delay(this.opts.powerMs);
    this.require(id).running = false;
  }

  async powerOn(id: string): Promise<void> {
    await delay(this.opts.powerMs);
    this.require(id).running = true;
  }

  async reboot(id: string): Promise<void> {
    await delay(this.opts.powerMs);
    this.require(id).running = true;
  }

  async destroy(id: string): Promise<void> {
    this.guests.delete(id);
  }

  guest(id: string): GuestInfo | undefined {
    return this.guests.get(id);
  }

  /** Re-creates a guest found in the host's records after a restart (the fake hypervisor forgot it). */
  adopt(id: string, running: boolean): void {
    this.guests.set(id, { running });
  }

  private require(id: string): GuestInfo {
    const g = this.guests.get(id);
    if (!g) throw new DriverError(`fake driver: no guest ${id}`);
    return g;
  }
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}
