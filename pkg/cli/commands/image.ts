// kumo image list | show | create | delete
import type { KumoClient } from '../../client/client.js';
import type { Image__Output } from '../../gen/types.js';
import { deleteEach, type Group } from '../command.js';
import { imageStatusName, isoTime } from '../display.js';
import { showOf, type Output } from '../format.js';
import { collectPages } from '../paging.js';
import { findResource } from '../resolve.js';

export function listImages(client: KumoClient): Promise<Image__Output[]> {
  return collectPages(async (page_token) => {
    const r = await client.images.ListImages({ page_token });
    return { items: r.images, next: r.next_page_token };
  });
}

export function findImage(client: KumoClient, nameOrId: string): Promise<Image__Output> {
  return findResource('image', nameOrId, {
    get: async (id) => (await client.images.GetImage({ id })).image!,
    list: () => listImages(client),
    name: (i) => i.name,
  });
}

export function imageShow(i: Image__Output): Output {
  return showOf({
    id: i.id,
    name: i.name,
    status: imageStatusName(i.status),
    disk_format: i.disk_format,
    container_format: i.container_format,
    min_ram: i.min_ram_mb,
    min_disk: i.min_disk_gb,
    size: i.size_bytes,
    checksum: i.checksum,
    owner: i.owner,
    visibility: i.visibility,
    properties: i.properties,
    created_at: isoTime(i.create_time),
    updated_at: isoTime(i.update_time),
  });
}

export const imageCommands: Group = {
  name: 'image',
  summary: 'Images: the disk images servers boot from.',
  commands: {
    list: {
      summary: 'List images',
      description: 'List the images servers can boot from. --long adds formats, size, checksum, visibility, owner and properties.',
      options: { long: { type: 'boolean', help: 'Also show formats, size, checksum, visibility, owner and properties' } },
      positionals: [],
      examples: ['kumo image list', 'kumo image list --long -f json'],
      rpcs: ['ImageService.ListImages'],
      async run(ctx, args) {
        const images = await listImages(ctx.client());
        if (args.flag('long')) {
          return {
            kind: 'list',
            columns: ['ID', 'Name', 'Disk Format', 'Container Format', 'Size', 'Checksum', 'Status', 'Visibility', 'Owner', 'Properties'],
            rows: images.map((i) => [i.id, i.name, i.disk_format, i.container_format, i.size_bytes, i.checksum, imageStatusName(i.status), i.visibility, i.owner, i.properties]),
          };
        }
        return { kind: 'list', columns: ['ID', 'Name', 'Status'], rows: images.map((i) => [i.id, i.name, imageStatusName(i.status)]) };
      },
    },
    show: {
      summary: 'Show an image',
      description: 'Show an image: status, formats, the minimum RAM and disk a flavor needs to boot it, and its properties.',
      options: {},
      positionals: [{ name: 'image', help: 'Image to show (name or ID)' }],
      examples: ['kumo image show cirros', 'kumo image show cirros -f yaml'],
      rpcs: ['ImageService.GetImage'],
      async run(ctx, args) {
        return imageShow(await findImage(ctx.client(), args.positionals[0]!));
      },
    },
    create: {
      summary: 'Register an image',
      description:
        'Register an image record (there is no upload: the fake hypervisor boots any image). It is active at once, so\n' +
        "there is nothing to wait for; a server's snapshot is made with 'kumo server image create --wait'.",
      options: {
        'disk-format': { type: 'string', metavar: '<format>', help: 'Disk format: ami, ari, aki, vhd, vhdx, vmdk, raw, qcow2, vdi, iso or ploop (default qcow2)' },
        'container-format': { type: 'string', metavar: '<format>', help: 'Container format: ami, ari, aki, bare, ovf, ova, docker or compressed (default bare)' },
        'min-ram': { type: 'string', metavar: '<ram-mb>', help: 'Minimum RAM in MB a flavor needs to boot it' },
        'min-disk': { type: 'string', metavar: '<disk-gb>', help: 'Minimum disk in GB a flavor needs to boot it' },
        property: { type: 'string', multiple: true, metavar: '<key=value>', help: 'Image property (e.g. architecture=x86_64)' },
      },
      positionals: [{ name: 'name', help: 'New image name' }],
      examples: ['kumo image create cirros', 'kumo image create --disk-format raw --min-ram 256 --property architecture=x86_64 ubuntu'],
      rpcs: ['ImageService.CreateImage'],
      async run(ctx, args) {
        const res = await ctx.client().images.CreateImage({
          image: {
            name: args.positionals[0]!,
            disk_format: args.string('disk-format') ?? '',
            container_format: args.string('container-format') ?? '',
            min_ram_mb: args.int('min-ram') ?? 0,
            min_disk_gb: args.int('min-disk') ?? 0,
            properties: args.properties('property'),
          },
        });
        return imageShow(res.image!);
      },
    },
    delete: {
      summary: 'Delete images',
      description: 'Delete images. Servers booted from a deleted image keep running; it is shown by ID alone.',
      options: {},
      positionals: [{ name: 'image', help: 'Image to delete (name or ID)', variadic: true }],
      examples: ['kumo image delete cirros', 'kumo image delete vm1-snap vm2-snap'],
      rpcs: ['ImageService.DeleteImage'],
      async run(ctx, args) {
        const client = ctx.client();
        await deleteEach(ctx, 'image', args.positionals, async (key) => {
          const i = await findImage(client, key);
          await client.images.DeleteImage({ id: i.id });
        });
        return { kind: 'none' };
      },
    },
  },
};
