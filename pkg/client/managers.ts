// One manager per resource, as novaclient has them (`kumo.flavors.get(id)`):
// get, list (a Listing over every page), create, delete and a method per
// other RPC of the service, with friendly arguments. Each manager keeps the
// raw RPCs too: as `manager.api.GetFlavor(...)`, and as the manager's own
// members (`manager.GetFlavor(...)`, the shape these properties had when
// they were plain stubs). The friendly methods call those own members, so
// code that wraps them in place (the CLI's --timings) sees every call.
import { status as Status } from '@grpc/grpc-js';
import type { AggregateServiceDefinition } from '../gen/kumo/compute/v1/AggregateService.js';
import type { AvailabilityZoneServiceDefinition } from '../gen/kumo/compute/v1/AvailabilityZoneService.js';
import type { ConsoleAuthServiceDefinition } from '../gen/kumo/compute/v1/ConsoleAuthService.js';
import type { FlavorServiceDefinition } from '../gen/kumo/compute/v1/FlavorService.js';
import type { HypervisorServiceDefinition } from '../gen/kumo/compute/v1/HypervisorService.js';
import type { ImageServiceDefinition } from '../gen/kumo/compute/v1/ImageService.js';
import type { KeypairServiceDefinition } from '../gen/kumo/compute/v1/KeypairService.js';
import type { NetworkServiceDefinition } from '../gen/kumo/compute/v1/NetworkService.js';
import type { PlacementServiceDefinition } from '../gen/kumo/compute/v1/PlacementService.js';
import type { ServerGroupServiceDefinition } from '../gen/kumo/compute/v1/ServerGroupService.js';
import type {
  Aggregate__Output,
  AvailabilityZone__Output,
  ComputeService__Output,
  CreateServerRequest,
  ExplainPlacementResponse__Output,
  Flavor,
  Flavor__Output,
  GetHypervisorStatisticsResponse__Output,
  Hypervisor__Output,
  Image,
  Image__Output,
  Keypair__Output,
  ListFlavorsRequest,
  ListHypervisorsRequest,
  ListImagesRequest,
  ListKeypairsRequest,
  ListNetworksRequest,
  ListPortsRequest,
  ListFloatingIpsRequest,
  ListSecurityGroupsRequest,
  FloatingIp__Output,
  SecurityGroup__Output,
  SecurityGroupRule,
  SecurityGroupRule__Output,
  Network__Output,
  Port__Output,
  Subnet,
  ServerGroup__Output,
  ServerGroupPolicy__Output,
  ValidateConsoleTokenResponse__Output,
} from '../gen/types.js';
import { NotFoundError } from './errors.js';
import { Listing } from './listing.js';
import { downloadImageData, downloadImageDataToFile, uploadImageData, type DownloadOptions, type ImageDataContext, type UploadOptions } from './image_data.js';
import type { CallOptions, Stub } from './stub.js';

/** A list RPC's request without the page token (the Listing follows the pages itself). */
export type ListFilters<R> = Omit<R, 'page_token'>;

/** The field an RPC must answer with; its absence is an API bug, not a user error. */
export function required<T>(value: T | null | undefined, rpc: string, field: string): T {
  if (value === null || value === undefined) throw new Error(`${rpc} answered without ${field}`);
  return value;
}

/** A NOT_FOUND made by the SDK, for lookups the API has no Get RPC for (a zone, a compute service). */
function notFound(rpc: string, kind: string, key: string): NotFoundError {
  return new NotFoundError({ code: Status.NOT_FOUND, details: `${kind} ${key} not found` }, rpc);
}

/** The raw RPCs as the manager's own members: `Object.assign` of the stub (see the class/interface pairs below). */
abstract class ResourceManager<D> {
  constructor(
    /** The raw RPCs of the resource's service. */
    readonly api: Stub<D>,
  ) {
    Object.assign(this, api);
  }
}

export interface FlavorManager extends Stub<FlavorServiceDefinition> {}
/** Flavors (admins create and delete them). */
export class FlavorManager extends ResourceManager<FlavorServiceDefinition> {
  async get(id: string, opts?: CallOptions): Promise<Flavor__Output> {
    return required((await this.GetFlavor({ id }, opts)).flavor, 'GetFlavor', 'flavor');
  }

  list(filters: ListFilters<ListFlavorsRequest> = {}, opts?: CallOptions): Listing<Flavor__Output> {
    return Listing.paged(async (page_token) => {
      const r = await this.ListFlavors({ ...filters, page_token }, opts);
      return { items: r.flavors, nextPageToken: r.next_page_token };
    });
  }

  /** Creates a flavor; without `id` the API makes one up. */
  async create(flavor: Flavor, opts?: CallOptions): Promise<Flavor__Output> {
    return required((await this.CreateFlavor({ flavor }, opts)).flavor, 'CreateFlavor', 'flavor');
  }

  async delete(id: string, opts?: CallOptions): Promise<void> {
    await this.DeleteFlavor({ id }, opts);
  }
}

export interface ImageManager extends Stub<ImageServiceDefinition> {}
/** Image records (Glance's, as far as Nova needs them) and their data (image_data.ts). */
export class ImageManager extends ResourceManager<ImageServiceDefinition> {
  constructor(
    api: Stub<ImageServiceDefinition>,
    private readonly streams?: ImageDataContext,
  ) {
    super(api);
  }

  private streamsOrThrow(): ImageDataContext {
    if (!this.streams) throw new Error('this ImageManager was made without a gRPC channel; use KumoClient');
    return this.streams;
  }

  /** Uploads a file (path) or bytes into a QUEUED image; resolves with it ACTIVE (size and MD5 checksum set). */
  upload(id: string, source: string | AsyncIterable<Uint8Array | string>, opts?: UploadOptions): Promise<Image__Output> {
    return uploadImageData(this.streamsOrThrow(), id, source, opts);
  }

  /** Registers an image QUEUED, then uploads its data (Glance v2's create + upload). */
  async createWithData(image: Image, source: string | AsyncIterable<Uint8Array | string>, opts?: UploadOptions & CallOptions): Promise<Image__Output> {
    const created = required((await this.CreateImage({ image, will_upload: true }, opts)).image, 'CreateImage', 'image');
    return this.upload(created.id, source, opts);
  }

  /** The image's data as chunks (each with the image record); the MD5 checksum is verified at the end. */
  download(id: string, opts?: DownloadOptions): AsyncGenerator<{ image: Image__Output; data: Uint8Array }> {
    return downloadImageData(this.streamsOrThrow(), id, opts);
  }

  /** Downloads the image's data into a file; resolves with the image. */
  downloadToFile(id: string, path: string, opts?: DownloadOptions): Promise<Image__Output> {
    return downloadImageDataToFile(this.streamsOrThrow(), id, path, opts);
  }

  async get(id: string, opts?: CallOptions): Promise<Image__Output> {
    return required((await this.GetImage({ id }, opts)).image, 'GetImage', 'image');
  }

  list(filters: ListFilters<ListImagesRequest> = {}, opts?: CallOptions): Listing<Image__Output> {
    return Listing.paged(async (page_token) => {
      const r = await this.ListImages({ ...filters, page_token }, opts);
      return { items: r.images, nextPageToken: r.next_page_token };
    });
  }

  async create(image: Image, opts?: CallOptions): Promise<Image__Output> {
    return required((await this.CreateImage({ image }, opts)).image, 'CreateImage', 'image');
  }

  async delete(id: string, opts?: CallOptions): Promise<void> {
    await this.DeleteImage({ id }, opts);
  }
}

/** A keypair just created; `privateKey` is set (once, never again) when the API generated the key. */
export interface CreatedKeypair {
  keypair: Keypair__Output;
  privateKey: string;
}

export interface KeypairManager extends Stub<KeypairServiceDefinition> {}
/** The caller's SSH keypairs, by name. */
export class KeypairManager extends ResourceManager<KeypairServiceDefinition> {
  async get(name: string, opts?: CallOptions): Promise<Keypair__Output> {
    return required((await this.GetKeypair({ name }, opts)).keypair, 'GetKeypair', 'keypair');
  }

  list(filters: ListFilters<ListKeypairsRequest> = {}, opts?: CallOptions): Listing<Keypair__Output> {
    return Listing.paged(async (page_token) => {
      const r = await this.ListKeypairs({ ...filters, page_token }, opts);
      return { items: r.keypairs, nextPageToken: r.next_page_token };
    });
  }

  /** Imports `publicKey`, or without it has the API generate a keypair (the private key comes back once). */
  async create(name: string, params: { publicKey?: string } = {}, opts?: CallOptions): Promise<CreatedKeypair> {
    const r = await this.CreateKeypair({ name, public_key: params.publicKey ?? '' }, opts);
    return { keypair: required(r.keypair, 'CreateKeypair', 'keypair'), privateKey: r.private_key };
  }

  async delete(name: string, opts?: CallOptions): Promise<void> {
    await this.DeleteKeypair({ name }, opts);
  }
}

export interface HypervisorManager extends Stub<HypervisorServiceDefinition> {}
/** Hypervisors (one per compute host; they come and go with the hosts, so no create or delete). */
export class HypervisorManager extends ResourceManager<HypervisorServiceDefinition> {
  async get(hypervisorHostname: string, opts?: CallOptions): Promise<Hypervisor__Output> {
    return required((await this.GetHypervisor({ hypervisor_hostname: hypervisorHostname }, opts)).hypervisor, 'GetHypervisor', 'hypervisor');
  }

  list(filters: ListFilters<ListHypervisorsRequest> = {}, opts?: CallOptions): Listing<Hypervisor__Output> {
    return Listing.paged(async (page_token) => {
      const r = await this.ListHypervisors({ ...filters, page_token }, opts);
      return { items: r.hypervisors, nextPageToken: r.next_page_token };
    });
  }

  /** Totals over every hypervisor (novaclient's hypervisor_stats). */
  statistics(opts?: CallOptions): Promise<GetHypervisorStatisticsResponse__Output> {
    return this.GetHypervisorStatistics({}, opts);
  }
}

/** What `services.update` changes; absent fields are left as they are. */
export interface ComputeServiceUpdate {
  enabled?: boolean;
  /** Recorded with a disable. */
  disabledReason?: string;
  /** true: down now, whatever its heartbeats say; false: its heartbeats decide again. */
  forcedDown?: boolean;
}

/**
 * Compute services (novaclient's `services`): the HypervisorService's
 * ListComputeServices and UpdateComputeService. Changing them is for
 * admins. Services come and go with their hosts: no create or delete.
 */
export class ComputeServiceManager {
  constructor(readonly api: Pick<Stub<HypervisorServiceDefinition>, 'ListComputeServices' | 'UpdateComputeService'>) {}

  /** Every compute service, or only the one of `host`, ordered by host. Await it for an array, or iterate it. */
  list(filter: string | { host?: string } = {}, opts?: CallOptions): Listing<ComputeService__Output> {
    const host = typeof filter === 'string' ? filter : (filter.host ?? '');
    return Listing.single(async () => (await this.api.ListComputeServices({ host }, opts)).services);
  }

  /** The compute service of `host`; NotFoundError when there is none. */
  async get(host: string, opts?: CallOptions): Promise<ComputeService__Output> {
    const found = (await this.api.ListComputeServices({ host }, opts)).services.find((s) => s.host === host);
    if (!found) throw notFound('ListComputeServices', 'compute service', host);
    return found;
  }

  async update(host: string, change: ComputeServiceUpdate, opts?: CallOptions): Promise<ComputeService__Output> {
    const r = await this.api.UpdateComputeService(
      { host, enabled: change.enabled, disabled_reason: change.disabledReason ?? '', forced_down: change.forcedDown },
      opts,
    );
    return required(r.service, 'UpdateComputeService', 'service');
  }

  async enable(host: string, opts?: CallOptions): Promise<ComputeService__Output> {
    return this.update(host, { enabled: true }, opts);
  }

  async disable(host: string, reason = '', opts?: CallOptions): Promise<ComputeService__Output> {
    return this.update(host, { enabled: false, disabledReason: reason }, opts);
  }

  /** Declares the host down (true), or lets its heartbeats decide again (false). */
  async forceDown(host: string, down = true, opts?: CallOptions): Promise<ComputeService__Output> {
    return this.update(host, { forcedDown: down }, opts);
  }
}

export interface AggregateManager extends Stub<AggregateServiceDefinition> {}
/** Host aggregates (admin): groups of hosts with metadata; one with an availability zone makes the zone. */
export class AggregateManager extends ResourceManager<AggregateServiceDefinition> {
  async get(id: string, opts?: CallOptions): Promise<Aggregate__Output> {
    return required((await this.GetAggregate({ id }, opts)).aggregate, 'GetAggregate', 'aggregate');
  }

  /** Every aggregate (the RPC is not paged: one page). */
  list(_filters: Record<string, never> = {}, opts?: CallOptions): Listing<Aggregate__Output> {
    return Listing.single(async () => (await this.ListAggregates({}, opts)).aggregates);
  }

  async create(name: string, params: { availabilityZone?: string } = {}, opts?: CallOptions): Promise<Aggregate__Output> {
    return required((await this.CreateAggregate({ name, availability_zone: params.availabilityZone ?? '' }, opts)).aggregate, 'CreateAggregate', 'aggregate');
  }

  async delete(id: string, opts?: CallOptions): Promise<void> {
    await this.DeleteAggregate({ id }, opts);
  }

  async addHost(id: string, host: string, opts?: CallOptions): Promise<Aggregate__Output> {
    return required((await this.AddAggregateHost({ id, host }, opts)).aggregate, 'AddAggregateHost', 'aggregate');
  }

  async removeHost(id: string, host: string, opts?: CallOptions): Promise<Aggregate__Output> {
    return required((await this.RemoveAggregateHost({ id, host }, opts)).aggregate, 'RemoveAggregateHost', 'aggregate');
  }

  /** Sets metadata keys (merged with the others) and removes the `unset` keys, in one call. */
  async setMetadata(id: string, metadata: Readonly<Record<string, string>>, params: { unset?: readonly string[] } = {}, opts?: CallOptions): Promise<Aggregate__Output> {
    const r = await this.SetAggregateMetadata({ id, metadata: { ...metadata }, unset: [...(params.unset ?? [])] }, opts);
    return required(r.aggregate, 'SetAggregateMetadata', 'aggregate');
  }

  async unsetMetadata(id: string, keys: readonly string[], opts?: CallOptions): Promise<Aggregate__Output> {
    return this.setMetadata(id, {}, { unset: keys }, opts);
  }
}

/** Server group policies by their python-openstackclient names, or the API's enum names. */
export type ServerGroupPolicyName = PolicyAlias | ServerGroupPolicy__Output;

type PolicyAlias = 'affinity' | 'anti-affinity' | 'soft-affinity' | 'soft-anti-affinity';

const POLICIES: Readonly<Record<PolicyAlias, ServerGroupPolicy__Output>> = {
  affinity: 'SERVER_GROUP_POLICY_AFFINITY',
  'anti-affinity': 'SERVER_GROUP_POLICY_ANTI_AFFINITY',
  'soft-affinity': 'SERVER_GROUP_POLICY_SOFT_AFFINITY',
  'soft-anti-affinity': 'SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY',
};

function policyEnum(p: ServerGroupPolicyName): ServerGroupPolicy__Output {
  return Object.hasOwn(POLICIES, p) ? POLICIES[p as PolicyAlias] : (p as ServerGroupPolicy__Output);
}

export interface ServerGroupManager extends Stub<ServerGroupServiceDefinition> {}
/** Server groups: the placement policy their members (servers booted with the `group` hint) follow. */
export class ServerGroupManager extends ResourceManager<ServerGroupServiceDefinition> {
  async get(id: string, opts?: CallOptions): Promise<ServerGroup__Output> {
    return required((await this.GetServerGroup({ id }, opts)).server_group, 'GetServerGroup', 'server_group');
  }

  /** Every server group of the project (the RPC is not paged: one page). */
  list(_filters: Record<string, never> = {}, opts?: CallOptions): Listing<ServerGroup__Output> {
    return Listing.single(async () => (await this.ListServerGroups({}, opts)).server_groups);
  }

  /** `maxServerPerHost` (anti-affinity only): members allowed on one host; default 1. */
  async create(name: string, policy: ServerGroupPolicyName, params: { maxServerPerHost?: number } = {}, opts?: CallOptions): Promise<ServerGroup__Output> {
    const r = await this.CreateServerGroup({ name, policy: policyEnum(policy), max_server_per_host: params.maxServerPerHost ?? 0 }, opts);
    return required(r.server_group, 'CreateServerGroup', 'server_group');
  }

  async delete(id: string, opts?: CallOptions): Promise<void> {
    await this.DeleteServerGroup({ id }, opts);
  }
}

export interface AvailabilityZoneManager extends Stub<AvailabilityZoneServiceDefinition> {}
/** Availability zones, derived from aggregates (create an aggregate with a zone to make one): list and get only. */
export class AvailabilityZoneManager extends ResourceManager<AvailabilityZoneServiceDefinition> {
  list(_filters: Record<string, never> = {}, opts?: CallOptions): Listing<AvailabilityZone__Output> {
    return Listing.single(async () => (await this.ListAvailabilityZones({}, opts)).availability_zones);
  }

  /** The zone named `name`; NotFoundError when there is none. */
  async get(name: string, opts?: CallOptions): Promise<AvailabilityZone__Output> {
    const zone = (await this.ListAvailabilityZones({}, opts)).availability_zones.find((z) => z.name === name);
    if (!zone) throw notFound('ListAvailabilityZones', 'availability zone', name);
    return zone;
  }
}

export interface PlacementManager extends Stub<PlacementServiceDefinition> {}
/** Admin: the scheduler's dry run. */
export class PlacementManager extends ResourceManager<PlacementServiceDefinition> {
  /**
   * What the scheduler would do with `server` (a CreateServer request),
   * creating nothing: the hosts each filter kept and removed and why, how
   * the best `top` hosts weighed, the hosts it would pick, or why none fits
   * (`no_valid_host`).
   */
  explain(server: CreateServerRequest, params: { top?: number } = {}, opts?: CallOptions): Promise<ExplainPlacementResponse__Output> {
    return this.ExplainPlacement({ server, top: params.top ?? 0 }, opts);
  }
}

export interface ConsoleAuthManager extends Stub<ConsoleAuthServiceDefinition> {}
/** Console token checks, for console proxies and admins. */
export class ConsoleAuthManager extends ResourceManager<ConsoleAuthServiceDefinition> {
  /** Where a console token leads; NotFoundError once it was used or expired (tokens are one-time). */
  validate(token: string, opts?: CallOptions): Promise<ValidateConsoleTokenResponse__Output> {
    return this.ValidateConsoleToken({ token }, opts);
  }
}

export interface NetworkManager extends Stub<NetworkServiceDefinition> {}
/** Tenant networks with their subnets, and the ports servers hold on them (Neutron's, as far as Nova needs them). */
export class NetworkManager extends ResourceManager<NetworkServiceDefinition> {
  async get(id: string, opts?: CallOptions): Promise<Network__Output> {
    return required((await this.GetNetwork({ id }, opts)).network, 'GetNetwork', 'network');
  }

  /** The project's networks and the shared ones, by id. */
  list(filters: ListFilters<ListNetworksRequest> = {}, opts?: CallOptions): Listing<Network__Output> {
    return Listing.paged(async (page_token) => {
      const r = await this.ListNetworks({ ...filters, page_token }, opts);
      return { items: r.networks, nextPageToken: r.next_page_token };
    });
  }

  /**
   * Creates a network with its subnets (a CIDR string each, or a Subnet
   * with gateway, pools and DNS servers). `shared` (admins only) makes it
   * usable by every project; `external` (admins only) makes it a floating
   * IP pool.
   */
  async create(name: string, subnets: ReadonlyArray<string | Subnet>, params: { shared?: boolean; external?: boolean } = {}, opts?: CallOptions): Promise<Network__Output> {
    const r = await this.CreateNetwork({ name, shared: params.shared ?? false, external: params.external ?? false, subnets: subnets.map((s) => (typeof s === 'string' ? { cidr: s } : s)) }, opts);
    return required(r.network, 'CreateNetwork', 'network');
  }

  /** Refused (FailedPreconditionError) while servers have ports on it. */
  async delete(id: string, opts?: CallOptions): Promise<void> {
    await this.DeleteNetwork({ id }, opts);
  }

  async port(id: string, opts?: CallOptions): Promise<Port__Output> {
    return required((await this.GetPort({ id }, opts)).port, 'GetPort', 'port');
  }

  /** The project's ports, of one server (`server_id`) or network (`network_id`). */
  ports(filters: ListFilters<ListPortsRequest> = {}, opts?: CallOptions): Listing<Port__Output> {
    return Listing.paged(async (page_token) => {
      const r = await this.ListPorts({ ...filters, page_token }, opts);
      return { items: r.ports, nextPageToken: r.next_page_token };
    });
  }
}

export interface FloatingIpManager extends Stub<NetworkServiceDefinition> {}
/** Floating IPs: allocated from an external network (a pool), associated with one fixed IP of a server at a time. */
export class FloatingIpManager extends ResourceManager<NetworkServiceDefinition> {
  /** Allocates one from `pool` (an external network's name or id). */
  async create(pool: string, params: { description?: string } = {}, opts?: CallOptions): Promise<FloatingIp__Output> {
    return required((await this.CreateFloatingIp({ pool, description: params.description ?? '' }, opts)).floating_ip, 'CreateFloatingIp', 'floating_ip');
  }

  /** By id or address. */
  async get(idOrAddress: string, opts?: CallOptions): Promise<FloatingIp__Output> {
    return required((await this.GetFloatingIp({ id: idOrAddress }, opts)).floating_ip, 'GetFloatingIp', 'floating_ip');
  }

  /** The project's floating IPs, by id (`server_id`: only those of a server). */
  list(filters: ListFilters<ListFloatingIpsRequest> = {}, opts?: CallOptions): Listing<FloatingIp__Output> {
    return Listing.paged(async (page_token) => {
      const r = await this.ListFloatingIps({ ...filters, page_token }, opts);
      return { items: r.floating_ips, nextPageToken: r.next_page_token };
    });
  }

  /** Releases it (disassociating it first). */
  async delete(idOrAddress: string, opts?: CallOptions): Promise<void> {
    await this.DeleteFloatingIp({ id: idOrAddress }, opts);
  }

  /** Associates it with a fixed IP of the server (its first IPv4 one by default); FailedPreconditionError when it serves another. */
  async associate(serverId: string, address: string, params: { fixedAddress?: string } = {}, opts?: CallOptions): Promise<FloatingIp__Output> {
    const r = await this.AddFloatingIp({ server_id: serverId, address, fixed_address: params.fixedAddress ?? '' }, opts);
    return required(r.floating_ip, 'AddFloatingIp', 'floating_ip');
  }

  /** Disassociates it from the server; it stays allocated. */
  async disassociate(serverId: string, address: string, opts?: CallOptions): Promise<FloatingIp__Output> {
    return required((await this.RemoveFloatingIp({ server_id: serverId, address }, opts)).floating_ip, 'RemoveFloatingIp', 'floating_ip');
  }
}

export interface SecurityGroupManager extends Stub<NetworkServiceDefinition> {}
/** Security groups and their rules; servers apply them through their ports. */
export class SecurityGroupManager extends ResourceManager<NetworkServiceDefinition> {
  async create(name: string, params: { description?: string } = {}, opts?: CallOptions): Promise<SecurityGroup__Output> {
    return required((await this.CreateSecurityGroup({ name, description: params.description ?? '' }, opts)).security_group, 'CreateSecurityGroup', 'security_group');
  }

  async get(id: string, opts?: CallOptions): Promise<SecurityGroup__Output> {
    return required((await this.GetSecurityGroup({ id }, opts)).security_group, 'GetSecurityGroup', 'security_group');
  }

  /** The project's groups, by id (its "default" group is created on first use). */
  list(filters: ListFilters<ListSecurityGroupsRequest> = {}, opts?: CallOptions): Listing<SecurityGroup__Output> {
    return Listing.paged(async (page_token) => {
      const r = await this.ListSecurityGroups({ ...filters, page_token }, opts);
      return { items: r.security_groups, nextPageToken: r.next_page_token };
    });
  }

  /** Refused (FailedPreconditionError) for the default group and while servers use it. */
  async delete(id: string, opts?: CallOptions): Promise<void> {
    await this.DeleteSecurityGroup({ id }, opts);
  }

  /** Adds a rule to a group; AlreadyExistsError when an equal rule is there. */
  async createRule(groupId: string, rule: Omit<SecurityGroupRule, 'security_group_id'>, opts?: CallOptions): Promise<SecurityGroupRule__Output> {
    return required((await this.CreateSecurityGroupRule({ rule: { ...rule, security_group_id: groupId } }, opts)).rule, 'CreateSecurityGroupRule', 'rule');
  }

  /** The rules of one group, or of all the project's groups. */
  async rules(groupId = '', opts?: CallOptions): Promise<SecurityGroupRule__Output[]> {
    return (await this.ListSecurityGroupRules({ security_group_id: groupId }, opts)).rules;
  }

  async deleteRule(id: string, opts?: CallOptions): Promise<void> {
    await this.DeleteSecurityGroupRule({ id }, opts);
  }

  /** Applies a group (name or id) to every port of the server. */
  async addToServer(serverId: string, group: string, opts?: CallOptions): Promise<void> {
    await this.AddSecurityGroup({ server_id: serverId, group }, opts);
  }

  /** Removes a group (name or id) from every port of the server. */
  async removeFromServer(serverId: string, group: string, opts?: CallOptions): Promise<void> {
    await this.RemoveSecurityGroup({ server_id: serverId, group }, opts);
  }
}
