// The RPC names a command declares ("ServerService.PauseServer"), typed from
// the generated service definitions so that a misspelt or removed RPC is a
// compile error; test/unit/cli_coverage.test.ts checks that every RPC of
// every public service has a command, and that the commands really call them.
import type { AggregateServiceDefinition } from '../gen/kumo/compute/v1/AggregateService.js';
import type { AvailabilityZoneServiceDefinition } from '../gen/kumo/compute/v1/AvailabilityZoneService.js';
import type { ConsoleAuthServiceDefinition } from '../gen/kumo/compute/v1/ConsoleAuthService.js';
import type { FlavorServiceDefinition } from '../gen/kumo/compute/v1/FlavorService.js';
import type { IdentityServiceDefinition } from '../gen/kumo/compute/v1/IdentityService.js';
import type { HypervisorServiceDefinition } from '../gen/kumo/compute/v1/HypervisorService.js';
import type { ImageServiceDefinition } from '../gen/kumo/compute/v1/ImageService.js';
import type { KeypairServiceDefinition } from '../gen/kumo/compute/v1/KeypairService.js';
import type { NetworkServiceDefinition } from '../gen/kumo/compute/v1/NetworkService.js';
import type { QuotaServiceDefinition } from '../gen/kumo/compute/v1/QuotaService.js';
import type { SystemServiceDefinition } from '../gen/kumo/compute/v1/SystemService.js';
import type { PlacementServiceDefinition } from '../gen/kumo/compute/v1/PlacementService.js';
import type { ServerGroupServiceDefinition } from '../gen/kumo/compute/v1/ServerGroupService.js';
import type { ServerServiceDefinition } from '../gen/kumo/compute/v1/ServerService.js';

interface Services {
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
}

/** The method names of a service definition, without grpc's string index signature. */
type MethodNames<D> = keyof { [K in keyof D as string extends K ? never : number extends K ? never : K]: D[K] } & string;

/** "ServerService.PauseServer": a service of kumo.compute.v1 and one of its RPCs. */
export type Rpc = { [S in keyof Services]: `${S}.${MethodNames<Services[S]>}` }[keyof Services];
