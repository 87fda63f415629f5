// The TypeScript SDK: one manager per resource, as novaclient has
// (`kumo.servers.list()`), over one gRPC channel.
import type { IdentityServiceDefinition } from '../gen/kumo/compute/v1/IdentityService.js';
import type { QuotaServiceDefinition } from '../gen/kumo/compute/v1/QuotaService.js';
import { QuotaManager } from './quotas.js';
import { SystemManager } from './system.js';
import type { SystemServiceDefinition } from '../gen/kumo/compute/v1/SystemService.js';
import { IdentityManager, passwordTokenProvider, type PasswordAuth } from './identity.js';
import { Client, Metadata, type ChannelCredentials } from '@grpc/grpc-js';
import { isDeepStrictEqual } from 'node:util';
import { apiPackageDefinition } from '../api/proto.js';
import type { AggregateServiceDefinition } from '../gen/kumo/compute/v1/AggregateService.js';
import type { AvailabilityZoneServiceDefinition } from '../gen/kumo/compute/v1/AvailabilityZoneService.js';
import type { ConsoleAuthServiceDefinition } from '../gen/kumo/compute/v1/ConsoleAuthService.js';
import type { PlacementServiceDefinition } from '../gen/kumo/compute/v1/PlacementService.js';
import type { FlavorServiceDefinition } from '../gen/kumo/compute/v1/FlavorService.js';
import type { HypervisorServiceDefinition } from '../gen/kumo/compute/v1/HypervisorService.js';
import type { ImageServiceDefinition } from '../gen/kumo/compute/v1/ImageService.js';
import type { KeypairServiceDefinition } from '../gen/kumo/compute/v1/KeypairService.js';
import type { NetworkServiceDefinition } from '../gen/kumo/compute/v1/NetworkService.js';
import type { ServerGroupServiceDefinition } from '../gen/kumo/compute/v1/ServerGroupService.js';
import type { ServerServiceDefinition } from '../gen/kumo/compute/v1/ServerService.js';
import type { CreateServerRequest, ListServersRequest, Server__Output, ServerStatus__Output as ServerStatus, WatchServersRequest } from '../gen/types.js';
import type { InstanceAction__Output } from '../gen/types.js';
import { KumoApiError } from './errors.js';
import { channelCredentials, parseApiUrl, type PemSource } from '../security/tls.js';
import { Listing } from './listing.js';
import {
  AggregateManager,
  AvailabilityZoneManager,
  ComputeServiceManager,
  ConsoleAuthManager,
  FlavorManager,
  HypervisorManager,
  ImageManager,
  KeypairManager,
  NetworkManager,
  FloatingIpManager,
  SecurityGroupManager,
  PlacementManager,
  required,
  ServerGroupManager,
  type ListFilters,
} from './managers.js';
import { makeStub, type CallOptions, type Stub } from './stub.js';
import { DEFAULT_RETRY, retryPolicy, TokenSource, type RetryOptions, type Transport } from './transport.js';
import { timestampMs } from '../util/timestamp.js';
import { ServerActions } from './server_actions.js';
import {
  isRetryableWatchError,
  ServerDeletedError,
  ServerFaultError,
  serverStream,
  WaitTimeoutError,
  type ServerChange,
  type StreamContext,
  type StreamOptions,
} from './watch.js';

export { ComputeServiceManager } from './managers.js';
export { ServerDeletedError, ServerFaultError, ServerWaitError, WaitTimeoutError, type ServerChange, type StreamOptions } from './watch.js';

export interface WaitOptions {
  /** Give up (WaitTimeoutError) after this long; default 120 s. */
  timeoutMs?: number;
  /** Called with every state the server goes through, the first being its state when the wait starts. */
  onChange?: (server: Server__Output, deleted: boolean) => void;
  /**
   * The server as an action answered with it (or as it was before the
   * action): states recorded before it are ignored, and an ERROR it was
   * already in does not end the wait.
   */
  since?: Server__Output;
  /** Abandons the wait; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

const NO_TASK = 'TASK_STATE_UNSPECIFIED';
const WATCH_RETRY_MS = 100;
const WATCH_RETRY_MAX_MS = 2000;

export interface ClientOptions {
  /** host:port of kumo-api (plain text), or https://host:port / grpcs://host:port (TLS); default 127.0.0.1:8774. */
  url?: string;
  /** CA certificate to trust for TLS (a PEM file path or its bytes); implies TLS. Default: the system's roots. */
  caCert?: PemSource;
  /** Client certificate and key (paths or PEM bytes), for an API that requires mTLS; imply TLS. */
  cert?: PemSource;
  key?: PemSource;
  /** Project to act in (x-kumo-project, until the API reads it from tokens). */
  project?: string;
  user?: string;
  /** Roles to act with (until tokens exist); omitted means the development default (admin). */
  roles?: string[];
  /** Default deadline per call, retries included; default 30 s. */
  timeoutMs?: number;
  /** Retries on UNAVAILABLE (the API did nothing); default 3 attempts with exponential backoff and jitter; false for none. */
  retry?: RetryOptions | false;
  /** A fixed token, sent as `authorization: Bearer <token>`. */
  token?: string;
  /**
   * Where tokens come from: asked on the first call, then again (once per
   * call) when the API answers UNAUTHENTICATED, and the call is sent once
   * more with the new token. Not together with `token`.
   */
  tokenProvider?: () => Promise<string>;
  /**
   * User, password and project: the client issues its own tokens
   * (IdentityService.IssueToken) and issues a new one when the API answers
   * UNAUTHENTICATED (expired). Not together with `token` or `tokenProvider`.
   */
  auth?: PasswordAuth;
  /** Channel credentials; default insecure (plain-text gRPC, as kumo-api serves). */
  credentials?: ChannelCredentials;
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
  ConsoleAuthService: ConsoleAuthServiceDefinition;
  NetworkService: NetworkServiceDefinition;
  IdentityService: IdentityServiceDefinition;
  QuotaService: QuotaServiceDefinition;
  SystemService: SystemServiceDefinition;
};

function definition<K extends keyof Definitions>(name: K): Definitions[K] {
  const pkg = apiPackageDefinition();
  return pkg[`kumo.compute.v1.${name}`] as unknown as Definitions[K];
}

/** The servers one CreateServer made (several with max_count), and their reservation. */
export interface CreatedServers {
  servers: Server__Output[];
  reservationId: string;
}

/** Servers: get, list, create, delete, start, stop, reboot, watch, waitFor, and every action (pause, resize, ... in server_actions.ts). */
export class ServerManager extends ServerActions {
  constructor(
    api: Stub<ServerServiceDefinition>,
    private readonly streams?: StreamContext & { definition: ServerServiceDefinition },
  ) {
    super(api);
  }

  async get(id: string, opts?: CallOptions): Promise<Server__Output> {
    return required((await this.api.GetServer({ id }, opts)).server, 'GetServer', 'server');
  }

  /** Every server matching the filters, page by page (`page_size` sets the page). Iterate it, or await it for an array. */
  list(filters: ListFilters<ListServersRequest> = {}, opts?: CallOptions): Listing<Server__Output> {
    return Listing.paged(async (page_token) => {
      const res = await this.api.ListServers({ ...filters, page_token }, opts);
      return { items: res.servers, nextPageToken: res.next_page_token };
    });
  }

  /**
   * Boots one server (BUILD at first: follow it with `waitFor(id,
   * 'SERVER_STATUS_ACTIVE')`). For several at once (min_count, max_count)
   * use createMany.
   */
  async create(request: CreateServerRequest, opts?: CallOptions): Promise<Server__Output> {
    if ((request.max_count ?? 0) > 1 || (request.min_count ?? 0) > 1) throw new RangeError('servers.create boots one server; use servers.createMany for min_count/max_count above 1');
    const { servers } = await this.createMany(request, opts);
    return required(servers[0], 'CreateServer', 'servers[0]');
  }

  /** Boots `max_count` servers (at least `min_count`, or none), all in one reservation. */
  async createMany(request: CreateServerRequest, opts?: CallOptions): Promise<CreatedServers> {
    const res = await this.api.CreateServer(request, opts);
    return { servers: res.servers, reservationId: res.reservation_id };
  }

  /** Asks for the deletion; the server goes through DELETING (follow it with `waitFor(id, 'SERVER_STATUS_DELETED')`). */
  async delete(id: string, opts?: CallOptions): Promise<void> {
    await this.api.DeleteServer({ id }, opts);
  }

  /** Powers on a SHUTOFF server (ACTIVE). */
  async start(id: string, opts?: CallOptions): Promise<Server__Output> {
    return required((await this.api.StartServer({ id }, opts)).server, 'StartServer', 'server');
  }

  /** Powers off an ACTIVE (or ERROR) server (SHUTOFF). */
  async stop(id: string, opts?: CallOptions): Promise<Server__Output> {
    return required((await this.api.StopServer({ id }, opts)).server, 'StopServer', 'server');
  }

  /** Reboots the server: soft (the guest OS restarts) unless `hard` (power cycle). */
  async reboot(id: string, params: { hard?: boolean } = {}, opts?: CallOptions): Promise<Server__Output> {
    const res = await this.api.RebootServer({ id, type: params.hard ? 'REBOOT_TYPE_HARD' : 'REBOOT_TYPE_SOFT' }, opts);
    return required(res.server, 'RebootServer', 'server');
  }

  private streamsOrThrow(): StreamContext & { definition: ServerServiceDefinition } {
    if (!this.streams) throw new Error('this ServerManager was made without a gRPC channel; use KumoClient');
    return this.streams;
  }

  /**
   * The server as it is now, then after every change, until it is deleted
   * (the last change has `deleted` set and the iteration ends). Breaking
   * out of the loop cancels the watch.
   */
  async *watch(id: string, opts: StreamOptions = {}): AsyncGenerator<ServerChange> {
    const ctx = this.streamsOrThrow();
    for await (const m of serverStream(ctx, ctx.definition.WatchServer, 'WatchServer', { id }, opts)) yield { server: m.server!, deleted: m.deleted };
  }

  /** Every change to the project's servers that matches the filters (with include_initial, first every matching server). */
  async *watchAll(filters: WatchServersRequest = {}, opts: StreamOptions = {}): AsyncGenerator<ServerChange> {
    const ctx = this.streamsOrThrow();
    for await (const m of serverStream(ctx, ctx.definition.WatchServers, 'WatchServers', filters, opts)) yield { server: m.server!, deleted: m.deleted };
  }

  /**
   * Resolves with the server once it reaches one of `statuses`, following
   * WatchServer (no polling). Rejects with ServerFaultError if it goes to
   * ERROR (unless ERROR is wanted), ServerDeletedError if it is deleted
   * (unless SERVER_STATUS_DELETED is wanted), WaitTimeoutError when
   * `timeoutMs` passes, or the API error (e.g. NOT_FOUND). A watch that
   * breaks (UNAVAILABLE: the API restarting) is opened again with backoff.
   */
  async waitFor(id: string, statuses: ServerStatus | readonly ServerStatus[], opts: WaitOptions = {}): Promise<Server__Output> {
    const wanted: readonly ServerStatus[] = typeof statuses === 'string' ? [statuses] : statuses;
    const timeoutMs = opts.timeoutMs ?? 120_000;
    const until = Date.now() + timeoutMs;
    const sinceMs = opts.since ? timestampMs(opts.since.update_time) : -Infinity;
    const wasError = opts.since?.status === 'SERVER_STATUS_ERROR';
    let last: Server__Output | undefined = opts.since;
    // The last state the watch sent: a re-opened watch starts by sending it again.
    let reported: Server__Output | undefined;
    let retries = 0;
    for (;;) {
      const remaining = until - Date.now();
      if (remaining <= 0) throw new WaitTimeoutError(id, last, wanted, timeoutMs);
      try {
        for await (const { server: s, deleted } of this.watch(id, { timeoutMs: remaining, signal: opts.signal })) {
          retries = 0;
          const at = timestampMs(s.update_time);
          // Older than the action's answer: a stale read, not the outcome.
          if (!deleted && at < sinceMs) continue;
          last = s;
          if (deleted || !isDeepStrictEqual(s, reported)) opts.onChange?.(s, deleted);
          reported = s;
          if (deleted) {
            if (wanted.includes('SERVER_STATUS_DELETED')) return s;
            throw new ServerDeletedError(id, s, wanted);
          }
          if (wanted.includes(s.status)) return s;
          // ERROR with a task still running (stopping an errored server) is not final; nor is the ERROR it was already in.
          if (s.status === 'SERVER_STATUS_ERROR' && s.task_state === NO_TASK && !(wasError && at <= sinceMs)) throw new ServerFaultError(s);
        }
        // Ended without a deletion: the API went away cleanly; watch again.
      } catch (err) {
        if (!(err instanceof KumoApiError)) throw err;
        // Our deadline; an earlier DEADLINE_EXCEEDED is the API's own call timing out (e.g. NATS reconnecting): watch again.
        if (err.codeName === 'DEADLINE_EXCEEDED' && until - Date.now() < 100) throw new WaitTimeoutError(id, last, wanted, timeoutMs);
        // Gone while we were reconnecting (or before we started, if we knew it existed).
        if (err.codeName === 'NOT_FOUND' && last) {
          if (wanted.includes('SERVER_STATUS_DELETED')) return last;
          throw new ServerDeletedError(id, last, wanted);
        }
        if (err.codeName !== 'DEADLINE_EXCEEDED' && !isRetryableWatchError(err)) throw err;
      }
      const pause = Math.min(WATCH_RETRY_MAX_MS, WATCH_RETRY_MS * 2 ** retries++) * (0.5 + Math.random() / 2);
      await new Promise((r) => setTimeout(r, Math.max(0, Math.min(pause, until - Date.now()))));
      opts.signal?.throwIfAborted();
    }
  }

  /** The server's instance actions (Nova's os-instance-actions), newest first, without events; every page. */
  async actions(id: string, opts?: CallOptions): Promise<InstanceAction__Output[]> {
    return Listing.paged(async (page_token) => {
      const res = await this.api.ListInstanceActions({ server_id: id, page_token }, opts);
      return { items: res.actions, nextPageToken: res.next_page_token };
    }).toArray();
  }

  /** One instance action of the server, by request id, with its events in start order. */
  async action(id: string, requestId: string, opts?: CallOptions): Promise<InstanceAction__Output> {
    return required((await this.api.GetInstanceAction({ server_id: id, request_id: requestId }, opts)).action, 'GetInstanceAction', 'action');
  }
}

/** The environment variables `KumoClient.fromEnv` reads. */
export interface KumoEnv {
  KUMO_URL?: string;
  KUMO_TOKEN?: string;
  KUMO_PROJECT?: string;
  KUMO_USER?: string;
  /** Comma-separated. */
  KUMO_ROLES?: string;
  /** TLS: CA to trust, client certificate and key (PEM file paths). */
  KUMO_CACERT?: string;
  KUMO_CERT?: string;
  KUMO_KEY?: string;
  [name: string]: string | undefined;
}

/**
 * The SDK's entry point: one gRPC channel to kumo-api and one manager per
 * resource. Close it when done.
 */
export class KumoClient {
  readonly grpc: Client;
  readonly servers: ServerManager;
  readonly flavors: FlavorManager;
  readonly images: ImageManager;
  readonly keypairs: KeypairManager;
  /** Hypervisors; also, as raw RPCs, ListComputeServices and UpdateComputeService (friendlier in `services`). */
  readonly hypervisors: HypervisorManager;
  /** Compute services: the HypervisorService's ListComputeServices and UpdateComputeService. */
  readonly services: ComputeServiceManager;
  readonly aggregates: AggregateManager;
  readonly serverGroups: ServerGroupManager;
  readonly availabilityZones: AvailabilityZoneManager;
  /** Admin: ExplainPlacement, the scheduler's dry run. */
  readonly placement: PlacementManager;
  /** Console token checks, for console proxies and admins. */
  readonly consoleAuth: ConsoleAuthManager;
  /** Networks (with subnets) and ports. */
  readonly networks: NetworkManager;
  /** Floating IPs (NetworkService): allocate from a pool, associate with a server. */
  readonly floatingIps: FloatingIpManager;
  /** Security groups and rules (NetworkService), applied to servers' ports. */
  readonly securityGroups: SecurityGroupManager;
  /** Projects, users, roles and tokens. */
  readonly identity: IdentityManager;
  /** Quotas: limits and usage per project, overrides (admin). */
  readonly quotas: QuotaManager;
  /** Admin: the control plane's status (`kumo status`). */
  readonly system: SystemManager;

  constructor(readonly options: ClientOptions = {}) {
    if (options.token !== undefined && options.tokenProvider) throw new TypeError('KumoClient: give token or tokenProvider, not both');
    const url = options.url ?? '127.0.0.1:8774';
    const channel = options.credentials
      ? { target: parseApiUrl(url).target, credentials: options.credentials }
      : channelCredentials(url, { caCert: options.caCert, cert: options.cert, key: options.key });
    this.grpc = new Client(channel.target, channel.credentials);
    const transport: Transport = {
      client: this.grpc,
      defaultTimeoutMs: options.timeoutMs ?? 30_000,
      retry: retryPolicy(DEFAULT_RETRY, options.retry),
      tokens: new TokenSource(options.token, options.tokenProvider),
      seen: { seq: 0 },
      identity: () => {
        const md = new Metadata();
        if (options.project) md.set('x-kumo-project', options.project);
        if (options.user) md.set('x-kumo-user', options.user);
        if (options.roles) md.set('x-kumo-roles', options.roles.join(','));
        return md;
      },
    };
    // Before any manager copies the transport.
    if (options.auth) {
      if (options.token !== undefined || options.tokenProvider) throw new TypeError('KumoClient: give auth, token or tokenProvider, not several');
      transport.tokens = new TokenSource(undefined, passwordTokenProvider(transport, definition('IdentityService'), options.auth));
    }
    const serverService = definition('ServerService');
    this.servers = new ServerManager(makeStub(transport, serverService), { ...transport, definition: serverService });
    this.flavors = new FlavorManager(makeStub(transport, definition('FlavorService')));
    const imageService = definition('ImageService');
    this.images = new ImageManager(makeStub(transport, imageService), { ...transport, definition: imageService });
    this.keypairs = new KeypairManager(makeStub(transport, definition('KeypairService')));
    this.hypervisors = new HypervisorManager(makeStub(transport, definition('HypervisorService')));
    // Through the hypervisors manager's own members, so wrapping those (the CLI's --timings) sees these calls too.
    this.services = new ComputeServiceManager(this.hypervisors);
    this.aggregates = new AggregateManager(makeStub(transport, definition('AggregateService')));
    this.serverGroups = new ServerGroupManager(makeStub(transport, definition('ServerGroupService')));
    this.availabilityZones = new AvailabilityZoneManager(makeStub(transport, definition('AvailabilityZoneService')));
    this.placement = new PlacementManager(makeStub(transport, definition('PlacementService')));
    this.consoleAuth = new ConsoleAuthManager(makeStub(transport, definition('ConsoleAuthService')));
    this.networks = new NetworkManager(makeStub(transport, definition('NetworkService')));
    this.floatingIps = new FloatingIpManager(makeStub(transport, definition('NetworkService')));
    this.securityGroups = new SecurityGroupManager(makeStub(transport, definition('NetworkService')));
    this.quotas = new QuotaManager(makeStub(transport, definition('QuotaService')));
    this.system = new SystemManager(makeStub(transport, definition('SystemService')));
    this.identity = new IdentityManager(makeStub(transport, definition('IdentityService')), () => transport.tokens.token());
  }

  /**
   * A client configured from the environment: KUMO_URL, KUMO_CACERT, KUMO_CERT, KUMO_KEY, KUMO_TOKEN,
   * KUMO_PROJECT, KUMO_USER and KUMO_ROLES (comma-separated). `overrides`
   * win over the environment (e.g. a tokenProvider, a timeout).
   */
  static fromEnv(overrides: ClientOptions = {}, env: KumoEnv = process.env): KumoClient {
    const roles = env.KUMO_ROLES?.split(',').map((r) => r.trim()).filter(Boolean);
    const fromEnv: ClientOptions = {
      url: env.KUMO_URL || undefined,
      token: overrides.tokenProvider ? undefined : env.KUMO_TOKEN || undefined,
      project: env.KUMO_PROJECT || undefined,
      user: env.KUMO_USER || undefined,
      roles: roles?.length ? roles : undefined,
      caCert: env.KUMO_CACERT || undefined,
      cert: env.KUMO_CERT || undefined,
      key: env.KUMO_KEY || undefined,
    };
    const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as ClientOptions;
    return new KumoClient({ ...fromEnv, ...defined });
  }

  close(): void {
    this.grpc.close();
  }
}
