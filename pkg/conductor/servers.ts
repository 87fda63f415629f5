// Server reads from the view, and deletes of servers no host owns.
import { NotFoundError, asKumoError } from '../actor/errors.js';
import type { ActorSystem, CallContext } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { InstanceProtocol } from '../compute/protocol.js';
import type * as g from '../gen/types.js';
import { nextRecord, serverRecordCodec } from '../lifecycle/record.js';
import { NO_TASK } from '../lifecycle/states.js';
import type { StateLog } from '../statelog/statelog.js';
import { StateConflictError } from '../statelog/errors.js';
import type { Encoded } from '../actor/encoded.js';
import { listServers, type WireExtras } from './server_listing.js';
import { encodeServerPage } from './server_wire.js';
import type { InstanceActionRecorder } from '../events/recorder.js';

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

  /** One page, from the view's listing index (server_listing.ts), encoded from the stored records (server_wire.ts). */
  list(req: g.ListServersRequest__Output, ctx: CallContext, extras?: WireExtras): Encoded<g.ListServersResponse> {
    const page = listServers(this.view, req, ctx, extras);
    return encodeServerPage(page.servers, page.nextPageToken);
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
