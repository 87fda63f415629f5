// The networking part of a conductor's view: networks, ports, address and
// MAC claims, folded from the state log like the rest of the view
// (pkg/conductor/view.ts calls `applier` inside its transaction). Each
// entry keeps the stream sequence of the newest log entry of its subject,
// which is what the next compare-and-set on that entity expects.
import { codec } from '../actor/codec.js';
import type { NetworkEntityKind } from '../actor/subjects.js';
import type {
  AddressClaim,
  AddressClaim__Output,
  FixedIpClaim,
  FixedIpClaim__Output,
  FloatingIp,
  FloatingIp__Output,
  QuotaSlot,
  QuotaSlot__Output,
  SecurityGroup,
  SecurityGroup__Output,
  MacClaim,
  MacClaim__Output,
  Network,
  Network__Output,
  Port,
  Port__Output,
  ServerRecord__Output,
} from '../gen/types.js';
import type { Store, Table } from '../store/store.js';

export const networkCodec = codec<Network, Network__Output>('kumo.compute.v1.Network');
export const portCodec = codec<Port, Port__Output>('kumo.compute.v1.Port');
export const addressClaimCodec = codec<AddressClaim, AddressClaim__Output>('kumo.internal.v1.AddressClaim');
export const macClaimCodec = codec<MacClaim, MacClaim__Output>('kumo.internal.v1.MacClaim');
export const floatingIpCodec = codec<FloatingIp, FloatingIp__Output>('kumo.compute.v1.FloatingIp');
export const fixedIpClaimCodec = codec<FixedIpClaim, FixedIpClaim__Output>('kumo.internal.v1.FixedIpClaim');
export const securityGroupCodec = codec<SecurityGroup, SecurityGroup__Output>('kumo.compute.v1.SecurityGroup');
export const quotaSlotCodec = codec<QuotaSlot, QuotaSlot__Output>('kumo.internal.v1.QuotaSlot');

/** One entity as the view holds it; a delete keeps the entry (deleted) so generations and sequences never go back (ports excepted: their ids are never reused). */
export interface Entry<T> {
  generation: number;
  /** Stream sequence of the newest log entry on the entity's subject. */
  seq: number;
  value: T;
  deleted?: boolean;
}

/** Where the next compare-and-set of an entity starts from: its generation and its subject's last sequence (0, 0 when never logged). */
export interface Version {
  generation: number;
  seq: number;
}

export function versionOf(entry: Entry<unknown> | undefined): Version {
  return { generation: entry?.generation ?? 0, seq: entry?.seq ?? 0 };
}

/**
 * A server that gave its network back: deleted, or in ERROR without ever
 * having launched (its build failed). Its ports are released.
 */
export function releasesNetwork(record: ServerRecord__Output, op: 'put' | 'delete'): boolean {
  const s = record.server!;
  return op === 'delete' || (s.vm_state === 'VM_STATE_ERROR' && !s.launch_time);
}

export class NetworkTables {
  readonly networks: Table<Entry<Network__Output>>;
  readonly ports: Table<Entry<Port__Output>>;
  /** Key `<subnet>_<address as hex>`, as the subject id. */
  readonly addresses: Table<Entry<AddressClaim__Output>>;
  /** Key: the MAC's 12 hex digits. */
  readonly macs: Table<Entry<MacClaim__Output>>;
  /** Floating IPs by id (pkg/conductor/floating_ips.ts). */
  readonly floatingIps: Table<Entry<FloatingIp__Output>>;
  /** Key `<port>_<fixed address as hex>`: the floating IP serving a fixed IP (pkg/conductor/floating_ips.ts). */
  readonly fixedIpClaims: Table<Entry<FixedIpClaim__Output>>;
  /** Security groups with their rules, by id (pkg/conductor/security_groups.ts). */
  readonly securityGroups: Table<Entry<SecurityGroup__Output>>;
  /** Key `<resource>_<project>_<n>`, as the subject id (pkg/conductor/quota_slots.ts). */
  readonly quotaSlots: Table<Entry<QuotaSlot__Output>>;
  /** `d/<server>/<port>` and `n/<network>/<port>` for every live port. */
  private readonly portIndex: Table<number>;
  /** `p/<port>/<floating ip>` for every associated floating IP, `a/<address>` -> id for every one. */
  private readonly fipIndex: Table<string>;
  /** Rule id -> its group's id, for every live rule. */
  private readonly ruleIndex: Table<string>;
  private readonly listeners: Array<(serverId: string, seq: number) => void> = [];

  constructor(store: Store) {
    this.networks = store.table('networks');
    this.ports = store.table('ports');
    this.addresses = store.table('address_claims');
    this.macs = store.table('mac_claims');
    this.portIndex = store.table('port_index');
    this.floatingIps = store.table('floating_ips');
    this.fixedIpClaims = store.table('fixed_ip_claims');
    this.securityGroups = store.table('security_groups');
    this.quotaSlots = store.table('quota_slots');
    this.fipIndex = store.table('floating_ip_index');
    this.ruleIndex = store.table('security_group_rule_index');
  }

  /** Decodes an entry now; the returned write folds it in (inside the view's transaction). */
  applier(kind: NetworkEntityKind, id: string, op: 'put' | 'delete', generation: number, seq: number, data: Uint8Array): () => void {
    switch (kind) {
      case 'network':
        return this.fold(this.networks, id, op, generation, seq, networkCodec.decode(data));
      case 'port':
        return this.fold(this.ports, id, op, generation, seq, portCodec.decode(data), (before, after) => {
          if (before && !before.deleted) this.index(before.value, false);
          if (!after.deleted) this.index(after.value, true);
        });
      case 'ipalloc':
        return this.fold(this.addresses, id, op, generation, seq, addressClaimCodec.decode(data));
      case 'mac':
        return this.fold(this.macs, id, op, generation, seq, macClaimCodec.decode(data));
      case 'floatingip':
        return this.fold(this.floatingIps, id, op, generation, seq, floatingIpCodec.decode(data), (before, after) => {
          if (before && !before.deleted) this.indexFip(before.value, false);
          if (!after.deleted) this.indexFip(after.value, true);
        });
      case 'fipassoc':
        return this.fold(this.fixedIpClaims, id, op, generation, seq, fixedIpClaimCodec.decode(data));
      case 'secgroup':
        return this.fold(this.securityGroups, id, op, generation, seq, securityGroupCodec.decode(data), (before, after) => {
          if (before && !before.deleted) for (const r of before.value.rules) void this.ruleIndex.remove(r.id);
          if (!after.deleted) for (const r of after.value.rules) void this.ruleIndex.put(r.id, after.value.id);
        });
      case 'quotaslot':
        return this.fold(this.quotaSlots, id, op, generation, seq, quotaSlotCodec.decode(data));
    }
  }

  private indexFip(f: FloatingIp__Output, add: boolean): void {
    const keys = [`a/${f.floating_ip_address}`];
    if (f.port_id) keys.push(`p/${f.port_id}/${f.id}`);
    for (const k of keys) void (add ? this.fipIndex.put(k, f.id) : this.fipIndex.remove(k));
  }

  private fold<T>(
    table: Table<Entry<T>>,
    key: string,
    op: 'put' | 'delete',
    generation: number,
    seq: number,
    value: T,
    applied?: (before: Entry<T> | undefined, after: Entry<T>) => void,
  ): () => void {
    return () => {
      const known = table.get(key);
      if (known && known.generation >= generation) {
        // Not newer: ignored, but it is the subject's newest entry, so the next compare-and-set expects its sequence.
        if (seq > known.seq) void table.put(key, { ...known, seq });
        return;
      }
      const next: Entry<T> = op === 'delete' ? { generation, seq, value, deleted: true } : { generation, seq, value };
      // A deleted port leaves no tombstone: its id is never used again, and every write of it is a
      // compare-and-set on its subject, which a view without the entry (expecting 0) cannot win.
      if (next.deleted && table === (this.ports as unknown)) void table.remove(key);
      else void table.put(key, next);
      applied?.(known, next);
    };
  }

  private index(port: Port__Output, add: boolean): void {
    const keys = [`n/${port.network_id}/${port.id}`];
    if (port.device_id) keys.push(`d/${port.device_id}/${port.id}`);
    for (const k of keys) void (add ? this.portIndex.put(k, 1) : this.portIndex.remove(k));
  }

  /**
   * Called by the view as it applies a server change (inside its
   * transaction, entry `seq`): a server that gave its network back is told
   * to the listeners (the conductor's Networks, which releases its ports
   * once the view has committed `seq`).
   */
  serverApplied(record: ServerRecord__Output, op: 'put' | 'delete', seq: number): void {
    if (!this.listeners.length || !releasesNetwork(record, op)) return;
    const id = record.server!.id;
    for (const l of this.listeners) l(id, seq);
  }

  onServerReleased(listener: (serverId: string, seq: number) => void): void {
    this.listeners.push(listener);
  }

  network(id: string): Network__Output | undefined {
    const e = this.networks.get(id);
    return e && !e.deleted ? e.value : undefined;
  }

  port(id: string): Port__Output | undefined {
    const e = this.ports.get(id);
    return e && !e.deleted ? e.value : undefined;
  }

  /** Live ports of a server (device), in port id order. */
  portsOfDevice(deviceId: string): Port__Output[] {
    return this.indexed(`d/${deviceId}/`);
  }

  /** Live ports on a network, in port id order. */
  portsOfNetwork(networkId: string, limit?: number): Port__Output[] {
    return this.indexed(`n/${networkId}/`, limit);
  }

  private indexed(prefix: string, limit?: number): Port__Output[] {
    const out: Port__Output[] = [];
    for (const { key } of this.portIndex.entries({ start: prefix, end: `${prefix}\uffff`, limit })) {
      const p = this.port(String(key).slice(prefix.length));
      if (p) out.push(p);
    }
    return out;
  }

  floatingIp(id: string): FloatingIp__Output | undefined {
    const e = this.floatingIps.get(id);
    return e && !e.deleted ? e.value : undefined;
  }

  /** The live floating IP with this address. */
  floatingIpByAddress(address: string): FloatingIp__Output | undefined {
    const id = this.fipIndex.get(`a/${address}`);
    return id ? this.floatingIp(id) : undefined;
  }

  /** Live floating IPs associated with a port. */
  floatingIpsOfPort(portId: string): FloatingIp__Output[] {
    const prefix = `p/${portId}/`;
    const out: FloatingIp__Output[] = [];
    for (const { value } of this.fipIndex.entries({ start: prefix, end: `${prefix}\uffff` })) {
      const f = this.floatingIp(value);
      if (f && f.port_id === portId) out.push(f);
    }
    return out;
  }

  *liveFloatingIps(): Generator<FloatingIp__Output> {
    for (const e of this.floatingIps.values()) if (!e.deleted) yield e.value;
  }

  securityGroup(id: string): SecurityGroup__Output | undefined {
    const e = this.securityGroups.get(id);
    return e && !e.deleted ? e.value : undefined;
  }

  /** The live group holding a rule. */
  groupOfRule(ruleId: string): SecurityGroup__Output | undefined {
    const id = this.ruleIndex.get(ruleId);
    return id ? this.securityGroup(id) : undefined;
  }

  /** Whether a quota slot's holder (floating IP, group or rule) is live. */
  holds(slot: QuotaSlot__Output): boolean {
    switch (slot.resource) {
      case 'fip':
        return this.floatingIp(slot.holder_id) !== undefined;
      case 'sg':
        return this.securityGroup(slot.holder_id) !== undefined;
      case 'sgrule':
        return this.groupOfRule(slot.holder_id) !== undefined;
      default:
        return true;
    }
  }

  *liveSecurityGroups(): Generator<SecurityGroup__Output> {
    for (const e of this.securityGroups.values()) if (!e.deleted) yield e.value;
  }

  *liveNetworks(): Generator<Network__Output> {
    for (const e of this.networks.values()) if (!e.deleted) yield e.value;
  }

  *livePorts(start?: string): Generator<Port__Output> {
    for (const e of this.ports.values(start === undefined ? {} : { start })) if (!e.deleted) yield e.value;
  }
}
