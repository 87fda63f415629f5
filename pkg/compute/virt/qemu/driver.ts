// The QEMU driver: real guests, one QEMU process each, as Nova's libvirt
// driver runs them (without libvirtd: Kumo is the only manager here).
//
// Layout, under the host's instances path `<root>/<host>/`:
//   _base/<image id>        the image as fetched once from the image store (image_cache.ts)
//   <server id>/guest.json  what the guest is made of (image, memory, vCPUs, MACs, rescue)
//   <server id>/disk        qcow2 overlay on the base image: the guest's root disk
//   <server id>/console.log the serial console (appended across boots)
//   <server id>/qmp.sock    QMP (qmp.ts); qemu.pid; qemu.log (QEMU's stderr)
//   <server id>/memory.state  a suspended guest's RAM and device state
//
// QEMU is started as a direct child (never -daemonize) in its own session,
// so guests outlive a compute restart as libvirt's domains do; init()
// reattaches to them through qemu.pid and the QMP socket. TCG is forced
// (KVM is not usable on every Kumo machine). Every NIC is user-mode
// networking with restrict=on and the port's MAC: the guest has the MAC
// its port names but no path out of the host.
//
// Live migration needs the destination QEMU listening first: the
// destination's PrepareMigration calls prepareLiveMigration, which starts
// it with `-incoming tcp:127.0.0.1:PORT` and writes the address to
// `incoming.json` in its instance directory; the source reads it there (the
// hosts share one machine and one instances root) and migrates memory and
// the overlay's blocks (QMP migrate with blk+inc, the base being the same
// image on both sides).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Flavor__Output, ServerRecord__Output } from '../../../gen/types.js';
import { DriverError, type ConsoleEndpoint, type GuestInfo, type GuestPowerState, type SupportedInstance, type VirtDriver } from '../driver.js';
import { qemuImgInfo, run, which } from './exec.js';
import { BaseImageCache, type BaseImage, type ImageSource } from './image_cache.js';
import { QmpClient, type QmpEvent } from './qmp.js';

export interface QemuDriverOptions {
  host: string;
  /** Shared by every host of this machine: each host keeps `<root>/<host>/`. */
  instancesRoot: string;
  /** Image bytes (the JetStream image store); snapshots are uploaded to it. */
  images?: ImageSource;
  /** How long an ACPI shutdown may take before the guest is stopped hard (Nova's shutdown_timeout, 60 s). */
  shutdownTimeoutMs?: number;
  /** Largest snapshot uploaded. */
  maxSnapshotBytes?: number;
  log?: (msg: string, ctx?: Record<string, unknown>) => void;
}

/** What a guest is made of, kept in guest.json (the driver's "domain XML"). */
export interface GuestSpec {
  id: string;
  imageId: string;
  memoryMb: number;
  vcpus: number;
  /** Root disk size in bytes (the flavor's disk, at least the image's). */
  diskBytes: number;
  macs: string[];
  /** Set while rescued: the rescue image boots, the root disk is the second disk. */
  rescueImageId?: string;
}

interface Guest {
  spec: GuestSpec;
  dir: string;
  state: GuestPowerState;
  /** The running QEMU, if any. */
  run?: QemuRun;
}

interface QemuRun {
  pid: number;
  qmp: QmpClient;
  proc?: ChildProcess;
  /** Resolves when the process is gone. */
  exited: Promise<void>;
  vncPort?: number;
}

const QEMU = 'qemu-system-x86_64';
const KERNEL_APPEND = 'console=ttyS0 quiet';
/** Nova's MAX_CONSOLE_BYTES. */
const MAX_CONSOLE_BYTES = 100 * 1024;
const GiB = 1024 ** 3;

/** QMP run states (query-status) as power states. */
export function powerStateOfStatus(status: string): GuestPowerState {
  switch (status) {
    case 'running':
      return 'running';
    case 'shutdown':
      return 'shutdown';
    case 'internal-error':
    case 'io-error':
    case 'guest-panicked':
      return 'crashed';
    // paused, prelaunch, inmigrate, postmigrate, finish-migrate, save-vm, restore-vm, suspended, debug, watchdog
    default:
      return 'paused';
  }
}

export class QemuDriver implements VirtDriver {
  readonly hypervisorType = 'QEMU';
  hypervisorVersion = 0;
  readonly supportedInstances: readonly SupportedInstance[] = [{ architecture: 'x86_64', hypervisorType: 'QEMU', vmMode: 'hvm' }];
  readonly capabilities: Readonly<Record<string, string>>;
  readonly host: string;
  readonly dir: string;
  readonly cache: BaseImageCache;
  private readonly map = new Map<string, Guest>();
  private readonly shutdownTimeoutMs: number;
  private initialized = false;
  private closing = false;

  constructor(private readonly opts: QemuDriverOptions) {
    this.host = opts.host;
    this.dir = join(opts.instancesRoot, opts.host);
    this.cache = new BaseImageCache(join(this.dir, '_base'), opts.images);
    this.shutdownTimeoutMs = opts.shutdownTimeoutMs ?? 60_000;
    this.capabilities = { hypervisor_type: 'QEMU', 'cpu_info:arch': 'x86_64', 'cpu_info:accel': 'tcg' };
  }

  /** Finds the guests this host ran before a restart: reattaches to running QEMUs, reports the rest off (or suspended). */
  async init(): Promise<void> {
    if (this.initialized) return;
    this.initialized = true;
    if (!which(QEMU)) throw new DriverError(`qemu driver: ${QEMU} is not installed (apt-get install --no-install-recommends qemu-system-x86 qemu-utils)`);
    const v = /version (\d+)\.(\d+)\.(\d+)/.exec(await run(QEMU, ['--version']));
    if (v) this.hypervisorVersion = Number(v[1]) * 1_000_000 + Number(v[2]) * 1_000 + Number(v[3]);
    mkdirSync(this.dir, { recursive: true });
    for (const name of readdirSync(this.dir)) {
      const dir = join(this.dir, name);
      const specFile = join(dir, 'guest.json');
      if (name.startsWith('_') || !existsSync(specFile)) continue;
      let spec: GuestSpec;
      try {
        spec = JSON.parse(readFileSync(specFile, 'utf8')) as GuestSpec;
      } catch {
        continue;
      }
      const g: Guest = { spec, dir, state: this.offState(dir) };
      this.map.set(spec.id, g);
      const pid = runningPid(dir);
      if (pid === undefined) continue;
      try {
        await this.attach(g, pid);
        this.log('reattached to a running guest', { instance: spec.id, pid, state: g.state });
      } catch (err) {
        this.log('a guest process did not answer QMP; stopping it', { instance: spec.id, pid, err: (err as Error).message });
        killPid(pid);
      }
    }
  }

  async close(): Promise<void> {
    // Guests keep running (as libvirt's do when nova-compute stops): only our connections go.
    this.closing = true;
    for (const g of this.map.values()) {
      if (!g.run) continue;
      g.run.qmp.close();
      g.run.proc?.unref();
    }
  }

  async spawn(record: ServerRecord__Output): Promise<void> {
    const id = record.server!.id;
    const g = await this.define(record);
    try {
      await this.start(g);
    } catch (err) {
      await this.destroy(id);
      throw err;
    }
  }

  async powerOff(id: string): Promise<void> {
    const g = this.require(id);
    await this.shutdown(g, this.shutdownTimeoutMs);
  }

  async powerOn(id: string): Promise<void> {
    const g = this.require(id);
    if (g.run) return;
    if (existsSync(join(g.dir, 'memory.state'))) return this.resume(id);
    await this.start(g);
  }

  async reboot(id: string, hard: boolean): Promise<void> {
    const g = this.require(id);
    if (!hard && g.run && g.state === 'running') {
      // As Nova's soft reboot: a clean shutdown, then a new boot; a guest that ignores ACPI gets a hard reboot.
      if (await this.acpiShutdown(g, this.shutdownTimeoutMs)) return this.start(g);
    }
    await this.hardStop(g);
    rmSync(join(g.dir, 'memory.state'), { force: true });
    await this.start(g);
  }

  async pause(id: string): Promise<void> {
    const r = this.running(id, 'pause', ['running']);
    await r.qmp.execute('stop');
    await this.refresh(this.require(id));
  }

  async unpause(id: string): Promise<void> {
    const r = this.running(id, 'unpause', ['paused']);
    await r.qmp.execute('cont');
    await this.refresh(this.require(id));
  }

  /** Saves RAM and device state to memory.state and stops the process (libvirt's managed save). */
  async suspend(id: string): Promise<void> {
    const r = this.running(id, 'suspend', ['running', 'paused']);
    const g = this.require(id);
    const part = join(g.dir, 'memory.state.part');
    await r.qmp.execute('stop');
    await r.qmp.execute('migrate', { uri: `exec:cat > ${shellQuote(part)}` });
    await this.waitMigration(r, () => undefined, 300_000);
    renameSync(part, join(g.dir, 'memory.state'));
    await this.hardStop(g);
    g.state = 'suspended';
  }

  async resume(id: string): Promise<void> {
    const g = this.require(id);
    const state = join(g.dir, 'memory.state');
    if (g.run || !existsSync(state)) throw new DriverError(`qemu driver: cannot resume guest ${id}: it is ${g.state}`);
    await this.start(g, `exec:cat ${shellQuote(state)}`);
    await this.waitIncoming(g, 'running');
    rmSync(state, { force: true });
  }

  async rebuild(record: ServerRecord__Output): Promise<void> {
    const id = record.server!.id;
    const old = this.map.get(id);
    if (old) {
      await this.hardStop(old);
      rmSync(join(old.dir, 'disk'), { force: true });
      rmSync(join(old.dir, 'disk.rescue'), { force: true });
      rmSync(join(old.dir, 'memory.state'), { force: true });
    }
    const g = await this.define(record);
    await this.start(g);
  }

  async rescue(id: string, imageId: string): Promise<void> {
    const g = this.require(id);
    const base = await this.cache.ensure(imageId);
    await this.hardStop(g);
    const rescueDisk = join(g.dir, 'disk.rescue');
    rmSync(rescueDisk, { force: true });
    await run('qemu-img', ['create', '-q', '-f', 'qcow2', '-b', base.path, '-F', base.format, rescueDisk]);
    g.spec.rescueImageId = imageId;
    this.saveSpec(g);
    await this.start(g);
  }

  async unrescue(id: string): Promise<void> {
    const g = this.require(id);
    if (!g.spec.rescueImageId) throw new DriverError(`qemu driver: cannot unrescue guest ${id}: it is not rescued`);
    await this.hardStop(g);
    rmSync(join(g.dir, 'disk.rescue'), { force: true });
    delete g.spec.rescueImageId;
    this.saveSpec(g);
    await this.start(g);
  }

  /**
   * Copies the root disk, flattened (overlay + base), into a new qcow2 and
   * uploads it as the image's data: a running guest through a QMP
   * drive-backup (consistent while the guest runs), a stopped one with
   * qemu-img convert.
   */
  async snapshot(id: string, imageId: string): Promise<void> {
    const g = this.require(id);
    const images = this.opts.images;
    if (!images?.putImageData) throw new DriverError('qemu driver: no image store to upload the snapshot to');
    const dir = join(this.dir, '_snapshots');
    mkdirSync(dir, { recursive: true });
    const out = join(dir, `${imageId}.qcow2`);
    rmSync(out, { force: true });
    try {
      if (g.run) {
        await g.run.qmp.execute('drive-backup', { device: 'disk0', 'job-id': `snap-${imageId.slice(0, 8)}`, target: out, sync: 'full', format: 'qcow2' });
        await this.waitBlockJobs(g.run);
      } else {
        await run('qemu-img', ['convert', '-f', 'qcow2', '-O', 'qcow2', join(g.dir, 'disk'), out]);
      }
      await images.putImageData(imageId, createReadStream(out), { maxBytes: this.opts.maxSnapshotBytes ?? 64 * GiB });
    } finally {
      rmSync(out, { force: true });
    }
  }

  /** Source of a cold move: clean shutdown, then the overlay goes to the destination's instance directory. */
  async migrateDisk(id: string, destHost: string, flavor: Flavor__Output): Promise<void> {
    const g = this.require(id);
    void flavor; // the destination resizes the disk when it finishes
    await this.shutdown(g, this.shutdownTimeoutMs);
    const destDir = join(this.opts.instancesRoot, destHost, id);
    mkdirSync(destDir, { recursive: true });
    copyFileSync(join(g.dir, 'disk'), join(destDir, 'disk.part'));
    renameSync(join(destDir, 'disk.part'), join(destDir, 'disk'));
  }

  /** Destination of a cold move: the copied overlay is rebased on this host's base, grown to the new flavor, booted if it ran. */
  async finishMigration(record: ServerRecord__Output, powerOn: boolean): Promise<void> {
    const id = record.server!.id;
    const dir = join(this.dir, id);
    const disk = join(dir, 'disk');
    if (!existsSync(disk)) throw new DriverError(`qemu driver: no migrated disk for ${id} on ${this.host}`);
    const spec = await this.specOf(record);
    const base = await this.cache.ensure(spec.imageId);
    // -u: the same image's bytes, only at this host's path.
    await run('qemu-img', ['rebase', '-u', '-f', 'qcow2', '-b', base.path, '-F', base.format, disk]);
    const info = await qemuImgInfo(disk);
    if (spec.diskBytes > info.virtualSize) await run('qemu-img', ['resize', '-q', '-f', 'qcow2', disk, String(spec.diskBytes)]);
    else spec.diskBytes = info.virtualSize;
    const g: Guest = { spec, dir, state: 'shutdown' };
    this.map.set(id, g);
    this.saveSpec(g);
    if (powerOn) await this.start(g);
  }

  /** Destination of a live move, before the source starts: a QEMU waiting for the guest's state. */
  async prepareLiveMigration(record: ServerRecord__Output): Promise<void> {
    const id = record.server!.id;
    const old = this.map.get(id);
    if (old) await this.destroy(id);
    const g = await this.define(record);
    const port = await freePort();
    const uri = `tcp:127.0.0.1:${port}`;
    try {
      await this.start(g, uri);
    } catch (err) {
      await this.destroy(id);
      throw err;
    }
    writeFileSync(join(g.dir, 'incoming.json'), JSON.stringify({ uri }));
  }

  async liveMigrate(id: string, destHost: string, progress: (percent: number) => void): Promise<void> {
    const r = this.running(id, 'live migrate', ['running', 'paused']);
    const incoming = join(this.opts.instancesRoot, destHost, id, 'incoming.json');
    const until = Date.now() + 10_000;
    while (!existsSync(incoming)) {
      if (Date.now() > until) throw new DriverError(`qemu driver: ${destHost} has no QEMU waiting for ${id} (no ${incoming})`);
      await sleep(50);
    }
    const { uri } = JSON.parse(readFileSync(incoming, 'utf8')) as { uri: string };
    // blk+inc: the overlay's blocks go along; both sides have the same base image.
    await r.qmp.execute('migrate', { uri, blk: true, inc: true });
    await this.waitMigration(r, progress, 30 * 60_000);
    progress(100);
    this.require(id).state = 'paused'; // postmigrate: the guest runs on the destination now
  }

  /** Destination of a live move: the waiting QEMU has the guest; it runs (or stays paused). */
  async adoptMigrated(record: ServerRecord__Output, state: GuestPowerState): Promise<void> {
    const id = record.server!.id;
    const g = this.map.get(id);
    if (!g?.run) throw new DriverError(`qemu driver: no incoming guest ${id} on ${this.host}`);
    await this.waitIncoming(g, state === 'paused' ? 'paused' : 'running');
    rmSync(join(g.dir, 'incoming.json'), { force: true });
  }

  async destroy(id: string): Promise<void> {
    const g = this.map.get(id);
    if (g) await this.hardStop(g);
    this.map.delete(id);
    rmSync(join(this.dir, id), { recursive: true, force: true });
  }

  guest(id: string): GuestInfo | undefined {
    const g = this.map.get(id);
    return g ? { state: g.state, rescued: g.spec.rescueImageId !== undefined } : undefined;
  }

  guests(): readonly string[] {
    return [...this.map.keys()];
  }

  /** The serial console's newest 100 KiB, as Nova's get_console_output. */
  async consoleOutput(id: string): Promise<string> {
    const g = this.require(id);
    const path = join(g.dir, 'console.log');
    if (!existsSync(path)) return '';
    const size = statSync(path).size;
    const start = Math.max(0, size - MAX_CONSOLE_BYTES);
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(size - start);
      await fh.read(buf, 0, buf.length, start);
      return buf.toString('utf8');
    } finally {
      await fh.close();
    }
  }

  async console(id: string): Promise<ConsoleEndpoint> {
    const g = this.require(id);
    if (!g.run?.vncPort) throw new DriverError(`qemu driver: guest ${id} has no console: it is ${g.state}`);
    return { host: '127.0.0.1', port: g.run.vncPort, internalAccessPath: '' };
  }

  /** Every process this driver knows, for tests that must reap them all. */
  pids(): number[] {
    return [...this.map.values()].flatMap((g) => (g.run ? [g.run.pid] : []));
  }

  // ---- guests and processes ------------------------------------------------------------

  private async specOf(record: ServerRecord__Output): Promise<GuestSpec> {
    const s = record.server!;
    if (!s.image_id) throw new DriverError(`qemu driver: server ${s.id} has no image (volume-backed servers are not supported)`);
    const flavor = s.flavor;
    const base = await this.cache.ensure(s.image_id);
    return {
      id: s.id,
      imageId: s.image_id,
      memoryMb: Math.max(96, flavor?.ram_mb || 128),
      vcpus: Math.max(1, flavor?.vcpus || 1),
      diskBytes: Math.max(base.virtualSize, (flavor?.disk_gb ?? 0) * GiB),
      macs: (record.nics ?? []).map((n) => n.mac_address).filter(Boolean),
    };
  }

  /** Defines the guest: its directory, spec and a fresh overlay on the (cached) base image. */
  private async define(record: ServerRecord__Output): Promise<Guest> {
    const id = record.server!.id;
    const spec = await this.specOf(record);
    const base = await this.cache.ensure(spec.imageId);
    const dir = join(this.dir, id);
    mkdirSync(dir, { recursive: true });
    const disk = join(dir, 'disk');
    rmSync(disk, { force: true });
    await run('qemu-img', ['create', '-q', '-f', 'qcow2', '-b', base.path, '-F', base.format, disk, String(spec.diskBytes)]);
    const g: Guest = { spec, dir, state: 'shutdown' };
    this.map.set(id, g);
    this.saveSpec(g);
    return g;
  }

  private saveSpec(g: Guest): void {
    writeFileSync(join(g.dir, 'guest.json.part'), JSON.stringify(g.spec));
    renameSync(join(g.dir, 'guest.json.part'), join(g.dir, 'guest.json'));
  }

  private async args(g: Guest, incoming?: string): Promise<string[]> {
    const s = g.spec;
    const rescue = s.rescueImageId ? await this.cache.ensure(s.rescueImageId) : undefined;
    const boot: BaseImage = rescue ?? (await this.cache.ensure(s.imageId));
    const args = [
      '-name', `guest=${s.id},debug-threads=off`,
      '-machine', 'q35,accel=tcg',
      '-m', String(s.memoryMb),
      '-smp', String(s.vcpus),
      '-nodefaults', '-no-user-config', '-display', 'none',
      '-pidfile', join(g.dir, 'qemu.pid'),
      '-qmp', `unix:${qmpSocket(g.dir)},server=on,wait=off`,
      '-chardev', `file,id=serial0,path=${join(g.dir, 'console.log')},append=on`,
      '-serial', 'chardev:serial0',
      // The first free display from :1 on, on loopback only (the console proxy connects to it).
      '-vnc', '127.0.0.1:1,to=4000',
      '-vga', 'std',
    ];
    if (boot.kernel && boot.initrd) args.push('-kernel', boot.kernel, '-initrd', boot.initrd, '-append', KERNEL_APPEND);
    if (rescue) args.push('-drive', `file=${join(g.dir, 'disk.rescue')},if=virtio,format=qcow2,id=rescue0`);
    args.push('-drive', `file=${join(g.dir, 'disk')},if=virtio,format=qcow2,id=disk0`);
    if (s.macs.length === 0) args.push('-nic', 'none');
    for (const mac of s.macs) args.push('-nic', `user,restrict=on,model=virtio-net-pci,mac=${mac}`);
    if (incoming) args.push('-incoming', incoming);
    return args;
  }

  /** Starts QEMU for the guest and connects QMP. */
  private async start(g: Guest, incoming?: string): Promise<void> {
    if (g.run) throw new DriverError(`qemu driver: guest ${g.spec.id} is already running`);
    const args = await this.args(g, incoming);
    rmSync(join(g.dir, 'qemu.pid'), { force: true });
    rmSync(qmpSocket(g.dir), { force: true });
    const errFd = openSync(join(g.dir, 'qemu.log'), 'a');
    let proc: ChildProcess;
    try {
      // detached: its own session, so the guest outlives this process and a terminal's Ctrl-C.
      proc = spawn(QEMU, args, { cwd: g.dir, detached: true, stdio: ['ignore', 'ignore', errFd] });
    } finally {
      closeSync(errFd);
    }
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.once('error', () => undefined);
    let qmp: QmpClient;
    try {
      qmp = await Promise.race([
        QmpClient.connect(qmpSocket(g.dir), (e) => this.onEvent(g, e), 15_000),
        exited.then(() => {
          throw new DriverError(`qemu driver: QEMU for ${g.spec.id} exited at start: ${tail(join(g.dir, 'qemu.log'))}`);
        }),
      ]);
    } catch (err) {
      if (proc.pid) killPid(proc.pid);
      throw err;
    }
    const r: QemuRun = { pid: proc.pid!, qmp, proc, exited };
    g.run = r;
    void exited.then(() => this.onExit(g, r));
    await this.refresh(g);
    await this.readVnc(r);
  }

  /** Reattaches to a QEMU started before this process (found through qemu.pid). */
  private async attach(g: Guest, pid: number): Promise<void> {
    const qmp = await QmpClient.connect(qmpSocket(g.dir), (e) => this.onEvent(g, e), 5_000);
    // Not our child: its end shows as the QMP socket closing (then the pid going away).
    const exited = new Promise<void>((resolve) =>
      qmp.onClose(() => {
        if (!this.closing) void waitPidGone(pid, 30_000).then(resolve);
      }),
    );
    const r: QemuRun = { pid, qmp, exited };
    g.run = r;
    void exited.then(() => this.onExit(g, r));
    await this.refresh(g);
    await this.readVnc(r);
  }

  private onExit(g: Guest, r: QemuRun): void {
    if (g.run !== r) return; // an older process of a guest since restarted
    g.run = undefined;
    r.qmp.close();
    g.state = this.offState(g.dir);
  }

  private offState(dir: string): GuestPowerState {
    return existsSync(join(dir, 'memory.state')) ? 'suspended' : 'shutdown';
  }

  private onEvent(g: Guest, e: QmpEvent): void {
    if (e.event === 'STOP') g.state = 'paused';
    else if (e.event === 'RESUME') g.state = 'running';
    else if (e.event === 'GUEST_PANICKED') g.state = 'crashed';
  }

  private async refresh(g: Guest): Promise<void> {
    if (!g.run) return;
    const st = await g.run.qmp.execute<{ status: string }>('query-status');
    g.state = powerStateOfStatus(st.status);
  }

  private async readVnc(r: QemuRun): Promise<void> {
    const vnc = await r.qmp.execute<{ enabled: boolean; service?: string }>('query-vnc').catch(() => undefined);
    if (vnc?.enabled && vnc.service) r.vncPort = Number(vnc.service);
  }

  /** ACPI shutdown, then a hard stop once the timeout passes. */
  private async shutdown(g: Guest, timeoutMs: number): Promise<void> {
    if (!g.run) {
      g.state = this.offState(g.dir);
      return;
    }
    // A paused guest cannot see the power button.
    if (g.state !== 'running' || !(await this.acpiShutdown(g, timeoutMs))) await this.hardStop(g);
  }

  /** Presses the power button every second (a press before the guest listens is lost) until QEMU exits; false on timeout. */
  private async acpiShutdown(g: Guest, timeoutMs: number): Promise<boolean> {
    const r = g.run;
    if (!r) return true;
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      await r.qmp.execute('system_powerdown').catch(() => undefined);
      const gone = await Promise.race([r.exited.then(() => true), sleep(Math.min(1000, Math.max(0, until - Date.now()))).then(() => false)]);
      if (gone) return true;
    }
    return false;
  }

  /** quit, then SIGKILL if QEMU does not go. */
  private async hardStop(g: Guest): Promise<void> {
    const r = g.run;
    if (!r) return;
    await r.qmp.execute('quit', undefined, 2_000).catch(() => undefined);
    const gone = await Promise.race([r.exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!gone) {
      killPid(r.pid);
      await r.exited;
    }
  }

  private async waitMigration(r: QemuRun, progress: (percent: number) => void, timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const m = await r.qmp.execute<MigrationInfo>('query-migrate');
      if (m.status === 'completed') return;
      if (m.status === 'failed' || m.status === 'cancelled') throw new DriverError(`qemu driver: migration ${m.status}${m['error-desc'] ? `: ${m['error-desc']}` : ''}`);
      const total = (m.ram?.total ?? 0) + (m.disk?.total ?? 0);
      const done = (m.ram?.transferred ?? 0) + (m.disk?.transferred ?? 0);
      if (total > 0) progress(Math.min(99, (100 * done) / total));
      if (Date.now() > until) {
        await r.qmp.execute('migrate_cancel').catch(() => undefined);
        throw new DriverError('qemu driver: migration timed out');
      }
      await sleep(100);
    }
  }

  /** Waits for an incoming QEMU to have the guest's state, then sets it running or paused. */
  private async waitIncoming(g: Guest, want: 'running' | 'paused'): Promise<void> {
    const until = Date.now() + 120_000;
    for (;;) {
      const r = g.run;
      if (!r) throw new DriverError(`qemu driver: incoming QEMU for ${g.spec.id} exited: ${tail(join(g.dir, 'qemu.log'))}`);
      const st = await r.qmp.execute<{ status: string }>('query-status');
      if (st.status !== 'inmigrate') {
        if (want === 'running' && st.status !== 'running') await r.qmp.execute('cont');
        if (want === 'paused' && st.status === 'running') await r.qmp.execute('stop');
        await this.refresh(g);
        return;
      }
      if (Date.now() > until) throw new DriverError(`qemu driver: guest ${g.spec.id} never arrived`);
      await sleep(100);
    }
  }

  private async waitBlockJobs(r: QemuRun): Promise<void> {
    for (;;) {
      const jobs = await r.qmp.execute<Array<{ status?: string; error?: string }>>('query-block-jobs');
      if (jobs.length === 0) return;
      await sleep(100);
    }
  }

  private running(id: string, what: string, states: GuestPowerState[]): QemuRun {
    const g = this.require(id);
    if (!g.run || !states.includes(g.state)) throw new DriverError(`qemu driver: cannot ${what} guest ${id}: it is ${g.state}`);
    return g.run;
  }

  private require(id: string): Guest {
    const g = this.map.get(id);
    if (!g) throw new DriverError(`qemu driver: no guest ${id} on ${this.host}`);
    return g;
  }

  private log(msg: string, ctx?: Record<string, unknown>): void {
    this.opts.log?.(msg, { host: this.host, ...ctx });
  }
}

interface MigrationInfo {
  status?: string;
  'error-desc'?: string;
  ram?: { total: number; transferred: number };
  disk?: { total: number; transferred: number };
}

/** The QMP socket of a guest directory; long paths (over sun_path's 108 bytes) go to a short one under the temp dir. */
export function qmpSocket(dir: string): string {
  const p = join(dir, 'qmp.sock');
  if (Buffer.byteLength(p) < 100) return p;
  const short = join(tmpdir(), 'kumo-qmp');
  mkdirSync(short, { recursive: true });
  return join(short, `${createHash('sha1').update(dir).digest('hex').slice(0, 20)}.sock`);
}

/** The pid in qemu.pid, if that process is alive and is this guest's QEMU (its command line names the directory). */
export function runningPid(dir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dir, 'qemu.pid'), 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(join(dir, 'qemu.pid')) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function killPid(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function waitPidGone(pid: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await sleep(50);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function shellQuote(path: string): string {
  if (path.includes("'")) throw new DriverError(`qemu driver: unsupported path ${path}`);
  return `'${path}'`;
}

function tail(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-3).join(' | ');
  } catch {
    return '(no log)';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
