// The server action verbs of the CLI (pause ... image create, console log
// and url, set/unset, delete --force) against a fake kumo-api: an in-process
// gRPC server that records every request and plays a server's states. Each
// command line must reach the right RPC with the right fields through the
// real SDK, --wait must wait for the right status, and errors must be one
// line with the server's reason.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  Server,
  ServerCredentials,
  type sendUnaryData,
  type ServerUnaryCall,
  type ServerWritableStream,
  type ServiceDefinition,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { KumoError, NotFoundError } from '../../pkg/actor/errors.js';
import { toServiceError } from '../../pkg/api/errors.js';
import { apiPackageDefinition } from '../../pkg/api/proto.js';
import type { Context, Io } from '../../pkg/cli/command.js';
import { errorLine, exitCodeOf } from '../../pkg/cli/errors.js';
import { render } from '../../pkg/cli/format.js';
import { main, resolveInvocation, type Invocation } from '../../pkg/cli/main.js';
import { KumoClient } from '../../pkg/client/client.js';
import type { Flavor__Output, Image__Output, Server__Output } from '../../pkg/gen/types.js';
import { InstanceInvalidStateError } from '../../pkg/lifecycle/errors.js';

const ID = '6f1c1f9e-2d4b-4a53-9a51-0c2a7d3e5b10';
const OTHER = '0b8f3a40-9e7e-4c7e-8a53-55e1b7d2c001';
const CIRROS = '11111111-1111-4111-8111-111111111111';
const UBUNTU = '22222222-2222-4222-8222-222222222222';
const SNAP = '33333333-3333-4333-8333-333333333333';

type Req = Record<string, unknown>;
type ServerPatch = Partial<Server__Output>;

const ts = (s: number) => ({ seconds: 1_700_000_000 + s, nanos: 0 });

const TINY: Flavor__Output = {
  id: '1',
  name: 'm1.tiny',
  vcpus: 1,
  ram_mb: 512,
  disk_gb: 1,
  ephemeral_gb: 0,
  swap_mb: 0,
  is_public: true,
  extra_specs: {},
  description: '',
};
const SMALL: Flavor__Output = { ...TINY, id: '2', name: 'm1.small', ram_mb: 2048 };

function image(id: string, name: string, status: Image__Output['status'] = 'IMAGE_STATUS_ACTIVE'): Image__Output {
  return {
    id,
    name,
    disk_format: 'qcow2',
    container_format: 'bare',
    min_ram_mb: 0,
    min_disk_gb: 0,
    size_bytes: 0,
    checksum: '',
    status,
    properties: {},
    owner: '',
    visibility: 'public',
    create_time: ts(0),
    update_time: ts(0),
  };
}

const ACTIVE: ServerPatch = { status: 'SERVER_STATUS_ACTIVE', vm_state: 'VM_STATE_ACTIVE', power_state: 'POWER_STATE_RUNNING' };
const SHUTOFF: ServerPatch = { status: 'SERVER_STATUS_SHUTOFF', vm_state: 'VM_STATE_STOPPED', power_state: 'POWER_STATE_SHUTDOWN' };
const PAUSED: ServerPatch = { status: 'SERVER_STATUS_PAUSED', vm_state: 'VM_STATE_PAUSED', power_state: 'POWER_STATE_PAUSED' };
const SUSPENDED: ServerPatch = { status: 'SERVER_STATUS_SUSPENDED', vm_state: 'VM_STATE_SUSPENDED', power_state: 'POWER_STATE_SUSPENDED' };
const VERIFY: ServerPatch = { status: 'SERVER_STATUS_VERIFY_RESIZE', vm_state: 'VM_STATE_RESIZED' };
const SHELVED: ServerPatch = { status: 'SERVER_STATUS_SHELVED', vm_state: 'VM_STATE_SHELVED', power_state: 'POWER_STATE_SHUTDOWN' };
const OFFLOADED: ServerPatch = { status: 'SERVER_STATUS_SHELVED_OFFLOADED', vm_state: 'VM_STATE_SHELVED_OFFLOADED', host: '' };
const RESCUE: ServerPatch = { status: 'SERVER_STATUS_RESCUE', vm_state: 'VM_STATE_RESCUED' };
const SOFT_DELETED: ServerPatch = { status: 'SERVER_STATUS_SOFT_DELETED', vm_state: 'VM_STATE_SOFT_DELETED' };

function vm1(patch: ServerPatch = {}): Server__Output {
  return {
    id: ID,
    name: 'vm1',
    project_id: 'default',
    user_id: 'default',
    status: 'SERVER_STATUS_ACTIVE',
    vm_state: 'VM_STATE_ACTIVE',
    task_state: 'TASK_STATE_UNSPECIFIED',
    power_state: 'POWER_STATE_RUNNING',
    flavor: TINY,
    image_id: CIRROS,
    host: 'cA-1',
    addresses: [],
    key_name: '',
    metadata: {},
    fault: null,
    create_time: ts(0),
    update_time: ts(0),
    launch_time: ts(0),
    availability_zone: 'nova',
    reservation_id: 'r-1',
    launch_index: 0,
    hypervisor_hostname: 'cA-1',
    server_groups: [],
    locked: false,
    locked_reason: '',
    locked_by: '',
    tags: [],
    progress: 0,
    deleted_time: null,
    security_groups: [],
    ...patch,
  };
}

/**
 * A kumo-api that holds one server (vm1) and a few images and flavors.
 * An action answers with the server as it is (update_time bumped), then the
 * server becomes `after[rpc]`: the state the action ends in. GetServer and
 * WatchServer (current state, then every change) both show it, so --wait
 * works whether it polls or watches.
 */
class FakeApi {
  readonly calls: Array<{ rpc: string; request: Req }> = [];
  vm = vm1();
  after: Record<string, ServerPatch> = {};
  /** RPCs that fail with this error. */
  failures: Record<string, KumoError> = {};
  /** Status of the snapshot image, per GetImage of it in turn (the last repeats). */
  snapshotStatuses: Array<Image__Output['status']> = ['IMAGE_STATUS_ACTIVE'];
  /** After `rpc`, the server changes again by `patch` once `ms` have passed (a task that ends later). */
  settle: Record<string, { ms: number; patch: ServerPatch }> = {};
  url = '';
  private clock = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly watchers = new Set<ServerWritableStream<Req, unknown>>();
  private readonly grpc = new Server();

  reset(patch: ServerPatch = {}): void {
    this.calls.length = 0;
    this.vm = vm1(patch);
    this.after = {};
    this.failures = {};
    this.snapshotStatuses = ['IMAGE_STATUS_ACTIVE'];
    this.settle = {};
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /** Changes the server and tells its watchers. */
  private change(patch: ServerPatch): void {
    this.vm = { ...this.vm, ...patch };
    for (const w of this.watchers) if (w.request['id'] === this.vm.id) w.write({ server: this.vm, deleted: false });
  }

  /** Requests of one RPC, in order. */
  requests(rpc: string): Req[] {
    // The SDK gives every write a request id of its own (req-<uuid>); the fields a command sets are the rest.
    return this.calls
      .filter((c) => c.rpc === rpc)
      .map((c) => {
        const { request_id: id, ...rest } = c.request;
        return typeof id === 'string' && /^req-[0-9a-f-]{36}$/.test(id) ? rest : c.request;
      });
  }

  /** The RPCs called, in order, without the reads (Get, List, Watch). */
  writes(): string[] {
    return this.calls.map((c) => c.rpc).filter((r) => !/^(Get(Server|Image|Flavor)|List(Servers|Images|Flavors)|WatchServers?)$/.test(r));
  }

  /** How often the server was read (polled or watched). */
  reads(): number {
    return this.requests('GetServer').length + this.requests('WatchServer').length;
  }

  private act(rpc: string): Server__Output {
    this.clock++;
    const accepted = { ...this.vm, update_time: ts(this.clock) };
    this.vm = accepted;
    // Watchers see the end state after the answer, as they would from a real owner.
    setImmediate(() => this.change(this.after[rpc] ?? {}));
    const settle = this.settle[rpc];
    if (settle) {
      const t = setTimeout(() => {
        this.timers.delete(t);
        this.change({ ...settle.patch, update_time: ts(++this.clock) });
      }, settle.ms);
      this.timers.add(t);
    }
    return accepted;
  }

  private respond(rpc: string, req: Req): unknown {
    const failure = this.failures[rpc];
    if (failure) throw failure;
    const images = [image(CIRROS, 'cirros'), image(UBUNTU, 'ubuntu')];
    const flavors = [TINY, SMALL];
    switch (rpc) {
      case 'GetServer':
        if (req['id'] !== this.vm.id) throw new NotFoundError('server', String(req['id']));
        return { server: this.vm };
      case 'ListServers':
        // ListServers' name is a regular expression, as the API's.
        return { servers: new RegExp(String(req['name'] ?? '')).test(this.vm.name) ? [this.vm] : [], next_page_token: '' };
      case 'GetImage': {
        if (req['id'] === SNAP) {
          const status = this.snapshotStatuses.length > 1 ? this.snapshotStatuses.shift()! : this.snapshotStatuses[0]!;
          return { image: image(SNAP, 'snap', status) };
        }
        const i = images.find((x) => x.id === req['id']);
        if (!i) throw new NotFoundError('image', String(req['id']));
        return { image: i };
      }
      case 'ListImages':
        return { images, next_page_token: '' };
      case 'GetFlavor': {
        const f = flavors.find((x) => x.id === req['id']);
        if (!f) throw new NotFoundError('flavor', String(req['id']));
        return { flavor: f };
      }
      case 'ListFlavors':
        return { flavors, next_page_token: '' };
      case 'CreateServerImage':
        return { server: this.act(rpc), image: { ...image(SNAP, String(req['name']), 'IMAGE_STATUS_QUEUED'), properties: req['metadata'] } };
      case 'GetConsoleOutput':
        return { output: 'boot line 1\nboot line 2\nlogin: \n' };
      case 'CreateRemoteConsole':
        return { console: { protocol: 'vnc', type: 'novnc', url: 'http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3Dabc', expire_time: ts(600) } };
      case 'DeleteServer':
        return {};
      default:
        return { server: this.act(rpc) };
    }
  }

  async start(): Promise<void> {
    const pkg = apiPackageDefinition();
    for (const service of ['ServerService', 'ImageService', 'FlavorService']) {
      const def = pkg[`kumo.compute.v1.${service}`] as unknown as ServiceDefinition;
      const impl: UntypedServiceImplementation = {};
      for (const rpc of Object.keys(def)) {
        if (def[rpc]!.responseStream) {
          impl[rpc] = (call: ServerWritableStream<Req, unknown>) => this.watch(rpc, call);
          continue;
        }
        impl[rpc] = (call: ServerUnaryCall<Req, unknown>, cb: sendUnaryData<unknown>) => {
          this.calls.push({ rpc, request: call.request });
          try {
            cb(null, this.respond(rpc, call.request));
          } catch (err) {
            cb(toServiceError(err), null);
          }
        };
      }
      this.grpc.addService(def, impl);
    }
    const port = await new Promise<number>((resolve, reject) =>
      this.grpc.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
    );
    this.url = `127.0.0.1:${port}`;
  }

  private watch(rpc: string, call: ServerWritableStream<Req, unknown>): void {
    this.calls.push({ rpc, request: call.request });
    if (rpc !== 'WatchServer' || call.request['id'] !== this.vm.id) {
      call.emit('error', toServiceError(new NotFoundError('server', String(call.request['id']))));
      return;
    }
    call.write({ server: this.vm, deleted: false });
    this.watchers.add(call);
    call.on('cancelled', () => this.watchers.delete(call));
  }

  stop(): void {
    this.reset();
    this.grpc.forceShutdown();
  }
}

const fake = new FakeApi();

interface Result {
  code: number;
  out: string;
  err: string;
}

/** Runs a command line as main does, but with fast --wait polling and a short wait timeout. */
async function kumo(...argv: string[]): Promise<Result> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
  const inv = resolveInvocation(['--url', fake.url, ...argv]);
  assert.equal(inv.kind, 'run', argv.join(' '));
  const { command, args, globals } = inv as Extract<Invocation, { kind: 'run' }>;
  let client: KumoClient | undefined;
  const ctx: Context = { io, url: fake.url, wait: { intervalMs: 5, timeoutMs: 400 }, client: () => (client ??= new KumoClient({ url: fake.url })) };
  try {
    out += render(await command.run(ctx, args), globals);
    return { code: 0, out, err };
  } catch (e) {
    return { code: exitCodeOf(e), out, err: `${err}${errorLine(e, fake.url)}\n` };
  } finally {
    client?.close();
  }
}

const lastLine = (text: string): string => text.trimEnd().split('\n').pop()!;

const STATUS_NAMES = ['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED', 'VERIFY_RESIZE', 'REVERT_RESIZE', 'RESIZE', 'MIGRATING', 'SHELVED_OFFLOADED', 'SHELVED', 'RESCUE', 'ERROR', 'SOFT_DELETED', 'REBUILD', 'UNKNOWN'];
/** The server statuses a line names, in order. */
const statusesIn = (line: string): string[] => [...line.matchAll(new RegExp(`\\b(${STATUS_NAMES.join('|')})\\b`, 'g'))].map((m) => m[1]!);

async function ok(...argv: string[]): Promise<Result> {
  const r = await kumo(...argv);
  assert.equal(r.code, 0, `kumo ${argv.join(' ')}: ${r.err}`);
  return r;
}

describe('server action verbs', { timeout: 60_000 }, () => {
  before(() => fake.start());
  after(() => fake.stop());
  beforeEach(() => fake.reset());

  test('each verb calls its RPC with the right fields', async () => {
    const cases: Array<{ argv: string[]; state?: ServerPatch; rpc: string; request: Req }> = [
      { argv: ['pause', ID], rpc: 'PauseServer', request: { id: ID } },
      { argv: ['unpause', ID], state: PAUSED, rpc: 'UnpauseServer', request: { id: ID } },
      { argv: ['suspend', ID], rpc: 'SuspendServer', request: { id: ID } },
      { argv: ['resume', ID], state: SUSPENDED, rpc: 'ResumeServer', request: { id: ID } },
      { argv: ['lock', ID], rpc: 'LockServer', request: { id: ID, reason: '' } },
      { argv: ['lock', '--reason', 'under investigation', ID], rpc: 'LockServer', request: { id: ID, reason: 'under investigation' } },
      { argv: ['unlock', ID], rpc: 'UnlockServer', request: { id: ID } },
      { argv: ['rebuild', ID], rpc: 'RebuildServer', request: { id: ID, image_id: '', name: '' } },
      // Images and flavors by name resolve to their ids.
      { argv: ['rebuild', '--image', 'ubuntu', '--name', 'vm1b', ID], rpc: 'RebuildServer', request: { id: ID, image_id: UBUNTU, name: 'vm1b' } },
      { argv: ['resize', '--flavor', 'm1.small', ID], rpc: 'ResizeServer', request: { id: ID, flavor_id: '2' } },
      { argv: ['resize', '--flavor', '2', ID], rpc: 'ResizeServer', request: { id: ID, flavor_id: '2' } },
      { argv: ['resize', 'confirm', ID], state: VERIFY, rpc: 'ConfirmResizeServer', request: { id: ID } },
      { argv: ['resize', 'revert', ID], state: VERIFY, rpc: 'RevertResizeServer', request: { id: ID } },
      { argv: ['resize', '--confirm', ID], state: VERIFY, rpc: 'ConfirmResizeServer', request: { id: ID } },
      { argv: ['resize', '--revert', ID], state: VERIFY, rpc: 'RevertResizeServer', request: { id: ID } },
      { argv: ['migrate', ID], rpc: 'MigrateServer', request: { id: ID, host: '' } },
      { argv: ['migrate', '--host', 'cA-2', ID], rpc: 'MigrateServer', request: { id: ID, host: 'cA-2' } },
      { argv: ['migrate', '--live-migration', ID], rpc: 'LiveMigrateServer', request: { id: ID, host: '', block_migration: false } },
      {
        argv: ['migrate', '--live-migration', '--host', 'cA-2', '--block-migration', ID],
        rpc: 'LiveMigrateServer',
        request: { id: ID, host: 'cA-2', block_migration: true },
      },
      { argv: ['migrate', 'confirm', ID], state: VERIFY, rpc: 'ConfirmResizeServer', request: { id: ID } },
      { argv: ['migrate', 'revert', ID], state: VERIFY, rpc: 'RevertResizeServer', request: { id: ID } },
      { argv: ['evacuate', ID], rpc: 'EvacuateServer', request: { id: ID, host: '' } },
      { argv: ['evacuate', '--host', 'cA-2', ID], rpc: 'EvacuateServer', request: { id: ID, host: 'cA-2' } },
      { argv: ['shelve', ID], rpc: 'ShelveServer', request: { id: ID } },
      { argv: ['shelve', '--offload', ID], state: SHELVED, rpc: 'ShelveOffloadServer', request: { id: ID } },
      { argv: ['unshelve', ID], state: OFFLOADED, rpc: 'UnshelveServer', request: { id: ID, availability_zone: '' } },
      { argv: ['unshelve', '--availability-zone', 'az1', ID], state: OFFLOADED, rpc: 'UnshelveServer', request: { id: ID, availability_zone: 'az1' } },
      { argv: ['rescue', ID], rpc: 'RescueServer', request: { id: ID, image_id: '' } },
      { argv: ['rescue', '--image', 'cirros', ID], rpc: 'RescueServer', request: { id: ID, image_id: CIRROS } },
      { argv: ['unrescue', ID], state: RESCUE, rpc: 'UnrescueServer', request: { id: ID } },
      { argv: ['restore', ID], state: SOFT_DELETED, rpc: 'RestoreServer', request: { id: ID } },
      { argv: ['delete', '--force', ID], state: SOFT_DELETED, rpc: 'ForceDeleteServer', request: { id: ID } },
      { argv: ['delete', ID], rpc: 'DeleteServer', request: { id: ID } },
      { argv: ['set', '--property', 'role=web', '--property', 'x=a=b', ID], rpc: 'SetServerMetadata', request: { id: ID, metadata: { role: 'web', x: 'a=b' }, replace: false } },
      { argv: ['set', '--no-property', '--property', 'role=db', ID], rpc: 'SetServerMetadata', request: { id: ID, metadata: { role: 'db' }, replace: true } },
      { argv: ['set', '--tag', 'prod', '--tag', 'web', ID], rpc: 'SetServerTags', request: { id: ID, tags: ['prod', 'web'], replace: false } },
      { argv: ['set', '--no-tag', ID], rpc: 'SetServerTags', request: { id: ID, tags: [], replace: true } },
      { argv: ['unset', '--property', 'role', '--property', 'x', ID], rpc: 'DeleteServerMetadata', request: { id: ID, keys: ['role', 'x'] } },
      { argv: ['unset', '--tag', 'prod', ID], rpc: 'DeleteServerTags', request: { id: ID, tags: ['prod'], all: false } },
      { argv: ['image', 'create', '--name', 'snap', '--property', 'k=v', ID], rpc: 'CreateServerImage', request: { id: ID, name: 'snap', metadata: { k: 'v' } } },
      // As osc, the image is named after the server by default.
      { argv: ['image', 'create', ID], rpc: 'CreateServerImage', request: { id: ID, name: 'vm1', metadata: {} } },
    ];
    for (const c of cases) {
      fake.reset(c.state);
      await ok('server', ...c.argv);
      assert.deepEqual(fake.writes(), [c.rpc], `server ${c.argv.join(' ')}`);
      assert.deepEqual(fake.requests(c.rpc), [c.request], `server ${c.argv.join(' ')}`);
    }
    const consoles: Array<{ argv: string[]; rpc: string; request: Req }> = [
      { argv: ['log', 'show', ID], rpc: 'GetConsoleOutput', request: { id: ID, length: 0 } },
      { argv: ['log', 'show', '--lines', '20', ID], rpc: 'GetConsoleOutput', request: { id: ID, length: 20 } },
      { argv: ['url', 'show', ID], rpc: 'CreateRemoteConsole', request: { id: ID, protocol: '', type: '' } },
    ];
    for (const c of consoles) {
      fake.reset();
      await ok('console', ...c.argv);
      assert.deepEqual(fake.requests(c.rpc), [c.request], `console ${c.argv.join(' ')}`);
    }
  });

  test('set and unset with both properties and tags make both calls', async () => {
    await ok('server', 'set', '--property', 'a=1', '--tag', 't1', ID);
    assert.deepEqual(fake.writes(), ['SetServerMetadata', 'SetServerTags']);
    fake.reset();
    await ok('server', 'unset', '--property', 'a', '--tag', 't1', '--tag', 't2', ID);
    assert.deepEqual(fake.writes(), ['DeleteServerMetadata', 'DeleteServerTags']);
    assert.deepEqual(fake.requests('DeleteServerTags'), [{ id: ID, tags: ['t1', 't2'], all: false }]);
  });

  test('a server named on the command line is resolved to its id', async () => {
    await ok('server', 'lock', '--reason', 'r', 'vm1');
    assert.deepEqual(fake.requests('GetServer'), [{ id: 'vm1' }]);
    assert.equal(fake.requests('ListServers')[0]!['name'], '^vm1$');
    assert.deepEqual(fake.requests('LockServer'), [{ id: ID, reason: 'r' }]);
    const missing = await kumo('server', 'pause', 'nope');
    assert.equal(missing.code, 1);
    assert.equal(missing.err, "Error: No server with a name or ID of 'nope' exists.\n");
    assert.deepEqual(fake.requests('PauseServer'), []);
  });

  test('--wait waits for the status each action ends in', async () => {
    // `target`: the statuses the command waits for, as its timeout names them.
    const cases: Array<{ argv: string[]; state?: ServerPatch; rpc: string; end: ServerPatch; shows: string; target: string }> = [
      { argv: ['pause'], rpc: 'PauseServer', end: PAUSED, shows: 'PAUSED', target: 'PAUSED' },
      { argv: ['unpause'], state: PAUSED, rpc: 'UnpauseServer', end: ACTIVE, shows: 'ACTIVE', target: 'ACTIVE' },
      { argv: ['suspend'], rpc: 'SuspendServer', end: SUSPENDED, shows: 'SUSPENDED', target: 'SUSPENDED' },
      { argv: ['resume'], state: SUSPENDED, rpc: 'ResumeServer', end: ACTIVE, shows: 'ACTIVE', target: 'ACTIVE' },
      { argv: ['rebuild'], rpc: 'RebuildServer', end: ACTIVE, shows: 'ACTIVE', target: 'ACTIVE' },
      // A stopped server is rebuilt (and evacuated) stopped.
      { argv: ['rebuild'], state: SHUTOFF, rpc: 'RebuildServer', end: SHUTOFF, shows: 'SHUTOFF', target: 'SHUTOFF' },
      { argv: ['resize', '--flavor', 'm1.small'], rpc: 'ResizeServer', end: VERIFY, shows: 'VERIFY_RESIZE', target: 'VERIFY_RESIZE' },
      // Confirming or reverting ends running or stopped, as the server was before the resize.
      { argv: ['resize', 'confirm'], state: VERIFY, rpc: 'ConfirmResizeServer', end: ACTIVE, shows: 'ACTIVE', target: 'ACTIVE or SHUTOFF' },
      { argv: ['resize', '--confirm'], state: VERIFY, rpc: 'ConfirmResizeServer', end: SHUTOFF, shows: 'SHUTOFF', target: 'ACTIVE or SHUTOFF' },
      { argv: ['resize', 'revert'], state: VERIFY, rpc: 'RevertResizeServer', end: ACTIVE, shows: 'ACTIVE', target: 'ACTIVE or SHUTOFF' },
      { argv: ['resize', '--revert'], state: VERIFY, rpc: 'RevertResizeServer', end: ACTIVE, shows: 'ACTIVE', target: 'ACTIVE or SHUTOFF' },
      { argv: ['migrate'], rpc: 'MigrateServer', end: VERIFY, shows: 'VERIFY_RESIZE', target: 'VERIFY_RESIZE' },
      { argv: ['migrate', 'confirm'], state: VERIFY, rpc: 'ConfirmResizeServer', end: ACTIVE, shows: 'ACTIVE', target: 'ACTIVE or SHUTOFF' },
      { argv: ['migrate', 'revert'], state: VERIFY, rpc: 'RevertResizeServer', end: SHUTOFF, shows: 'SHUTOFF', target: 'ACTIVE or SHUTOFF' },
      { argv: ['migrate', '--live-migration'], rpc: 'LiveMigrateServer', end: { ...ACTIVE, host: 'cA-2' }, shows: 'ACTIVE', target: 'ACTIVE' },
      // A paused server is live-migrated paused.
      { argv: ['migrate', '--live-migration'], state: PAUSED, rpc: 'LiveMigrateServer', end: PAUSED, shows: 'PAUSED', target: 'PAUSED' },
      { argv: ['evacuate'], rpc: 'EvacuateServer', end: ACTIVE, shows: 'ACTIVE', target: 'ACTIVE' },
      { argv: ['evacuate'], state: SHUTOFF, rpc: 'EvacuateServer', end: SHUTOFF, shows: 'SHUTOFF', target: 'SHUTOFF' },
      { argv: ['shelve'], rpc: 'ShelveServer', end: OFFLOADED, shows: 'SHELVED_OFFLOADED', target: 'SHELVED_OFFLOADED' },
      { argv: ['unshelve'], state: OFFLOADED, rpc: 'UnshelveServer', end: ACTIVE, shows: 'ACTIVE', target: 'ACTIVE' },
      { argv: ['rescue'], rpc: 'RescueServer', end: RESCUE, shows: 'RESCUE', target: 'RESCUE' },
      { argv: ['unrescue'], state: RESCUE, rpc: 'UnrescueServer', end: ACTIVE, shows: 'ACTIVE', target: 'ACTIVE' },
      { argv: ['restore'], state: SOFT_DELETED, rpc: 'RestoreServer', end: ACTIVE, shows: 'ACTIVE', target: 'ACTIVE' },
    ];
    for (const c of cases) {
      const line = `server ${c.argv.join(' ')} --wait`;
      // Gets there a little after the answer: the command returns only then.
      fake.reset(c.state);
      fake.settle[c.rpc] = { ms: 50, patch: c.end };
      const r = await ok('server', ...c.argv, '--wait', ID);
      assert.equal(fake.vm.status, c.end.status, `${line}: returned before the server got there`);
      assert.match(r.err, new RegExp(`\\b${c.shows}\\b`), `${line}: progress`);
      // Never gets there: the command times out naming the statuses it waited for.
      fake.reset(c.state);
      fake.after[c.rpc] = { status: 'SERVER_STATUS_UNKNOWN', vm_state: 'VM_STATE_UNSPECIFIED' };
      const stuck = await kumo('server', ...c.argv, '--wait', ID);
      assert.equal(stuck.code, 1, line);
      const error = lastLine(stuck.err);
      assert.match(error, /^Error: timed out after 0\.4s .*UNKNOWN/, line);
      assert.deepEqual(statusesIn(error.replace(/UNKNOWN/g, '')), c.target.split(' or '), `${line}: ${error}`);
    }
  });

  test('--wait fails with the fault of a server that goes to ERROR', async () => {
    fake.after['ResizeServer'] = { status: 'SERVER_STATUS_ERROR', vm_state: 'VM_STATE_ERROR', fault: { code: 500, message: 'No valid host was found.', details: '', create_time: ts(1) } };
    const r = await kumo('server', 'resize', '--flavor', 'm1.small', '--wait', ID);
    assert.equal(r.code, 1);
    assert.match(lastLine(r.err), /^Error: .*ERROR.*: No valid host was found\.$/);
  });

  test('shelve --offload: shelve, wait for SHELVED, then offload, unless Kumo already offloaded', async () => {
    // Shelved but kept on the host: the CLI offloads it.
    fake.after['ShelveServer'] = SHELVED;
    fake.after['ShelveOffloadServer'] = OFFLOADED;
    await ok('server', 'shelve', '--offload', '--wait', ID);
    assert.deepEqual(fake.writes(), ['ShelveServer', 'ShelveOffloadServer']);
    // Offloaded on shelving (Kumo's default): nothing left to do.
    fake.reset();
    fake.after['ShelveServer'] = OFFLOADED;
    await ok('server', 'shelve', '--offload', ID);
    assert.deepEqual(fake.writes(), ['ShelveServer']);
    // Already offloaded: nothing at all.
    fake.reset(OFFLOADED);
    await ok('server', 'shelve', '--offload', ID);
    assert.deepEqual(fake.writes(), []);
    // Offloaded by its host between our look and our offload: done, not an error.
    fake.reset();
    fake.after['ShelveServer'] = SHELVED;
    fake.failures['ShelveOffloadServer'] = new InstanceInvalidStateError(ID, 'shelveOffload', 'shelved_offloaded', 'none');
    fake.settle['ShelveServer'] = { ms: 30, patch: OFFLOADED };
    await ok('server', 'shelve', '--offload', '--wait', ID);
    assert.deepEqual(fake.writes(), ['ShelveServer', 'ShelveOffloadServer']);
    // Any other refusal of the offload is reported.
    fake.reset();
    fake.after['ShelveServer'] = SHELVED;
    fake.failures['ShelveOffloadServer'] = new InstanceInvalidStateError(ID, 'shelveOffload', 'shelved', 'shelving-offloading');
    assert.match(lastLine((await kumo('server', 'shelve', '--offload', ID)).err), /^Error: FAILED_PRECONDITION: cannot shelveOffload server .* while vm_state is shelved and task_state is shelving-offloading/);
    // Shelved while a task still runs is not yet done shelving: wait for the task to end.
    fake.reset();
    fake.after['ShelveServer'] = { ...SHELVED, task_state: 'TASK_STATE_SHELVING_IMAGE_UPLOADING' };
    const stuck = await kumo('server', 'shelve', '--offload', ID);
    assert.equal(stuck.code, 1);
    assert.match(lastLine(stuck.err), new RegExp(`^Error: timed out after 0\\.4s waiting for server 'vm1' \\(${ID}\\) to be shelved; it is SHELVED \\(shelving-image-uploading\\)$`));
    assert.deepEqual(fake.writes(), ['ShelveServer']);
  });

  test('server image create prints the image; --wait waits for it to be active and the snapshot to end', async () => {
    const plain = await ok('server', 'image', 'create', '--name', 'snap', '-f', 'json', ID);
    const shown = JSON.parse(plain.out) as Record<string, unknown>;
    assert.equal(shown['id'], SNAP);
    assert.equal(shown['name'], 'snap');
    assert.equal(shown['status'], 'queued');

    fake.reset();
    fake.snapshotStatuses = ['IMAGE_STATUS_QUEUED', 'IMAGE_STATUS_SAVING', 'IMAGE_STATUS_ACTIVE'];
    fake.after['CreateServerImage'] = { task_state: 'TASK_STATE_IMAGE_UPLOADING' };
    // The server's snapshot task ends a while after the image is active.
    fake.settle['CreateServerImage'] = { ms: 150, patch: { task_state: 'TASK_STATE_UNSPECIFIED' } };
    const waited = await ok('server', 'image', 'create', '--name', 'snap', '--wait', '-f', 'json', ID);
    assert.equal((JSON.parse(waited.out) as Record<string, unknown>)['status'], 'active');
    assert.equal(fake.vm.task_state, 'TASK_STATE_UNSPECIFIED', 'returned before the server finished the snapshot');
    assert.match(waited.err, /waiting for image snap: queued\.\.\.\nwaiting for image snap: saving\.\.\.\nwaiting for image snap: active\n/);
    // A snapshot task that never ends times out, saying so.
    fake.reset();
    fake.after['CreateServerImage'] = { task_state: 'TASK_STATE_IMAGE_UPLOADING' };
    const stuck = await kumo('server', 'image', 'create', '--wait', ID);
    assert.equal(stuck.code, 1);
    assert.equal(lastLine(stuck.err), `Error: timed out after 0.4s waiting for server 'vm1' (${ID}) to finish the snapshot; it is ACTIVE (image-uploading)`);

    fake.reset();
    fake.snapshotStatuses = ['IMAGE_STATUS_SAVING', 'IMAGE_STATUS_KILLED'];
    const killed = await kumo('server', 'image', 'create', '--wait', ID);
    assert.equal(killed.code, 1);
    assert.match(killed.err, /Error: image 'vm1' \(.+\) is killed: the snapshot failed\n$/);
  });

  test('console log show prints the log; console url show the URL', async () => {
    assert.equal((await ok('console', 'log', 'show', ID)).out, 'boot line 1\nboot line 2\nlogin: \n');
    const url = await ok('console', 'url', 'show', '-f', 'json', ID);
    assert.deepEqual(JSON.parse(url.out), {
      expires_at: '2023-11-14T22:23:20Z',
      protocol: 'vnc',
      type: 'novnc',
      url: 'http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3Dabc',
    });
    assert.equal((await ok('console', 'url', 'show', '-f', 'value', '-c', 'url', ID)).out, 'http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3Dabc\n');
  });

  test('server show has the lock, tags and properties; rebuild prints the server', async () => {
    fake.reset({ locked: true, locked_reason: 'maintenance', locked_by: 'owner', tags: ['prod', 'web'], metadata: { role: 'web' }, progress: 40 });
    const shown = JSON.parse((await ok('server', 'show', '-f', 'json', ID)).out) as Record<string, unknown>;
    assert.equal(shown['locked'], true);
    assert.equal(shown['locked_reason'], 'maintenance');
    assert.deepEqual(shown['tags'], ['prod', 'web']);
    assert.deepEqual(shown['properties'], { role: 'web' });
    assert.equal(shown['progress'], 40);
    const table = (await ok('server', 'show', ID)).out;
    assert.match(table, /\| locked +\| True +\|/);
    assert.match(table, /\| tags +\| prod, web +\|/);

    fake.reset();
    fake.after['RebuildServer'] = { name: 'vm1b', image_id: UBUNTU };
    const rebuilt = JSON.parse((await ok('server', 'rebuild', '--image', 'ubuntu', '--name', 'vm1b', '--wait', '-f', 'json', ID)).out) as Record<string, unknown>;
    assert.equal(rebuilt['name'], 'vm1b');
    assert.equal(rebuilt['image'], `ubuntu (${UBUNTU})`);
    assert.equal(rebuilt['status'], 'ACTIVE');
  });

  test("an action the server refuses: one line with the server's reason, exit 1", async () => {
    fake.reset(SHUTOFF);
    fake.failures['PauseServer'] = new InstanceInvalidStateError(ID, 'pause', 'stopped', 'none');
    let out = '';
    let err = '';
    const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
    const code = await main(['--url', fake.url, 'server', 'pause', '--wait', 'vm1'], io, {});
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.equal(err, `Error: FAILED_PRECONDITION: cannot pause server ${ID} while vm_state is stopped and task_state is none [INSTANCE_INVALID_STATE]\n`);

    fake.failures['LockServer'] = new KumoError('PERMISSION_DENIED', 'unlocking a server an admin locked is admin-only', { reason: 'ADMIN_REQUIRED' });
    const denied = await kumo('server', 'lock', ID);
    assert.equal(denied.err, 'Error: PERMISSION_DENIED: unlocking a server an admin locked is admin-only [ADMIN_REQUIRED]\n');
    fake.failures['SetServerTags'] = new KumoError('INVALID_ARGUMENT', "tags[0]: tags may not contain '/' or ','", {
      reason: 'INVALID_ARGUMENT',
      fieldViolations: [{ field: 'tags[0]', description: "tags may not contain '/' or ','" }],
    });
    const invalid = await kumo('server', 'set', '--tag', 'a/b', ID);
    assert.equal(invalid.err, "Error: INVALID_ARGUMENT: tags[0]: tags may not contain '/' or ',' (field tags[0])\n");
  });

  test('bad command lines fail before any API call, with the usage', async () => {
    const cases: Array<{ argv: string[]; err: RegExp }> = [
      { argv: ['server', 'resize', ID], err: /give one of --flavor, --confirm or --revert[\s\S]*Usage: kumo server resize/ },
      { argv: ['server', 'resize', '--flavor', 'm1.small', '--confirm', ID], err: /--flavor and --confirm cannot be used together/ },
      { argv: ['server', 'resize', '--confirm', '--revert', ID], err: /--confirm and --revert cannot be used together/ },
      { argv: ['server', 'migrate', '--block-migration', ID], err: /--block-migration needs --live-migration[\s\S]*Usage: kumo server migrate/ },
      { argv: ['server', 'set', ID], err: /nothing to set: give --property, --tag, --no-property or --no-tag/ },
      { argv: ['server', 'set', '--property', 'novalue', ID], err: /--property: expected 'key=value', got 'novalue'/ },
      { argv: ['server', 'unset', ID], err: /nothing to unset: give --property, --tag or --all-tags[\s\S]*Usage: kumo server unset/ },
      { argv: ['console', 'log', 'show', '--lines', '0', ID], err: /--lines: must be at least 1, got 0/ },
      { argv: ['console', 'log', 'show', '--lines', 'ten', ID], err: /--lines: invalid integer 'ten'/ },
      { argv: ['server', 'pause'], err: /missing argument <server>[\s\S]*Usage: kumo server pause \[--wait\] <server>/ },
      { argv: ['server', 'lock', '--reason'], err: /option --reason requires a value/ },
      { argv: ['server', 'resize', 'confirm'], err: /missing argument <server>[\s\S]*Usage: kumo server resize confirm/ },
      { argv: ['server', 'unlock', '--wait', ID], err: /unrecognized option '--wait'/ },
      { argv: ['console', 'log', ID], err: /'log' is not a 'console' action; did you mean 'kumo console log show'\?/ },
    ];
    for (const c of cases) {
      let out = '';
      let err = '';
      const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
      const code = await main(['--url', fake.url, ...c.argv], io, {});
      assert.equal(code, 2, `${c.argv.join(' ')}: ${err}`);
      assert.equal(out, '');
      assert.match(err, c.err, c.argv.join(' '));
      assert.deepEqual(fake.calls, [], `${c.argv.join(' ')} called the API`);
    }
  });
});

test('resolveInvocation: multi-word actions and old spellings', () => {
  const cases: Array<{ argv: string[]; path: string; positionals: string[] }> = [
    { argv: ['server', 'resize', 'confirm', 'vm1'], path: 'server resize confirm', positionals: ['vm1'] },
    { argv: ['server', 'resize', '--confirm', 'vm1'], path: 'server resize', positionals: ['vm1'] },
    // A server named "confirm" can still be resized.
    { argv: ['server', 'resize', '--flavor', 'm1.small', 'confirm'], path: 'server resize', positionals: ['confirm'] },
    { argv: ['server', 'resize', 'vm1', '--flavor', 'm1.small'], path: 'server resize', positionals: ['vm1'] },
    { argv: ['server', 'migrate', 'revert', 'vm1'], path: 'server migrate revert', positionals: ['vm1'] },
    { argv: ['server', 'image', 'create', '--name', 'snap', 'vm1'], path: 'server image create', positionals: ['vm1'] },
    { argv: ['-f', 'value', 'console', 'url', 'show', 'vm1'], path: 'console url show', positionals: ['vm1'] },
    { argv: ['console', 'log', 'show', '--lines', '5', 'vm1'], path: 'console log show', positionals: ['vm1'] },
    // "server group" is still its own resource.
    { argv: ['server', 'group', 'list'], path: 'server group list', positionals: [] },
  ];
  for (const c of cases) {
    const inv = resolveInvocation(c.argv);
    assert.equal(inv.kind, 'run', c.argv.join(' '));
    const r = inv as Extract<Invocation, { kind: 'run' }>;
    assert.equal(r.path, c.path, c.argv.join(' '));
    assert.deepEqual(r.args.positionals, c.positionals, c.argv.join(' '));
  }
});

test('help: every new command has usage, options and an example', () => {
  const commands = [
    'server pause', 'server unpause', 'server suspend', 'server resume', 'server lock', 'server unlock', 'server rebuild',
    'server resize', 'server resize confirm', 'server resize revert', 'server migrate', 'server migrate confirm', 'server migrate revert',
    'server evacuate', 'server shelve', 'server unshelve', 'server rescue', 'server unrescue', 'server restore', 'server set',
    'server unset', 'server image create', 'console log show', 'console url show',
  ];
  for (const c of commands) {
    const inv = resolveInvocation([...c.split(' '), '--help']);
    assert.equal(inv.kind, 'help', c);
    const text = (inv as Extract<Invocation, { kind: 'help' }>).text;
    assert.ok(text.startsWith(`Usage: kumo ${c} `), `${c}: ${text}`);
    assert.match(text, /\nExamples?:\n {2}kumo /, c);
    const example = /\nExamples?:\n {2}(kumo .+)/.exec(text)![1]!;
    assert.ok(example.startsWith(`kumo ${c}`), `${c}: example ${example}`);
    // Every example is itself a valid command line.
    for (const line of text.split('\n').filter((l) => l.startsWith('  kumo '))) {
      const argv = line.trim().split(/ +/).slice(1).map((w) => w.replace(/^'|'$/g, ''));
      if (line.includes("'")) continue; // quoted arguments are for a shell
      assert.equal(resolveInvocation(argv).kind, 'run', line);
    }
  }
  const help = (argv: string[]): string => {
    const inv = resolveInvocation(argv);
    assert.equal(inv.kind, 'help');
    return (inv as Extract<Invocation, { kind: 'help' }>).text;
  };
  assert.match(help(['server', 'pause', '-h']), /With --wait, wait until the server is PAUSED\./);
  assert.match(help(['server', 'resize', '-h']), /--flavor <flavor> +New flavor \(name or ID\)/);
  assert.match(help(['server', 'lock', '-h']), /Usage: kumo server lock \[--reason <reason>\] <server>/);
  const server = help(['server', '--help']);
  for (const a of ['pause', 'resize confirm', 'migrate revert', 'image create', 'unset']) assert.match(server, new RegExp(`\\n  ${a} +\\S`), a);
  assert.match(help(['help', 'console']), /Usage: kumo console <action>[\s\S]*log show[\s\S]*url show/);
  assert.match(help(['-h']), /console log show/);
  assert.match(help(['server', 'delete', '-h']), /--force +Delete soft-deleted servers now/);
});
