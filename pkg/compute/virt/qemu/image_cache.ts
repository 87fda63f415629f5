// The per-host base image cache, as Nova's `_base/`: an image's bytes are
// fetched from the image store once per host, checked, and kept under
// `<instances>/_base/<image id>`; every guest's root disk is a qcow2 overlay
// on it. Each fetch is appended to `_base/fetch.log` (an audit trail: a
// second boot of an image on the same host adds no line).
//
// A base image whose ext2 file system carries /boot/vmlinuz and
// /boot/initrd.img (the guest scripts/build-guest-image.mjs builds) has them
// extracted next to it once, and guests boot them directly (-kernel/-initrd,
// as Nova boots AMI-style images); any other image boots from its disk.
import { appendFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DriverError } from '../driver.js';
import { qemuImgInfo, run, which } from './exec.js';

/** Where image bytes come from: the image store (pkg/image/object_store.ts) satisfies it. */
export interface ImageSource {
  /** Streams the image's data; throws if none is stored. */
  readImageData(imageId: string): AsyncIterable<Uint8Array>;
  /** Stores new image data (snapshots); absent on a read-only source. */
  putImageData?(imageId: string, source: AsyncIterable<Uint8Array>, opts: { maxBytes: number }): Promise<{ size: number; checksum: string }>;
}

/** A cached base image. */
export interface BaseImage {
  imageId: string;
  path: string;
  /** qcow2 or raw, as qemu-img reads it. */
  format: string;
  virtualSize: number;
  /** Extracted from the image's /boot, when it has them. */
  kernel?: string;
  initrd?: string;
}

/** How long a fetch may wait for the next chunk. */
const STALL_MS = 30_000;

export class BaseImageCache {
  private readonly inflight = new Map<string, Promise<BaseImage>>();

  constructor(
    readonly dir: string,
    private readonly source: ImageSource | undefined,
  ) {}

  /** The cached image, fetched first if this host has never seen it. */
  ensure(imageId: string): Promise<BaseImage> {
    if (!/^[A-Za-z0-9._-]+$/.test(imageId) || imageId.startsWith('.')) return Promise.reject(new DriverError(`qemu driver: bad image id "${imageId}"`));
    const cached = this.cached(imageId);
    if (cached) return Promise.resolve(cached);
    // Two guests of one image booting together share one fetch.
    let p = this.inflight.get(imageId);
    if (!p) {
      p = this.fetch(imageId).finally(() => this.inflight.delete(imageId));
      this.inflight.set(imageId, p);
    }
    return p;
  }

  cached(imageId: string): BaseImage | undefined {
    const meta = join(this.dir, `${imageId}.json`);
    if (!existsSync(meta)) return undefined;
    return JSON.parse(readFileSync(meta, 'utf8')) as BaseImage;
  }

  /** Lines of fetch.log: one per fetch ever made by this host. */
  fetchCount(imageId?: string): number {
    const log = join(this.dir, 'fetch.log');
    if (!existsSync(log)) return 0;
    return readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l && (!imageId || l.split(' ')[1] === imageId)).length;
  }

  private async fetch(imageId: string): Promise<BaseImage> {
    if (!this.source) throw new DriverError(`qemu driver: no image store to fetch image ${imageId} from`);
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, imageId);
    const tmp = `${path}.part-${process.pid}`;
    let size = 0;
    try {
      const out = createWriteStream(tmp);
      try {
        const it = this.source.readImageData(imageId)[Symbol.asyncIterator]();
        for (;;) {
          // A store that stops sending fails the fetch (and the build) instead of holding it forever.
          let timer: NodeJS.Timeout | undefined;
          const stalled = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new DriverError(`qemu driver: the image store sent nothing for ${STALL_MS / 1000} s while fetching image ${imageId}`)), STALL_MS);
          });
          let step: IteratorResult<Uint8Array>;
          try {
            step = await Promise.race([it.next(), stalled]);
          } catch (err) {
            void it.return?.(undefined)?.catch(() => undefined);
            throw err;
          } finally {
            clearTimeout(timer);
          }
          if (step.done) break;
          size += step.value.length;
          if (!out.write(step.value)) await new Promise<void>((r) => out.once('drain', () => r()));
        }
      } finally {
        await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      }
      const info = await qemuImgInfo(tmp);
      // As Nova: an image must not point at other files on the host.
      if (info.backingFile) throw new DriverError(`qemu driver: image ${imageId} has a backing file; refused`);
      if (info.format !== 'qcow2' && info.format !== 'raw') throw new DriverError(`qemu driver: image ${imageId} is ${info.format}; qcow2 or raw expected`);
      renameSync(tmp, path);
      const base: BaseImage = { imageId, path, format: info.format, virtualSize: info.virtualSize, ...(await this.extractBoot(imageId, path, info.format)) };
      writeFileSync(join(this.dir, `${imageId}.json`), JSON.stringify(base));
      appendFileSync(join(this.dir, 'fetch.log'), `${new Date().toISOString()} ${imageId} ${size}\n`);
      return base;
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err instanceof DriverError ? err : new DriverError(`qemu driver: fetching image ${imageId} failed: ${(err as Error).message}`);
    }
  }

  /** Kernel and initrd from the image's ext2 /boot, if it has them (debugfs reads the file system without mounting it). */
  private async extractBoot(imageId: string, path: string, format: string): Promise<{ kernel?: string; initrd?: string }> {
    if (!which('debugfs')) return {};
    const raw = `${path}.raw-${process.pid}`;
    try {
      await run('qemu-img', ['convert', '-f', format, '-O', 'raw', path, raw]);
      const kernel = join(this.dir, `${imageId}.vmlinuz`);
      const initrd = join(this.dir, `${imageId}.initrd`);
      await run('debugfs', ['-R', `dump /boot/vmlinuz ${kernel}`, raw]).catch(() => '');
      await run('debugfs', ['-R', `dump /boot/initrd.img ${initrd}`, raw]).catch(() => '');
      if (nonEmpty(kernel) && nonEmpty(initrd)) return { kernel, initrd };
      rmSync(kernel, { force: true });
      rmSync(initrd, { force: true });
      return {};
    } catch {
      return {};
    } finally {
      rmSync(raw, { force: true });
    }
  }
}

function nonEmpty(path: string): boolean {
  return existsSync(path) && statSync(path).size > 0;
}
