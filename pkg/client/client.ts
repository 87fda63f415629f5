// The TypeScript SDK: one manager per resource, as novaclient has
// (`kumo.servers.list()`), over one gRPC channel.
import { Client, credentials, Metadata } from '@grpc/grpc-js';
import { apiPackageDefinition } from '../api/proto.js';
import type { AggregateServiceDefinition } from '../gen/kumo/compute/v1/AggregateService.js';
import type { AvailabilityZoneServiceDefinition } from '../gen/kumo/compute/v1/AvailabilityZoneService.js';
import type { PlacementServiceDefinition } from '../gen/kumo/compute/v1/PlacementService.js';
import type { FlavorServiceDefinition } from '../gen/kumo/compute/v1/FlavorService.js';
import type { HypervisorServiceDefinition } from '../gen/kumo/compute/v1/HypervisorService.js';
import type { ImageServiceDefinition } from '../gen/kumo/compute/v1/ImageService.js';
import type { KeypairServiceDefinition } from '../gen/kumo/compute/v1/KeypairService.js';
import type { ServerGroupServiceDefinition } from '../gen/kumo/compute/v1/ServerGroupService.js';
import type { ServerServiceDefinition } from '../gen/kumo/compute/v1/ServerService.js';
import type { Server__Output, ServerStatus__Output as ServerStatus } from '../gen/types.js';
import { makeStub, type Stub } from './stub.js';
import { ServerActions } from './server_actions.js';

export interface ClientOptions {
  /** host:port of kumo-api; default 127.0.0.1:8774. */
  url?: string;
  /** Project to act in (until tokens exist). */
  project?: string;
  user?: string;
  /** Default deadline per call. */
  timeoutMs?: number;
}

type Definitions = {
  ServerService: ServerServiceDefinition;
  FlavorService: FlavorServiceDefinition;
  ImageService: ImageServiceDefinition;
  KeypairService: KeypairServiceDefinition;
  HypervisorService: HypervisorServiceDefinition;
  AggregateService: AggregateServiceDefinition;
  ServerGroupService: ServerGroupServiceDefinition;
  AvailabilityZoneService: AvailabilityZoneServiceDefinition;
  PlacementService: PlacementServiceDefinition;
};

function definition<K extends keyof Definitions>(name: K): Definitions[K] {
  const pkg = apiPackageDefinition();
  return pkg[`kumo.compute.v1.${name}`] as unknown as Definitions[K];
}

/** Servers: get, list, wait, and every action (pause, resize, ... in server_actions.ts). */
export class ServerManager extends ServerActions {
  constructor(api: Stub<ServerServiceDefinition>) {
    super(api);
  }

  get(id: string): Promise<Server__Output> {
    return this.api.GetServer({ id }).then((r: { server: Server__Output | null }) => r.server!);
  }

  /** Every server matching the filters, page by page. */
  async *list(filters: Omit<Parameters<Stub<ServerServiceDefinition>['ListServers']>[0], 'page_token'> = {}): AsyncGenerator<Server__Output> {
    let page_token = '';
    do {
      const res = await this.api.ListServers({ ...filters, page_token });
      yield* res.servers;
      page_token = res.next_page_token;
    } while (page_token);
  }

  /** Polls until the server reaches one of `statuses` (or ERROR, which rejects unless wanted). */
  async waitFor(id: string, statuses: ServerStatus[], opts: { timeoutMs?: number; intervalMs?: number; onPoll?: (s: Server__Output) => void } = {}): Promise<Server__Output> {
    const until = Date.now() + (opts.timeoutMs ?? 120_000);
    const wanted = new Set<string>(statuses);
    for (;;) {
      const s = await this.get(id);
      opts.onPoll?.(s);
      if (wanted.has(s.status)) return s;
      if (s.status === 'SERVER_STATUS_ERROR') throw new Error(`server ${id} is in ERROR: ${s.fault?.message ?? 'no fault recorded'}`);
      if (Date.now() > until) throw new Error(`timed out waiting for server ${id} to reach ${statuses.join('|')}; it is ${s.status}`);
      await new Promise((r) => setTimeout(r, opts.intervalMs ?? 200));
    }
  }
}

export class KumoClient {
  readonly grpc: Client;
  readonly servers: ServerManager;
  readonly flavors: Stub<FlavorServiceDefinition>;
  readonly images: Stub<ImageServiceDefinition>;
  readonly keypairs: Stub<KeypairServiceDefinition>;
  readonly hypervisors: Stub<HypervisorServiceDefinition>;
  readonly aggregates: Stub<AggregateServiceDefinition>;
  readonly serverGroups: Stub<ServerGroupServiceDefinition>;
  readonly availabilityZones: Stub<AvailabilityZoneServiceDefinition>;
  /** Admin: ExplainPlacement, the scheduler's dry run. */
  readonly placement: Stub<PlacementServiceDefinition>;

  constructor(readonly options: ClientOptions = {}) {
    const url = options.url ?? '127.0.0.1:8774';
    this.grpc = new Client(url, credentials.createInsecure());
    const ctx = {
      client: this.grpc,
      defaultTimeoutMs: options.timeoutMs ?? 30_000,
      metadata: () => {
        const md = new Metadata();
        if (options.project) md.set('x-kumo-project', options.project);
        if (options.user) md.set('x-kumo-user', options.user);
        return md;
      },
    };
    this.servers = new ServerManager(makeStub(ctx, definition('ServerService')));
    this.flavors = makeStub(ctx, definition('FlavorService'));
    this.images = makeStub(ctx, definition('ImageService'));
    this.keypairs = makeStub(ctx, definition('KeypairService'));
    this.hypervisors = makeStub(ctx, definition('HypervisorService'));
    this.aggregates = makeStub(ctx, definition('AggregateService'));
    this.serverGroups = makeStub(ctx, definition('ServerGroupService'));
    this.availabilityZones = makeStub(ctx, definition('AvailabilityZoneService'));
    this.placement = makeStub(ctx, definition('PlacementService'));
  }

  close(): void {
    this.grpc.close();
  }
}
