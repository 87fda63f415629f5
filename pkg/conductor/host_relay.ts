// The conductor's side of HostConductorProtocol (host_protocol.ts): what a
// compute host asks on its own subject, kumo.v1.rpc.conductor.host.<host>.
// The calling host is that subject's last token — NATS lets only that
// host's credential publish there — and nothing in the payload or the
// envelope (identity, roles) is trusted. Each call is checked against the
// server's newest state-log entry (read directly, as hosts do, so a view
// that lags does not refuse a move the source just logged):
//   - SelectDestination, RegisterSnapshot, FinishSnapshot: the server is
//     on the calling host;
//   - RescheduleBuild: the calling host handed the server back (the newest
//     entry is the record it sent, host cleared, with it as the last try);
//   - PrepareMigration: the calling host owns the server and is the move's
//     source; the destination is another host this conductor knows;
//   - FinishMigration: the logged record names a migration with that id
//     whose parties are the caller and the host the record now names;
//   - ReleaseMigration: the caller and peer_host are the parties of the
//     logged migration with that id, or the caller owns the server (a move
//     it started that the log does not show yet: whatever another host
//     keeps for the server comes from its owner's moves).
// Migration calls are then delivered to the peer's host actor and its
// answer (or error) returned; compute hosts never address each other.
import { InvalidArgumentError, KumoError } from '../actor/errors.js';
import type { ActorSystem, CallContext, Handlers } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import { HostProtocol } from '../compute/protocol.js';
import type * as g from '../gen/types.js';
import type { StateLog } from '../statelog/statelog.js';
import type { BuildTask } from './build.js';
import type { Catalog } from './catalog.js';
import type { HostConductorProtocol } from './host_protocol.js';
import type { HypervisorTable } from './hypervisors.js';
import type { ServerActions } from './server_actions.js';
import type { ConductorView } from './view.js';

/** A compute host asked for something about a server or a move it is not a party of. */
export class HostNotPartyError extends KumoError {
  constructor(host: string, what: string) {
    super('PERMISSION_DENIED', `host ${host} may not ${what}`, { reason: 'HOST_NOT_PARTY', metadata: { host, what } });
    this.name = 'HostNotPartyError';
  }
}

const HOST_SUBJECT_PREFIX = subjects.conductorForHost('_').slice(0, -1);

/** The calling host: the token after the prefix of the subject the call came on. */
export function callingHost(ctx: CallContext): string {
  const received = ctx.received ?? '';
  const host = received.startsWith(HOST_SUBJECT_PREFIX) ? received.slice(HOST_SUBJECT_PREFIX.length) : '';
  // Only the builder's own output counts (one valid token).
  let valid = false;
  try {
    valid = host !== '' && subjects.conductorForHost(host) === received;
  } catch {
    valid = false;
  }
  if (!valid) throw new HostNotPartyError(host || '?', `call on ${received || '(unknown subject)'}`);
  return host;
}

/** The call's context with the envelope's identity dropped: a host's word about who it acts for is not taken. */
function asHost(ctx: CallContext): CallContext {
  return { ...ctx, projectId: '', userId: '', roles: [] };
}

export interface HostRelayDeps {
  system: ActorSystem;
  view: ConductorView;
  stateLog: StateLog;
  hypervisors: HypervisorTable;
  build: BuildTask;
  actions: ServerActions;
  catalog: Catalog;
}

export class HostRelay {
  constructor(private readonly d: HostRelayDeps) {}

  handlers(): Handlers<HostConductorProtocol> {
    return {
      SelectDestination: async (req, ctx) => {
        const host = callingHost(ctx);
        const record = await this.ownedBy(host, req.record?.server?.id ?? '', 'schedule a move of');
        return this.d.actions.selectDestination({ ...req, record, ignore_hosts: [...new Set([host, ...req.ignore_hosts])] }, asHost(ctx));
      },
      RegisterSnapshot: async (req, ctx) => {
        const record = await this.ownedBy(callingHost(ctx), req.id, 'register a snapshot of');
        return { image: await this.d.catalog.registerSnapshot(record.server!, req.name, req.metadata), server: record.server };
      },
      FinishSnapshot: async (req, ctx) => {
        const host = callingHost(ctx);
        let image = this.d.view.live(this.d.view.images, req.image_id);
        if (!image) {
          await this.d.view.waitFor(await this.d.stateLog.lastSequence());
          image = this.d.view.live(this.d.view.images, req.image_id);
        }
        // Deleted while the snapshot ran: nothing to finish.
        if (!image) return {};
        // Also of a server deleted meanwhile (a failed snapshot still ends its image).
        await this.ownedBy(host, image.properties['instance_uuid'] ?? '', `finish image ${req.image_id} of`, true);
        await this.d.actions.finishSnapshot(req, asHost(ctx));
        return {};
      },
      RescheduleBuild: async (req, ctx) => {
        const host = callingHost(ctx);
        const id = req.record?.server?.id ?? '';
        if (!id) throw InvalidArgumentError.field('record', 'required');
        const latest = await this.d.stateLog.latestServer(id);
        const r = latest?.record;
        const handedBack =
          latest?.op === 'put' &&
          r?.server?.host === '' &&
          r.server.task_state === 'TASK_STATE_SCHEDULING' &&
          r.generation === req.record!.generation &&
          r.tried_hosts[r.tried_hosts.length - 1] === host;
        if (!handedBack) throw new HostNotPartyError(host, `reschedule the build of server ${id}`);
        return this.d.build.reschedule({ record: r, reason: req.reason }, asHost(ctx));
      },
      PrepareMigration: async (req, ctx) => {
        const host = callingHost(ctx);
        const m = req.record?.migration;
        const record = await this.ownedBy(host, req.record?.server?.id ?? '', 'move');
        if (!m?.id || m.source_host !== host) throw new HostNotPartyError(host, `start a move of server ${record.server!.id} it is not the source of`);
        const dest = m.dest_host;
        if (!dest || dest === host || !this.d.hypervisors.judge(dest).known) throw new HostNotPartyError(host, `move server ${record.server!.id} to ${dest || '(none)'}: not a known compute host`);
        // The server as the log has it, with the move the source proposes.
        return this.peer(dest).call('PrepareMigration', { record: { ...record, migration: m } }, { parent: asHost(ctx) });
      },
      FinishMigration: async (req, ctx) => {
        const host = callingHost(ctx);
        const id = req.record?.server?.id ?? '';
        const migrationId = req.record?.migration?.id ?? '';
        if (!id || !migrationId) throw InvalidArgumentError.field('record', 'server id and migration are required');
        const latest = await this.d.stateLog.latestServer(id);
        const r = latest?.record;
        const lm = r?.migration;
        const target = r?.server?.host ?? '';
        const parties = lm ? [lm.source_host, lm.dest_host] : [];
        if (latest?.op !== 'put' || lm?.id !== migrationId || !target || target === host || !parties.includes(host) || !parties.includes(target)) {
          throw new HostNotPartyError(host, `hand server ${id} over: the log shows no migration ${migrationId} from it to the server's host`);
        }
        // The record as logged, not as sent.
        return this.peer(target).call('FinishMigration', { record: r }, { parent: asHost(ctx) });
      },
      ReleaseMigration: async (req, ctx) => {
        const host = callingHost(ctx);
        const peer = req.peer_host;
        // An empty migration id would release any hold the peer keeps for the server.
        if (!req.id || !req.migration_id || !peer) throw InvalidArgumentError.field('migration_id', 'server id, migration id and peer host are required');
        const latest = await this.d.stateLog.latestServer(req.id);
        const r = latest?.record;
        const lm = r?.migration;
        const parties = lm?.id === req.migration_id ? [lm.source_host, lm.dest_host] : [];
        const ofLoggedMove = peer !== host && parties.includes(host) && parties.includes(peer);
        const ofOwnMove = peer !== host && r?.server?.host === host && this.d.hypervisors.judge(peer).known;
        if (!ofLoggedMove && !ofOwnMove) throw new HostNotPartyError(host, `release migration ${req.migration_id} of server ${req.id} on ${peer}`);
        return this.peer(peer).call('ReleaseMigration', { id: req.id, migration_id: req.migration_id }, { parent: asHost(ctx) });
      },
    };
  }

  private peer(host: string) {
    return this.d.system.ref(subjects.host(host), HostProtocol);
  }

  /** The server's newest logged record, if it is a live server on `host` (or, with `deleted`, was when deleted). */
  private async ownedBy(host: string, id: string, what: string, deleted = false): Promise<g.ServerRecord__Output> {
    if (!id) throw InvalidArgumentError.field('id', 'server id is required');
    const latest = await this.d.stateLog.latestServer(id);
    if (!latest || (latest.op !== 'put' && !deleted) || latest.record.server?.host !== host) throw new HostNotPartyError(host, `${what} server ${id}: it is not on this host`);
    return latest.record;
  }
}
