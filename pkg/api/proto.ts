// The public API's package definition, loaded from proto/ with the options
// the generated types in pkg/gen assume.
import * as protoLoader from '@grpc/proto-loader';
import { CONVERSION, protoRoot, PROTO_FILES } from '../actor/codec.js';

/** The actor codecs' conversion options, so both edges produce the same generated `__Output` shapes. */
export const LOADER_OPTIONS: protoLoader.Options = { keepCase: true, ...CONVERSION };

let cached: protoLoader.PackageDefinition | undefined;

export function apiPackageDefinition(): protoLoader.PackageDefinition {
  cached ??= protoLoader.loadSync(
    PROTO_FILES.filter((f) => f.startsWith('kumo/compute/')),
    { ...LOADER_OPTIONS, includeDirs: [protoRoot()] },
  );
  return cached;
}

export const SERVICE_NAMES = [
  'kumo.compute.v1.ServerService',
  'kumo.compute.v1.FlavorService',
  'kumo.compute.v1.ImageService',
  'kumo.compute.v1.KeypairService',
  'kumo.compute.v1.HypervisorService',
  'kumo.compute.v1.AggregateService',
  'kumo.compute.v1.ServerGroupService',
  'kumo.compute.v1.AvailabilityZoneService',
  'kumo.compute.v1.PlacementService',
  'kumo.compute.v1.ConsoleAuthService',
  'kumo.compute.v1.NetworkService',
  'kumo.compute.v1.IdentityService',
  'kumo.compute.v1.QuotaService',
  'kumo.compute.v1.SystemService',
] as const;
