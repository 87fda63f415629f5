// --timings and --debug: every SDK call goes through a wrapper that times it
// (and logs it under --debug), by wrapping the client's stub methods in place.
import type { KumoClient } from '../client/client.js';
import { renderTable } from './format.js';

export interface CallRecord {
  rpc: string;
  ms: number;
  /** 'OK' or the error's code name. */
  outcome: string;
}

type AsyncMethod = (request: unknown, opts?: unknown) => Promise<unknown>;

/** Buffers (user data) as their size, so a debug log line stays a line. */
function requestText(request: unknown): string {
  return JSON.stringify(request, (_k, v: unknown) => {
    if (typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'Buffer') {
      const data = (v as { data?: unknown }).data;
      return `<${Array.isArray(data) ? data.length : '?'} bytes>`;
    }
    return v;
  });
}

export function instrument(client: KumoClient, onCall: (rec: CallRecord) => void, log?: (line: string) => void): void {
  const stubs: Array<[string, object]> = [
    ['ServerService', client.servers.api],
    ['FlavorService', client.flavors],
    ['ImageService', client.images],
    ['KeypairService', client.keypairs],
    ['HypervisorService', client.hypervisors],
    ['AggregateService', client.aggregates],
    ['ServerGroupService', client.serverGroups],
    ['AvailabilityZoneService', client.availabilityZones],
    ['PlacementService', client.placement],
    ['ConsoleAuthService', client.consoleAuth],
    ['NetworkService', client.networks],
  ];
  for (const [service, stub] of stubs) {
    const methods = stub as Record<string, unknown>;
    for (const [name, fn] of Object.entries(methods)) {
      if (typeof fn !== 'function') continue;
      const call = fn as AsyncMethod;
      const rpc = `${service}/${name}`;
      methods[name] = async (request: unknown, opts?: unknown): Promise<unknown> => {
        log?.(`call ${rpc} ${requestText(request)}`);
        const start = performance.now();
        try {
          const res = await call(request, opts);
          const ms = performance.now() - start;
          onCall({ rpc, ms, outcome: 'OK' });
          log?.(`${rpc} -> OK in ${ms.toFixed(1)} ms`);
          return res;
        } catch (err) {
          const ms = performance.now() - start;
          const outcome = (err as { codeName?: string }).codeName ?? 'failed';
          onCall({ rpc, ms, outcome });
          log?.(`${rpc} -> ${outcome} in ${ms.toFixed(1)} ms`);
          throw err;
        }
      };
    }
  }
}

/** The --timings report: one row per call and the whole command. */
export function timingsTable(calls: readonly CallRecord[], totalMs: number): string {
  const rows = calls.map((c) => [c.outcome === 'OK' ? c.rpc : `${c.rpc} (${c.outcome})`, (c.ms / 1000).toFixed(3)]);
  rows.push([`Total (${calls.length} calls, whole command)`, (totalMs / 1000).toFixed(3)]);
  return renderTable(['RPC', 'Seconds'], rows);
}
