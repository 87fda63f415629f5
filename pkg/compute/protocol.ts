// Protocols of the compute actors: one host actor per hypervisor host
// (kumo.v1.rpc.host.<host>) and one instance actor per instance
// (kumo.v1.rpc.inst.<uuid>), living on the instance's current host.
import { method } from '../actor/protocol.js';
import type * as g from '../gen/types.js';

const C = 'kumo.compute.v1.';

export const HostProtocol = {
  BuildAndRunInstance: method<g.BuildAndRunInstanceRequest, g.BuildAndRunInstanceRequest__Output, g.BuildAndRunInstanceResponse, g.BuildAndRunInstanceResponse__Output>(
    'kumo.internal.v1.BuildAndRunInstanceRequest',
    'kumo.internal.v1.BuildAndRunInstanceResponse',
  ),
};
export type HostProtocol = typeof HostProtocol;

export const InstanceProtocol = {
  GetServer: method<g.GetServerRequest, g.GetServerRequest__Output, g.GetServerResponse, g.GetServerResponse__Output>(`${C}GetServerRequest`, `${C}GetServerResponse`),
  StopServer: method<g.StopServerRequest, g.StopServerRequest__Output, g.StopServerResponse, g.StopServerResponse__Output>(`${C}StopServerRequest`, `${C}StopServerResponse`),
  StartServer: method<g.StartServerRequest, g.StartServerRequest__Output, g.StartServerResponse, g.StartServerResponse__Output>(`${C}StartServerRequest`, `${C}StartServerResponse`),
  RebootServer: method<g.RebootServerRequest, g.RebootServerRequest__Output, g.RebootServerResponse, g.RebootServerResponse__Output>(`${C}RebootServerRequest`, `${C}RebootServerResponse`),
  DeleteServer: method<g.DeleteServerRequest, g.DeleteServerRequest__Output, g.DeleteServerResponse, g.DeleteServerResponse__Output>(`${C}DeleteServerRequest`, `${C}DeleteServerResponse`),
};
export type InstanceProtocol = typeof InstanceProtocol;
