// Actions with no driver work — lock, unlock, metadata and tags — as one
// record change, computed the same way by whichever owner holds the server
// (its instance actor, or the conductor for a server no host holds).
import { InvalidArgumentError, NotFoundError } from '../actor/errors.js';
import type { InstanceActionRequest__Output, Server__Output } from '../gen/types.js';
import { MAX_METADATA_ITEMS, MAX_TAGS } from './fields.js';
import type { ServerPatch } from './record.js';

/** The change an instant action makes, or undefined if the action is not instant. */
export function instantPatch(server: Server__Output, req: InstanceActionRequest__Output): ServerPatch | undefined {
  switch (req.action) {
    case 'lock':
      return { locked: true, locked_reason: req.lock?.reason ?? '', locked_by: req.admin ? 'admin' : 'owner' };
    case 'unlock':
      return { locked: false, locked_reason: '', locked_by: '' };
    case 'set_metadata': {
      const set = req.set_metadata!;
      const metadata = set.replace ? { ...set.metadata } : { ...server.metadata, ...set.metadata };
      if (Object.keys(metadata).length > MAX_METADATA_ITEMS) throw InvalidArgumentError.field('metadata', `a server may have at most ${MAX_METADATA_ITEMS} metadata items`);
      return { metadata };
    }
    case 'delete_metadata': {
      const metadata = { ...server.metadata };
      for (const k of req.delete_metadata!.keys) {
        if (!(k in metadata)) throw new NotFoundError('metadata key', k);
        delete metadata[k];
      }
      return { metadata };
    }
    case 'set_tags': {
      const set = req.set_tags!;
      const tags = [...new Set(set.replace ? set.tags : [...server.tags, ...set.tags])];
      if (tags.length > MAX_TAGS) throw InvalidArgumentError.field('tags', `a server may have at most ${MAX_TAGS} tags`);
      return { tags };
    }
    case 'delete_tags': {
      const del = req.delete_tags!;
      if (!del.all) for (const t of del.tags) if (!server.tags.includes(t)) throw new NotFoundError('tag', t);
      return { tags: del.all ? [] : server.tags.filter((t) => !del.tags.includes(t)) };
    }
    default:
      return undefined;
  }
}
