// SystemService.GetStatus: `kumo status`, the operator's first screen.
// Gathered by the answering API process, each part on its own so one that
// fails (no conductor, no stream) is reported rather than failing the rest:
// which processes answer the status broadcast (pkg/status), hosts by state
// (a conductor's compute service list), each conductor's applied sequence
// against the stream's last sequence, the stream, and this process's NATS
// connection.
import type { Logger } from 'pino';
import { InvalidArgumentError } from '../actor/errors.js';
import type { ActorSystem } from '../actor/runtime.js';
import { STATE_STREAM, subjects } from '../actor/subjects.js';
import { ConductorProtocol } from '../conductor/protocol.js';
import type { SystemServiceHandlers } from '../gen/kumo/compute/v1/SystemService.js';
import type * as g from '../gen/types.js';
import { gatherProcessStatus } from '../status/process_status.js';
import { unary, type ApiCall } from './unary.js';

/** Every kind of Kumo process, always listed (DOWN when none answered). */
export const SERVICE_KINDS = ['kumo-api', 'kumo-conductor', 'kumo-scheduler', 'kumo-compute'] as const;
const DEFAULT_WAIT_MS = 500;
const MAX_WAIT_MS = 10_000;

export function systemService(system: ActorSystem, log: Logger): SystemServiceHandlers {
  const nc = system.nc;
  let reconnects = 0;
  void (async () => {
    for await (const s of nc.status()) if (s.type === 'reconnect') reconnects++;
  })();

  const stream = async (): Promise<g.StreamStatus> => {
    try {
      const jsm = await nc.jetstreamManager({ checkAPI: false });
      const info = await jsm.streams.info(STATE_STREAM);
      return {
        name: STATE_STREAM,
        messages: info.state.messages,
        bytes: info.state.bytes,
        first_seq: info.state.first_seq,
        last_seq: info.state.last_seq,
        consumers: info.state.consumer_count,
        subjects: info.state.num_subjects ?? 0,
        replicas: info.config.num_replicas,
        error: '',
      };
    } catch (err) {
      return { name: STATE_STREAM, error: (err as Error).message };
    }
  };

  const hosts = async (call: ApiCall): Promise<g.HostCounts> => {
    const { services } = await system.ref(subjects.conductor(), ConductorProtocol).call('ListComputeServices', { host: '' }, { parent: call.envelope });
    return {
      total: services.length,
      up: services.filter((s) => s.state === 'up').length,
      down: services.filter((s) => s.state !== 'up').length,
      disabled: services.filter((s) => s.status === 'disabled').length,
      forced_down: services.filter((s) => s.forced_down).length,
    };
  };

  const natsStatus = async (): Promise<g.NatsStatus> => {
    const info = nc.info;
    const rtt = await nc.rtt().catch(() => -1);
    return {
      connected: !nc.isClosed() && info !== undefined,
      server: nc.getServer(),
      server_id: info?.server_id ?? '',
      version: info?.version ?? '',
      rtt_ms: rtt,
      jetstream: Boolean(info?.jetstream),
      reconnects,
    };
  };

  return {
    GetStatus: unary(log, 'GetStatus', async (req, call) => {
      if (req.wait_ms < 0 || req.wait_ms > MAX_WAIT_MS) throw InvalidArgumentError.field('wait_ms', `must be 0 to ${MAX_WAIT_MS}`);
      const waitMs = req.wait_ms || DEFAULT_WAIT_MS;
      const [processes, hostCounts, streamStatus, natsState] = await Promise.all([
        gatherProcessStatus(system, waitMs),
        hosts(call).catch((err: unknown) => {
          log.info({ err }, 'status: no conductor answered the host list');
          return null;
        }),
        stream(),
        natsStatus(),
      ]);
      const services: g.ServiceStatus[] = SERVICE_KINDS.map((service) => {
        const mine = processes.filter((p) => p.service === service).sort((a, b) => a.name.localeCompare(b.name));
        return {
          service,
          state: mine.length ? 'UP' : 'DOWN',
          processes: mine.map((p) => ({ name: p.name, pid: p.pid, hostname: p.hostname, uptime_ms: p.uptime_ms, hosts: p.hosts })),
        };
      });
      const last = Number(streamStatus.last_seq ?? 0);
      const conductors: g.ConductorStatus[] = processes
        .filter((p) => p.service === 'kumo-conductor')
        .map((p) => ({
          conductor_id: p.conductor_id,
          name: p.name,
          applied_seq: p.applied_seq,
          lag: Math.max(0, last - Number(p.applied_seq)),
          applied_age_ms: p.applied_age_ms,
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      return { services, hosts: hostCounts, conductors, stream: streamStatus, nats: natsState };
    }),
  };
}
