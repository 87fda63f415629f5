// kumo flavor list | show | create | delete
import type { KumoClient } from '../../client/client.js';
import type { Flavor__Output } from '../../gen/types.js';
import { deleteEach, type Group } from '../command.js';
import { showOf, type Output } from '../format.js';
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
      options: {},
      positionals: [],
      examples: ['kumo flavor list'],
      async run(ctx) {
        const flavors = await listFlavors(ctx.client());
        return {
          kind: 'list',
          columns: ['ID', 'Name', 'RAM', 'Disk', 'Ephemeral', 'VCPUs', 'Is Public'],
          rows: flavors.map((f) => [f.id, f.name, f.ram_mb, f.disk_gb, f.ephemeral_gb, f.vcpus, f.is_public]),
        };
      },
    },
    show: {
      summary: 'Show a flavor',
      options: {},
      positionals: [{ name: 'flavor', help: 'Flavor to show (name or ID)' }],
      examples: ['kumo flavor show m1.tiny'],
      async run(ctx, args) {
        return flavorShow(await findFlavor(ctx.client(), args.positionals[0]!));
      },
    },
    create: {
      summary: 'Create a flavor',
      options: {
        ram: { type: 'string', metavar: '<size-mb>', required: true, help: 'Memory in MB' },
        vcpus: { type: 'string', metavar: '<vcpus>', required: true, help: 'Number of virtual CPUs' },
        disk: { type: 'string', metavar: '<size-gb>', required: true, help: 'Root disk in GB (0: the size of the image)' },
        ephemeral: { type: 'string', metavar: '<size-gb>', help: 'Ephemeral disk in GB (default 0)' },
        swap: { type: 'string', metavar: '<size-mb>', help: 'Swap in MB (default 0)' },
        id: { type: 'string', metavar: '<id>', help: 'Flavor ID (default: a generated UUID)' },
        private: { type: 'boolean', help: 'Make the flavor private (default: public)' },
        property: { type: 'string', multiple: true, metavar: '<key=value>', help: 'Extra spec to match against hosts' },
      },
      positionals: [{ name: 'name', help: 'New flavor name' }],
      examples: ['kumo flavor create --ram 512 --vcpus 1 --disk 1 m1.tiny', 'kumo flavor create --ram 2048 --vcpus 2 --disk 20 --id 3 --property hw:cpu_policy=dedicated m1.small'],
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
          },
        });
        return flavorShow(res.flavor!);
      },
    },
    delete: {
      summary: 'Delete flavors',
      options: {},
      positionals: [{ name: 'flavor', help: 'Flavor to delete (name or ID)', variadic: true }],
      examples: ['kumo flavor delete m1.tiny'],
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
