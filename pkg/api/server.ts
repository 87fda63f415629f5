// The gRPC server of kumo-api: every public service, gRPC health checking
// and server reflection.
import { closeWatches } from './watch.js';
import { consoleAuthService } from './console_auth_service.js';
import { Server, ServerCredentials, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation } from 'grpc-health-check';
import type { Logger } from 'pino';
import type { ActorSystem } from '../actor/runtime.js';
import { catalogServices } from './catalog_services.js';
import { apiPackageDefinition, SERVICE_NAMES } from './proto.js';
import { schedulingServices } from './scheduling_services.js';
import { placementService } from './placement_service.js';
import { serverService } from './server_service.js';
import { networkService } from './network_service.js';

export interface ApiServerConfig {
  host: string;
  port: number;
}

export class ApiServer {
  // Requests travel on over NATS, whose messages are at most 1 MiB: refuse bigger ones here, as RESOURCE_EXHAUSTED.
  private readonly server = new Server({ 'grpc.max_receive_message_length': 1024 * 1024 - 16 * 1024 });
  readonly health: HealthImplementation;
  port = 0;

  constructor(
    private readonly system: ActorSystem,
    private readonly log: Logger,
  ) {
    this.health = new HealthImplementation({ '': 'NOT_SERVING', ...Object.fromEntries(SERVICE_NAMES.map((s) => [s, 'NOT_SERVING'])) });
  }

  async start(config: ApiServerConfig): Promise<number> {
    const pkg = apiPackageDefinition();
    const def = (name: (typeof SERVICE_NAMES)[number]): ServiceDefinition => pkg[name] as ServiceDefinition;
    const catalog = catalogServices(this.system, this.log);
    const scheduling = schedulingServices(this.system, this.log);
    const impls: Record<(typeof SERVICE_NAMES)[number], UntypedServiceImplementation> = {
      'kumo.compute.v1.ServerService': serverService(this.system, this.log),
      'kumo.compute.v1.FlavorService': catalog.flavors,
      'kumo.compute.v1.ImageService': catalog.images,
      'kumo.compute.v1.KeypairService': catalog.keypairs,
      'kumo.compute.v1.HypervisorService': catalog.hypervisors,
      'kumo.compute.v1.AggregateService': scheduling.aggregates,
      'kumo.compute.v1.ServerGroupService': scheduling.serverGroups,
      'kumo.compute.v1.AvailabilityZoneService': scheduling.availabilityZones,
      'kumo.compute.v1.PlacementService': placementService(this.system, this.log),
      'kumo.compute.v1.ConsoleAuthService': consoleAuthService(this.system, this.log),
      'kumo.compute.v1.NetworkService': networkService(this.system, this.log),
    };
    for (const name of SERVICE_NAMES) this.server.addService(def(name), impls[name]);
    this.health.addToServer(this.server);
    new ReflectionService(pkg).addToServer(this.server);
    this.port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync(`${config.host}:${config.port}`, ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))),
    );
    for (const name of ['', ...SERVICE_NAMES]) this.health.setStatus(name, 'SERVING');
    return this.port;
  }

  async stop(): Promise<void> {
    for (const name of ['', ...SERVICE_NAMES]) this.health.setStatus(name, 'NOT_SERVING');
    // Open watches never end by themselves: end them (UNAVAILABLE, so clients watch again elsewhere).
    closeWatches(this.system);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, 5000);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
