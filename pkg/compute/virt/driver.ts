// The virt driver contract, as Nova's ComputeDriver: the host and instance
// actors decide; the driver only makes the hypervisor do it.
import type { ServerRecord__Output } from '../../gen/types.js';

export interface GuestInfo {
  running: boolean;
}

export interface SupportedInstance {
  architecture: string;
  hypervisorType: string;
  vmMode: string;
}

export interface VirtDriver {
  readonly hypervisorType: string;
  /** As Nova encodes it: major * 1,000,000 + minor * 1,000 + patch. */
  readonly hypervisorVersion: number;
  /** What guests the hypervisor can run (ImagePropertiesFilter). */
  readonly supportedInstances: readonly SupportedInstance[];
  /** Creates and boots the guest. Throws to fail the build. */
  spawn(record: ServerRecord__Output): Promise<void>;
  powerOff(id: string): Promise<void>;
  powerOn(id: string): Promise<void>;
  reboot(id: string, hard: boolean): Promise<void>;
  /** Removes the guest; succeeds if it does not exist. */
  destroy(id: string): Promise<void>;
  /** What the hypervisor runs, for reconciling after a restart. */
  guest(id: string): GuestInfo | undefined;
  /**
   * Re-registers a guest the host's records say exists. Only drivers whose
   * hypervisor forgets guests when the process restarts (the fake) need it.
   */
  adopt?(id: string, running: boolean): void;
}

export class DriverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DriverError';
  }
}
