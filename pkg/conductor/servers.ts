// Server reads from the view, and deletes of servers no host owns.
import { NotFoundError, asKumoError } from '../actor/errors.js';
import type { ActorSystem, CallContext } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { InstanceProtocol } from '../compute/protocol.js';
import type * as g from '../gen/types.js';
import { nextRecord, serverRecordCodec } from '../lifecycle/record.js';
import { NO_TASK } from '../lifecycle/states.js';
import type { StateLog } from '../statelog/statelog.js';
import { timestampMs } from '../util/timestamp.js';
import { StateConflictError } from '../statelog/errors.js';
import { encodePageToken, pageOf } from './paging.js';
import type { InstanceActionRecorder } from '../events/recorder.js';

const PAGE_BYTES = 600 * 1024;

/** An upper-bound guess of a server's encoded size: its text fields and metadata dominate. */
function approximateSize(s: g.Server__Output): number {
  let n = 600 + s.name.length + s.key_name.length;
  for (const [k, v] of Object.entries(s.metadata)) n += k.length + v.length + 8;
  if (s.fault) n += s.fault.message.length + s.fault.details.length;
  for (const a of s.addresses) n += a.network.length + a.address.length + a.mac_address.length + 16;
  return n;
}
import type { ConductorView } from './view.js';

export class ServerReads {
  constructor(
    private readonly system: ActorSystem,
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
    /** Records a local delete as the server's "delete" action (optional so tests can read without one). */
    private readonly recorder?: InstanceActionRecorder,
  ) {}

  /** The caller's server; another project's is NOT_FOUND, never PERMISSION_DENIED. */
  record(id: string, ctx: CallContext): g.ServerRecord__Output {
    const r = this.view.servers.get(id);
    if (!r || (ctx.projectId && r.server!.project_id !== ctx.projectId)) throw new NotFoundError('server', id);
    return r;
  }

  list(req: g.ListServersRequest__Output, ctx: CallContext): g.ListServersResponse {
    const matches: g.Server__Output[] = [];
    for (const r of this.view.servers.values()) {
      const s = r.server!;
      if (ctx.projectId && s.project_id !== ctx.projectId) continue;
      if (req.status !== 'SERVER_STATUS_UNSPECIFIED' && s.status !== req.status) continue;
      if (req.name && !s.name.includes(req.name)) continue;
      if (req.host && s.host !== req.host) continue;
      if (req.flavor_id && s.flavor?.id !== req.flavor_id) continue;
      if (req.image_id && s.image_id !== req.image_id) continue;
      if (req.reservation_id && s.reservation_id !== req.reservation_id) continue;
      matches.push(s);
    }
    // Newest first, as Nova lists; the sort key doubles as the page key.
    const key = (s: g.Server__Output): string => `${(9e15 - timestampMs(s.create_time)).toString().padStart(16, '0')}/${s.id}`;
    matches.sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const page = pageOf(matches, key, req.page_size, req.page_token);
    // A page must fit in one NATS message: cut it short (with a token for the rest) when servers carry much metadata.
    let bytes = 0;
    for (let i = 0; i < page.items.length; i++) {
      bytes += approximateSize(page.items[i]!);
      if (bytes > PAGE_BYTES && i > 0) return { servers: page.items.slice(0, i), next_page_token: encodePageToken(key(page.items[i - 1]!)) };
    }
    return { servers: page.items, next_page_token: page.nextPageToken };
  }

  /** Deletes through the owning instance actor, or locally when no host holds the server. */
  async delete(id: string, ctx: CallContext): Promise<void> {
    // A host may claim the server (or hand it back) while we decide; the
    // tombstone is a compare-and-set on the generation, so on a conflict we
    // catch up with the log and decide again.
    let recording = false;
    for (let attempt = 0; ; attempt++) {
      const record = this.record(id, ctx);
      const host = record.server!.host;
      if (host) {
        try {
          await this.system.ref(subjects.instance(id), InstanceProtocol).call('Act', { delete: { id }, admin: (ctx.roles ?? []).includes('admin') }, { parent: ctx });
          return;
        } catch (err) {
          const reason = asKumoError(err).reason;
          // INSTANCE_MOVED: the host just handed it back; decide again below.
          if (reason === 'INSTANCE_MOVED' && attempt < 5) {
            // The hand-back may not be logged yet: give it a moment, then catch up.
            await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
            await this.view.waitFor(await this.stateLog.lastSequence());
            continue;
          }
          // Nova's "local delete": the host is gone, so the record is all there is; the host reaps the guest when it returns.
          if (reason !== 'NO_RESPONDERS') throw err;
          ctx.log.warn({ instance: id, host }, 'host not answering; deleting the record locally');
        }
      }
      const tomb = nextRecord(record, { vm_state: 'VM_STATE_DELETED', task_state: NO_TASK });
      // The local delete is the server's "delete" action (a delete through its host is recorded there).
      if (!recording) this.recorder?.start(record.server!, 'delete', ctx);
      recording = true;
      try {
        const writeTombstone = async (): Promise<void> => {
          const seq = await this.stateLog.appendExclusive('server', id, tomb.generation, 'delete', serverRecordCodec.encode(tomb));
          await this.view.waitFor(seq);
        };
        if (this.recorder) await this.recorder.event(id, ctx.requestId, 'conductor_local_delete', '', writeTombstone);
        else await writeTombstone();
        this.recorder?.finish(tomb.server!, 'delete', ctx.requestId);
        return;
      } catch (err) {
        if (!(err instanceof StateConflictError) || attempt >= 5) {
          this.recorder?.finish(record.server!, 'delete', ctx.requestId, err);
          throw err;
        }
        await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        await this.view.waitFor(await this.stateLog.lastSequence());
      }
    }
  }
}
