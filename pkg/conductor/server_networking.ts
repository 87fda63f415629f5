// What a server shows of its networking at read time, beyond the fixed
// addresses its record carries: the floating IPs associated with its ports
// (OS-EXT-IPS:type floating) and the security groups its ports apply (as
// Nova shows them with Neutron). Read from the view, so an association or
// a group change shows at once without rewriting the host-owned record.
import type * as g from '../gen/types.js';
import type { FloatingIps } from './floating_ips.js';
import type { SecurityGroups } from './security_groups.js';
import { serverExtras } from './server_wire.js';

export class ServerNetworking {
  constructor(
    private readonly floatingIps: FloatingIps,
    private readonly securityGroups: SecurityGroups,
  ) {}

  show(server: g.Server__Output): g.Server__Output {
    // One look-up of the server's ports for both (a list page shows 100 servers).
    const ports = this.floatingIps.portsOf(server.id);
    const floating = this.floatingIps.addressesOfPorts(ports);
    return {
      ...server,
      addresses: floating.length ? [...server.addresses, ...floating] : server.addresses,
      security_groups: this.securityGroups.namesOfPorts(ports),
    };
  }

  /** The same, as encoded Server fields to append to the record's server (a list page: server_wire.ts). */
  wireExtras(serverId: string): Uint8Array[] {
    const ports = this.floatingIps.portsOf(serverId);
    if (!ports.length) return [];
    return serverExtras(this.floatingIps.addressesOfPorts(ports), this.securityGroups.namesOfPorts(ports));
  }
}
