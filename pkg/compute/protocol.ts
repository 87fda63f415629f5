// Protocols of the compute actors: one host actor per hypervisor host
// (kumo.v1.rpc.host.<host>) and one instance actor per instance
// (kumo.v1.rpc.inst.<uuid>), living on the instance's current host.
import { method } from '../actor/protocol.js';
import type * as g from '../gen/types.js';

const C = 'kumo.compute.v1.';

const I = 'kumo.internal.v1.';

export const HostProtocol = {
  BuildAndRunInstance: method<g.BuildAndRunInstanceRequest, g.BuildAndRunInstanceRequest__Output, g.BuildAndRunInstanceResponse, g.BuildAndRunInstanceResponse__Output>(
    `${I}BuildAndRunInstanceRequest`,
    `${I}BuildAndRunInstanceResponse`,
  ),
  /** Destination side of a move: claim the resources. */
  PrepareMigration: method<g.PrepareMigrationRequest, g.PrepareMigrationRequest__Output, g.PrepareMigrationResponse, g.PrepareMigrationResponse__Output>(`${I}PrepareMigrationRequest`, `${I}PrepareMigrationResponse`),
  /** Destination side of a move: take the server over. */
  FinishMigration: method<g.FinishMigrationRequest, g.FinishMigrationRequest__Output, g.FinishMigrationResponse, g.FinishMigrationResponse__Output>(`${I}FinishMigrationRequest`, `${I}FinishMigrationResponse`),
  /** Either side: drop what the host holds for a migration. */
  ReleaseMigration: method<g.ReleaseMigrationRequest, g.ReleaseMigrationRequest__Output, g.ReleaseMigrationResponse, g.ReleaseMigrationResponse__Output>(`${I}ReleaseMigrationRequest`, `${I}ReleaseMigrationResponse`),
  /** Anti-entropy: every record the host holds for instances it runs (its LMDB, the source of truth for what runs there). */
  GetHostState: method<g.GetHostStateRequest, g.GetHostStateRequest__Output, g.GetHostStateResponse, g.GetHostStateResponse__Output>(`${I}GetHostStateRequest`, `${I}GetHostStateResponse`),
};
export type HostProtocol = typeof HostProtocol;

export const InstanceProtocol = {
  GetServer: method<g.GetServerRequest, g.GetServerRequest__Output, g.GetServerResponse, g.GetServerResponse__Output>(`${C}GetServerRequest`, `${C}GetServerResponse`),
  /** Every action, checked against pkg/lifecycle/actions.ts in the actor's mailbox. */
  /** Consumes a one-time console token issued by this actor. */
  ValidateConsoleToken: method<g.ValidateConsoleTokenRequest, g.ValidateConsoleTokenRequest__Output, g.ValidateConsoleTokenResponse, g.ValidateConsoleTokenResponse__Output>(`${C}ValidateConsoleTokenRequest`, `${C}ValidateConsoleTokenResponse`),
  Act: method<g.InstanceActionRequest, g.InstanceActionRequest__Output, g.InstanceActionResponse, g.InstanceActionResponse__Output>(`${I}InstanceActionRequest`, `${I}InstanceActionResponse`),
};
export type InstanceProtocol = typeof InstanceProtocol;
