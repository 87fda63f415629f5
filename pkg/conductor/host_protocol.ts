// What a compute host may ask the conductor, on its own subject
// (kumo.v1.rpc.conductor.host.<host>): a few calls of the conductor's own,
// and the migration calls it relays to the peer host of a move (hosts do
// not address each other). The conductor takes the calling host from the
// subject, which only that host's NATS credential may publish on
// (pkg/security/nats_authz.ts), never from the payload or the envelope.
// Handlers: pkg/conductor/host_relay.ts.
import { method } from '../actor/protocol.js';
import type * as g from '../gen/types.js';

const I = 'kumo.internal.v1.';

export const HostConductorProtocol = {
  /** Schedules a move of a server the calling host owns. */
  SelectDestination: method<g.SelectDestinationRequest, g.SelectDestinationRequest__Output, g.SelectDestinationResponse, g.SelectDestinationResponse__Output>(`${I}SelectDestinationRequest`, `${I}SelectDestinationResponse`),
  /** Registers the image a shelve of a server on the calling host writes (QUEUED until FinishSnapshot). */
  RegisterSnapshot: method<g.CreateServerImageRequest, g.CreateServerImageRequest__Output, g.CreateServerImageResponse, g.CreateServerImageResponse__Output>('kumo.compute.v1.CreateServerImageRequest', 'kumo.compute.v1.CreateServerImageResponse'),
  /** A snapshot of a server on the calling host is in place (or failed). */
  FinishSnapshot: method<g.FinishSnapshotRequest, g.FinishSnapshotRequest__Output, g.FinishSnapshotResponse, g.FinishSnapshotResponse__Output>(`${I}FinishSnapshotRequest`, `${I}FinishSnapshotResponse`),
  /** A build failed on the calling host, which handed the record back (logged): try the next alternate. */
  RescheduleBuild: method<g.RescheduleBuildRequest, g.RescheduleBuildRequest__Output, g.RescheduleBuildResponse, g.RescheduleBuildResponse__Output>(`${I}RescheduleBuildRequest`, `${I}RescheduleBuildResponse`),
  /** Relayed to the record's migration dest_host: the calling host, owner and source, asks it to claim. */
  PrepareMigration: method<g.PrepareMigrationRequest, g.PrepareMigrationRequest__Output, g.PrepareMigrationResponse, g.PrepareMigrationResponse__Output>(`${I}PrepareMigrationRequest`, `${I}PrepareMigrationResponse`),
  /** Relayed to the host the logged record names: the other party of its migration takes the server over. */
  FinishMigration: method<g.FinishMigrationRequest, g.FinishMigrationRequest__Output, g.FinishMigrationResponse, g.FinishMigrationResponse__Output>(`${I}FinishMigrationRequest`, `${I}FinishMigrationResponse`),
  /** Relayed to peer_host: drop what it holds for the migration. */
  ReleaseMigration: method<g.ReleaseMigrationRequest, g.ReleaseMigrationRequest__Output, g.ReleaseMigrationResponse, g.ReleaseMigrationResponse__Output>(`${I}ReleaseMigrationRequest`, `${I}ReleaseMigrationResponse`),
};
export type HostConductorProtocol = typeof HostConductorProtocol;
