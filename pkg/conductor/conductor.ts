// The conductor actor: pooled (queue group "conductor"); the only component
// that writes catalog entries and the records of servers no host owns yet,
// and the one that keeps the global view.
import type { ActorHandle, ActorSystem } from '../actor/runtime.js';
import { NotFoundError } from '../actor/errors.js';
import { subjects } from '../actor/subjects.js';
import { StateLog, ensureStateStream } from '../statelog/statelog.js';
import { Store } from '../store/store.js';
import { Aggregates } from './aggregates.js';
import { listAvailabilityZones } from './availability_zones.js';
import { BuildTask } from './build.js';
import { Catalog } from './catalog.js';
import { HypervisorTable } from './hypervisors.js';
import { ConductorProtocol } from './protocol.js';
import { HostConductorProtocol } from './host_protocol.js';
import { HostRelay } from './host_relay.js';
import { ServerGroups } from './server_groups.js';
import { ServerActions } from './server_actions.js';
import { ServerReads } from './servers.js';
import { ComputeServices } from './services.js';
import { ConductorView, keypairKey } from './view.js';
import { Sweeper, type SweeperOptions } from './sweeper.js';
import { InstanceActionRecorder } from '../events/recorder.js';
import { InstanceActionReads } from './instance_actions.js';
import { Networks } from './networks.js';
import { AntiEntropy } from './anti_entropy.js';
import { ViewProtocol, viewDigest } from './view_digest.js';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Logger } from 'pino';

/**
 * Opens the view's LMDB. A view that applied entries beyond the log's last
 * sequence (the stream lost acknowledged entries: a NATS power loss, see
 * "Durability" in docs/ARCHITECTURE.md) would skip the new entries that
 * reuse those sequences: it is dropped and rebuilt from the stream and the
 * hosts instead.
 */
async function openViewStore(dir: string, stateLog: StateLog, log: Logger): Promise<Store> {
  const store = Store.open(dir);
  const applied = store.table<number>('meta').get('last_seq') ?? 0;
  const last = await stateLog.highWaterSequence();
  if (applied <= last) return store;
  log.error({ applied, last }, 'the view applied entries the state log no longer has; rebuilding it from the log and the hosts');
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return Store.open(dir);
}
import type * as g from '../gen/types.js';
import { FloatingIps } from './floating_ips.js';
import { QuotaSlots } from './quota_slots.js';
import { SecurityGroups } from './security_groups.js';
import { ServerNetworking } from './server_networking.js';
import { Quotas } from '../quota/quotas.js';
import type { Overrides } from '../quota/limits.js';
import { openImageStore } from '../image/object_store.js';
import { afterCallersWrites } from './read_your_writes.js';

export interface ConductorConfig {
  dataDir: string;
  serviceDownTimeMs: number;
  /** Requests one conductor runs at once. */
  concurrency: number;
  /** The sweeper of stuck tasks (sweeper.ts); off when absent. */
  sweeper?: Omit<SweeperOptions, 'serviceDownTimeMs'>;
  /** Quota defaults over Nova's, by resource (--quota-defaults). */
  quotaDefaults?: Overrides;
}

export class ConductorActor {
  private store?: Store;
  private view?: ConductorView;
  private handle?: ActorHandle;
  /** Compute hosts' calls, one subject per host (host_relay.ts). */
  private hostHandle?: ActorHandle;
  private hypervisors?: HypervisorTable;
  private sweeper?: Sweeper;
  private networks?: Networks;
  private antiEntropy?: AntiEntropy;
  private viewHandles: ActorHandle[] = [];
  /** This conductor process, for queries addressed to its own view (ViewProtocol). */
  readonly id = randomUUID();
  private quotas?: Quotas;
  /** Compute services: up/down on this conductor's clock, enabled/disabled/forced down from the state log (services.ts). */
  readonly services = new ComputeServices();
  /** Records the instance actions and events the conductor runs (create, local delete, ...); set by start(). */
  recorder?: InstanceActionRecorder;

  constructor(
    private readonly system: ActorSystem,
    private readonly config: ConductorConfig,
  ) {}

  async start(): Promise<void> {
    const nc = this.system.nc;
    await ensureStateStream(nc);
    this.store = await openViewStore(this.config.dataDir, new StateLog(nc), this.system.log);
    const view = (this.view = new ConductorView(this.store, this.system.log));
    // Indexes the view by host before it applies anything new (pkg/conductor/anti_entropy.ts).
    const antiEntropy = (this.antiEntropy = new AntiEntropy(this.system, view, new StateLog(nc), this.system.log));
    await view.start(nc);
    const stateLog = new StateLog(nc);
    // Serve only once the view holds everything logged before we started (a new or restarted conductor catches up first).
    await view.waitFor(await stateLog.lastSequence(), 120_000);
    const catalog = new Catalog(view, stateLog, await openImageStore(nc), this.system.log);
    const recorder = (this.recorder = new InstanceActionRecorder(this.system, stateLog, { service: 'conductor' }));
    const instanceActions = new InstanceActionReads(view);
    const networks = (this.networks = new Networks(view, stateLog, this.system.log));
    // Quota usage: reservations before creates, releases following the log (pkg/quota).
    const quotas = (this.quotas = new Quotas(nc, stateLog, view, this.system.log, { defaults: this.config.quotaDefaults }));
    // Floating IPs and security groups: slots claimed up to the project's quota of each (quota_slots.ts).
    const quotaSlots = new QuotaSlots(
      view.networks,
      networks.book,
      (project, resource) => quotas.limitOf(project, resource),
      async () => view.waitFor(await stateLog.lastSequence()),
    );
    const securityGroups = new SecurityGroups(view, stateLog, networks.book, quotaSlots);
    networks.useSecurityGroups(securityGroups);
    const floatingIps = new FloatingIps(view, stateLog, networks, quotaSlots);
    const serverNetworking = new ServerNetworking(floatingIps, securityGroups);
    const build = new BuildTask(this.system, view, stateLog, recorder, networks, quotas);
    const servers = new ServerReads(this.system, view, stateLog, recorder);
    const hypervisors = (this.hypervisors = new HypervisorTable(this.config.serviceDownTimeMs));
    hypervisors.start(nc, this.system.log);
    this.services.bind(view, stateLog, hypervisors);
    const services = this.services;
    const aggregates = new Aggregates(view, stateLog, hypervisors);
    const serverGroups = new ServerGroups(view, stateLog, quotas);
    const actions = new ServerActions(this.system, view, stateLog, servers, catalog, build, services, recorder, quotas);

    this.handle = this.system.serve(
      subjects.conductor(),
      ConductorProtocol,
      // A caller that wrote something reads it: each message waits until this view applied the caller's minSeq.
      afterCallersWrites<ConductorProtocol>(view, {
        BuildInstances: (req, ctx) => build.buildInstances(req, ctx),
        ExplainPlacement: (req, ctx) => build.explain(req, ctx),
        GetServer: async (req, ctx) => {
          try {
            return { server: serverNetworking.show(servers.record(req.id, ctx).server!) };
          } catch (err) {
            // Created through another conductor a moment ago: catch up with the log before saying NOT_FOUND.
            if (!(err instanceof NotFoundError)) throw err;
            await view.waitFor(await stateLog.lastSequence());
            return { server: serverNetworking.show(servers.record(req.id, ctx).server!) };
          }
        },
        ListServers: async (req, ctx) => servers.list(req, ctx, (id) => serverNetworking.wireExtras(id)),
        ServerAction: (req, ctx) => actions.act(req, ctx),
        DeleteServer: async (req, ctx) => {
          // A server created through another conductor a moment ago may not be in this view yet.
          if (!view.servers.get(req.id)) await view.waitFor(await stateLog.lastSequence());
          await servers.delete(req.id, ctx);
          return {};
        },
        CreateFlavor: (req) => catalog.createFlavor(req),
        GetFlavor: async (req) => ({ flavor: catalog.getFlavor(req.id) }),
        ListFlavors: async (req) => catalog.listFlavors(req),
        DeleteFlavor: async (req) => {
          await catalog.deleteFlavor(req.id);
          return {};
        },
        CreateImage: (req, ctx) => catalog.createImage(req, ctx),
        GetImage: async (req, ctx) => ({ image: catalog.getImage(req.id, ctx) }),
        StartImageUpload: async (req, ctx) => ({ image: await catalog.startImageUpload(req.image_id, ctx) }),
        FinishImageUpload: async (req) => ({ image: await catalog.finishImageUpload(req) }),
        ListImages: async (req, ctx) => catalog.listImages(req, ctx),
        DeleteImage: async (req, ctx) => {
          await catalog.deleteImage(req.id, ctx);
          return {};
        },
        CreateKeypair: async (req, ctx) => {
          // Counted before it exists; given back if it was not created.
          await quotas.reserveKeypair(ctx, req.name);
          try {
            return await catalog.createKeypair(req, ctx);
          } catch (err) {
            if (!view.live(view.keypairs, keypairKey(ctx.userId, req.name))) await quotas.releaseKeypair(ctx.userId, req.name).catch(() => undefined);
            throw err;
          }
        },
        GetKeypair: async (req, ctx) => ({ keypair: catalog.getKeypair(req.name, ctx) }),
        ListKeypairs: async (req, ctx) => catalog.listKeypairs(req, ctx),
        DeleteKeypair: async (req, ctx) => {
          await catalog.deleteKeypair(req.name, ctx);
          await quotas.releaseKeypair(ctx.userId, req.name);
          return {};
        },
        ListHypervisors: async (req) => hypervisors.list(req),
        GetHypervisor: async (req) => ({ hypervisor: hypervisors.get(req.hypervisor_hostname) }),
        GetHypervisorStatistics: async () => hypervisors.statistics(),
        ListComputeServices: async (req) => services.list(req),
        UpdateComputeService: async (req) => ({ service: await services.update(req) }),
        CreateAggregate: async (req) => ({ aggregate: await aggregates.create(req) }),
        GetAggregate: async (req) => ({ aggregate: aggregates.get(req.id) }),
        ListAggregates: async () => ({ aggregates: aggregates.list() }),
        DeleteAggregate: async (req) => {
          await aggregates.delete(req.id);
          return {};
        },
        AddAggregateHost: async (req) => ({ aggregate: await aggregates.addHost(req) }),
        RemoveAggregateHost: async (req) => ({ aggregate: await aggregates.removeHost(req) }),
        SetAggregateMetadata: async (req) => ({ aggregate: await aggregates.setMetadata(req) }),
        CreateServerGroup: async (req, ctx) => ({ server_group: await serverGroups.create(req, ctx) }),
        GetServerGroup: async (req, ctx) => ({ server_group: serverGroups.get(req.id, ctx) }),
        ListServerGroups: async (_req, ctx) => ({ server_groups: serverGroups.list(ctx) }),
        DeleteServerGroup: async (req, ctx) => {
          await serverGroups.delete(req.id, ctx);
          return {};
        },
        ListAvailabilityZones: async () => ({ availability_zones: listAvailabilityZones(view, hypervisors) }),
        ListInstanceActions: async (req, ctx) => instanceActions.list(req, ctx),
        GetInstanceAction: async (req, ctx) => instanceActions.get(req, ctx),
        CreateNetwork: async (req, ctx) => ({ network: await networks.create(req, ctx) }),
        GetNetwork: async (req, ctx) => ({ network: await networks.get(req.id, ctx) }),
        ListNetworks: async (req, ctx) => networks.list(req, ctx),
        DeleteNetwork: async (req, ctx) => {
          await networks.delete(req.id, ctx);
          return {};
        },
        GetPort: async (req, ctx) => ({ port: await networks.getPort(req.id, ctx) }),
        ListPorts: async (req, ctx) => networks.listPorts(req, ctx),
        CreateFloatingIp: async (req, ctx) => ({ floating_ip: await floatingIps.create(req, ctx) }),
        GetFloatingIp: async (req, ctx) => ({ floating_ip: await floatingIps.get(req.id, ctx) }),
        ListFloatingIps: async (req, ctx) => floatingIps.list(req, ctx),
        DeleteFloatingIp: async (req, ctx) => {
          await floatingIps.delete(req.id, ctx);
          return {};
        },
        AddFloatingIp: async (req, ctx) => ({ floating_ip: await floatingIps.associate(req, ctx) }),
        RemoveFloatingIp: async (req, ctx) => ({ floating_ip: await floatingIps.disassociate(req, ctx) }),
        CreateSecurityGroup: async (req, ctx) => ({ security_group: await securityGroups.create(req, ctx) }),
        GetSecurityGroup: async (req, ctx) => ({ security_group: await securityGroups.get(req.id, ctx) }),
        ListSecurityGroups: async (req, ctx) => securityGroups.list(req, ctx),
        DeleteSecurityGroup: async (req, ctx) => {
          await securityGroups.delete(req.id, ctx);
          return {};
        },
        CreateSecurityGroupRule: async (req, ctx) => ({ rule: await securityGroups.createRule(req, ctx) }),
        ListSecurityGroupRules: async (req, ctx) => securityGroups.listRules(req, ctx),
        DeleteSecurityGroupRule: async (req, ctx) => {
          await securityGroups.deleteRule(req.id, ctx);
          return {};
        },
        AddSecurityGroup: async (req, ctx) => {
          await securityGroups.addToServer(req, ctx);
          return {};
        },
        RemoveSecurityGroup: async (req, ctx) => {
          await securityGroups.removeFromServer(req, ctx);
          return {};
        },
        GetQuota: (req, ctx) => quotas.get(req, ctx),
        UpdateQuota: (req, ctx) => quotas.update(req, ctx),
        DeleteQuota: async (req, ctx) => {
          await quotas.delete(req, ctx);
          return {};
        },
        GetLimits: (_req, ctx) => quotas.limits(ctx),
      }, () => stateLog.lastSequence()),
      { queue: 'conductor', concurrency: this.config.concurrency },
    );
    // What compute hosts may ask, each on its own subject: the same queue group, so one conductor answers each call.
    this.hostHandle = this.system.serve(
      subjects.allConductorForHosts(),
      HostConductorProtocol,
      new HostRelay({ system: this.system, view, stateLog, hypervisors, build, actions, catalog }).handlers(),
      { queue: 'conductor', concurrency: this.config.concurrency },
    );
    // Queries of this conductor's own view: by its id, and on the subject every conductor answers.
    const viewHandlers = {
      ViewDigest: async (req: { min_seq: number }) => {
        if (req.min_seq > 0) await view.waitFor(req.min_seq, 10_000);
        return viewDigest(this.store!, this.id);
      },
    };
    this.viewHandles = [this.system.serve(subjects.conductorView(this.id), ViewProtocol, viewHandlers), this.system.serve(subjects.allConductorViews(), ViewProtocol, viewHandlers)];
    antiEntropy.start();
    // Ports of servers deleted (or failed) are released as the view applies them; orphans are reaped.
    networks.start();
    quotas.start();
    if (this.config.sweeper) {
      this.sweeper = new Sweeper(this.system, view, stateLog, services, { ...this.config.sweeper, serviceDownTimeMs: this.config.serviceDownTimeMs });
      this.sweeper.start();
    }
  }

  /** This conductor's part of `kumo status`: how far its view applied the state log. */
  status(): { conductor_id: string; applied_seq: number; applied_age_ms: number } {
    return { conductor_id: this.id, applied_seq: this.view?.appliedSeq ?? 0, applied_age_ms: this.view?.appliedAgeMs ?? -1 };
  }

  async stop(): Promise<void> {
    await this.sweeper?.stop();
    await this.antiEntropy?.stop();
    await Promise.all(this.viewHandles.map((h) => h.stop()));
    await this.networks?.stop();
    await this.quotas?.stop();
    await this.hostHandle?.stop();
    await this.handle?.stop();
    this.hypervisors?.stop();
    // Instance action records still waiting for their acknowledgement.
    await this.recorder?.flush();
    await this.view?.stop();
    await this.store?.close();
  }
}
