// kumo network create | list | show | delete, and kumo port list | show
import type { KumoClient } from '../../client/client.js';
import type { AllocationPool, Network__Output, Port__Output, Subnet } from '../../gen/types.js';
import { contains, parseCidr, parseIp, type Cidr } from '../../network/ip.js';
import { deleteEach, type Group } from '../command.js';
import { isoTime } from '../display.js';
import { UsageError } from '../errors.js';
import { showOf, type Cell, type Output } from '../format.js';
import { collectPages } from '../paging.js';
import { findResource } from '../resolve.js';
import { findServer } from './server.js';

export function listNetworks(client: KumoClient): Promise<Network__Output[]> {
  return collectPages(async (page_token) => {
    const r = await client.networks.ListNetworks({ page_token });
    return { items: r.networks, next: r.next_page_token };
  });
}

export function findNetwork(client: KumoClient, nameOrId: string): Promise<Network__Output> {
  return findResource('network', nameOrId, {
    get: async (id) => (await client.networks.GetNetwork({ id })).network!,
    list: () => listNetworks(client),
    name: (n) => n.name,
  });
}

function findPort(client: KumoClient, id: string): Promise<Port__Output> {
  return findResource('port', id, {
    get: async (portId) => (await client.networks.GetPort({ id: portId })).port!,
    // Ports have no names: an id that is not found is not found.
    list: async () => [],
    name: () => '',
  });
}

/** "10.0.0.0/24 gateway 10.0.0.1, pools 10.0.0.2-10.0.0.254, dns 8.8.8.8 (id)" */
function subnetText(s: Network__Output['subnets'][number]): string {
  const pools = s.allocation_pools.map((p) => `${p.start}-${p.end}`).join(' ');
  const dns = s.dns_nameservers.length ? `, dns ${s.dns_nameservers.join(' ')}` : '';
  return `${s.cidr} gateway ${s.gateway_ip || '-'}, pools ${pools}${dns} (${s.id}${s.name ? ` ${s.name}` : ''})`;
}

function networkShow(n: Network__Output): Output {
  return showOf({
    id: n.id,
    name: n.name,
    project_id: n.project_id,
    shared: n.shared,
    external: n.external,
    auto_allocated: n.auto_allocated,
    subnets: n.subnets.map(subnetText),
    created_at: isoTime(n.create_time),
    updated_at: isoTime(n.update_time),
  });
}

function fixedIps(p: Port__Output): string[] {
  return p.fixed_ips.map((f) => `ip_address='${f.ip_address}', subnet_id='${f.subnet_id}'`);
}

function portShow(p: Port__Output): Output {
  return showOf({
    id: p.id,
    network_id: p.network_id,
    project_id: p.project_id,
    device_id: p.device_id,
    device_owner: p.device_owner,
    mac_address: p.mac_address,
    fixed_ips: fixedIps(p),
    status: p.status,
    binding_host_id: p.host,
    created_at: isoTime(p.create_time),
  });
}

/** "start=10.0.0.10,end=10.0.0.99" (osc's --allocation-pool). */
export function parsePool(text: string): AllocationPool {
  const fields = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new UsageError(`--allocation-pool: expected start=<ip>,end=<ip>, got '${text}'`);
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const start = fields.get('start');
  const end = fields.get('end');
  if (!start || !end || fields.size !== 2) throw new UsageError(`--allocation-pool: expected start=<ip>,end=<ip>, got '${text}'`);
  return { start, end };
}

/**
 * The subnets of `network create`: one per --subnet, each --gateway and
 * --allocation-pool going to the subnet whose CIDR holds it (the first
 * one when none does, so the API names the problem), --dns to every
 * subnet.
 */
export function subnetsOf(cidrs: readonly string[], gateways: readonly string[], pools: readonly string[], dns: readonly string[]): Subnet[] {
  if (!cidrs.length) throw new UsageError('network create: give at least one --subnet <cidr>');
  const parsed = cidrs.map((c) => parseCidr(c));
  const subnets: Subnet[] = cidrs.map((cidr) => ({ cidr, allocation_pools: [], dns_nameservers: [...dns] }));
  const home = (address: string): Subnet => {
    const ip = parseIp(address);
    const i = ip ? parsed.findIndex((c) => typeof c !== 'string' && contains(c as Cidr, ip)) : -1;
    return subnets[Math.max(i, 0)]!;
  };
  for (const g of gateways) {
    const s = home(g);
    if (s.gateway_ip) throw new UsageError(`--gateway: two gateways for subnet ${s.cidr}`);
    s.gateway_ip = g;
  }
  for (const p of pools.map(parsePool)) home(p.start ?? '').allocation_pools!.push(p);
  return subnets;
}

export const networkCommands: Group = {
  name: 'network',
  summary: 'Networks: tenant networks with IPv4/IPv6 subnets that servers get ports and fixed IPs on.',
  commands: {
    create: {
      summary: 'Create a network with its subnets',
      description:
        'Create a network with one or more subnets (repeat --subnet; IPv4 and IPv6). Each --gateway and\n' +
        "--allocation-pool goes to the subnet whose CIDR holds it; --dns goes to every subnet. Without --gateway a\n" +
        "subnet's gateway is its first host address; without pools, every other host address is handed out.\n" +
        '--share makes the network usable by every project (admins only); --external (admins only) makes it a\n' +
        "floating IP pool ('kumo floating ip create NETWORK'), never attached to servers. There is no data plane yet: a network\n" +
        'is address management, and a server gets a port (a MAC and fixed IPs) on it.',
      options: {
        subnet: { type: 'string', multiple: true, required: true, metavar: '<cidr>', help: 'Subnet CIDR, e.g. 10.1.0.0/24 or fd00:1::/64 (repeat for more)' },
        gateway: { type: 'string', multiple: true, metavar: '<ip>', help: 'Gateway of the subnet that holds it' },
        dns: { type: 'string', multiple: true, metavar: '<ip>', help: 'DNS server handed to guests (repeat for more)' },
        'allocation-pool': { type: 'string', multiple: true, metavar: 'start=<ip>,end=<ip>', help: 'Range of addresses handed out (repeat for more)' },
        share: { type: 'boolean', help: 'Usable by every project (admins only)' },
        external: { type: 'boolean', help: 'External: a floating IP pool, never attached to servers (admins only)' },
      },
      positionals: [{ name: 'name', help: 'New network name' }],
      examples: [
        'kumo network create --subnet 10.1.0.0/24 net1',
        'kumo network create --subnet 10.2.0.0/24 --gateway 10.2.0.254 --allocation-pool start=10.2.0.10,end=10.2.0.99 --dns 10.2.0.2 --subnet fd00:2::/64 net2',
        'kumo network create --subnet 192.168.50.0/24 --share public-net',
        'kumo network create --subnet 203.0.113.0/24 --external public',
      ],
      rpcs: ['NetworkService.CreateNetwork'],
      async run(ctx, args) {
        const subnets = subnetsOf(args.list('subnet'), args.list('gateway'), args.list('allocation-pool'), args.list('dns'));
        const res = await ctx.client().networks.CreateNetwork({ name: args.positionals[0]!, shared: args.flag('share'), external: args.flag('external'), subnets });
        return networkShow(res.network!);
      },
    },
    list: {
      summary: 'List networks',
      description: "List the project's networks, the shared and the external ones, with their subnets' CIDRs; --long adds the project, sharing and subnet details.",
      options: { long: { type: 'boolean', help: 'Also show project, shared, external, auto-allocated and subnet details' } },
      positionals: [],
      examples: ['kumo network list', 'kumo network list --long -f yaml'],
      rpcs: ['NetworkService.ListNetworks'],
      async run(ctx, args) {
        const networks = await listNetworks(ctx.client());
        const row = (n: Network__Output): Cell[] => [n.id, n.name, n.subnets.map((s) => s.cidr)];
        if (args.flag('long')) {
          return {
            kind: 'list',
            columns: ['ID', 'Name', 'Subnets', 'Project', 'Shared', 'External', 'Auto Allocated', 'Subnet Details'],
            rows: networks.map((n) => [...row(n), n.project_id, n.shared, n.external, n.auto_allocated, n.subnets.map(subnetText)]),
          };
        }
        return { kind: 'list', columns: ['ID', 'Name', 'Subnets'], rows: networks.map(row) };
      },
    },
    show: {
      summary: 'Show a network and its subnets',
      description: "Show a network: its project, whether it is shared or was auto-allocated, and each subnet's CIDR, gateway, allocation pools and DNS servers.",
      options: {},
      positionals: [{ name: 'network', help: 'Network (name or ID)' }],
      examples: ['kumo network show net1', 'kumo network show net1 -f value -c subnets'],
      rpcs: ['NetworkService.GetNetwork'],
      async run(ctx, args) {
        return networkShow(await findNetwork(ctx.client(), args.positionals[0]!));
      },
    },
    delete: {
      summary: 'Delete networks (refused while servers use them)',
      description: 'Delete networks of the project. A network that servers still have ports on is refused; delete those servers first.',
      options: {},
      positionals: [{ name: 'network', help: 'Network to delete (name or ID)', variadic: true }],
      examples: ['kumo network delete net1'],
      rpcs: ['NetworkService.DeleteNetwork'],
      async run(ctx, args) {
        const client = ctx.client();
        await deleteEach(ctx, 'network', args.positionals, async (key) => {
          const n = await findNetwork(client, key);
          await client.networks.DeleteNetwork({ id: n.id });
        });
        return { kind: 'none' };
      },
    },
  },
};

export const portCommands: Group = {
  name: 'port',
  summary: "Ports: servers' attachments to networks (a MAC address and fixed IPs).",
  commands: {
    list: {
      summary: 'List ports',
      description: "List the project's ports (one per server NIC): MAC address, fixed IPs and status; filter by server or network.",
      options: {
        server: { type: 'string', metavar: '<server>', help: 'Only the ports of this server (name or ID)' },
        network: { type: 'string', metavar: '<network>', help: 'Only the ports on this network (name or ID)' },
        long: { type: 'boolean', help: 'Also show network, server and host' },
      },
      positionals: [],
      examples: ['kumo port list', 'kumo port list --server vm1', 'kumo port list --network net1 --long -f json'],
      rpcs: ['NetworkService.ListPorts'],
      async run(ctx, args) {
        const client = ctx.client();
        const [server, network] = await Promise.all([
          args.string('server') === undefined ? undefined : findServer(client, args.string('server')!),
          args.string('network') === undefined ? undefined : findNetwork(client, args.string('network')!),
        ]);
        const ports = await collectPages(async (page_token) => {
          const r = await client.networks.ListPorts({ page_token, server_id: server?.id ?? '', network_id: network?.id ?? '' });
          return { items: r.ports, next: r.next_page_token };
        });
        const row = (p: Port__Output): Cell[] => [p.id, p.mac_address, fixedIps(p), p.status];
        if (args.flag('long')) {
          return { kind: 'list', columns: ['ID', 'MAC Address', 'Fixed IP Addresses', 'Status', 'Network', 'Device', 'Host'], rows: ports.map((p) => [...row(p), p.network_id, p.device_id, p.host]) };
        }
        return { kind: 'list', columns: ['ID', 'MAC Address', 'Fixed IP Addresses', 'Status'], rows: ports.map(row) };
      },
    },
    show: {
      summary: 'Show a port',
      description: 'Show a port: its network, server (device), MAC address, fixed IPs, status and the host of its server.',
      options: {},
      positionals: [{ name: 'port', help: 'Port ID' }],
      examples: ['kumo port show 9b1f6a0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b', 'kumo port show 9b1f6a0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b -f value -c mac_address'],
      rpcs: ['NetworkService.GetPort'],
      async run(ctx, args) {
        return portShow(await findPort(ctx.client(), args.positionals[0]!));
      },
    },
  },
};
