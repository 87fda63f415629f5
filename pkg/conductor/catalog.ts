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
import { NameClaims } from './name_claims.js';
import { StateConflictError } from '../statelog/errors.js';
import { pageOf } from './paging.js';
import { fingerprint, generateKeypair, parsePublicKey } from './ssh_keys.js';
import type { Table } from '../store/store.js';
import { flavorCodec, imageCodec, keypairCodec, keypairKey, type ConductorView, type Stored } from './view.js';
import { ImageStatusError } from '../image/errors.js';
import type { ImageStore } from '../image/object_store.js';
import type { Logger } from 'pino';

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
    /** Image data (pkg/image): a snapshot's size and checksum come from it; deleting an image deletes its data. */
    private readonly imageStore?: ImageStore,
    private readonly log?: Pick<Logger, 'warn'>,
  ) {
    this.names = new NameClaims(view, stateLog);
  }

  /** Flavor names are unique cloud-wide: decided by a compare-and-set on the name's own subject (name_claims.ts). */
  private readonly names: NameClaims;

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
    // Fast path (and flavors written before names were claimed): a name this view already shows taken.
    for (const other of this.view.liveValues(this.view.flavors)) {
      if (other.name === name && other.id !== id) throw new AlreadyExistsError('flavor', name);
    }
    // The name first (a compare-and-set on its subject), then the flavor (a compare-and-set on its id's subject).
    await this.names.claim('flavor', name, id, (owner) => this.flavorState(owner));
    const flavor: g.Flavor__Output = { ...f, id, name, extra_specs: { ...f.extra_specs } };
    try {
      await this.write('flavor', id, this.nextGeneration(this.view.flavors, id), 'put', flavorCodec.encode(flavor));
    } catch (err) {
      if (!(err instanceof StateConflictError)) {
        await this.names.release('flavor', name, id).catch(() => undefined);
        throw err;
      }
      // Another conductor wrote this id meanwhile (the name claim is then the same id's): it exists now.
      await this.view.waitFor(await this.stateLog.lastSequence());
      if (this.view.live(this.view.flavors, id)) throw new AlreadyExistsError('flavor', id);
      throw err;
    }
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
    // A release lost here (a crash) is harmless: the next claim finds the holder deleted and takes the name over.
    await this.names.release('flavor', f.name, id);
  }

  private flavorState(id: string): 'live' | 'deleted' | 'unknown' {
    const e = this.view.flavors.get(id);
    return !e ? 'unknown' : e.deleted ? 'deleted' : 'live';
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
      // images given by location; one whose data will be uploaded starts
      // QUEUED (Glance v2), and the upload path sets SAVING/ACTIVE/KILLED.
      status: req.will_upload ? 'IMAGE_STATUS_QUEUED' : 'IMAGE_STATUS_ACTIVE',
      size_bytes: req.will_upload ? 0 : i.size_bytes,
      checksum: req.will_upload ? '' : i.checksum,
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
      // The driver wrote the data into the image store (if it has any to write): record its size and checksum.
      const data = failed ? null : await this.imageStore?.statImageData(imageId).catch(() => null);
      const next: g.Image__Output = {
        ...image,
        status: failed ? 'IMAGE_STATUS_KILLED' : 'IMAGE_STATUS_ACTIVE',
        ...(data ? { size_bytes: data.size, checksum: data.checksum } : {}),
        update_time: nowTimestamp(),
      };
      await this.write('image', imageId, this.nextGeneration(this.view.images, imageId), 'put', imageCodec.encode(next));
    });
  }

  /** An upload begins (Glance: queued -> saving); only the owner may upload, and only once. */
  startImageUpload(imageId: string, ctx: CallContext): Promise<g.Image__Output> {
    return this.lane.run(async () => {
      const image = this.getImage(imageId, ctx);
      if (ctx.projectId && image.owner !== ctx.projectId) {
        throw new KumoError('PERMISSION_DENIED', `image ${imageId} belongs to another project`, { reason: 'NOT_OWNER', metadata: { id: imageId } });
      }
      if (image.status !== 'IMAGE_STATUS_QUEUED') throw new ImageStatusError(imageId, imageStatusText(image.status), 'upload data to', 'queued');
      const next: g.Image__Output = { ...image, status: 'IMAGE_STATUS_SAVING', update_time: nowTimestamp() };
      await this.write('image', imageId, this.nextGeneration(this.view.images, imageId), 'put', imageCodec.encode(next));
      return next;
    });
  }

  /** An upload ended (Glance: saving -> active, or killed). NOT_FOUND if the image was deleted meanwhile. */
  finishImageUpload(req: g.FinishImageUploadRequest__Output): Promise<g.Image__Output> {
    return this.lane.run(async () => {
      const image = this.view.live(this.view.images, req.image_id);
      if (!image) throw new NotFoundError('image', req.image_id);
      if (image.status !== 'IMAGE_STATUS_SAVING') throw new ImageStatusError(req.image_id, imageStatusText(image.status), 'finish an upload of', 'saving');
      const next: g.Image__Output = req.failed
        ? { ...image, status: 'IMAGE_STATUS_KILLED', update_time: nowTimestamp() }
        : { ...image, status: 'IMAGE_STATUS_ACTIVE', size_bytes: Number(req.size_bytes), checksum: req.checksum, update_time: nowTimestamp() };
      await this.write('image', req.image_id, this.nextGeneration(this.view.images, req.image_id), 'put', imageCodec.encode(next));
      return next;
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
    // The record is gone first, so no reader starts on data about to vanish; an upload still running finds the image gone and deletes what it wrote.
    await this.imageStore?.deleteImageData(id).catch((err: unknown) => {
      // The record is gone either way; the orphaned object only costs space.
      this.log?.warn({ err, image: id }, 'cannot delete the data of a deleted image');
    });
  }

  // ---- keypairs (per user)

  private async createKeypairNow(req: g.CreateKeypairRequest__Output, ctx: CallContext): Promise<g.CreateKeypairResponse> {
    const name = req.name;
    if (!name || name.length > NAME_MAX || !KEYPAIR_NAME.test(name)) {
      throw InvalidArgumentError.field('name', `must be 1 to ${NAME_MAX} letters, digits, spaces or ".", "_", "-", "@"`);
    }
    // Before generating a key (slow): a name this view already shows taken.
    const key = keypairKey(ctx.userId, name);
    if (this.view.live(this.view.keypairs, key)) throw new AlreadyExistsError('keypair', name);
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
    const keypair: g.Keypair__Output = {
      name,
      public_key: publicKey,
      fingerprint: fingerprint(blob),
      type: 'ssh',
      user_id: ctx.userId,
      create_time: nowTimestamp(),
    };
    // The keypair's subject is keyed by user and name, so the write itself is the compare-and-set that keeps the name unique.
    try {
      await this.write('keypair', key, this.nextGeneration(this.view.keypairs, key), 'put', keypairCodec.encode(keypair));
    } catch (err) {
      if (!(err instanceof StateConflictError)) throw err;
      await this.view.waitFor(await this.stateLog.lastSequence());
      if (this.view.live(this.view.keypairs, key)) throw new AlreadyExistsError('keypair', name);
      throw err;
    }
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

  /**
   * A compare-and-set on the entity's subject: JetStream stores the entry
   * only if the subject's last sequence is still the one this view applied
   * (0: none), so of two conductors writing one key exactly one succeeds;
   * the other gets StateConflictError (ABORTED). An entry applied before
   * views kept sequences falls back to the generation's message id.
   */
  private async write(kind: 'flavor' | 'image' | 'keypair', key: string, generation: number, op: 'put' | 'delete', body: Uint8Array): Promise<void> {
    const table = kind === 'flavor' ? this.view.flavors : kind === 'image' ? this.view.images : this.view.keypairs;
    const known = (table as Table<Stored<unknown>>).get(key);
    const seq =
      known && known.seq === undefined
        ? await this.stateLog.appendExclusive(kind, encodeToken(key), generation, op, body)
        : await this.stateLog.appendIfLast(kind, encodeToken(key), generation, op, body, known?.seq ?? 0);
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

/** Glance's lower-case status name ("queued"). */
export function imageStatusText(status: g.Image__Output['status']): string {
  return String(status).replace(/^IMAGE_STATUS_/, '').toLowerCase();
}
