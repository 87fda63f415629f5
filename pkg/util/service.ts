// The shared main of every Kumo service process: config, logger, NATS,
// start, a "ready" log line, and a clean drain on SIGTERM/SIGINT.
import type { Logger } from 'pino';
import { ActorSystem } from '../actor/runtime.js';
import { CONFIG_HELP, ConfigError, loadConfig, type KumoConfig } from '../config/config.js';
import { serveProcessMetrics, type ProcessMetrics } from '../metrics/index.js';
import { newLogger } from './log.js';
import { watchSupervisor } from './supervisor.js';
import { serveProcessStatus, type ProcessStatusExtra } from '../status/process_status.js';
import { ensureStateStream } from '../statelog/statelog.js';
import { inboxPrefix, natsCredsOf } from '../security/nats_creds.js';

export interface Service {
  stop(): Promise<void>;
  /** What this service adds to its process's status answer (`kumo status`). */
  status?(): ProcessStatusExtra;
}

export interface ServiceContext {
  config: KumoConfig;
  system: ActorSystem;
  log: Logger;
}

export async function runService(
  name: string,
  usage: string,
  start: (ctx: ServiceContext) => Promise<{ service: Service; ready: Record<string, unknown> }>,
): Promise<void> {
  let loaded;
  try {
    loaded = loadConfig(process.argv.slice(2));
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${name}: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  if (loaded.help) {
    process.stdout.write(`usage: ${name} [options]\n${usage}\n\n${CONFIG_HELP}\n`);
    return;
  }
  const { config } = loaded;
  const log = newLogger(name, config.logLevel);
  let system: ActorSystem;
  try {
    const creds = natsCredsOf(config);
    system = await ActorSystem.connect(config.natsUrl, name, log, creds && { ...creds, inboxPrefix: inboxPrefix(creds.user) });
  } catch (err) {
    log.fatal({ err, nats: config.natsUrl }, 'cannot connect to NATS');
    process.stderr.write(`${name}: cannot connect to NATS at ${config.natsUrl}: ${(err as Error).message}\n`);
    process.exit(1);
  }
  // A replicated state log is created with its replicas before any service makes it with the default.
  if (config.stateReplicas > 1) {
    try {
      await ensureStateStream(system.nc, config.stateReplicas);
    } catch (err) {
      log.fatal({ err }, 'cannot create the state-log stream');
      process.stderr.write(`${name}: cannot create the state-log stream with ${config.stateReplicas} replicas: ${(err as Error).message}\n`);
      await system.drain();
      process.exit(1);
    }
  }
  // Served before the service starts, so a long start (a view catching up) can be watched.
  let metrics: ProcessMetrics | undefined;
  if (config.metrics.port !== null) {
    try {
      metrics = await serveProcessMetrics(system, config.metrics.host, config.metrics.port);
    } catch (err) {
      log.fatal({ err, host: config.metrics.host, port: config.metrics.port }, 'cannot serve metrics');
      process.stderr.write(`${name}: cannot serve metrics on ${config.metrics.host}:${config.metrics.port}: ${(err as Error).message}\n`);
      await system.drain();
      process.exit(1);
    }
  }
  let service: Service;
  try {
    const started = await start({ config, system, log });
    service = started.service;
    // Answers `kumo status` once serving: a process still starting is not counted up.
    const svc = service;
    serveProcessStatus(system, name, () => svc.status?.() ?? {});
    const ready = metrics ? { ...started.ready, metrics_port: metrics.port } : started.ready;
    // Written whatever the log level: supervisors (kumo up, tests) wait for it.
    process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), svc: name, pid: process.pid, ...ready, msg: 'ready' })}\n`);
  } catch (err) {
    log.fatal({ err }, 'start failed');
    process.stderr.write(`${name}: ${(err as Error).message}\n`);
    await system.drain();
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    try {
      await service.stop();
      await system.drain();
      await metrics?.close();
    } finally {
      log.info('stopped');
      log.flush();
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  watchSupervisor(() => void stop('supervisor-gone'));
}

