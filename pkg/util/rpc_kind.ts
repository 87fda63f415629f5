// Which public RPCs are reads: they change nothing, so they carry no request
// id and report no state-log sequence. Every other RPC is a write.
export function isReadRpc(rpc: string): boolean {
  return /^(Get|List|Watch|Explain|Validate|Download)/.test(rpc);
}
