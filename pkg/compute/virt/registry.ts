// The virt drivers a compute process can run, by name (`--driver`): an
// explicit map, no discovery. Each factory gets what every driver may need
// and takes what its own needs.
import type { Table } from '../../store/store.js';
import type { VirtDriver } from './driver.js';
import { FakeDriver, type FakeGuest } from './fake/driver.js';
import type { FakeHostSettings } from './fake/settings.js';
import type { ImageSource } from './qemu/image_cache.js';
import { QemuDriver } from './qemu/driver.js';

export const DRIVER_NAMES = ['fake', 'qemu'] as const;
export type DriverName = (typeof DRIVER_NAMES)[number];

export interface DriverContext {
  host: string;
  /** Fake: this host's settings, and the LMDB table its guests persist in. */
  fakeSettings: FakeHostSettings;
  fakeGuests: Table<FakeGuest>;
  /** QEMU: the instances root every host of this machine shares (`<root>/<host>/`). */
  instancesRoot: string;
  /** QEMU: where image bytes come from and snapshots go (the JetStream image store). */
  images?: ImageSource;
  /** QEMU: Nova's shutdown_timeout, in ms. */
  shutdownTimeoutMs?: number;
  log: (msg: string, ctx?: Record<string, unknown>) => void;
}

export const DRIVERS: Record<DriverName, (ctx: DriverContext) => VirtDriver> = {
  fake: (ctx) => new FakeDriver({ host: ctx.host, settings: ctx.fakeSettings, table: ctx.fakeGuests, images: ctx.images }),
  qemu: (ctx) =>
    new QemuDriver({ host: ctx.host, instancesRoot: ctx.instancesRoot, images: ctx.images, shutdownTimeoutMs: ctx.shutdownTimeoutMs, log: ctx.log }),
};

export function isDriverName(name: string): name is DriverName {
  return (DRIVER_NAMES as readonly string[]).includes(name);
}
