// Every Kumo process answers status queries on one broadcast subject
// (kumo.v1.rpc.status, no queue group), so `kumo status` learns which
// processes are up from the processes themselves, and each conductor
// reports how far its view has applied the state log.
import { hostname } from 'node:os';
import { RequestStrategy } from 'nats';
import { HDR, writeEnvelope } from '../actor/envelope.js';
import { method } from '../actor/protocol.js';
import { decodeError, type ActorHandle, type ActorSystem } from '../actor/runtime.js';
import { subjects } from '../actor/subjects.js';
import type { ProcessStatusRequest, ProcessStatusRequest__Output, ProcessStatusResponse, ProcessStatusResponse__Output } from '../gen/types.js';

export const StatusProtocol = {
  /** What this process is, and (conductors) how far its view applied the log. */
  ProcessStatus: method<ProcessStatusRequest, ProcessStatusRequest__Output, ProcessStatusResponse, ProcessStatusResponse__Output>(
    'kumo.internal.v1.ProcessStatusRequest',
    'kumo.internal.v1.ProcessStatusResponse',
  ),
};
export type StatusProtocol = typeof StatusProtocol;

/** What a service adds to its process's answer (a conductor: its view; a compute process: its hosts). */
export type ProcessStatusExtra = Pick<ProcessStatusResponse, 'applied_seq' | 'applied_age_ms' | 'conductor_id' | 'hosts'>;

const STARTED_MS = Date.now();

/** Serves this process's status; `extra` is asked on every query. */
export function serveProcessStatus(system: ActorSystem, service: string, extra?: () => ProcessStatusExtra): ActorHandle {
  return system.serve(subjects.processStatus(), StatusProtocol, {
    ProcessStatus: async () => ({
      service,
      name: `${service}-${process.pid}`,
      pid: process.pid,
      hostname: hostname(),
      uptime_ms: Date.now() - STARTED_MS,
      ...extra?.(),
    }),
  });
}

/** Asks every process for its status and collects what arrives within `waitMs`. */
export async function gatherProcessStatus(system: ActorSystem, waitMs: number): Promise<ProcessStatusResponse__Output[]> {
  const spec = StatusProtocol.ProcessStatus;
  const env = system.envelope('ProcessStatus', { timeoutMs: waitMs });
  const replies = await system.nc.requestMany(subjects.processStatus(), spec.request.encode({}), {
    maxWait: waitMs,
    strategy: RequestStrategy.Timer,
    headers: writeEnvelope(env),
  });
  const out: ProcessStatusResponse__Output[] = [];
  for await (const m of replies) {
    if (m.headers?.get(HDR.status) === 'error') {
      system.log.warn({ err: decodeError(m.data) }, 'a process refused the status query');
      continue;
    }
    out.push(spec.response.decode(m.data));
  }
  return out;
}
