// The virt driver contract, as Nova's ComputeDriver: the host and instance
// actors decide; the driver only makes the hypervisor do it. Every call is
// about one guest, named by the server id.
import type { Flavor__Output, ServerRecord__Output } from '../../gen/types.js';

export type GuestPowerState = 'running' | 'paused' | 'suspended' | 'shutdown' | 'crashed';

export interface GuestInfo {
  /** Power state as the hypervisor sees it. */
  state: GuestPowerState;
  /** Booted from a rescue image. */
  rescued: boolean;
}

export interface SupportedInstance {
  architecture: string;
  hypervisorType: string;
  vmMode: string;
}

/** Where a guest's console can be reached on its host. */
export interface ConsoleEndpoint {
  host: string;
  port: number;
  internalAccessPath: string;
}

export interface VirtDriver {
  readonly hypervisorType: string;
  /** As Nova encodes it: major * 1,000,000 + minor * 1,000 + patch. */
  readonly hypervisorVersion: number;
  /** What guests the hypervisor can run (ImagePropertiesFilter). */
  readonly supportedInstances: readonly SupportedInstance[];
  /** Host capabilities for ComputeCapabilitiesFilter, merged into the host report. */
  readonly capabilities: Readonly<Record<string, string>>;
  /** Opens the hypervisor connection (and whatever it keeps across restarts). */
  init?(): Promise<void>;
  /** Creates and boots the guest. Throws to fail the build. */
  spawn(record: ServerRecord__Output): Promise<void>;
  powerOff(id: string): Promise<void>;
  powerOn(id: string): Promise<void>;
  reboot(id: string, hard: boolean): Promise<void>;
  pause(id: string): Promise<void>;
  unpause(id: string): Promise<void>;
  suspend(id: string): Promise<void>;
  resume(id: string): Promise<void>;
  /** Re-creates the guest's disk from the record's image and boots it (rebuild). */
  rebuild(record: ServerRecord__Output): Promise<void>;
  /** Boots the guest from a rescue image with its disk attached. */
  rescue(id: string, imageId: string): Promise<void>;
  unrescue(id: string): Promise<void>;
  /** Copies the guest's disk into an image; the guest is paused or off meanwhile. */
  snapshot(id: string, imageId: string): Promise<void>;
  /** Source side of a cold move: powers the guest off and copies its disk to the destination. */
  migrateDisk(id: string, destHost: string, flavor: Flavor__Output): Promise<void>;
  /** Destination side of a cold move: creates the guest from the copied disk (powered on if `powerOn`). */
  finishMigration(record: ServerRecord__Output, powerOn: boolean): Promise<void>;
  /**
   * Destination side of a live move, from PrepareMigration, before the
   * source starts: a hypervisor that must receive the guest (QEMU's
   * -incoming) gets ready here. Optional: the fake driver needs nothing.
   */
  prepareLiveMigration?(record: ServerRecord__Output): Promise<void>;
  /** Source side of a live move: copies memory (and disk) while the guest runs; reports progress 0..100. */
  liveMigrate(id: string, destHost: string, progress: (percent: number) => void): Promise<void>;
  /** Destination side of a live move: the guest now runs here, in `state`. */
  adoptMigrated(record: ServerRecord__Output, state: GuestPowerState): Promise<void>;
  /** Removes the guest; succeeds if it does not exist. */
  destroy(id: string): Promise<void>;
  /** The guest as the hypervisor sees it, or undefined if it has none. */
  guest(id: string): GuestInfo | undefined;
  /** Every guest the hypervisor runs (to find guests no record knows). */
  guests(): readonly string[];
  /** The console log. */
  consoleOutput(id: string): Promise<string>;
  /** Where the guest's VNC console listens. */
  console(id: string): Promise<ConsoleEndpoint>;
  /** Closes the hypervisor connection. */
  close?(): Promise<void>;
}

export class DriverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DriverError';
  }
}
