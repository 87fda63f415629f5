// The SDK's server actions, as novaclient's ServerManager has them
// (`kumo.servers.pause(id)`): one method per action RPC of ServerService.
// ServerManager (client.ts) extends this class, so they are called on
// `client.servers`.
import type { ServerServiceDefinition } from '../gen/kumo/compute/v1/ServerService.js';
import type { Image__Output, RemoteConsole__Output, Server__Output } from '../gen/types.js';
import type { CallOptions, Stub } from './stub.js';

/** A snapshot just asked for: the new image (QUEUED until uploaded) and the server with its task set. */
export interface ServerImage {
  image: Image__Output;
  server: Server__Output;
}

export class ServerActions {
  constructor(readonly api: Stub<ServerServiceDefinition>) {}

  /**
   * The server an action answered with. Every action answers with it; if
   * one ever does not, the server is read back rather than failing an
   * action that was accepted.
   */
  private async serverOf(id: string, res: Promise<{ server: Server__Output | null }>): Promise<Server__Output> {
    const { server } = await res;
    return server ?? (await this.api.GetServer({ id })).server!;
  }

  /** Pauses an ACTIVE server in memory (PAUSED). */
  pause(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.PauseServer({ id }, opts));
  }

  unpause(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.UnpauseServer({ id }, opts));
  }

  /** Suspends an ACTIVE server to disk (SUSPENDED). */
  suspend(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.SuspendServer({ id }, opts));
  }

  resume(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.ResumeServer({ id }, opts));
  }

  /** Locks a server: only admins can act on it until it is unlocked. */
  lock(id: string, reason = '', opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.LockServer({ id, reason }, opts));
  }

  unlock(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.UnlockServer({ id }, opts));
  }

  /** Re-creates the guest from `imageId` (default: its current image), optionally renaming it. */
  rebuild(id: string, params: { imageId?: string; name?: string } = {}, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.RebuildServer({ id, image_id: params.imageId ?? '', name: params.name ?? '' }, opts));
  }

  /** Moves the server to a new flavor; it ends in VERIFY_RESIZE, to confirm or revert. */
  resize(id: string, flavorId: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.ResizeServer({ id, flavor_id: flavorId }, opts));
  }

  /** Confirms a resize or cold migration in VERIFY_RESIZE. */
  confirmResize(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.ConfirmResizeServer({ id }, opts));
  }

  /** Reverts a resize or cold migration in VERIFY_RESIZE. */
  revertResize(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.RevertResizeServer({ id }, opts));
  }

  /** Cold-migrates the server (admins); `host` empty lets the scheduler choose. Ends in VERIFY_RESIZE. */
  migrate(id: string, params: { host?: string } = {}, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.MigrateServer({ id, host: params.host ?? '' }, opts));
  }

  /** Live-migrates a running server (admins). */
  liveMigrate(id: string, params: { host?: string; blockMigration?: boolean } = {}, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.LiveMigrateServer({ id, host: params.host ?? '', block_migration: params.blockMigration ?? false }, opts));
  }

  /** Rebuilds the server on another host when its own is down (admins). */
  evacuate(id: string, params: { host?: string } = {}, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.EvacuateServer({ id, host: params.host ?? '' }, opts));
  }

  shelve(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.ShelveServer({ id }, opts));
  }

  shelveOffload(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.ShelveOffloadServer({ id }, opts));
  }

  unshelve(id: string, params: { availabilityZone?: string } = {}, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.UnshelveServer({ id, availability_zone: params.availabilityZone ?? '' }, opts));
  }

  /** Boots the server from a rescue image (default: its own image), its disk attached. */
  rescue(id: string, params: { imageId?: string } = {}, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.RescueServer({ id, image_id: params.imageId ?? '' }, opts));
  }

  unrescue(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.UnrescueServer({ id }, opts));
  }

  /** Restores a SOFT_DELETED server. */
  restore(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.RestoreServer({ id }, opts));
  }

  /** Deletes a SOFT_DELETED server now. */
  forceDelete(id: string, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.ForceDeleteServer({ id }, opts));
  }

  /** Snapshots the server into a new image named `name`. */
  async createImage(id: string, name: string, metadata: Readonly<Record<string, string>> = {}, opts?: CallOptions): Promise<ServerImage> {
    const res = await this.api.CreateServerImage({ id, name, metadata: { ...metadata } }, opts);
    if (!res.image) throw new Error(`CreateServerImage for server ${id} answered without an image`);
    return { image: res.image, server: res.server ?? (await this.api.GetServer({ id })).server! };
  }

  /** Sets metadata keys (merged), or replaces all metadata with `metadata` when `replace`. */
  setMetadata(id: string, metadata: Readonly<Record<string, string>>, params: { replace?: boolean } = {}, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.SetServerMetadata({ id, metadata: { ...metadata }, replace: params.replace ?? false }, opts));
  }

  /** Removes metadata keys; each must exist. */
  deleteMetadata(id: string, keys: readonly string[], opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.DeleteServerMetadata({ id, keys: [...keys] }, opts));
  }

  /** Adds tags, or replaces all tags with `tags` when `replace`. */
  setTags(id: string, tags: readonly string[], params: { replace?: boolean } = {}, opts?: CallOptions): Promise<Server__Output> {
    return this.serverOf(id, this.api.SetServerTags({ id, tags: [...tags], replace: params.replace ?? false }, opts));
  }

  /** Removes the given tags (each must exist), or every tag with 'all'. */
  deleteTags(id: string, tags: readonly string[] | 'all', opts?: CallOptions): Promise<Server__Output> {
    const request = tags === 'all' ? { id, tags: [], all: true } : { id, tags: [...tags], all: false };
    return this.serverOf(id, this.api.DeleteServerTags(request, opts));
  }

  /** The console log; with `length`, only its last `length` lines. */
  async consoleOutput(id: string, params: { length?: number } = {}, opts?: CallOptions): Promise<string> {
    return (await this.api.GetConsoleOutput({ id, length: params.length ?? 0 }, opts)).output;
  }

  /** A console URL with a one-time token (protocol "vnc", type "novnc"). */
  async remoteConsole(id: string, params: { protocol?: string; type?: string } = {}, opts?: CallOptions): Promise<RemoteConsole__Output> {
    const res = await this.api.CreateRemoteConsole({ id, protocol: params.protocol ?? '', type: params.type ?? '' }, opts);
    if (!res.console) throw new Error(`CreateRemoteConsole for server ${id} answered without a console`);
    return res.console;
  }
}
