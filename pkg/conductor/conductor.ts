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
import { ServerGroups } from './server_groups.js';
import { ServerActions } from './server_actions.js';
import { ServerReads } from './servers.js';
import { ComputeServices } from './services.js';
import { ConductorView } from './view.js';
import { Sweeper, type SweeperOptions } from './sweeper.js';
import { InstanceActionRecorder } from '../events/recorder.js';
import { InstanceActionReads } from './instance_actions.js';
import { Networks } from './networks.js';

export interface ConductorConfig {
  dataDir: string;
  serviceDownTimeMs: number;
  /** Requests one conductor runs at once. */
  concurrency: number;
  /** The sweeper of stuck tasks (sweeper.ts); off when absent. */
  sweeper?: Omit<SweeperOptions, 'serviceDownTimeMs'>;
}

export class ConductorActor {
  private store?: Store;
  private view?: ConductorView;
  private handle?: ActorHandle;
  private hypervisors?: HypervisorTable;
  private sweeper?: Sweeper;
  private networks?: Networks;
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
    this.store = Store.open(this.config.dataDir);
    const view = (this.view = new ConductorView(this.store, this.system.log));
    await view.start(nc);
    const stateLog = new StateLog(nc);
    // Serve only once the view holds everything logged before we started (a new or restarted conductor catches up first).
    await view.waitFor(await stateLog.lastSequence(), 120_000);
    const catalog = new Catalog(view, stateLog);
    const recorder = (this.recorder = new InstanceActionRecorder(this.system, stateLog, { service: 'conductor' }));
    const instanceActions = new InstanceActionReads(view);
    const networks = (this.networks = new Networks(view, stateLog, this.system.log));
    const build = new BuildTask(this.system, view, stateLog, recorder, networks);
    const servers = new ServerReads(this.system, view, stateLog, recorder);
    const hypervisors = (this.hypervisors = new HypervisorTable(this.config.serviceDownTimeMs));
    hypervisors.start(nc);
    this.services.bind(view, stateLog, hypervisors);
    const services = this.services;
    const aggregates = new Aggregates(view, stateLog, hypervisors);
    const serverGroups = new ServerGroups(view, stateLog);
    const actions = new ServerActions(this.system, view, stateLog, servers, catalog, build, services, recorder);

    this.handle = this.system.serve(
      subjects.conductor(),
      ConductorProtocol,
      {
        BuildInstances: (req, ctx) => build.buildInstances(req, ctx),
        RescheduleBuild: (req, ctx) => build.reschedule(req, ctx),
        ExplainPlacement: (req, ctx) => build.explain(req, ctx),
        GetServer: async (req, ctx) => {
          try {
            return { server: servers.record(req.id, ctx).server };
          } catch (err) {
            // Created through another conductor a moment ago: catch up with the log before saying NOT_FOUND.
            if (!(err instanceof NotFoundError)) throw err;
            await view.waitFor(await stateLog.lastSequence());
            return { server: servers.record(req.id, ctx).server };
          }
        },
        ListServers: async (req, ctx) => servers.list(req, ctx),
        ServerAction: (req, ctx) => actions.act(req, ctx),
        SelectDestination: (req, ctx) => actions.selectDestination(req, ctx),
        FinishSnapshot: async (req, ctx) => {
          await actions.finishSnapshot(req, ctx);
          return {};
        },
        RegisterSnapshot: (req, ctx) => actions.registerSnapshot(req, ctx),
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
        ListImages: async (req, ctx) => catalog.listImages(req, ctx),
        DeleteImage: async (req, ctx) => {
          await catalog.deleteImage(req.id, ctx);
          return {};
        },
        CreateKeypair: (req, ctx) => catalog.createKeypair(req, ctx),
        GetKeypair: async (req, ctx) => ({ keypair: catalog.getKeypair(req.name, ctx) }),
        ListKeypairs: async (req, ctx) => catalog.listKeypairs(req, ctx),
        DeleteKeypair: async (req, ctx) => {
          await catalog.deleteKeypair(req.name, ctx);
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
      },
      { queue: 'conductor', concurrency: this.config.concurrency },
    );
    // Ports of servers deleted (or failed) are released as the view applies them; orphans are reaped.
    networks.start();
    if (this.config.sweeper) {
      this.sweeper = new Sweeper(this.system, view, stateLog, services, { ...this.config.sweeper, serviceDownTimeMs: this.config.serviceDownTimeMs });
      this.sweeper.start();
    }
  }

  async stop(): Promise<void> {
    await this.sweeper?.stop();
    await this.networks?.stop();
    await this.handle?.stop();
    this.hypervisors?.stop();
    // Instance action records still waiting for their acknowledgement.
    await this.recorder?.flush();
    await this.view?.stop();
    await this.store?.close();
  }
}
