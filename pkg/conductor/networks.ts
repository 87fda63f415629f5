// Networking in the conductor: network CRUD, port reads, and the IPAM of a
// build. Every conductor may allocate; nothing here relies on being the
// only writer:
//
// - An address is held by an `ipalloc` entity (id `<subnet>_<hex>`), a MAC
//   by a `mac` entity; both are written with JetStream's expected last
//   subject sequence (StateLog.appendIfLast), so of two conductors claiming
//   one address only one succeeds; the loser marks it and tries the next
//   (claims.ts, shared with floating IPs and quota slots).
// - A port (`port` entity) is written once its MAC and addresses are held;
//   the server records (with the port as a NIC) are written after it. A
//   failure on the way gives back what was claimed; a conductor dying on the
//   way leaves claims the reaper gives back after ORPHAN_AGE_MS.
// - Releases follow the view: when it applies a server delete or a failed
//   build, every conductor releases the server's ports; each release is a
//   compare-and-set on what the view holds, so all but one are no-ops.
//   Floating IPs let go of a port first (beforePortRelease). The reaper
//   also gives back floating IP addresses and quota slots nothing holds.
import { createHash, randomUUID } from 'node:crypto';
import { InvalidArgumentError, KumoError, NotFoundError, registerErrorClass, type FieldViolation } from '../actor/errors.js';
import type { CallContext } from '../actor/runtime.js';
import type * as g from '../gen/types.js';
import { AdminRequiredError } from '../lifecycle/errors.js';
import { formatIp, ipHex, parseIp, contains, lastAddress, type Ip, type IpVersion } from '../network/ip.js';
import { AddressPicker, macToken, randomMac } from '../network/ipam.js';
import { addressClaimCodec, fixedIpClaimCodec, macClaimCodec, networkCodec, portCodec, quotaSlotCodec, releasesNetwork, versionOf, type Entry, type NetworkTables } from '../network/tables.js';
import { subnetPlan, validateCreateNetwork, type SubnetPlan } from '../network/validate.js';
import { StateConflictError } from '../statelog/errors.js';
import type { StateLog } from '../statelog/statelog.js';
import { nowTimestamp, timestampMs } from '../util/timestamp.js';
import { ClaimBook, type Claim } from './claims.js';
import { pageOf } from './paging.js';
import type { ConductorView } from './view.js';

/**
 * The project's default network (Nova's networks "auto" with nothing to
 * pick): Neutron carves an auto-allocated network's subnet out of the
 * admin's default subnet pool; Kumo's built-in pool gives each project this
 * whole block (project networks are isolated, so they may all use it), big
 * enough for thousands of servers in one project.
 */
export const DEFAULT_NETWORK_CIDR = '10.0.0.0/16';
/** Claims and ports older than this with nothing holding them are reaped (a conductor died mid-allocation). */
export const ORPHAN_AGE_MS = 120_000;
/** At most this many networks per server. */
export const MAX_SERVER_NETWORKS = 16;

/** No free address left: RESOURCE_EXHAUSTED naming the network and subnets. */
export class IpAddressesExhaustedError extends KumoError {
  constructor(network: g.Network__Output, subnets: readonly g.Subnet__Output[], version: number) {
    const which = subnets.map((s) => `${s.id} (${s.cidr})`).join(', ');
    super('RESOURCE_EXHAUSTED', `No more IP addresses available on network ${network.name} (${network.id}): IPv${version} subnet ${which} is exhausted`, {
      reason: 'IP_ADDRESSES_EXHAUSTED',
      metadata: { network_id: network.id, network: network.name, subnet_id: subnets.map((s) => s.id).join(','), cidr: subnets.map((s) => s.cidr).join(',') },
    });
  }
}

/** The fixed IP asked for is held by another port. */
export class FixedIpInUseError extends KumoError {
  constructor(address: string, subnet: g.Subnet__Output, network: g.Network__Output) {
    super('ALREADY_EXISTS', `Fixed IP address ${address} is already in use on network ${network.name} (${network.id}), subnet ${subnet.id} (${subnet.cidr})`, {
      reason: 'FIXED_IP_IN_USE',
      metadata: { address, subnet_id: subnet.id, network_id: network.id },
    });
  }
}

/** Networks "auto" with several usable networks (Nova's NetworkAmbiguous). */
export class NetworkAmbiguousError extends KumoError {
  constructor(networks: readonly g.Network__Output[]) {
    super('FAILED_PRECONDITION', `Multiple possible networks found, use a network ID to be more specific: ${networks.map((n) => `${n.name} (${n.id})`).join(', ')}`, {
      reason: 'NETWORK_AMBIGUOUS',
      metadata: { networks: networks.map((n) => n.id).join(',') },
    });
  }
}

/** A network with ports cannot be deleted. */
export class NetworkInUseError extends KumoError {
  constructor(network: g.Network__Output, ports: number, what: 'ports' | 'floating IPs' = 'ports') {
    const detail = what === 'ports' ? `${ports === 1 ? 'a port uses' : 'ports use'} it; delete the servers on it first` : `${ports} floating IP(s) are allocated from it; delete them first`;
    super('FAILED_PRECONDITION', `Unable to delete network ${network.name} (${network.id}): ${detail}`, {
      reason: 'NETWORK_IN_USE',
      metadata: { network_id: network.id },
    });
  }
}

registerErrorClass(IpAddressesExhaustedError);
registerErrorClass(FixedIpInUseError);
registerErrorClass(NetworkAmbiguousError);
registerErrorClass(NetworkInUseError);

/** One port a build asks for: on this network, at this address if given. */
export interface PortRequest {
  network: g.Network__Output;
  fixed?: { subnet: g.Subnet__Output; ip: Ip };
  /** Security groups the port applies. */
  securityGroupIds?: string[];
}

/** Resolves a create request's security groups (security_groups.ts): ids, the project's default group when none are named. */
export interface SecurityGroupResolver {
  resolve(refs: readonly string[], ctx: CallContext): Promise<string[]>;
}

/** Called before a port is released (its server deleted): floating IPs let go of it (floating_ips.ts). */
export type PortReleaseHook = (port: g.Port__Output) => Promise<void>;

export function addressKey(subnetId: string, ip: Ip): string {
  return `${subnetId}_${ipHex(ip)}`;
}

/** A UUID derived from text (the default network of a project has one id, whichever conductor creates it). */
export function derivedUuid(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function defaultNetworkId(project: string): string {
  return derivedUuid(`kumo:default-network:${project}`);
}

/** The API's Server.addresses of a server's NICs. */
export function addressesOf(nics: readonly g.Nic__Output[]): g.Address__Output[] {
  return nics.flatMap((n) => n.addresses.map((a) => ({ network: n.network_name, address: a.address, version: a.version, type: 'fixed', mac_address: n.mac_address })));
}

/** Readable by the caller: its own, shared, or external (a floating IP pool everyone may allocate from). */
function visible(n: g.Network__Output, ctx: CallContext): boolean {
  return n.shared || n.external || n.project_id === ctx.projectId;
}

/** A server of the caller may have a port on it: its own or shared, never external (floating IPs only). */
function attachable(n: g.Network__Output, ctx: CallContext): boolean {
  return !n.external && (n.shared || n.project_id === ctx.projectId);
}

export class Networks {
  private readonly tables: NetworkTables;
  private readonly picker = new AddressPicker();
  private readonly plans = new Map<string, SubnetPlan>();
  /** Compare-and-set claims of addresses, MACs and quota slots (claims.ts). */
  readonly book: ClaimBook;
  private readonly defaults = new Map<string, Promise<g.Network__Output>>();
  /** Servers whose ports are to be released, once the conductor serves (and the view committed the change, at `releaseSeq`). */
  private readonly releaseQueue = new Set<string>();
  private releaseSeq = 0;
  private readonly releasing = new Set<string>();
  private readonly releaseHooks: PortReleaseHook[] = [];
  private securityGroups?: SecurityGroupResolver;
  private ready = false;
  private draining = false;
  private timer?: NodeJS.Timeout;
  private reaping?: Promise<void>;

  constructor(
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
    private readonly log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void },
    private readonly options: { reapIntervalMs?: number; orphanAgeMs?: number } = {},
  ) {
    this.tables = view.networks;
    this.book = new ClaimBook(stateLog, log);
    this.tables.onServerReleased((id, seq) => {
      this.releaseQueue.add(id);
      this.releaseSeq = Math.max(this.releaseSeq, seq);
      if (this.ready) setImmediate(() => void this.drain());
    });
  }

  /** What resolves a create request's security groups (security_groups.ts); without one, ports get none. */
  useSecurityGroups(resolver: SecurityGroupResolver): void {
    this.securityGroups = resolver;
  }

  /** Runs `hook` before every port release (floating IPs disassociate from it). */
  beforePortRelease(hook: PortReleaseHook): void {
    this.releaseHooks.push(hook);
  }

  /** The view is caught up: release what waited, reap orphans now and then periodically. */
  start(): void {
    this.ready = true;
    void this.drain();
    this.reap();
    const every = this.options.reapIntervalMs ?? 30_000;
    if (every > 0) {
      this.timer = setInterval(() => this.reap(), every);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    this.ready = false;
    clearInterval(this.timer);
    await this.reaping;
  }

  // ---- networks

  async create(req: g.CreateNetworkRequest__Output, ctx: CallContext): Promise<g.Network__Output> {
    if (req.shared && !(ctx.roles ?? []).includes('admin')) throw new AdminRequiredError('CreateNetwork', 'creating a shared network is');
    if (req.external && !(ctx.roles ?? []).includes('admin')) throw new AdminRequiredError('CreateNetwork', 'creating an external network is');
    const { name, subnets } = validateCreateNetwork(req);
    const id = randomUUID();
    const now = nowTimestamp();
    const network: g.Network__Output = {
      id,
      name,
      project_id: ctx.projectId,
      shared: req.shared,
      subnets: subnets.map((s) => ({ ...s, id: randomUUID(), network_id: id })),
      auto_allocated: false,
      create_time: now,
      update_time: now,
      external: req.external,
    };
    await this.write('network', id, { generation: 0, seq: 0 }, 'put', networkCodec.encode(network));
    return network;
  }

  /** A network the caller may see; an unscoped call (an admin's, by id) sees every project's. */
  async get(id: string, ctx: CallContext): Promise<g.Network__Output> {
    const n = await this.fresh(() => this.tables.network(id));
    if (!n || (ctx.projectId && !visible(n, ctx))) throw new NotFoundError('network', id);
    return n;
  }

  /**
   * A lookup that, on a miss, catches up with the log and looks again: an
   * entity another conductor just wrote may not be in this view yet (read
   * your writes across conductors). Hits cost nothing extra.
   */
  private async fresh<T>(lookup: () => T | undefined): Promise<T | undefined> {
    const found = lookup();
    if (found !== undefined) return found;
    await this.view.waitFor(await this.stateLog.lastSequence());
    return lookup();
  }

  list(req: g.ListNetworksRequest__Output, ctx: CallContext): g.ListNetworksResponse {
    const all = [...this.tables.liveNetworks()].filter((n) => visible(n, ctx) && (!req.name || n.name === req.name));
    const page = pageOf(all, (n) => n.id, req.page_size, req.page_token);
    return { networks: page.items, next_page_token: page.nextPageToken };
  }

  async delete(id: string, ctx: CallContext): Promise<void> {
    const n = await this.get(id, ctx);
    if (ctx.projectId && n.project_id !== ctx.projectId) {
      throw new KumoError('PERMISSION_DENIED', `network ${id} belongs to another project`, { reason: 'NOT_OWNER', metadata: { id } });
    }
    const ports = this.tables.portsOfNetwork(id, 2);
    if (ports.length) throw new NetworkInUseError(n, ports.length);
    const fips = [...this.tables.liveFloatingIps()].filter((f) => f.floating_network_id === id).length;
    if (fips) throw new NetworkInUseError(n, fips, 'floating IPs');
    await this.write('network', id, versionOf(this.tables.networks.get(id)), 'delete', networkCodec.encode({ ...n, update_time: nowTimestamp() }));
    for (const s of n.subnets) {
      this.picker.forget(s.id);
      this.plans.delete(s.id);
    }
  }

  // ---- ports

  async getPort(id: string, ctx: CallContext): Promise<g.Port__Output> {
    const p = await this.fresh(() => this.tables.port(id));
    if (!p || (ctx.projectId && p.project_id !== ctx.projectId)) throw new NotFoundError('port', id);
    return this.withBinding(p);
  }

  async listPorts(req: g.ListPortsRequest__Output, ctx: CallContext): Promise<g.ListPortsResponse> {
    // A server (or network) this view does not know yet was just made through another conductor: catch up first.
    // (A server's ports are logged before its record, so a known server's ports are here.)
    if ((req.server_id && !this.view.servers.get(req.server_id)) || (req.network_id && !this.tables.network(req.network_id))) {
      await this.view.waitFor(await this.stateLog.lastSequence());
    }
    let ports: g.Port__Output[];
    if (req.server_id) ports = this.tables.portsOfDevice(req.server_id).filter((p) => !req.network_id || p.network_id === req.network_id);
    else if (req.network_id) ports = this.tables.portsOfNetwork(req.network_id);
    else ports = [...this.tables.livePorts()];
    const mine = ports.filter((p) => p.project_id === ctx.projectId);
    const page = pageOf(mine, (p) => p.id, req.page_size, req.page_token);
    return { ports: page.items.map((p) => this.withBinding(p)), next_page_token: page.nextPageToken };
  }

  /** The read-time fields: the server's host, and ACTIVE while the server is. */
  private withBinding(p: g.Port__Output): g.Port__Output {
    const s = this.view.servers.get(p.device_id)?.server;
    return { ...p, host: s?.host ?? '', status: s?.status === 'SERVER_STATUS_ACTIVE' ? 'ACTIVE' : 'DOWN' };
  }

  // ---- builds

  /**
   * What ports each server of a create request gets, checked: the
   * networks asked for (visible to the caller, a fixed IP inside one of
   * their subnets and only for one server), or for AUTO the project's one
   * usable network, created when it has none. Nothing is claimed yet.
   */
  async plan(req: g.CreateServerRequest__Output, count: number, ctx: CallContext): Promise<PortRequest[]> {
    const v: FieldViolation[] = [];
    if (req.networks.length > MAX_SERVER_NETWORKS) throw InvalidArgumentError.field('networks', `at most ${MAX_SERVER_NETWORKS} networks`);
    if (req.networks.length && req.network_mode !== 'NETWORK_MODE_UNSPECIFIED') {
      throw InvalidArgumentError.field('network_mode', 'must be unspecified when networks are given');
    }
    const out: PortRequest[] = [];
    // Networks another conductor just created may not be in this view yet.
    if (req.networks.some((nr) => nr.network_id && !this.tables.network(nr.network_id))) await this.view.waitFor(await this.stateLog.lastSequence());
    req.networks.forEach((nr, i) => {
      const field = `networks[${i}]`;
      if (!nr.network_id) return void v.push({ field: `${field}.network_id`, description: 'required' });
      const network = this.tables.network(nr.network_id);
      if (!network || !visible(network, ctx)) return void v.push({ field: `${field}.network_id`, description: `network ${nr.network_id} not found` });
      if (!attachable(network, ctx)) return void v.push({ field: `${field}.network_id`, description: `network ${network.name} (${network.id}) is external: it holds floating IPs, servers cannot be attached to it` });
      if (!nr.fixed_ip) return void out.push({ network });
      if (count > 1 || req.min_count > 1) {
        return void v.push({ field: `${field}.fixed_ip`, description: `a fixed IP can be given only when booting one server (max_count is ${count})` });
      }
      const ip = parseIp(nr.fixed_ip.trim());
      if (!ip) return void v.push({ field: `${field}.fixed_ip`, description: `${nr.fixed_ip} is not an IP address` });
      const subnet = network.subnets.find((s) => contains(subnetPlan(s).cidr, ip));
      if (!subnet) {
        return void v.push({ field: `${field}.fixed_ip`, description: `${nr.fixed_ip} is not in any subnet of network ${network.name} (${network.subnets.map((s) => s.cidr).join(', ')})` });
      }
      const plan = this.planOf(subnet);
      const text = formatIp(ip);
      if (ip.value === plan.cidr.network) return void v.push({ field: `${field}.fixed_ip`, description: `${text} is the network address of ${subnet.cidr}` });
      if (ip.version === 4 && ip.value === lastAddress(plan.cidr)) return void v.push({ field: `${field}.fixed_ip`, description: `${text} is the broadcast address of ${subnet.cidr}` });
      if (plan.gateway === ip.value) return void v.push({ field: `${field}.fixed_ip`, description: `${text} is the gateway of subnet ${subnet.id} (${subnet.cidr})` });
      out.push({ network, fixed: { subnet, ip } });
    });
    if (v.length) throw new InvalidArgumentError(v);
    const securityGroupIds = this.securityGroups ? await this.securityGroups.resolve(req.security_groups, ctx) : [];
    if (req.networks.length || req.network_mode === 'NETWORK_MODE_NONE') return out.map((r) => ({ ...r, securityGroupIds }));
    return [{ network: await this.autoNetwork(ctx), securityGroupIds }];
  }

  /** Nova's networks "auto": the project's own or shared networks; one is used, several are ambiguous, none makes the default. */
  private async autoNetwork(ctx: CallContext): Promise<g.Network__Output> {
    const usable = [...this.tables.liveNetworks()].filter((n) => attachable(n, ctx));
    if (usable.length === 1) return usable[0]!;
    if (usable.length > 1) throw new NetworkAmbiguousError(usable);
    let creating = this.defaults.get(ctx.projectId);
    if (!creating) {
      creating = this.createDefault(ctx.projectId).finally(() => this.defaults.delete(ctx.projectId));
      this.defaults.set(ctx.projectId, creating);
    }
    return creating;
  }

  /** "<project>-default", with a derived id: of conductors racing to create it, one wins the compare-and-set and the others use its network. */
  private async createDefault(project: string): Promise<g.Network__Output> {
    const id = defaultNetworkId(project);
    for (let attempt = 0; ; attempt++) {
      const live = this.tables.network(id);
      if (live) return live;
      const now = nowTimestamp();
      const { subnets } = validateCreateNetwork({ name: 'default', shared: false, external: false, subnets: [{ id: '', name: '', network_id: '', ip_version: 4, cidr: DEFAULT_NETWORK_CIDR, gateway_ip: '', allocation_pools: [], dns_nameservers: [] }] });
      const network: g.Network__Output = {
        id,
        name: `${project}-default`,
        project_id: project,
        shared: false,
        subnets: subnets.map((s, i) => ({ ...s, id: derivedUuid(`kumo:default-subnet:${project}:${i}`), network_id: id })),
        auto_allocated: true,
        create_time: now,
        update_time: now,
        external: false,
      };
      try {
        await this.write('network', id, versionOf(this.tables.networks.get(id)), 'put', networkCodec.encode(network));
        this.log.info({ project, network: id }, 'created the default network of the project');
        return network;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= 5) throw err;
        await this.view.waitFor(await this.stateLog.lastSequence());
      }
    }
  }

  /**
   * Claims a port per request for every server (ids in order), each with a
   * unique MAC and its addresses, and logs the ports. All or nothing: on a
   * failure every port and claim made is given back and the error thrown.
   */
  async allocate(serverIds: readonly string[], requests: readonly PortRequest[], ctx: CallContext, zone: string): Promise<g.Nic__Output[][]> {
    if (!requests.length) return serverIds.map(() => []);
    const made: g.Port__Output[] = [];
    const results = await Promise.allSettled(
      serverIds.map(async (serverId) => {
        const nics: g.Nic__Output[] = [];
        for (const r of requests) {
          const { port, nic } = await this.createPort(r, serverId, ctx.projectId, zone);
          made.push(port);
          nics.push(nic);
        }
        return nics;
      }),
    );
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (!failed.length) return results.map((r) => (r as PromiseFulfilledResult<g.Nic__Output[]>).value);
    // Releases read the view: let it show the ports just made first.
    await this.view.waitFor(await this.stateLog.lastSequence()).catch(() => undefined);
    await Promise.all(made.map((p) => this.releasePort(p)));
    // The most telling error: exhaustion or a taken address rather than a conflict.
    const errors = failed.map((f) => f.reason as unknown);
    throw errors.find((e) => e instanceof KumoError && e.code !== 'ABORTED') ?? errors[0];
  }

  /** Gives back the ports of servers that were never recorded. */
  async releaseNics(nics: readonly g.Nic__Output[]): Promise<void> {
    await this.view.waitFor(await this.stateLog.lastSequence()).catch(() => undefined);
    await Promise.all(
      nics.map(async (n) => {
        const p = this.tables.port(n.port_id);
        if (p) await this.releasePort(p);
      }),
    );
  }

  private async createPort(r: PortRequest, serverId: string, project: string, zone: string): Promise<{ port: g.Port__Output; nic: g.Nic__Output }> {
    const portId = randomUUID();
    const claims: Claim[] = [];
    const versions = [...new Set(r.network.subnets.map((s) => s.ip_version as IpVersion))].sort();
    const settled = await Promise.allSettled([
      this.claimMac(portId, claims),
      ...versions.map((version) =>
        r.fixed?.ip.version === version ? this.claimFixed(r.network, r.fixed.subnet, r.fixed.ip, portId, claims) : this.claimAny(r.network, version, portId, claims),
      ),
    ]);
    try {
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) throw failed.reason;
      const [mac, ...addresses] = settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as [string, ...Array<{ subnet: g.Subnet__Output; ip: Ip }>];
      const port: g.Port__Output = {
        id: portId,
        network_id: r.network.id,
        project_id: project,
        device_id: serverId,
        device_owner: `compute:${zone || 'nova'}`,
        mac_address: mac,
        fixed_ips: addresses.map((a) => ({ subnet_id: a.subnet.id, ip_address: formatIp(a.ip) })),
        status: '',
        host: '',
        create_time: nowTimestamp(),
        security_group_ids: [...(r.securityGroupIds ?? [])],
      };
      await this.stateLog.appendIfLast('port', portId, 1, 'put', portCodec.encode(port), 0);
      const nic: g.Nic__Output = {
        port_id: portId,
        network_id: r.network.id,
        network_name: r.network.name,
        mac_address: mac,
        addresses: addresses.map((a) => ({
          subnet_id: a.subnet.id,
          address: formatIp(a.ip),
          version: a.ip.version,
          cidr: a.subnet.cidr,
          gateway_ip: a.subnet.gateway_ip,
          dns_nameservers: [...a.subnet.dns_nameservers],
        })),
        security_group_ids: [...(r.securityGroupIds ?? [])],
      };
      return { port, nic };
    } catch (err) {
      await Promise.all(claims.map((c) => this.book.unclaim(c)));
      throw err;
    }
  }

  private async claimMac(portId: string, claims: Claim[]): Promise<string> {
    // 2^24 MACs: a collision is rare, eight in a row means something else is wrong.
    for (let attempt = 0; attempt < 8; attempt++) {
      const mac = randomMac();
      const key = macToken(mac);
      const entry = this.tables.macs.get(key);
      if (this.book.taken(key, entry)) continue;
      const body = macClaimCodec.encode({ mac_address: mac, port_id: portId, create_time: nowTimestamp() });
      if (await this.book.tryClaim('mac', key, entry, body, claims)) return mac;
    }
    throw new KumoError('UNAVAILABLE', 'could not find a free MAC address; retry', { reason: 'MAC_GENERATION_FAILED' });
  }

  /** Claims a free address of the network's subnets of `version` for `holder` (a port, or a floating IP); RESOURCE_EXHAUSTED when none is left. */
  async claimAny(network: g.Network__Output, version: IpVersion, portId: string, claims: Claim[]): Promise<{ subnet: g.Subnet__Output; ip: Ip }> {
    const subnets = network.subnets.filter((s) => s.ip_version === version);
    for (const subnet of subnets) {
      const plan = this.planOf(subnet);
      for (;;) {
        const value = this.picker.next(subnet.id, plan.pools, (a) => {
          const key = addressKey(subnet.id, { version, value: a });
          return this.book.taken(key, this.tables.addresses.get(key));
        });
        if (value === undefined) break;
        const ip: Ip = { version, value };
        const key = addressKey(subnet.id, ip);
        const body = addressClaimCodec.encode({ subnet_id: subnet.id, network_id: network.id, address: formatIp(ip), port_id: portId, create_time: nowTimestamp() });
        if (await this.book.tryClaim('ipalloc', key, this.tables.addresses.get(key), body, claims)) return { subnet, ip };
      }
    }
    throw new IpAddressesExhaustedError(network, subnets, version);
  }

  private async claimFixed(network: g.Network__Output, subnet: g.Subnet__Output, ip: Ip, portId: string, claims: Claim[]): Promise<{ subnet: g.Subnet__Output; ip: Ip }> {
    const key = addressKey(subnet.id, ip);
    const entry = this.tables.addresses.get(key);
    const address = formatIp(ip);
    if (this.book.taken(key, entry)) throw new FixedIpInUseError(address, subnet, network);
    const body = addressClaimCodec.encode({ subnet_id: subnet.id, network_id: network.id, address, port_id: portId, create_time: nowTimestamp() });
    if (!(await this.book.tryClaim('ipalloc', key, entry, body, claims))) throw new FixedIpInUseError(address, subnet, network);
    return { subnet, ip };
  }

  private planOf(subnet: g.Subnet__Output): SubnetPlan {
    let p = this.plans.get(subnet.id);
    if (!p) {
      p = subnetPlan(subnet);
      this.plans.set(subnet.id, p);
    }
    return p;
  }

  // ---- releases

  private async drain(): Promise<void> {
    if (this.draining || !this.ready) return;
    this.draining = true;
    try {
      while (this.releaseQueue.size) {
        const ids = [...this.releaseQueue];
        this.releaseQueue.clear();
        // The listener runs inside the view's transaction: read the view once it committed those changes.
        await this.view.waitFor(this.releaseSeq, 60_000);
        const failed: string[] = [];
        await Promise.all(
          ids.map(async (id) => {
            // Still gone (or failed) as the view has it now, not only as it was when queued.
            const record = this.view.servers.get(id);
            if (record && !releasesNetwork(record, 'put')) return;
            try {
              await Promise.all(this.tables.portsOfDevice(id).map((p) => this.releasePort(p)));
            } catch (err) {
              failed.push(id);
              this.log.warn({ server: id, err: String(err) }, 'releasing the ports of a server failed; retrying');
            }
          }),
        );
        if (failed.length) {
          setTimeout(() => {
            for (const id of failed) this.releaseQueue.add(id);
            void this.drain();
          }, 1000).unref();
        }
      }
    } catch (err) {
      // The view did not catch up in time: the reaper gives these ports back later.
      this.log.warn({ err: String(err) }, 'releasing ports failed; the reaper will retry');
    } finally {
      this.draining = false;
    }
  }

  /**
   * Gives back a port's addresses and MAC, then the port. Each is a
   * compare-and-set on what this view holds, and only if it still belongs
   * to the port, so several conductors releasing at once, or a stale
   * release, change nothing twice.
   */
  async releasePort(port: g.Port__Output): Promise<void> {
    if (this.releasing.has(port.id)) return;
    this.releasing.add(port.id);
    try {
      await Promise.all(this.releaseHooks.map((h) => h(port)));
      const drops: Array<Promise<void>> = [];
      for (const f of port.fixed_ips) {
        const ip = parseIp(f.ip_address);
        if (!ip) continue;
        const key = addressKey(f.subnet_id, ip);
        const e = this.tables.addresses.get(key);
        if (e && !e.deleted && e.value.port_id === port.id) drops.push(this.book.drop('ipalloc', key, e, addressClaimCodec.encode(e.value)));
      }
      const macKey = macToken(port.mac_address);
      const m = this.tables.macs.get(macKey);
      if (m && !m.deleted && m.value.port_id === port.id) drops.push(this.book.drop('mac', macKey, m, macClaimCodec.encode(m.value)));
      await Promise.all(drops);
      const p = this.tables.ports.get(port.id);
      if (p && !p.deleted) await this.book.drop('port', port.id, p, portCodec.encode(p.value));
    } finally {
      this.releasing.delete(port.id);
    }
  }

  /**
   * Gives back what nothing holds any more: ports of servers that are gone
   * (or failed to build) and ports never attached to a recorded server,
   * and claims whose port is gone or does not list them; both only when
   * older than the orphan age, so allocations in progress are left alone.
   */
  private reap(): void {
    if (this.reaping || !this.ready) return;
    this.reaping = this.reapNow()
      .then(() => undefined)
      .catch((err: unknown) => this.log.warn({ err: String(err) }, 'reaping orphaned ports and claims failed'))
      .finally(() => (this.reaping = undefined));
  }

  async reapNow(now = Date.now()): Promise<number> {
    const age = this.options.orphanAgeMs ?? ORPHAN_AGE_MS;
    const old = (ts: g.Port__Output['create_time']): boolean => now - timestampMs(ts) > age;
    let released = 0;
    // Every port and claim is looked at: in chunks, so a large cloud's requests run between them
    // (one pass over 100,000 ports and their servers held the event loop for seconds).
    let seen = 0;
    const chunk = async (): Promise<void> => {
      if (++seen % 1000 === 0) await new Promise((r) => setImmediate(r));
    };
    this.book.expireMarks();
    for (const p of this.tables.livePorts()) {
      await chunk();
      // A live server not in ERROR keeps its ports: known from its summary, without reading the record.
      const summary = this.view.serverIndex.summary(p.device_id);
      if (summary && summary.status !== 'ERROR') continue;
      const record = summary && this.view.servers.get(p.device_id);
      if (record ? releasesNetwork(record, 'put') : old(p.create_time)) {
        await this.releasePort(p);
        released++;
      }
    }
    for (const { key, value: e } of this.tables.addresses.entries()) {
      await chunk();
      if (e.deleted || !old(e.value.create_time)) continue;
      const p = this.tables.port(e.value.port_id);
      if (p?.fixed_ips.some((f) => f.subnet_id === e.value.subnet_id && f.ip_address === e.value.address)) continue;
      if (this.tables.floatingIp(e.value.port_id)?.floating_ip_address === e.value.address) continue;
      await this.book.drop('ipalloc', String(key), e, addressClaimCodec.encode(e.value));
      released++;
    }
    for (const { key, value: e } of this.tables.macs.entries()) {
      await chunk();
      if (e.deleted || !old(e.value.create_time)) continue;
      if (this.tables.port(e.value.port_id)?.mac_address === e.value.mac_address) continue;
      await this.book.drop('mac', String(key), e, macClaimCodec.encode(e.value));
      released++;
    }
    for (const { key, value: e } of this.tables.fixedIpClaims.entries()) {
      await chunk();
      if (e.deleted || !old(e.value.create_time)) continue;
      const f = this.tables.floatingIp(e.value.floating_ip_id);
      if (f && f.port_id === e.value.port_id && f.fixed_ip_address === e.value.fixed_ip_address) continue;
      await this.book.drop('fipassoc', String(key), e, fixedIpClaimCodec.encode(e.value));
      released++;
    }
    for (const { key, value: e } of this.tables.quotaSlots.entries()) {
      await chunk();
      if (e.deleted || !old(e.value.create_time) || this.tables.holds(e.value)) continue;
      await this.book.drop('quotaslot', String(key), e, quotaSlotCodec.encode(e.value));
      released++;
    }
    if (released) this.log.info({ released }, 'reaped orphaned ports and claims');
    return released;
  }

  /** A compare-and-set write of a network, answered once this view applied it. */
  private async write(kind: 'network', id: string, v: { generation: number; seq: number }, op: 'put' | 'delete', body: Uint8Array): Promise<void> {
    const seq = await this.stateLog.appendIfLast(kind, id, v.generation + 1, op, body, v.seq);
    await this.view.waitFor(seq);
  }
}
