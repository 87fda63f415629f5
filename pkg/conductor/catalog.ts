// Catalog writes and reads: flavors, images and keypairs. A write is
// validated against this conductor's view, appended to the state log, and
// answered once the view has applied it.
import { randomUUID } from 'node:crypto';
import { AlreadyExistsError, InvalidArgumentError, KumoError, NotFoundError, type FieldViolation } from '../actor/errors.js';
import type { CallContext } from '../actor/runtime.js';
import { encodeToken } from '../actor/subjects.js';
import type * as g from '../gen/types.js';
import type { StateLog } from '../statelog/statelog.js';
import { nowTimestamp } from '../util/timestamp.js';
import { SerialLane } from './entries.js';
import { pageOf } from './paging.js';
import { fingerprint, generateKeypair, parsePublicKey } from './ssh_keys.js';
import type { Table } from '../store/store.js';
import { flavorCodec, imageCodec, keypairCodec, keypairKey, type ConductorView, type Stored } from './view.js';

const DISK_FORMATS = ['ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop'];
const CONTAINER_FORMATS = ['ami', 'ari', 'aki', 'bare', 'ovf', 'ova', 'docker', 'compressed'];
const VISIBILITIES = ['public', 'private', 'shared', 'community'];
const NAME_MAX = 255;
const SAFE_ID = /^[A-Za-z0-9_.\- ]+$/;
const KEYPAIR_NAME = /^[A-Za-z0-9 _.@-]+$/;

export class Catalog {
  /** Check-then-write sections run one at a time, so two creates of one name on this conductor cannot both pass the check. */
  private readonly lane = new SerialLane();

  createFlavor(req: g.CreateFlavorRequest__Output): Promise<g.CreateFlavorResponse> {
    return this.lane.run(() => this.createFlavorNow(req));
  }

  createImage(req: g.CreateImageRequest__Output, ctx: CallContext): Promise<g.CreateImageResponse> {
    return this.lane.run(() => this.createImageNow(req, ctx));
  }

  createKeypair(req: g.CreateKeypairRequest__Output, ctx: CallContext): Promise<g.CreateKeypairResponse> {
    return this.lane.run(() => this.createKeypairNow(req, ctx));
  }

  constructor(
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
  ) {}

  // ---- flavors

  private async createFlavorNow(req: g.CreateFlavorRequest__Output): Promise<g.CreateFlavorResponse> {
    const f = req.flavor;
    if (!f) throw InvalidArgumentError.field('flavor', 'required');
    const v: FieldViolation[] = [];
    const name = f.name.trim();
    if (!name || name.length > NAME_MAX) v.push({ field: 'flavor.name', description: `must be 1 to ${NAME_MAX} characters` });
    if (f.id && (!SAFE_ID.test(f.id) || f.id.length > NAME_MAX)) v.push({ field: 'flavor.id', description: 'may contain only letters, digits, spaces, ".", "_" and "-"' });
    if (f.vcpus < 1) v.push({ field: 'flavor.vcpus', description: 'must be at least 1' });
    if (f.ram_mb < 1) v.push({ field: 'flavor.ram_mb', description: 'must be at least 1' });
    if (f.disk_gb < 0) v.push({ field: 'flavor.disk_gb', description: 'must not be negative' });
    if (f.ephemeral_gb < 0) v.push({ field: 'flavor.ephemeral_gb', description: 'must not be negative' });
    if (f.swap_mb < 0) v.push({ field: 'flavor.swap_mb', description: 'must not be negative' });
    v.push(...mapLimits('flavor.extra_specs', f.extra_specs));
    if (v.length) throw new InvalidArgumentError(v);
    const id = f.id || randomUUID();
    if (this.view.live(this.view.flavors, id)) throw new AlreadyExistsError('flavor', id);
    for (const other of this.view.liveValues(this.view.flavors)) {
      if (other.name === name) throw new AlreadyExistsError('flavor', name);
    }
    const flavor: g.Flavor__Output = { ...f, id, name, extra_specs: { ...f.extra_specs } };
    await this.write('flavor', id, this.nextGeneration(this.view.flavors, id), 'put', flavorCodec.encode(flavor));
    return { flavor };
  }

  getFlavor(id: string): g.Flavor__Output {
    const f = this.view.live(this.view.flavors, id);
    if (!f) throw new NotFoundError('flavor', id);
    return f;
  }

  listFlavors(req: g.ListFlavorsRequest__Output): g.ListFlavorsResponse {
    const page = pageOf([...this.view.liveValues(this.view.flavors)], (f) => f.id, req.page_size, req.page_token);
    return { flavors: page.items, next_page_token: page.nextPageToken };
  }

  async deleteFlavor(id: string): Promise<void> {
    const f = this.getFlavor(id);
    await this.write('flavor', id, this.nextGeneration(this.view.flavors, id), 'delete', flavorCodec.encode(f));
  }

  // ---- images

  private async createImageNow(req: g.CreateImageRequest__Output, ctx: CallContext): Promise<g.CreateImageResponse> {
    const i = req.image;
    if (!i) throw InvalidArgumentError.field('image', 'required');
    const v: FieldViolation[] = [];
    const name = i.name.trim();
    if (name.length > NAME_MAX) v.push({ field: 'image.name', description: `must be at most ${NAME_MAX} characters` });
    const diskFormat = i.disk_format || 'qcow2';
    const containerFormat = i.container_format || 'bare';
    if (!DISK_FORMATS.includes(diskFormat)) v.push({ field: 'image.disk_format', description: `must be one of ${DISK_FORMATS.join(', ')}` });
    if (!CONTAINER_FORMATS.includes(containerFormat)) v.push({ field: 'image.container_format', description: `must be one of ${CONTAINER_FORMATS.join(', ')}` });
    const visibility = i.visibility || 'public';
    if (!VISIBILITIES.includes(visibility)) v.push({ field: 'image.visibility', description: `must be one of ${VISIBILITIES.join(', ')}` });
    if (i.min_ram_mb < 0) v.push({ field: 'image.min_ram_mb', description: 'must not be negative' });
    if (i.min_disk_gb < 0) v.push({ field: 'image.min_disk_gb', description: 'must not be negative' });
    if (i.size_bytes < 0) v.push({ field: 'image.size_bytes', description: 'must not be negative' });
    if (i.id && !/^[0-9a-fA-F-]{36}$/.test(i.id)) v.push({ field: 'image.id', description: 'must be a UUID' });
    v.push(...mapLimits('image.properties', i.properties));
    if (v.length) throw new InvalidArgumentError(v);
    const id = (i.id || randomUUID()).toLowerCase();
    if (this.view.live(this.view.images, id)) throw new AlreadyExistsError('image', id);
    const now = nowTimestamp();
    const image: g.Image__Output = {
      ...i,
      id,
      name,
      disk_format: diskFormat,
      container_format: containerFormat,
      visibility,
      // The caller's project owns what it registers (an admin override comes with roles, issue 6).
      owner: ctx.projectId,
      // A record without data is registered as usable, as Glance v1 did for
      // images given by location; the upload path sets SAVING/ACTIVE itself.
      status: 'IMAGE_STATUS_ACTIVE',
      properties: { ...i.properties },
      create_time: now,
      update_time: now,
    };
    await this.write('image', id, this.nextGeneration(this.view.images, id), 'put', imageCodec.encode(image));
    return { image };
  }

  /**
   * Registers the image a snapshot or shelve of `server` will fill: QUEUED,
   * private to the server's project, image_type=snapshot, as Nova records
   * snapshots in Glance.
   */
  registerSnapshot(server: g.Server__Output, name: string, metadata: Record<string, string>): Promise<g.Image__Output> {
    return this.lane.run(async () => {
      const base = this.view.live(this.view.images, server.image_id);
      const id = randomUUID();
      const now = nowTimestamp();
      const image: g.Image__Output = {
        id,
        name: name.trim().slice(0, NAME_MAX),
        disk_format: base?.disk_format || 'qcow2',
        container_format: base?.container_format || 'bare',
        min_ram_mb: Math.max(base?.min_ram_mb ?? 0, 0),
        min_disk_gb: Math.max(base?.min_disk_gb ?? 0, server.flavor?.disk_gb ?? 0),
        size_bytes: 0,
        checksum: '',
        status: 'IMAGE_STATUS_QUEUED',
        properties: { ...(base?.properties ?? {}), ...metadata, image_type: 'snapshot', instance_uuid: server.id, base_image_ref: server.image_id, user_id: server.user_id },
        owner: server.project_id,
        visibility: 'private',
        create_time: now,
        update_time: now,
      };
      await this.write('image', id, this.nextGeneration(this.view.images, id), 'put', imageCodec.encode(image));
      return image;
    });
  }

  /** A snapshot's data is in place (ACTIVE) or taking it failed (KILLED). */
  finishSnapshot(imageId: string, failed: boolean): Promise<void> {
    return this.lane.run(async () => {
      const image = this.view.live(this.view.images, imageId);
      if (!image) throw new NotFoundError('image', imageId);
      const next: g.Image__Output = { ...image, status: failed ? 'IMAGE_STATUS_KILLED' : 'IMAGE_STATUS_ACTIVE', update_time: nowTimestamp() };
      await this.write('image', imageId, this.nextGeneration(this.view.images, imageId), 'put', imageCodec.encode(next));
    });
  }

  /** An image the caller may see: public or community ones, and its own project's. */
  getImage(id: string, ctx: CallContext): g.Image__Output {
    const i = this.view.live(this.view.images, id);
    if (!i || !visibleTo(i, ctx)) throw new NotFoundError('image', id);
    return i;
  }

  listImages(req: g.ListImagesRequest__Output, ctx: CallContext): g.ListImagesResponse {
    const visible = [...this.view.liveValues(this.view.images)].filter((i) => visibleTo(i, ctx));
    const page = pageOf(visible, (i) => i.id, req.page_size, req.page_token);
    return { images: page.items, next_page_token: page.nextPageToken };
  }

  async deleteImage(id: string, ctx: CallContext): Promise<void> {
    const i = this.getImage(id, ctx);
    if (ctx.projectId && i.owner !== ctx.projectId) {
      throw new KumoError('PERMISSION_DENIED', `image ${id} belongs to another project`, { reason: 'NOT_OWNER', metadata: { id } });
    }
    const tomb = { ...i, status: 'IMAGE_STATUS_DELETED' as const, update_time: nowTimestamp() };
    await this.write('image', id, this.nextGeneration(this.view.images, id), 'delete', imageCodec.encode(tomb));
  }

  // ---- keypairs (per user)

  private async createKeypairNow(req: g.CreateKeypairRequest__Output, ctx: CallContext): Promise<g.CreateKeypairResponse> {
    const name = req.name;
    if (!name || name.length > NAME_MAX || !KEYPAIR_NAME.test(name)) {
      throw InvalidArgumentError.field('name', `must be 1 to ${NAME_MAX} letters, digits, spaces or ".", "_", "-", "@"`);
    }
    let publicKey: string;
    let blob: Buffer;
    let privateKey = '';
    if (req.public_key.trim()) {
      const parsed = parsePublicKey(req.public_key);
      if (typeof parsed === 'string') throw InvalidArgumentError.field('public_key', parsed);
      publicKey = parsed.text;
      blob = parsed.blob;
    } else {
      const generated = generateKeypair(`kumo-${name.replace(/\s+/g, '_')}`);
      publicKey = generated.publicKey;
      blob = generated.blob;
      privateKey = generated.privateKey;
    }
    const key = keypairKey(ctx.userId, name);
    if (this.view.live(this.view.keypairs, key)) throw new AlreadyExistsError('keypair', name);
    const keypair: g.Keypair__Output = {
      name,
      public_key: publicKey,
      fingerprint: fingerprint(blob),
      type: 'ssh',
      user_id: ctx.userId,
      create_time: nowTimestamp(),
    };
    await this.write('keypair', key, this.nextGeneration(this.view.keypairs, key), 'put', keypairCodec.encode(keypair));
    return { keypair, private_key: privateKey };
  }

  getKeypair(name: string, ctx: CallContext): g.Keypair__Output {
    const k = this.view.live(this.view.keypairs, keypairKey(ctx.userId, name));
    if (!k) throw new NotFoundError('keypair', name);
    return k;
  }

  listKeypairs(req: g.ListKeypairsRequest__Output, ctx: CallContext): g.ListKeypairsResponse {
    const mine = [...this.view.liveValues(this.view.keypairs, `${ctx.userId}/`)].filter((k) => k.user_id === ctx.userId);
    const page = pageOf(mine, (k) => k.name, req.page_size, req.page_token);
    return { keypairs: page.items, next_page_token: page.nextPageToken };
  }

  async deleteKeypair(name: string, ctx: CallContext): Promise<void> {
    const k = this.getKeypair(name, ctx);
    const key = keypairKey(ctx.userId, name);
    await this.write('keypair', key, this.nextGeneration(this.view.keypairs, key), 'delete', keypairCodec.encode(k));
  }

  private nextGeneration<T>(table: Table<Stored<T>>, key: string): number {
    return (table.get(key)?.generation ?? 0) + 1;
  }

  /** A compare-and-set on the generation: another conductor's write of the same generation is ABORTED here. */
  private async write(kind: 'flavor' | 'image' | 'keypair', key: string, generation: number, op: 'put' | 'delete', body: Uint8Array): Promise<void> {
    const seq = await this.stateLog.appendExclusive(kind, encodeToken(key), generation, op, body);
    await this.view.waitFor(seq);
  }
}

/** Public and community images are everyone's; private and shared ones their owner's (image members come with identity). */
export function visibleTo(image: g.Image__Output, ctx: CallContext): boolean {
  return !ctx.projectId || image.visibility === 'public' || image.visibility === 'community' || image.owner === ctx.projectId;
}

/** Key/value maps copied into every server record stay small: at most 128 pairs of 255 characters. */
function mapLimits(field: string, map: Record<string, string>): FieldViolation[] {
  const keys = Object.keys(map);
  if (keys.length > 128) return [{ field, description: 'at most 128 entries' }];
  const bad = keys.find((k) => !k || k.length > 255 || map[k]!.length > 255);
  return bad === undefined ? [] : [{ field: `${field}[${bad.slice(0, 40)}]`, description: 'keys must be 1 to 255 characters and values at most 255' }];
}
