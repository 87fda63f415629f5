// A compute node: one OS process, one LMDB environment, and one or more host
// actors (many fake hosts per process is how Kumo simulates a large fleet).
import type { ActorSystem } from '../actor/runtime.js';
import { StateLog, ensureStateStream } from '../statelog/statelog.js';
import { Store } from '../store/store.js';
import { CARRY_EVENTS_MS, InstanceActionRecorder } from '../events/recorder.js';
import { HostActor } from './host.js';
import { openHostRecords } from './records_table.js';
import { LifecycleConfig, type LifecycleOptions } from './lifecycle_config.js';
import type { HostResources } from './resource_tracker.js';
import type { RecoveryOptions } from './recovery.js';
import type { FakeGuest } from './virt/fake/driver.js';
import { DRIVERS, type DriverName } from './virt/registry.js';
import { openImageStore } from '../image/object_store.js';
import { join } from 'node:path';
import { fakeSettingsFor, type FakeHostSettings, type FakeSettingsMap } from './virt/fake/settings.js';

export interface ComputeNodeConfig {
  dataDir: string;
  /** Host names this process runs. */
  hosts: string[];
  availabilityZone: string;
  resources: HostResources;
  heartbeatMs: number;
  /** IP of the first host; the others follow it (fake hosts need distinct addresses). */
  hostIpBase: string;
  /** Fake hypervisor settings by host name ("default" for every host): latency, failures, size, capabilities. */
  fakeSettings?: FakeSettingsMap;
  /** Settings under every host's (the --fake-spawn-ms / --fake-power-ms flags). */
  fakeBase?: Partial<FakeHostSettings>;
  /** What a restart does with guests and records (pkg/compute/recovery.ts). */
  recovery?: RecoveryOptions;
  /** Period of the power-state sync; 0 disables it. */
  syncPowerStateIntervalMs?: number;
  /** Period of each host's anti-entropy digest; 0 disables it. */
  antiEntropyIntervalMs?: number;
  /** Nova-named lifecycle options; defaults in lifecycle_config.ts. */
  lifecycle?: Partial<LifecycleOptions>;
  /** The virt driver of every host (pkg/compute/virt/registry.ts); default fake. */
  driver?: DriverName;
  /** QEMU: instances root shared by the hosts of this machine (default <dataDir>/instances). */
  instancesRoot?: string;
  /** QEMU: how long an ACPI shutdown may take before a hard stop (Nova's shutdown_timeout). */
  shutdownTimeoutMs?: number;
}

export class ComputeNode {
  readonly hosts: HostActor[] = [];
  private store?: Store;
  private recorder?: InstanceActionRecorder;

  constructor(
    private readonly system: ActorSystem,
    private readonly config: ComputeNodeConfig,
  ) {}

  async start(): Promise<void> {
    await ensureStateStream(this.system.nc);
    this.store = Store.open(this.config.dataDir);
    const instances = await openHostRecords(this.store);
    const stateLog = new StateLog(this.system.nc);
    const lifecycle = new LifecycleConfig(this.config.lifecycle);
    const recorder = (this.recorder = new InstanceActionRecorder(this.system, stateLog, { carryEventsMs: CARRY_EVENTS_MS }));
    // The fake hypervisor's guests outlive this process, as libvirt's do: their own table in the node's LMDB.
    const guests = this.store.table<FakeGuest>('fake_guests');
    const driverName = this.config.driver ?? 'fake';
    // Real guests read their images from (and write snapshots to) the shared image store; the fake writes synthetic snapshot data there.
    const images = await openImageStore(this.system.nc);
    for (const [i, name] of this.config.hosts.entries()) {
      const settings = fakeSettingsFor(this.config.fakeSettings ?? {}, name, this.config.fakeBase);
      const r = this.config.resources;
      const resources: HostResources = { ...r, vcpus: settings.vcpus ?? r.vcpus, memoryMb: settings.memory_mb ?? r.memoryMb, localGb: settings.disk_gb ?? r.localGb };
      const host = new HostActor(
        {
          name,
          availabilityZone: this.config.availabilityZone,
          resources,
          heartbeatMs: this.config.heartbeatMs,
          hostIp: addToIpv4(this.config.hostIpBase, i),
          recovery: this.config.recovery,
          syncPowerStateIntervalMs: this.config.syncPowerStateIntervalMs,
          antiEntropyIntervalMs: this.config.antiEntropyIntervalMs,
        },
        // Each host signs its server records as itself (pkg/security/state_signing.ts).
        { system: this.system, instances, stateLog: stateLog.signing ? new StateLog(this.system.nc, stateLog.signing.forHost(name)) : stateLog, recorder, lifecycle, driver: DRIVERS[driverName]({
            host: name,
            fakeSettings: settings,
            fakeGuests: guests,
            instancesRoot: this.config.instancesRoot ?? join(this.config.dataDir, 'instances'),
            images,
            shutdownTimeoutMs: this.config.shutdownTimeoutMs,
            log: (msg, ctx) => this.system.log.info(ctx ?? {}, msg),
          }),
        },
      );
      await host.start();
      this.hosts.push(host);
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.hosts.map((h) => h.stop()));
    // Instance-action records still on their way to the log go out before the connection closes.
    await this.recorder?.flush();
    await this.store?.close();
  }
}

/** base + n, for IPv4 dotted quads. */
export function addToIpv4(base: string, n: number): string {
  const parts = base.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return base;
  const value = ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]! + n;
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}
