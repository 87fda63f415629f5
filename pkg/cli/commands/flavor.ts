// kumo flavor list | show | create | delete
import type { KumoClient } from '../../client/client.js';
import type { Flavor__Output } from '../../gen/types.js';
import { deleteEach, type Group } from '../command.js';
import { showOf, type Cell, type Output } from '../format.js';
import { collectPages } from '../paging.js';
import { findResource } from '../resolve.js';

export function listFlavors(client: KumoClient): Promise<Flavor__Output[]> {
  return collectPages(async (page_token) => {
    const r = await client.flavors.ListFlavors({ page_token });
    return { items: r.flavors, next: r.next_page_token };
  });
}

export function findFlavor(client: KumoClient, nameOrId: string): Promise<Flavor__Output> {
  return findResource('flavor', nameOrId, {
    get: async (id) => (await client.flavors.GetFlavor({ id })).flavor!,
    list: () => listFlavors(client),
    name: (f) => f.name,
  });
}

function flavorShow(f: Flavor__Output): Output {
  return showOf({
    id: f.id,
    name: f.name,
    ram: f.ram_mb,
    vcpus: f.vcpus,
    disk: f.disk_gb,
    ephemeral: f.ephemeral_gb,
    swap: f.swap_mb,
    is_public: f.is_public,
    properties: f.extra_specs,
    description: f.description,
  });
}

export const flavorCommands: Group = {
  name: 'flavor',
  summary: 'Flavors: hardware templates (RAM, vCPUs, disk) for servers.',
  commands: {
    list: {
      summary: 'List flavors',
      description: 'List the flavors: RAM in MB, disks in GB, vCPUs. --long adds swap, description and properties (extra specs).',
      options: { long: { type: 'boolean', help: 'Also show swap, description and properties' } },
      positionals: [],
      examples: ['kumo flavor list', 'kumo flavor list --long -f yaml'],
      rpcs: ['FlavorService.ListFlavors'],
      async run(ctx, args) {
        const flavors = await listFlavors(ctx.client());
        const columns = ['ID', 'Name', 'RAM', 'Disk', 'Ephemeral', 'VCPUs', 'Is Public'];
        const row = (f: Flavor__Output): Cell[] => [f.id, f.name, f.ram_mb, f.disk_gb, f.ephemeral_gb, f.vcpus, f.is_public];
        if (args.flag('long')) {
          return { kind: 'list', columns: [...columns, 'Swap', 'Description', 'Properties'], rows: flavors.map((f) => [...row(f), f.swap_mb, f.description, f.extra_specs]) };
        }
        return { kind: 'list', columns, rows: flavors.map(row) };
      },
    },
    show: {
      summary: 'Show a flavor',
      description: 'Show a flavor: its sizes, whether it is public, and its properties (the extra specs hosts must match).',
      options: {},
      positionals: [{ name: 'flavor', help: 'Flavor to show (name or ID)' }],
      examples: ['kumo flavor show m1.tiny', 'kumo flavor show m1.tiny -f json'],
      rpcs: ['FlavorService.GetFlavor'],
      async run(ctx, args) {
        return flavorShow(await findFlavor(ctx.client(), args.positionals[0]!));
      },
    },
    create: {
      summary: 'Create a flavor',
      description: 'Create a flavor (admin): a hardware template of RAM, vCPUs and disk. --property sets extra specs the scheduler matches against hosts.',
      options: {
        ram: { type: 'string', metavar: '<size-mb>', required: true, help: 'Memory in MB' },
        vcpus: { type: 'string', metavar: '<vcpus>', required: true, help: 'Number of virtual CPUs' },
        disk: { type: 'string', metavar: '<size-gb>', required: true, help: 'Root disk in GB (0: the size of the image)' },
        ephemeral: { type: 'string', metavar: '<size-gb>', help: 'Ephemeral disk in GB (default 0)' },
        swap: { type: 'string', metavar: '<size-mb>', help: 'Swap in MB (default 0)' },
        id: { type: 'string', metavar: '<id>', help: 'Flavor ID (default: a generated UUID)' },
        private: { type: 'boolean', help: 'Make the flavor private (default: public)' },
        property: { type: 'string', multiple: true, metavar: '<key=value>', help: 'Extra spec to match against hosts' },
        description: { type: 'string', metavar: '<description>', help: 'Description of the flavor' },
      },
      positionals: [{ name: 'name', help: 'New flavor name' }],
      examples: ['kumo flavor create --ram 512 --vcpus 1 --disk 1 m1.tiny', 'kumo flavor create --ram 2048 --vcpus 2 --disk 20 --id 3 --property hw:cpu_policy=dedicated m1.small'],
      rpcs: ['FlavorService.CreateFlavor'],
      async run(ctx, args) {
        const res = await ctx.client().flavors.CreateFlavor({
          flavor: {
            name: args.positionals[0]!,
            id: args.string('id') ?? '',
            ram_mb: args.int('ram'),
            vcpus: args.int('vcpus'),
            disk_gb: args.int('disk'),
            ephemeral_gb: args.int('ephemeral') ?? 0,
            swap_mb: args.int('swap') ?? 0,
            is_public: !args.flag('private'),
            extra_specs: args.properties('property'),
            description: args.string('description') ?? '',
          },
        });
        return flavorShow(res.flavor!);
      },
    },
    delete: {
      summary: 'Delete flavors',
      description: 'Delete flavors (admin). Servers of a deleted flavor keep running: they hold a copy of it.',
      options: {},
      positionals: [{ name: 'flavor', help: 'Flavor to delete (name or ID)', variadic: true }],
      examples: ['kumo flavor delete m1.tiny', 'kumo flavor delete m1.tiny m1.small'],
      rpcs: ['FlavorService.DeleteFlavor'],
      async run(ctx, args) {
        const client = ctx.client();
        await deleteEach(ctx, 'flavor', args.positionals, async (key) => {
          const f = await findFlavor(client, key);
          await client.flavors.DeleteFlavor({ id: f.id });
        });
        return { kind: 'none' };
      },
    },
  },
};
