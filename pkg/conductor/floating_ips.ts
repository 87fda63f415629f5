// Floating IPs (Neutron's core behaviour, no data plane yet): an address
// of an external network's IPv4 subnet allocated to a project, associated
// with one fixed IP of one of its servers at a time.
//
// - Allocation claims a quota slot (quota_slots.ts) and an address (the
//   same `ipalloc` claims as fixed IPs, held by the floating IP's id), then
//   writes the `floatingip` entity; a failure gives back what was claimed.
// - Association first claims the fixed IP (`fipassoc` entity, one
//   floating IP per fixed IP), then is a compare-and-set on the
//   `floatingip` entity: of concurrent associations to different servers
//   exactly one wins, the others catch up, get FAILED_PRECONDITION naming
//   the winner and give their fixed IP claim back.
// - A port released (its server deleted) first lets go of its floating IPs
//   (networks.ts calls `releasedPort`); they stay allocated to the project.
import { randomUUID } from 'node:crypto';
import { InvalidArgumentError, KumoError, NotFoundError, registerErrorClass } from '../actor/errors.js';
import type { CallContext } from '../actor/runtime.js';
import type * as g from '../gen/types.js';
import { contains, formatIp, ipHex, parseIp } from '../network/ip.js';
import { subnetPlan } from '../network/validate.js';
import { addressClaimCodec, fixedIpClaimCodec, floatingIpCodec, versionOf, type NetworkTables } from '../network/tables.js';
import { StateConflictError } from '../statelog/errors.js';
import type { StateLog } from '../statelog/statelog.js';
import { nowTimestamp, timestampMs } from '../util/timestamp.js';
import type { Claim } from './claims.js';
import { addressKey, type Networks } from './networks.js';
import { pageOf } from './paging.js';
import type { QuotaSlots } from './quota_slots.js';
import type { ConductorView } from './view.js';

const DESCRIPTION_MAX = 255;
/** A fixed IP claim younger than this whose floating IP does not point at it yet is an association in flight. */
const STALE_CLAIM_MS = 10_000;
/** Compare-and-set attempts on one floating IP before giving up with ABORTED. */
const CAS_ATTEMPTS = 8;

/** The floating IP serves another fixed IP already (Neutron's FloatingIPPortAlreadyAssociated). */
export class FloatingIpAssociatedError extends KumoError {
  constructor(fip: g.FloatingIp__Output) {
    super(
      'FAILED_PRECONDITION',
      `Floating IP ${fip.floating_ip_address} is already associated with fixed IP ${fip.fixed_ip_address} of server ${fip.server_id} (port ${fip.port_id}); remove it from that server first`,
      { reason: 'FLOATING_IP_ASSOCIATED', metadata: { floating_ip: fip.floating_ip_address, server_id: fip.server_id, port_id: fip.port_id, fixed_ip_address: fip.fixed_ip_address } },
    );
  }
}

/** The fixed IP has a floating IP already (one floating IP per fixed IP). */
export class FixedIpHasFloatingIpError extends KumoError {
  constructor(fixed: string, other: string) {
    super('FAILED_PRECONDITION', `Fixed IP ${fixed} already has floating IP ${other}; remove it first`, {
      reason: 'FIXED_IP_HAS_FLOATING_IP',
      metadata: { fixed_ip_address: fixed, floating_ip: other },
    });
  }
}

/** RemoveFloatingIp of a floating IP that does not serve that server (Nova's FloatingIpNotAssociated). */
export class FloatingIpNotAssociatedError extends KumoError {
  constructor(fip: g.FloatingIp__Output, serverId: string) {
    super('FAILED_PRECONDITION', `Floating IP ${fip.floating_ip_address} is not associated with server ${serverId}${fip.server_id ? ` (it serves server ${fip.server_id})` : ''}`, {
      reason: 'FLOATING_IP_NOT_ASSOCIATED',
      metadata: { floating_ip: fip.floating_ip_address, server_id: serverId },
    });
  }
}

/** The server has no port (or no IPv4 fixed IP) a floating IP could serve. */
export class NoFixedIpError extends KumoError {
  constructor(serverId: string) {
    super('FAILED_PRECONDITION', `Server ${serverId} has no IPv4 fixed IP to associate a floating IP with (it has no port on an IPv4 subnet)`, {
      reason: 'NO_FIXED_IP',
      metadata: { server_id: serverId },
    });
  }
}

registerErrorClass(FloatingIpAssociatedError);
registerErrorClass(FixedIpHasFloatingIpError);
registerErrorClass(FloatingIpNotAssociatedError);
registerErrorClass(NoFixedIpError);

/** The read-time status: ACTIVE while associated, DOWN otherwise (as Neutron without an L3 agent reporting). */
function withStatus(f: g.FloatingIp__Output): g.FloatingIp__Output {
  return { ...f, status: f.port_id ? 'ACTIVE' : 'DOWN' };
}

export class FloatingIps {
  private readonly tables: NetworkTables;

  constructor(
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
    private readonly networks: Networks,
    private readonly quota: QuotaSlots,
  ) {
    this.tables = view.networks;
    networks.beforePortRelease((port) => this.releasedPort(port));
  }

  async create(req: g.CreateFloatingIpRequest__Output, ctx: CallContext): Promise<g.FloatingIp__Output> {
    const poolRef = req.pool.trim();
    if (!poolRef) throw InvalidArgumentError.field('pool', 'required: the name or id of an external network');
    if (req.description.length > DESCRIPTION_MAX) throw InvalidArgumentError.field('description', `must be at most ${DESCRIPTION_MAX} characters`);
    const network = await this.pool(poolRef, ctx);
    const subnets = network.subnets.filter((s) => s.ip_version === 4);
    if (!subnets.length) throw InvalidArgumentError.field('pool', `network ${network.name} (${network.id}) has no IPv4 subnet to allocate floating IPs from`);
    const id = randomUUID();
    const claims: Claim[] = [];
    try {
      await this.quota.claim('fip', ctx, id, claims);
      const { ip } = await this.networks.claimAny(network, 4, id, claims);
      const now = nowTimestamp();
      const fip: g.FloatingIp__Output = {
        id,
        floating_ip_address: ipText(ip.value),
        floating_network_id: network.id,
        pool: network.name,
        project_id: ctx.projectId,
        port_id: '',
        fixed_ip_address: '',
        server_id: '',
        status: 'DOWN',
        description: req.description,
        create_time: now,
        update_time: now,
      };
      const seq = await this.stateLog.appendIfLast('floatingip', id, 1, 'put', floatingIpCodec.encode(fip), 0);
      await this.view.waitFor(seq);
      return fip;
    } catch (err) {
      await Promise.all(claims.map((c) => this.networks.book.unclaim(c)));
      throw err;
    }
  }

  /** An external network by id or name (NOT_FOUND as a pool otherwise). */
  private async pool(ref: string, ctx: CallContext): Promise<g.Network__Output> {
    const find = (): g.Network__Output | undefined => {
      const byId = this.tables.network(ref);
      if (byId) return byId;
      return [...this.tables.liveNetworks()].find((n) => n.external && n.name === ref);
    };
    let n = find();
    if (!n) {
      await this.view.waitFor(await this.stateLog.lastSequence());
      n = find();
    }
    if (!n || (!n.external && !n.shared && n.project_id !== ctx.projectId)) throw new NotFoundError('floating IP pool', ref);
    if (!n.external) throw InvalidArgumentError.field('pool', `network ${n.name} (${n.id}) is not external; floating IPs come from external networks`);
    return n;
  }

  /** The caller's floating IP by id or address; another project's is NOT_FOUND (an unscoped call, an admin's, sees every project's). */
  async get(ref: string, ctx: CallContext): Promise<g.FloatingIp__Output> {
    const find = (): g.FloatingIp__Output | undefined => this.tables.floatingIp(ref) ?? this.tables.floatingIpByAddress(canonical(ref));
    const mine = (f: g.FloatingIp__Output | undefined): f is g.FloatingIp__Output => f !== undefined && (!ctx.projectId || f.project_id === ctx.projectId);
    let f = find();
    if (!mine(f)) {
      await this.view.waitFor(await this.stateLog.lastSequence());
      f = find();
    }
    if (!mine(f)) throw new NotFoundError('floating IP', ref);
    return withStatus(f);
  }

  list(req: g.ListFloatingIpsRequest__Output, ctx: CallContext): g.ListFloatingIpsResponse {
    const mine = [...this.tables.liveFloatingIps()].filter((f) => f.project_id === ctx.projectId && (!req.server_id || f.server_id === req.server_id));
    const page = pageOf(mine, (f) => f.id, req.page_size, req.page_token);
    return { floating_ips: page.items.map(withStatus), next_page_token: page.nextPageToken };
  }

  /** Releases a floating IP: the entity goes (which ends any association), then its address and quota slot. */
  async delete(ref: string, ctx: CallContext): Promise<void> {
    const f = await this.get(ref, ctx);
    let served = { port: '', fixed: '' };
    await this.update(f.id, (cur) => {
      served = { port: cur.port_id, fixed: cur.fixed_ip_address };
      return null;
    });
    await this.releaseFixed(f.id, served.port, served.fixed);
    const ip = parseIp(f.floating_ip_address);
    const subnet = ip && this.tables.network(f.floating_network_id)?.subnets.find((s) => contains(subnetPlan(s).cidr, ip));
    if (ip && subnet) {
      const key = addressKey(subnet.id, ip);
      const e = this.tables.addresses.get(key);
      if (e && !e.deleted && e.value.port_id === f.id) await this.networks.book.drop('ipalloc', key, e, addressClaimCodec.encode(e.value));
    }
    await this.quota.release('fip', f.project_id, f.id);
  }

  /** AddFloatingIp: associates with a fixed IPv4 address of the server (the first one of its first port by default). */
  async associate(req: g.AddFloatingIpRequest__Output, ctx: CallContext): Promise<g.FloatingIp__Output> {
    const server = await this.server(req.server_id, ctx);
    const f = await this.get(req.address, ctx);
    const ports = this.tables.portsOfDevice(server.id);
    let port: g.Port__Output | undefined;
    let fixed = '';
    if (req.fixed_address) {
      const ip = parseIp(req.fixed_address.trim());
      if (!ip) throw InvalidArgumentError.field('fixed_address', `${req.fixed_address} is not an IP address`);
      if (ip.version !== 4) throw InvalidArgumentError.field('fixed_address', `${req.fixed_address} is not an IPv4 address; floating IPs serve IPv4 fixed IPs`);
      fixed = ipText(ip.value);
      port = ports.find((p) => p.fixed_ips.some((x) => x.ip_address === fixed));
      if (!port) throw InvalidArgumentError.field('fixed_address', `${req.fixed_address} is not a fixed IP of server ${server.id}`);
    } else {
      for (const p of ports) {
        const v4 = p.fixed_ips.find((x) => parseIp(x.ip_address)?.version === 4);
        if (v4) {
          port = p;
          fixed = v4.ip_address;
          break;
        }
      }
      if (!port) throw new NoFixedIpError(server.id);
    }
    const target = port;
    const now = this.tables.floatingIp(f.id);
    if (now?.port_id === target.id && now.fixed_ip_address === fixed) return withStatus(now);
    if (now?.port_id) throw new FloatingIpAssociatedError(now);
    // The fixed IP first (one floating IP per fixed IP), then the floating IP (one fixed IP per floating IP).
    const claims: Claim[] = [];
    await this.holdFixed(f.id, target.id, fixed, claims);
    try {
      return await this.update(f.id, (cur) => {
        if (cur.port_id) {
          if (cur.port_id === target.id && cur.fixed_ip_address === fixed) return undefined;
          throw new FloatingIpAssociatedError(cur);
        }
        return { ...cur, port_id: target.id, fixed_ip_address: fixed, server_id: server.id, update_time: nowTimestamp() };
      });
    } catch (err) {
      await Promise.all(claims.map((c) => this.networks.book.unclaim(c)));
      throw err;
    }
  }

  /**
   * Holds a port's fixed IP for floating IP `fipId` by compare-and-set on
   * its `fipassoc` entity: held by another floating IP (or lost to one
   * racing now) is FIXED_IP_HAS_FLOATING_IP. A claim made here is pushed
   * to `claims`, to give back if the association then fails.
   */
  private async holdFixed(fipId: string, portId: string, fixed: string, claims: Claim[]): Promise<void> {
    const key = fixedIpKey(portId, fixed);
    const refuse = (holder: string): never => {
      throw new FixedIpHasFloatingIpError(fixed, this.tables.floatingIp(holder)?.floating_ip_address ?? holder);
    };
    const e = this.tables.fixedIpClaims.get(key);
    if (e && !e.deleted) {
      if (e.value.floating_ip_id === fipId) return;
      // A claim its floating IP no longer honours (a release that failed half way) is taken over once it is
      // old enough not to be an association in flight; the compare-and-set below decides against racers.
      const holder = this.tables.floatingIp(e.value.floating_ip_id);
      const honoured = holder?.port_id === portId && holder.fixed_ip_address === fixed;
      if (honoured || Date.now() - timestampMs(e.value.create_time) < STALE_CLAIM_MS) refuse(e.value.floating_ip_id);
    }
    const body = fixedIpClaimCodec.encode({ port_id: portId, fixed_ip_address: fixed, floating_ip_id: fipId, create_time: nowTimestamp() });
    if (await this.networks.book.tryClaim('fipassoc', key, e, body, claims)) return;
    await this.view.waitFor(await this.stateLog.lastSequence());
    const winner = this.tables.fixedIpClaims.get(key);
    if (winner && !winner.deleted && winner.value.floating_ip_id === fipId) return;
    refuse(winner?.value.floating_ip_id ?? 'being associated');
  }

  /** Gives back the claim of a fixed IP this floating IP served (as the view holds it; a miss is left to the reaper). */
  private async releaseFixed(fipId: string, portId: string, fixed: string): Promise<void> {
    if (!portId || !fixed) return;
    const key = fixedIpKey(portId, fixed);
    const e = this.tables.fixedIpClaims.get(key);
    if (e && !e.deleted && e.value.floating_ip_id === fipId) await this.networks.book.drop('fipassoc', key, e, fixedIpClaimCodec.encode(e.value));
  }

  /** RemoveFloatingIp: disassociates; the floating IP stays allocated. */
  async disassociate(req: g.RemoveFloatingIpRequest__Output, ctx: CallContext): Promise<g.FloatingIp__Output> {
    const server = await this.server(req.server_id, ctx);
    const f = await this.get(req.address, ctx);
    let served = { port: '', fixed: '' };
    const out = await this.update(f.id, (cur) => {
      if (cur.server_id !== server.id) throw new FloatingIpNotAssociatedError(cur, server.id);
      served = { port: cur.port_id, fixed: cur.fixed_ip_address };
      return cleared(cur);
    });
    await this.releaseFixed(f.id, served.port, served.fixed);
    return out;
  }

  /** A port goes (its server was deleted): its floating IPs let go of it. */
  async releasedPort(port: g.Port__Output): Promise<void> {
    await Promise.all(
      this.tables.floatingIpsOfPort(port.id).map((f) =>
        this.update(f.id, (cur) => (cur.port_id === port.id ? cleared(cur) : undefined))
          .then(() => this.releaseFixed(f.id, port.id, f.fixed_ip_address))
          .catch((err: unknown) => {
            if (!(err instanceof NotFoundError)) throw err;
          }),
      ),
    );
  }

  private async server(id: string, ctx: CallContext): Promise<g.Server__Output> {
    if (!id) throw InvalidArgumentError.field('server_id', 'required');
    let r = this.view.servers.get(id);
    if (!r) {
      await this.view.waitFor(await this.stateLog.lastSequence());
      r = this.view.servers.get(id);
    }
    if (!r || r.server!.project_id !== ctx.projectId) throw new NotFoundError('server', id);
    return r.server!;
  }

  /**
   * Read-modify-write of one floating IP by compare-and-set on its subject:
   * `change` gets the current value and answers the new one, null to
   * delete it, or undefined for no change (answered as is). On a conflict
   * the view catches up and `change` decides again on what won.
   */
  private async update(id: string, change: (cur: g.FloatingIp__Output) => g.FloatingIp__Output | null | undefined): Promise<g.FloatingIp__Output> {
    for (let attempt = 0; ; attempt++) {
      const entry = this.tables.floatingIps.get(id);
      if (!entry || entry.deleted) throw new NotFoundError('floating IP', id);
      const next = change(entry.value);
      if (next === undefined) return withStatus(entry.value);
      const v = versionOf(entry);
      try {
        const seq = await this.stateLog.appendIfLast('floatingip', id, v.generation + 1, next === null ? 'delete' : 'put', floatingIpCodec.encode(next ?? entry.value), v.seq);
        await this.view.waitFor(seq);
        return withStatus(next ?? entry.value);
      } catch (err) {
        if (!(err instanceof StateConflictError)) throw err;
        if (attempt >= CAS_ATTEMPTS) throw err;
        await this.view.waitFor(await this.stateLog.lastSequence());
      }
    }
  }

  /**
   * The floating addresses of a server's ports, for its `addresses`
   * (OS-EXT-IPS:type floating, under the fixed IP's network, as Nova).
   */
  /** A server's live ports. */
  portsOf(serverId: string): g.Port__Output[] {
    return this.tables.portsOfDevice(serverId);
  }

  /** The floating addresses associated with these ports (of one server). */
  addressesOfPorts(ports: readonly g.Port__Output[]): g.Address__Output[] {
    const out: g.Address__Output[] = [];
    for (const p of ports) {
      const network = this.tables.network(p.network_id)?.name ?? p.network_id;
      for (const f of this.tables.floatingIpsOfPort(p.id)) out.push({ network, address: f.floating_ip_address, version: 4, type: 'floating', mac_address: p.mac_address });
    }
    return out;
  }
}

/** The state-log id of a fixed IP's claim: `<port>_<address as hex>`. */
export function fixedIpKey(portId: string, fixed: string): string {
  const ip = parseIp(fixed);
  return `${portId}_${ip ? ipHex(ip) : fixed}`;
}

function cleared(f: g.FloatingIp__Output): g.FloatingIp__Output {
  return { ...f, port_id: '', fixed_ip_address: '', server_id: '', update_time: nowTimestamp() };
}

function ipText(value: bigint): string {
  return formatIp({ version: 4, value });
}

/** An address in canonical text when it is one (so "10.0.0.05"-style spellings are not a miss); the text otherwise. */
function canonical(ref: string): string {
  const ip = parseIp(ref.trim());
  return ip ? (ip.version === 4 ? ipText(ip.value) : ref.trim()) : ref;
}
