// Metrics of a Kumo process: the registry, the /metrics server, and what
// every service exposes (process, NATS, actors). Component metrics live in
// kumo.ts (api, scheduler, view, LMDB) and actor.ts (actor runtime).
import type { ActorSystem } from '../actor/runtime.js';
import { registerActorGauges } from './actor.js';
import { registerNatsMetrics } from './nats.js';
import { registerProcessMetrics } from './process.js';
import { defaultRegistry } from './registry.js';
import { startMetricsServer } from './server.js';

export { defaultRegistry, Registry, CONTENT_TYPE } from './registry.js';

export interface ProcessMetrics {
  /** The port /metrics is served on (the one chosen when 0 was asked). */
  readonly port: number;
  close(): Promise<void>;
}

/** Starts the process, NATS and actor metrics of `system` and serves /metrics on host:port. */
export async function serveProcessMetrics(system: ActorSystem, host: string, port: number): Promise<ProcessMetrics> {
  const stops = [
    registerProcessMetrics(defaultRegistry),
    registerNatsMetrics(defaultRegistry, system.nc),
    registerActorGauges(defaultRegistry, () => system.servedActors()),
  ];
  const stopAll = (): void => {
    for (const s of stops) s();
  };
  try {
    const server = await startMetricsServer(defaultRegistry, host, port);
    return {
      port: server.port,
      close: async () => {
        await server.close();
        stopAll();
      },
    };
  } catch (err) {
    stopAll();
    throw err;
  }
}
