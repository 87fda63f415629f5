// The TypeScript SDK: one manager per resource, as novaclient has
// (`kumo.servers.list()`), over one gRPC channel.
import { Client, credentials, Metadata } from '@grpc/grpc-js';
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
import type { ServerGroupServiceDefinition } from '../gen/kumo/compute/v1/ServerGroupService.js';
import type { ServerServiceDefinition } from '../gen/kumo/compute/v1/ServerService.js';
import type { Server__Output, ServerStatus__Output as ServerStatus, WatchServersRequest } from '../gen/types.js';
import type { InstanceAction__Output } from '../gen/types.js';
import type { ComputeService__Output } from '../gen/types.js';
import { KumoApiError } from './errors.js';
import { makeStub, type Stub } from './stub.js';
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
  /** host:port of kumo-api; default 127.0.0.1:8774. */
  url?: string;
  /** Project to act in (until tokens exist). */
  project?: string;
  user?: string;
  /** Roles to act with (until tokens exist); omitted means the development default (admin). */
  roles?: string[];
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
  ConsoleAuthService: ConsoleAuthServiceDefinition;
};

function definition<K extends keyof Definitions>(name: K): Definitions[K] {
  const pkg = apiPackageDefinition();
  return pkg[`kumo.compute.v1.${name}`] as unknown as Definitions[K];
}

/** Servers: get, list, wait, and every action (pause, resize, ... in server_actions.ts). */
export class ServerManager extends ServerActions {
  constructor(
    api: Stub<ServerServiceDefinition>,
    private readonly streams?: StreamContext & { definition: ServerServiceDefinition },
  ) {
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
  async actions(id: string): Promise<InstanceAction__Output[]> {
    const all: InstanceAction__Output[] = [];
    let page_token = '';
    do {
      const res = await this.api.ListInstanceActions({ server_id: id, page_token });
      all.push(...res.actions);
      page_token = res.next_page_token;
    } while (page_token);
    return all;
  }

  /** One instance action of the server, by request id, with its events in start order. */
  async action(id: string, requestId: string): Promise<InstanceAction__Output> {
    return (await this.api.GetInstanceAction({ server_id: id, request_id: requestId })).action!;
  }
}

/** Compute services (novaclient's `services`): list, enable, disable, force down. The last three are admin-only. */
export class ComputeServiceManager {
  constructor(readonly api: Stub<HypervisorServiceDefinition>) {}

  /** Every compute service, or only the one of `host`, ordered by host. */
  async list(host = ''): Promise<ComputeService__Output[]> {
    return (await this.api.ListComputeServices({ host })).services;
  }

  async enable(host: string): Promise<ComputeService__Output> {
    return (await this.api.UpdateComputeService({ host, enabled: true })).service!;
  }

  async disable(host: string, reason = ''): Promise<ComputeService__Output> {
    return (await this.api.UpdateComputeService({ host, enabled: false, disabled_reason: reason })).service!;
  }

  /** Declares the host down (true), or lets its heartbeats decide again (false). */
  async forceDown(host: string, down = true): Promise<ComputeService__Output> {
    return (await this.api.UpdateComputeService({ host, forced_down: down })).service!;
  }
}

export class KumoClient {
  readonly grpc: Client;
  readonly servers: ServerManager;
  readonly flavors: Stub<FlavorServiceDefinition>;
  readonly images: Stub<ImageServiceDefinition>;
  readonly keypairs: Stub<KeypairServiceDefinition>;
  readonly hypervisors: Stub<HypervisorServiceDefinition>;
  /** Compute services: the HypervisorService's ListComputeServices and UpdateComputeService. */
  readonly services: ComputeServiceManager;
  readonly aggregates: Stub<AggregateServiceDefinition>;
  readonly serverGroups: Stub<ServerGroupServiceDefinition>;
  readonly availabilityZones: Stub<AvailabilityZoneServiceDefinition>;
  /** Admin: ExplainPlacement, the scheduler's dry run. */
  readonly placement: Stub<PlacementServiceDefinition>;
  /** Console token checks, for console proxies and admins. */
  readonly consoleAuth: Stub<ConsoleAuthServiceDefinition>;

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
        if (options.roles) md.set('x-kumo-roles', options.roles.join(','));
        return md;
      },
    };
    this.servers = new ServerManager(makeStub(ctx, definition('ServerService')), { ...ctx, definition: definition('ServerService') });
    this.flavors = makeStub(ctx, definition('FlavorService'));
    this.images = makeStub(ctx, definition('ImageService'));
    this.keypairs = makeStub(ctx, definition('KeypairService'));
    this.hypervisors = makeStub(ctx, definition('HypervisorService'));
    this.services = new ComputeServiceManager(this.hypervisors);
    this.aggregates = makeStub(ctx, definition('AggregateService'));
    this.serverGroups = makeStub(ctx, definition('ServerGroupService'));
    this.availabilityZones = makeStub(ctx, definition('AvailabilityZoneService'));
    this.placement = makeStub(ctx, definition('PlacementService'));
    this.consoleAuth = makeStub(ctx, definition('ConsoleAuthService'));
  }

  close(): void {
    this.grpc.close();
  }
}
