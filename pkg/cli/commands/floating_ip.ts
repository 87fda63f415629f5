// kumo floating ip create | list | show | delete
import type { KumoClient } from '../../client/client.js';
import type { FloatingIp__Output } from '../../gen/types.js';
import { deleteEach, type Group } from '../command.js';
import { isoTime } from '../display.js';
import { showOf, type Cell, type Output } from '../format.js';
import { collectPages } from '../paging.js';
import { findServer } from './server.js';

export function listFloatingIps(client: KumoClient, serverId = ''): Promise<FloatingIp__Output[]> {
  return collectPages(async (page_token) => {
    const r = await client.floatingIps.ListFloatingIps({ page_token, server_id: serverId });
    return { items: r.floating_ips, next: r.next_page_token };
  });
}

function floatingIpShow(f: FloatingIp__Output): Output {
  return showOf({
    id: f.id,
    floating_ip_address: f.floating_ip_address,
    floating_network_id: f.floating_network_id,
    pool: f.pool,
    project_id: f.project_id,
    port_id: f.port_id,
    fixed_ip_address: f.fixed_ip_address,
    server_id: f.server_id,
    status: f.status,
    description: f.description,
    created_at: isoTime(f.create_time),
    updated_at: isoTime(f.update_time),
  });
}

export const floatingIpCommands: Group = {
  name: 'floating ip',
  summary: 'Floating IPs: addresses of an external network, associated with one fixed IP of a server at a time.',
  commands: {
    create: {
      summary: 'Allocate a floating IP from a pool',
      description:
        "Allocate a floating IP to the project from POOL, an external network (name or ID; an admin creates one with\n" +
        "'kumo network create --external'). The project may hold 50 floating IPs. Associate it with\n" +
        "'kumo server add floating ip'. There is no data plane yet: the association is recorded and shown, not NATed.",
      options: { description: { type: 'string', metavar: '<text>', help: 'Description' } },
      positionals: [{ name: 'pool', help: 'External network to allocate from (name or ID)' }],
      examples: ['kumo floating ip create public', 'kumo floating ip create public -f value -c floating_ip_address'],
      rpcs: ['NetworkService.CreateFloatingIp'],
      async run(ctx, args) {
        const f = await ctx.client().floatingIps.create(args.positionals[0]!, { description: args.string('description') ?? '' });
        return floatingIpShow(f);
      },
    },
    list: {
      summary: 'List floating IPs',
      description: "List the project's floating IPs with the fixed IP and server each serves; --server shows one server's.",
      options: {
        server: { type: 'string', metavar: '<server>', help: 'Only those associated with this server (name or ID)' },
        long: { type: 'boolean', help: 'Also show pool, status and port' },
      },
      positionals: [],
      examples: ['kumo floating ip list', 'kumo floating ip list --server vm1 --long'],
      rpcs: ['NetworkService.ListFloatingIps'],
      async run(ctx, args) {
        const client = ctx.client();
        const server = args.string('server') === undefined ? undefined : await findServer(client, args.string('server')!);
        const fips = await listFloatingIps(client, server?.id ?? '');
        const row = (f: FloatingIp__Output): Cell[] => [f.id, f.floating_ip_address, f.fixed_ip_address || null, f.server_id || null];
        if (args.flag('long')) {
          return { kind: 'list', columns: ['ID', 'Floating IP Address', 'Fixed IP Address', 'Server', 'Pool', 'Status', 'Port'], rows: fips.map((f) => [...row(f), f.pool, f.status, f.port_id || null]) };
        }
        return { kind: 'list', columns: ['ID', 'Floating IP Address', 'Fixed IP Address', 'Server'], rows: fips.map(row) };
      },
    },
    show: {
      summary: 'Show a floating IP',
      description: 'Show a floating IP (by address or ID): its pool, and the fixed IP, port and server it serves.',
      options: {},
      positionals: [{ name: 'floating-ip', help: 'Floating IP (address or ID)' }],
      examples: ['kumo floating ip show 203.0.113.10'],
      rpcs: ['NetworkService.GetFloatingIp'],
      async run(ctx, args) {
        return floatingIpShow(await ctx.client().floatingIps.get(args.positionals[0]!));
      },
    },
    delete: {
      summary: 'Release floating IPs',
      description: 'Release floating IPs (by address or ID) back to their pool; an associated one is disassociated first.',
      options: {},
      positionals: [{ name: 'floating-ip', help: 'Floating IP to release (address or ID)', variadic: true }],
      examples: ['kumo floating ip delete 203.0.113.10'],
      rpcs: ['NetworkService.DeleteFloatingIp'],
      async run(ctx, args) {
        const client = ctx.client();
        await deleteEach(ctx, 'floating IP', args.positionals, (key) => client.floatingIps.delete(key));
        return { kind: 'none' };
      },
    },
  },
};
