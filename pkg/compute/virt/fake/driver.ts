// The fake hypervisor. Like libvirt it outlives the compute process: its
// guests (power state, rescue, console log) live in an LMDB table of the
// compute node's store, so a compute process killed and restarted finds its
// guests as they were, and the host's recovery reconciles its records with
// them (pkg/compute/recovery.ts). Without a table it keeps guests in memory.
//
// Per-host settings (settings.ts) give each operation a latency and a
// failure rate (with a seeded RNG, so a run is repeatable), and the host its
// size, capabilities and hypervisor identity. Image property
// `kumo_fake_fail` = a comma-separated list of operations (or the groups
// "power", "migrate") makes those operations fail for guests of that image:
// fault injection for tests and demos of the ERROR paths.
import type { Flavor__Output, ServerRecord__Output } from '../../../gen/types.js';
import type { Table } from '../../../store/store.js';
import { DriverError, type ConsoleEndpoint, type GuestInfo, type GuestPowerState, type SupportedInstance, type VirtDriver } from '../driver.js';
import { defaultFakeSettings, expandOp, type FakeHostSettings, type FakeOp } from './settings.js';

/** A guest as the fake hypervisor stores it. */
export interface FakeGuest {
  id: string;
  state: GuestPowerState;
  rescued: boolean;
  /** Operations that always fail for this guest (image property kumo_fake_fail). */
  fail: FakeOp[];
  /** VNC display number: the console listens on 5900 + display. */
  display: number;
  /** The console log (the newest MAX_CONSOLE_LINES lines). */
  console: string[];
  /** Lines ever written to the console (the log's clock). */
  lines: number;
  /** The NICs the guest was given (the server's ports), as a hypervisor's domain XML lists its interfaces; absent on guests kept from before networking. */
  nics?: FakeNic[];
}

/** One network interface of a fake guest. */
export interface FakeNic {
  port_id: string;
  network: string;
  mac: string;
  /** "10.0.0.2/24", "fd00::2/64" */
  addresses: string[];
  /** Ids of the security groups the port applies (absent on guests kept from before security groups). */
  security_groups?: string[];
}

/** The record's NICs as the fake hypervisor keeps them. */
function nicsOf(record: ServerRecord__Output): FakeNic[] {
  return (record.nics ?? []).map((n) => ({
    port_id: n.port_id,
    network: n.network_name,
    mac: n.mac_address,
    addresses: n.addresses.map((a) => `${a.address}/${a.cidr.split('/')[1] ?? ''}`),
    security_groups: [...(n.security_group_ids ?? [])],
  }));
}

/** What a fake snapshot writes to: the image store (pkg/image/object_store.ts) satisfies it. */
export interface FakeImageSink {
  putImageData?(imageId: string, source: AsyncIterable<Uint8Array>, opts: { maxBytes: number }): Promise<unknown>;
}

export interface FakeDriverOptions {
  /** The host this hypervisor belongs to (guests are stored under "<host>/<id>"). */
  host: string;
  settings?: Partial<FakeHostSettings>;
  /** Where guests persist; in memory only when absent. */
  table?: Table<FakeGuest>;
  /**
   * The image store: a snapshot writes a small synthetic data object there
   * (a text naming the guest, not a disk), so the snapshot's image has data
   * to download. Without it snapshots write no data.
   */
  images?: FakeImageSink;
}

export const MAX_CONSOLE_LINES = 1000;
export const VNC_BASE_PORT = 5900;

export class FakeDriver implements VirtDriver {
  readonly hypervisorType: string;
  readonly hypervisorVersion: number;
  readonly supportedInstances: readonly SupportedInstance[];
  readonly capabilities: Readonly<Record<string, string>>;
  readonly settings: FakeHostSettings;
  readonly host: string;
  private readonly table?: Table<FakeGuest>;
  private readonly images?: FakeImageSink;
  private readonly map = new Map<string, FakeGuest>();
  private readonly random: () => number;
  private readonly pending = new Set<Promise<unknown>>();
  private initialized = false;

  constructor(opts: FakeDriverOptions) {
    this.host = opts.host;
    this.table = opts.table;
    this.images = opts.images;
    this.settings = { ...defaultFakeSettings(), ...opts.settings };
    const s = this.settings;
    this.hypervisorType = s.hypervisor_type;
    this.hypervisorVersion = s.hypervisor_version;
    this.supportedInstances = [
      { architecture: 'x86_64', hypervisorType: s.hypervisor_type, vmMode: 'hvm' },
      { architecture: 'i686', hypervisorType: s.hypervisor_type, vmMode: 'hvm' },
    ];
    this.capabilities = {
      hypervisor_type: s.hypervisor_type,
      hypervisor_version: String(s.hypervisor_version),
      'cpu_info:arch': 'x86_64',
      ...s.capabilities,
    };
    this.random = s.seed === undefined ? Math.random : mulberry32(s.seed);
  }

  /** Loads the guests this host's hypervisor kept (and powers them all off if the host "rebooted"). */
  async init(): Promise<void> {
    if (this.initialized) return;
    this.initialized = true;
    if (this.table) {
      for (const g of this.table.values({ start: `${this.host}/`, end: `${this.host}0` })) this.map.set(g.id, { ...g, console: [...g.console], fail: [...g.fail] });
    }
    if (this.settings.host_rebooted) await this.simulateHostReboot();
  }

  async close(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  async spawn(record: ServerRecord__Output): Promise<void> {
    const id = record.server!.id;
    // Defined first (as libvirt defines the domain, then starts it): a process killed mid-spawn leaves a half-made guest.
    const guest = this.newGuest(id, failOps(record), nicsOf(record));
    this.map.set(id, guest);
    this.log(guest, `[kumo-fake] defining guest ${id} (flavor ${record.server!.flavor?.name ?? '?'}, image ${record.server!.image_id || '-'})`);
    await this.store(guest);
    await delay(this.settings.spawn_ms);
    if (this.fails('spawn', guest)) {
      const err = this.failure('spawn', guest);
      await this.destroy(id);
      throw err;
    }
    this.boot(guest, record.server!.name || id);
    await this.store(guest);
  }

  powerOff(id: string): Promise<void> {
    return this.op('power_off', id, this.settings.power_ms, (g) => {
      g.state = 'shutdown';
      this.log(g, 'reboot: Power down');
    });
  }

  powerOn(id: string): Promise<void> {
    return this.op('power_on', id, this.settings.power_ms, (g) => this.boot(g, id));
  }

  reboot(id: string, hard: boolean): Promise<void> {
    return this.op('reboot', id, this.settings.power_ms, (g) => {
      this.log(g, hard ? 'reboot: hard reset' : 'reboot: Restarting system');
      this.boot(g, id);
    });
  }

  pause(id: string): Promise<void> {
    return this.op('pause', id, this.settings.power_ms, (g) => {
      this.expect(g, 'pause', ['running']);
      g.state = 'paused';
    });
  }

  unpause(id: string): Promise<void> {
    return this.op('unpause', id, this.settings.power_ms, (g) => {
      this.expect(g, 'unpause', ['paused']);
      g.state = 'running';
    });
  }

  suspend(id: string): Promise<void> {
    return this.op('suspend', id, this.settings.power_ms, (g) => {
      this.expect(g, 'suspend', ['running', 'paused']);
      g.state = 'suspended';
      this.log(g, 'PM: suspend entry (s2idle)');
    });
  }

  resume(id: string): Promise<void> {
    return this.op('resume', id, this.settings.power_ms, (g) => {
      this.expect(g, 'resume', ['suspended']);
      g.state = 'running';
      this.log(g, 'PM: suspend exit');
    });
  }

  async rebuild(record: ServerRecord__Output): Promise<void> {
    const id = record.server!.id;
    // Evacuate rebuilds on a host that has no guest yet: create it then.
    const guest = this.map.get(id) ?? this.newGuest(id, failOps(record), nicsOf(record));
    guest.fail = failOps(record);
    guest.nics = nicsOf(record);
    await delay(this.settings.spawn_ms);
    if (this.fails('rebuild', guest)) throw this.failure('rebuild', guest);
    this.map.set(id, guest);
    guest.rescued = false;
    this.log(guest, `[kumo-fake] rebuilding guest ${id} from image ${record.server!.image_id || '-'}`);
    this.boot(guest, record.server!.name || id);
    await this.store(guest);
  }

  rescue(id: string, imageId: string): Promise<void> {
    return this.op('rescue', id, this.settings.power_ms, (g) => {
      g.rescued = true;
      this.log(g, `[kumo-fake] rescue: booting from image ${imageId}, original disk as /dev/vdb`);
      this.boot(g, `${id}-rescue`);
    });
  }

  unrescue(id: string): Promise<void> {
    return this.op('unrescue', id, this.settings.power_ms, (g) => {
      this.expect(g, 'unrescue', undefined, true);
      g.rescued = false;
      this.log(g, '[kumo-fake] unrescue: booting from the original disk');
      this.boot(g, id);
    });
  }

  async snapshot(id: string, imageId: string): Promise<void> {
    await this.op('snapshot', id, this.settings.snapshot_ms, (g) => this.log(g, `[kumo-fake] disk snapshot written to image ${imageId}`));
    if (!this.images?.putImageData) return;
    // Synthetic: the fake has no disk. A few bytes that say what they are.
    const data = Buffer.from(`kumo fake snapshot\nserver ${id}\nhost ${this.host}\nimage ${imageId}\n`);
    await this.images.putImageData(imageId, (async function* () {
      yield data;
    })(), { maxBytes: 1024 * 1024 });
  }

  migrateDisk(id: string, destHost: string, flavor: Flavor__Output): Promise<void> {
    return this.op('migrate_disk', id, this.settings.migrate_ms, (g) => {
      g.state = 'shutdown';
      this.log(g, `reboot: Power down`);
      this.log(g, `[kumo-fake] disk copied to ${destHost} for flavor ${flavor.name || flavor.id}`);
    });
  }

  async finishMigration(record: ServerRecord__Output, powerOn: boolean): Promise<void> {
    const id = record.server!.id;
    const guest = this.newGuest(id, failOps(record), nicsOf(record));
    await delay(this.settings.power_ms);
    if (this.fails('finish_migration', guest)) throw this.failure('finish_migration', guest);
    this.map.set(id, guest);
    this.log(guest, `[kumo-fake] guest ${id} created from a migrated disk`);
    if (powerOn) this.boot(guest, record.server!.name || id);
    await this.store(guest);
  }

  async liveMigrate(id: string, destHost: string, progress: (percent: number) => void): Promise<void> {
    const g = this.require(id);
    this.expect(g, 'live migrate', ['running', 'paused']);
    const steps = 10;
    for (let i = 1; i <= steps; i++) {
      await delay(this.settings.migrate_ms / steps);
      // Fails midway, as a migration that aborts does.
      if (i === steps / 2 && this.fails('live_migrate', g)) throw this.failure('live_migrate', g);
      progress((100 * i) / steps);
    }
    this.log(g, `[kumo-fake] live migration to ${destHost} completed`);
    await this.store(g);
  }

  async adoptMigrated(record: ServerRecord__Output, state: GuestPowerState): Promise<void> {
    const id = record.server!.id;
    const guest = this.newGuest(id, failOps(record), nicsOf(record));
    if (this.fails('adopt_migrated', guest)) throw this.failure('adopt_migrated', guest);
    this.map.set(id, guest);
    guest.state = state;
    this.log(guest, `[kumo-fake] guest ${id} arrived by live migration (${state})`);
    await this.store(guest);
  }

  async destroy(id: string): Promise<void> {
    if (!this.map.delete(id)) return;
    await this.track(this.table?.remove(this.key(id)));
  }

  guest(id: string): GuestInfo | undefined {
    const g = this.map.get(id);
    return g ? { state: g.state, rescued: g.rescued } : undefined;
  }

  guests(): readonly string[] {
    return [...this.map.keys()];
  }

  async consoleOutput(id: string): Promise<string> {
    return this.require(id).console.join('\n') + '\n';
  }

  async console(id: string): Promise<ConsoleEndpoint> {
    const g = this.require(id);
    return { host: '127.0.0.1', port: VNC_BASE_PORT + g.display, internalAccessPath: '' };
  }

  /** The host lost power and came back: every guest is off (what `host_rebooted` does at init). */
  async simulateHostReboot(): Promise<void> {
    for (const g of this.map.values()) {
      g.state = 'shutdown';
      this.log(g, '[kumo-fake] host rebooted: guest powered off');
    }
    await Promise.all([...this.map.values()].map((g) => this.store(g)));
  }

  /** The guest changed state behind the control plane's back (a shutdown inside the guest, a crash). */
  async simulateGuestStateChange(id: string, state: GuestPowerState): Promise<void> {
    const g = this.require(id);
    g.state = state;
    this.log(g, `[kumo-fake] guest state changed out of band: ${state}`);
    await this.store(g);
  }

  /** Runs an operation on an existing guest: latency, maybe a failure, then the change, stored. */
  private async op(op: FakeOp, id: string, ms: number, apply: (g: FakeGuest) => void): Promise<void> {
    this.require(id);
    await delay(ms);
    const g = this.require(id); // it may have been destroyed meanwhile
    if (this.fails(op, g)) throw this.failure(op, g);
    apply(g);
    await this.store(g);
  }

  /** A new guest, shut down, not yet known to the hypervisor (the caller adds it to the map). */
  private newGuest(id: string, fail: FakeOp[], nics: FakeNic[]): FakeGuest {
    const old = this.map.get(id);
    const used = new Set([...this.map.values()].filter((g) => g.id !== id).map((g) => g.display));
    let display = old?.display ?? 0;
    if (!old) while (used.has(display)) display++;
    return { id, state: 'shutdown', rescued: false, fail, display, console: old ? [...old.console] : [], lines: old?.lines ?? 0, nics };
  }

  private boot(g: FakeGuest, hostname: string): void {
    g.state = 'running';
    this.log(g, 'Linux version 6.1.0-kumo-fake (kumo@fake) #1 SMP PREEMPT_DYNAMIC');
    this.log(g, 'Command line: BOOT_IMAGE=/vmlinuz root=/dev/vda1 ro console=ttyS0');
    this.log(g, 'virtio_blk virtio1: [vda] attached');
    this.log(g, `cloud-init: instance-id ${g.id}`);
    // As cloud-init's net device table: interface, address, MAC.
    for (const [i, nic] of (g.nics ?? []).entries()) {
      for (const a of nic.addresses.length ? nic.addresses : ['-']) this.log(g, `ci-info: | eth${i} | True | ${a} | ${nic.mac} |`);
    }
    this.log(g, `${hostname} login:`);
  }

  /** Appends a console line stamped with the log's own clock (deterministic, unlike wall time). */
  private log(g: FakeGuest, text: string): void {
    const t = (g.lines * 0.25).toFixed(6).padStart(12, ' ');
    g.lines++;
    g.console.push(`[${t}] ${text}`);
    if (g.console.length > MAX_CONSOLE_LINES) g.console.splice(0, g.console.length - MAX_CONSOLE_LINES);
  }

  private fails(op: FakeOp, g: FakeGuest): boolean {
    if (g.fail.includes(op)) return true;
    const rate = this.settings.failure_rate[op] ?? 0;
    // Draw only for operations that may fail, so other operations do not shift a seeded sequence.
    return rate > 0 && this.random() < rate;
  }

  private failure(op: FakeOp, g: FakeGuest): DriverError {
    const why = g.fail.includes(op) ? `image property kumo_fake_fail=${g.fail.join(',')}` : `failure rate ${this.settings.failure_rate[op]}`;
    return new DriverError(`fake driver: ${op.replace(/_/g, ' ')} of ${g.id} failed on ${this.host} (${why})`);
  }

  private expect(g: FakeGuest, what: string, states?: GuestPowerState[], rescued?: boolean): void {
    if (states && !states.includes(g.state)) throw new DriverError(`fake driver: cannot ${what} guest ${g.id}: it is ${g.state}`);
    if (rescued !== undefined && g.rescued !== rescued) throw new DriverError(`fake driver: cannot ${what} guest ${g.id}: it is ${g.rescued ? '' : 'not '}rescued`);
  }

  private require(id: string): FakeGuest {
    const g = this.map.get(id);
    if (!g) throw new DriverError(`fake driver: no guest ${id} on ${this.host}`);
    return g;
  }

  private key(id: string): string {
    return `${this.host}/${id}`;
  }

  private store(g: FakeGuest): Promise<unknown> {
    // A copy: later in-memory changes must not reach LMDB before their own write.
    return this.track(this.table?.put(this.key(g.id), { ...g, console: [...g.console], fail: [...g.fail], nics: (g.nics ?? []).map((n) => ({ ...n, addresses: [...n.addresses], security_groups: [...(n.security_groups ?? [])] })) }));
  }

  private async track(p: Promise<unknown> | undefined): Promise<void> {
    if (!p) return;
    this.pending.add(p);
    try {
      await p;
    } finally {
      this.pending.delete(p);
    }
  }
}

/** Operations the record's image makes fail (image property kumo_fake_fail). */
function failOps(record: ServerRecord__Output): FakeOp[] {
  const raw = record.image_properties?.['kumo_fake_fail'] ?? '';
  const out: FakeOp[] = [];
  for (const name of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    try {
      out.push(...expandOp(name));
    } catch {
      // an unknown name in an image property fails nothing
    }
  }
  return out;
}

/** A small seeded PRNG (mulberry32): repeatable failure sequences. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}
