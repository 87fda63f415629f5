// kumo image list | show | create [--file] | save | delete
import { statSync } from 'node:fs';
import type { KumoClient } from '../../client/client.js';
import type { Image__Output } from '../../gen/types.js';
import { deleteEach, type Context, type Group } from '../command.js';
import { CliError } from '../errors.js';
import { ProgressLine } from '../wait.js';
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

/** "12.5 MiB" */
function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** A transfer's progress on stderr: redrawn in place on a terminal, every 10% otherwise. */
function transferProgress(ctx: Context, verb: string, name: string): { update(done: number, total: number): void; end(): void } {
  const line = new ProgressLine(ctx.io);
  return {
    update(done, total) {
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      const shown = ctx.io.errIsTTY ? pct : pct - (pct % 10);
      line.update(total > 0 ? `${verb} ${name}: ${ctx.io.errIsTTY ? `${mib(done)} of ${mib(total)} ` : ''}(${shown}%)` : `${verb} ${name}...`);
    },
    end: () => line.end(),
  };
}

/** The size of a file to upload, or one clear error line. */
function uploadSize(path: string): number {
  try {
    const st = statSync(path);
    if (!st.isFile() && !st.isCharacterDevice()) throw new Error('not a file');
    return st.size;
  } catch (err) {
    throw new CliError(`cannot read image file '${path}': ${(err as Error).message}`);
  }
}

/** Streams a file into a QUEUED image, with progress on stderr. */
async function uploadFile(ctx: Context, client: KumoClient, image: Image__Output, path: string): Promise<Image__Output> {
  const total = uploadSize(path);
  const progress = transferProgress(ctx, 'uploading', image.name || image.id);
  try {
    return await client.images.upload(image.id, path, { sizeBytes: total, signal: ctx.signal, onProgress: (sent) => progress.update(sent, total) });
  } finally {
    progress.end();
  }
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
      summary: 'Register an image, optionally uploading its data',
      description:
        'Register an image. With --file the image is created queued and the file is uploaded into it (streamed in\n' +
        'chunks, MD5-checksummed, stored in the NATS JetStream object store); it is active once the upload completes,\n' +
        'killed if it fails. Without --file it is a record without data, active at once (the fake hypervisor boots any\n' +
        "image). A server's snapshot is made with 'kumo server image create --wait'.",
      options: {
        file: { type: 'string', metavar: '<path>', help: 'Upload this file as the image data' },
        'disk-format': { type: 'string', metavar: '<format>', help: 'Disk format: ami, ari, aki, vhd, vhdx, vmdk, raw, qcow2, vdi, iso or ploop (default qcow2)' },
        'container-format': { type: 'string', metavar: '<format>', help: 'Container format: ami, ari, aki, bare, ovf, ova, docker or compressed (default bare)' },
        'min-ram': { type: 'string', metavar: '<ram-mb>', help: 'Minimum RAM in MB a flavor needs to boot it' },
        'min-disk': { type: 'string', metavar: '<disk-gb>', help: 'Minimum disk in GB a flavor needs to boot it' },
        property: { type: 'string', multiple: true, metavar: '<key=value>', help: 'Image property (e.g. architecture=x86_64)' },
      },
      positionals: [{ name: 'name', help: 'New image name' }],
      examples: [
        'kumo image create cirros',
        'kumo image create --disk-format raw --min-ram 256 --property architecture=x86_64 ubuntu',
        'kumo image create --file guest.qcow2 --disk-format qcow2 --container-format bare guest',
        'kumo image create --file /dev/null --disk-format raw blank',
      ],
      rpcs: ['ImageService.CreateImage', 'ImageService.UploadImageData'],
      async run(ctx, args) {
        const file = args.string('file');
        // Checked before anything is created: a typo must not leave a queued image behind.
        if (file !== undefined) uploadSize(file);
        const client = ctx.client();
        const res = await client.images.CreateImage({
          will_upload: file !== undefined,
          image: {
            name: args.positionals[0]!,
            disk_format: args.string('disk-format') ?? '',
            container_format: args.string('container-format') ?? '',
            min_ram_mb: args.int('min-ram') ?? 0,
            min_disk_gb: args.int('min-disk') ?? 0,
            properties: args.properties('property'),
          },
        });
        if (file === undefined) return imageShow(res.image!);
        return imageShow(await uploadFile(ctx, client, res.image!, file));
      },
    },
    save: {
      summary: "Download an image's data to a file",
      description: "Download an active image's data into a file (written as <path>.part, renamed once complete and its MD5\nchecksum verified). Queued, saving or killed images have no data to download.",
      options: {
        file: { type: 'string', metavar: '<path>', help: 'Where to write the data', required: true },
      },
      positionals: [{ name: 'image', help: 'Image to download (name or ID)' }],
      examples: ['kumo image save --file guest-copy.qcow2 guest'],
      rpcs: ['ImageService.DownloadImageData'],
      async run(ctx, args) {
        const client = ctx.client();
        const image = await findImage(client, args.positionals[0]!);
        const progress = transferProgress(ctx, 'downloading', image.name || image.id);
        try {
          await client.images.downloadToFile(image.id, args.string('file')!, { signal: ctx.signal, onProgress: (got, total) => progress.update(got, total) });
        } finally {
          progress.end();
        }
        return { kind: 'none' };
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
