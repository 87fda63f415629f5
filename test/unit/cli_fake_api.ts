// A fake kumo-api for CLI tests: an in-process gRPC server that implements
// every RPC of every public service (SERVICE_NAMES), records each call and
// answers from fixtures chosen by the response's field names (a `server`
// field gets the server, `flavors` the flavor list, ...). It holds one
// server whose status follows the actions (pause -> PAUSED, ...) and tells
// WatchServer/WatchServers streams of each change, so --wait and `server
// watch` run against it as against the real API. Not a test file itself.
import {
  Server,
  ServerCredentials,
  type sendUnaryData,
  type ServerUnaryCall,
  type ServerReadableStream,
  type ServerWritableStream,
  type ServiceDefinition,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { KumoError, NotFoundError } from '../../pkg/actor/errors.js';
import { toServiceError } from '../../pkg/api/errors.js';
import { apiPackageDefinition, SERVICE_NAMES } from '../../pkg/api/proto.js';
import type { Server__Output } from '../../pkg/gen/types.js';

export const SERVER_ID = '6f1c1f9e-2d4b-4a53-9a51-0c2a7d3e5b10';

type Req = Record<string, unknown>;
type Fixture = Record<string, unknown>;

const ts = (s: number): { seconds: number; nanos: number } => ({ seconds: 1_700_000_000 + s, nanos: 0 });

const ACTIVE = { status: 'SERVER_STATUS_ACTIVE', vm_state: 'VM_STATE_ACTIVE', power_state: 'POWER_STATE_RUNNING' };

/** The status (and states) each action leaves the server in. */
const AFTER: Readonly<Record<string, Fixture>> = {
  CreateServer: ACTIVE,
  StartServer: ACTIVE,
  RebootServer: ACTIVE,
  StopServer: { status: 'SERVER_STATUS_SHUTOFF', vm_state: 'VM_STATE_STOPPED', power_state: 'POWER_STATE_SHUTDOWN' },
  PauseServer: { status: 'SERVER_STATUS_PAUSED', vm_state: 'VM_STATE_PAUSED', power_state: 'POWER_STATE_PAUSED' },
  UnpauseServer: ACTIVE,
  SuspendServer: { status: 'SERVER_STATUS_SUSPENDED', vm_state: 'VM_STATE_SUSPENDED', power_state: 'POWER_STATE_SUSPENDED' },
  ResumeServer: ACTIVE,
  RebuildServer: ACTIVE,
  ResizeServer: { status: 'SERVER_STATUS_VERIFY_RESIZE', vm_state: 'VM_STATE_RESIZED' },
  MigrateServer: { status: 'SERVER_STATUS_VERIFY_RESIZE', vm_state: 'VM_STATE_RESIZED' },
  ConfirmResizeServer: ACTIVE,
  RevertResizeServer: ACTIVE,
  LiveMigrateServer: ACTIVE,
  EvacuateServer: ACTIVE,
  ShelveServer: { status: 'SERVER_STATUS_SHELVED', vm_state: 'VM_STATE_SHELVED', power_state: 'POWER_STATE_SHUTDOWN' },
  ShelveOffloadServer: { status: 'SERVER_STATUS_SHELVED_OFFLOADED', vm_state: 'VM_STATE_SHELVED_OFFLOADED', host: '' },
  UnshelveServer: ACTIVE,
  RescueServer: { status: 'SERVER_STATUS_RESCUE', vm_state: 'VM_STATE_RESCUED' },
  UnrescueServer: ACTIVE,
  RestoreServer: ACTIVE,
};

export function serverFixture(patch: Partial<Server__Output> = {}): Fixture {
  return {
    id: SERVER_ID,
    name: 'vm1',
    project_id: 'default',
    user_id: 'default',
    ...ACTIVE,
    task_state: 'TASK_STATE_UNSPECIFIED',
    flavor: { id: '1', name: 'm1.tiny', vcpus: 1, ram_mb: 512, disk_gb: 1, is_public: true },
    image_id: '11111111-1111-4111-8111-111111111111',
    host: 'compute-1',
    hypervisor_hostname: 'compute-1',
    availability_zone: 'nova',
    reservation_id: 'r-1a2b3c',
    addresses: [{ network: 'private', address: '10.0.0.3', version: 4, type: 'fixed', mac_address: 'fa:16:3e:00:00:01' }],
    metadata: { role: 'web' },
    tags: ['prod'],
    create_time: ts(0),
    update_time: ts(0),
    launch_time: ts(0),
    ...patch,
  };
}

/** One resource of each message type, as a Get or List answers with it. */
const FIXTURES: Readonly<Record<string, Fixture>> = {
  Flavor: { id: '1', name: 'm1.tiny', vcpus: 1, ram_mb: 512, disk_gb: 1, is_public: true, extra_specs: { 'hw:cpu_policy': 'shared' }, description: 'the smallest' },
  Image: {
    id: '11111111-1111-4111-8111-111111111111',
    name: 'cirros',
    status: 'IMAGE_STATUS_ACTIVE',
    disk_format: 'qcow2',
    container_format: 'bare',
    min_ram_mb: 64,
    visibility: 'public',
    properties: { architecture: 'x86_64', os_distro: 'yes' },
    create_time: ts(0),
    update_time: ts(0),
  },
  Keypair: { name: 'mykey', fingerprint: 'aa:bb:cc', type: 'ssh', public_key: 'ssh-ed25519 AAAA mykey', user_id: 'default', create_time: ts(0) },
  Project: { id: '0123456789abcdef0123456789abcdef', name: 'demo', description: 'Demo project', create_time: ts(0) },
  User: { id: 'fedcba9876543210fedcba9876543210', name: 'alice', create_time: ts(0) },
  RoleAssignment: { user_id: 'fedcba9876543210fedcba9876543210', user_name: 'alice', project_id: '0123456789abcdef0123456789abcdef', project_name: 'demo', roles: ['member'] },
  Hypervisor: {
    hypervisor_hostname: 'compute-1',
    host: 'compute-1',
    state: 'up',
    status: 'enabled',
    hypervisor_type: 'fake',
    vcpus: 8,
    vcpus_used: 1,
    memory_mb: 16384,
    memory_mb_used: 512,
    local_gb: 100,
    local_gb_used: 1,
    running_vms: 1,
    availability_zone: 'nova',
    update_time: ts(0),
  },
  ComputeService: { id: 'svc-1', binary: 'kumo-compute', host: 'compute-1', zone: 'nova', status: 'enabled', state: 'up', update_time: ts(0) },
  Aggregate: { id: 'agg-1', name: 'rack1', availability_zone: 'az1', hosts: ['compute-1'], metadata: { availability_zone: 'az1', ssd: 'true' }, create_time: ts(0) },
  ServerGroup: { id: 'grp-1', name: 'web', policy: 'SERVER_GROUP_POLICY_ANTI_AFFINITY', members: [SERVER_ID], project_id: 'default', user_id: 'default', create_time: ts(0) },
  AvailabilityZone: { name: 'az1', available: true, hosts: ['compute-1'] },
  Network: {
    id: 'net-1',
    name: 'net1',
    project_id: 'default',
    shared: false,
    auto_allocated: false,
    subnets: [
      {
        id: 'subnet-1',
        name: '',
        network_id: 'net-1',
        ip_version: 4,
        cidr: '10.1.0.0/24',
        gateway_ip: '10.1.0.1',
        allocation_pools: [{ start: '10.1.0.2', end: '10.1.0.254' }],
        dns_nameservers: ['10.1.0.2'],
      },
    ],
    create_time: ts(0),
    update_time: ts(0),
  },
  Port: {
    id: '9b1f6a0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b',
    network_id: 'net-1',
    project_id: 'default',
    device_id: SERVER_ID,
    device_owner: 'compute:nova',
    mac_address: 'fa:16:3e:00:00:01',
    fixed_ips: [{ subnet_id: 'subnet-1', ip_address: '10.1.0.3' }],
    status: 'ACTIVE',
    host: 'compute-1',
    create_time: ts(0),
  },
  FloatingIp: {
    id: 'fip-1',
    floating_ip_address: '203.0.113.10',
    floating_network_id: 'net-ext',
    pool: 'public',
    project_id: 'default',
    port_id: '9b1f6a0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b',
    fixed_ip_address: '10.1.0.3',
    server_id: SERVER_ID,
    status: 'ACTIVE',
    description: '',
    create_time: ts(0),
    update_time: ts(0),
  },
  SecurityGroup: {
    id: 'sg-1',
    name: 'web',
    description: 'web servers',
    project_id: 'default',
    rules: [{ id: 'sgr-1', security_group_id: 'sg-1', direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0', create_time: ts(0) }],
    create_time: ts(0),
    update_time: ts(0),
  },
  SecurityGroupRule: { id: 'sgr-1', security_group_id: 'sg-1', direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0', create_time: ts(0) },
  RemoteConsole: { protocol: 'vnc', type: 'novnc', url: 'http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3Dabc', expire_time: ts(600) },
  InstanceAction: {
    action: 'create',
    server_id: SERVER_ID,
    request_id: 'req-3f0c8a54-4a0e-4d3b-9f5e-2b1c8f9d7e61',
    project_id: 'default',
    user_id: 'default',
    start_time: ts(0),
    finish_time: ts(1),
    message: '',
    events: [{ event: 'compute_build_and_run_instance', start_time: ts(0), finish_time: ts(1), result: 'Success', host: 'compute-1' }],
  },
};

/** Scalar fields some commands print. */
const SCALARS: Readonly<Record<string, unknown>> = {
  private_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nfake\n-----END OPENSSH PRIVATE KEY-----\n',
  output: 'boot line 1\nlogin: \n',
  instance_id: SERVER_ID,
  host: 'compute-1',
  port: 5900,
  console_type: 'novnc',
  count: 1,
  vcpus: 8,
  hosts_considered: 4,
  selected_hosts: ['compute-1'],
  token: 'kumo1.fake.token',
  expires_at: ts(3_600_000),
  roles: ['reader', 'member'],
};

interface Field {
  name: string;
  typeName?: string;
  label?: string;
}

export class FakeKumoApi {
  /** Every call, in order: "ServerService.PauseServer" and its request. */
  readonly calls: Array<{ rpc: string; request: Req }> = [];
  /** RPCs (by method name) that fail with this error. */
  failures: Record<string, KumoError> = {};
  server: Fixture = serverFixture();
  deleted = false;
  url = '';
  private clock = 0;
  private readonly grpc = new Server();
  private readonly watchers = new Set<ServerWritableStream<Req, unknown>>();
  private readonly allWatchers = new Set<ServerWritableStream<Req, unknown>>();

  reset(): void {
    this.calls.length = 0;
    this.sdkRequestIds.length = 0;
    this.clock = 0;
    this.failures = {};
    this.server = serverFixture();
    this.deleted = false;
    for (const w of [...this.watchers, ...this.allWatchers]) w.end();
    this.watchers.clear();
    this.allWatchers.clear();
  }

  /** Request ids the SDK made up for writes (pkg/client/transport.ts), by call index; kept out of `calls` so tests compare the fields a command sets. */
  readonly sdkRequestIds: Array<{ rpc: string; requestId: string }> = [];

  private withoutSdkRequestId(rpc: string, request: Req): Req {
    const id = request['request_id'];
    if (typeof id !== 'string' || !/^req-[0-9a-f-]{36}$/.test(id)) return request;
    this.sdkRequestIds.push({ rpc, requestId: id });
    const rest = { ...request };
    delete rest['request_id'];
    return rest;
  }

  /** The RPCs called, as "Service.Method". */
  rpcs(): string[] {
    return this.calls.map((c) => c.rpc);
  }

  /** How many WatchServers streams are open. */
  get openWatches(): number {
    return this.allWatchers.size;
  }

  /** Sends a change of any server to the WatchServers streams (and WatchServer ones of the fake's server). */
  change(server: Fixture, deleted = false): void {
    if (server['id'] === SERVER_ID && !deleted) this.server = server;
    for (const w of this.allWatchers) w.write({ server, deleted });
    if (server['id'] === SERVER_ID) for (const w of this.watchers) w.write({ server, deleted });
    if (deleted && server['id'] === SERVER_ID) {
      for (const w of this.watchers) w.end();
      this.watchers.clear();
    }
  }

  /** Breaks every open watch off as an API going away does (UNAVAILABLE). */
  breakWatches(): void {
    for (const w of [...this.watchers, ...this.allWatchers]) w.emit('error', toServiceError(new KumoError('UNAVAILABLE', 'api restarting')));
    this.watchers.clear();
    this.allWatchers.clear();
  }

  /** The server after an action: answered as it is (newer), then it becomes what the action leads to. */
  private act(method: string): Fixture {
    const accepted = { ...this.server, update_time: ts(++this.clock) };
    this.server = accepted;
    setImmediate(() => {
      if (method === 'DeleteServer' || method === 'ForceDeleteServer') {
        this.deleted = true;
        this.change({ ...this.server, update_time: ts(++this.clock) }, true);
      } else if (AFTER[method]) {
        this.change({ ...this.server, ...AFTER[method], update_time: ts(++this.clock) });
      }
    });
    return accepted;
  }

  private value(method: string, field: Field): unknown {
    const type = field.typeName?.split('.').pop() ?? '';
    const repeated = field.label === 'LABEL_REPEATED';
    if (type === 'Server') return repeated ? [this.server] : method === 'GetServer' ? this.server : this.act(method);
    const fixture = FIXTURES[type];
    if (fixture) return repeated ? [fixture] : fixture;
    return SCALARS[field.name];
  }

  private respond(method: string, fields: readonly Field[]): unknown {
    const failure = this.failures[method];
    if (failure) throw failure;
    if (method === 'DeleteServer' || method === 'ForceDeleteServer') {
      const server = this.act(method);
      return method === 'ForceDeleteServer' ? { server } : {};
    }
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const v = this.value(method, f);
      if (v !== undefined) out[f.name] = v;
    }
    return out;
  }

  private watch(method: string, call: ServerWritableStream<Req, unknown>): void {
    if (method === 'WatchServer') {
      if (this.deleted) {
        call.emit('error', toServiceError(new NotFoundError('server', String(call.request['id']))));
        return;
      }
      call.write({ server: this.server, deleted: false });
      this.watchers.add(call);
      call.on('cancelled', () => this.watchers.delete(call));
      return;
    }
    if (call.request['include_initial']) call.write({ server: this.server, deleted: false });
    this.allWatchers.add(call);
    call.on('cancelled', () => this.allWatchers.delete(call));
  }

  async start(): Promise<void> {
    const pkg = apiPackageDefinition();
    for (const name of SERVICE_NAMES) {
      const def = pkg[name] as unknown as ServiceDefinition;
      const service = name.split('.').pop()!;
      const impl: UntypedServiceImplementation = {};
      for (const [method, m] of Object.entries(def)) {
        const rpc = `${service}.${method}`;
        const fields = (m as unknown as { responseType: { type: { field: Field[] } } }).responseType.type.field;
        if (m.responseStream) {
          impl[method] = (call: ServerWritableStream<Req, unknown>) => {
            this.calls.push({ rpc, request: call.request });
            this.watch(method, call);
          };
          continue;
        }
        if (m.requestStream) {
          // Client streams (image upload): the first message names the target; the rest is data.
          impl[method] = (call: ServerReadableStream<Req, unknown>, cb: sendUnaryData<unknown>) => {
            let first: Req | undefined;
            call.on('data', (msg: Req) => void (first ??= msg));
            call.on('end', () => {
              this.calls.push({ rpc, request: first ?? {} });
              try {
                cb(null, this.respond(method, fields));
              } catch (err) {
                cb(toServiceError(err), null);
              }
            });
          };
          continue;
        }
        impl[method] = (call: ServerUnaryCall<Req, unknown>, cb: sendUnaryData<unknown>) => {
          this.calls.push({ rpc, request: this.withoutSdkRequestId(rpc, call.request) });
          try {
            cb(null, this.respond(method, fields));
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

  stop(): void {
    this.reset();
    this.grpc.forceShutdown();
  }
}
