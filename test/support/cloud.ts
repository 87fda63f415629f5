// A whole cloud as separate OS processes over one private nats-server:
// conductor, scheduler, compute process(es) and api.
import { KumoClient, type ClientOptions } from '../../pkg/client/client.js';
import { spawnService, type ChildService } from '../../pkg/util/children.js';
import { startTestNats, tempDir, type TestNats } from './nats.js';
import { join } from 'node:path';
import { computeHostNames, defaultConfig } from '../../pkg/config/config.js';
import { computeUser, writeCloudAuthz, type WrittenAuthz } from '../../pkg/security/nats_authz.js';

export interface CloudOptions {
  computes: Array<{ name: string; hosts: number; args?: string[] }>;
  conductors?: number;
  schedulers?: number;
  computeArgs?: string[];
  logLevel?: string;
  /** More environment for every process (e.g. KUMO_METRICS_PORT). */
  env?: Record<string, string>;
  /**
   * Conductors' --quota-defaults. Default: instances, cores and RAM unlimited, so tests about
   * other things are not cut at Nova's 10 instances; '' keeps Nova's defaults (quota tests).
   */
  quotaDefaults?: string;
  /** kumo-api's auth mode (default noauth). */
  auth?: 'token' | 'noauth';
  /** Options of `client` (e.g. auth: the credentials a token-auth cloud needs). */
  client?: ClientOptions;
  /** NATS with generated users and permissions (pkg/security/nats_authz.ts), each process with its own credential; the server logs to `<dataDir>/nats-server.log`. */
  natsAuthz?: boolean;
  /** More environment for one kind of process, e.g. { 'kumo-conductor': { KUMO_METRICS_PORT: '0' } }. */
  envOf?: Partial<Record<'kumo-conductor' | 'kumo-scheduler' | 'kumo-compute' | 'kumo-api', Record<string, string>>>;
}

export interface TestCloud {
  nats: TestNats;
  dataDir: string;
  /** The generated NATS users' creds files, with natsAuthz. */
  authz?: WrittenAuthz;
  client: KumoClient;
  endpoint: string;
  processes: ChildService[];
  /** Every process still running (none crashed). */
  allAlive(): boolean;
  stop(): Promise<void>;
}

/** What startCloud gives conductors unless told otherwise (and what tests restarting a conductor pass again). */
export const TEST_QUOTA_DEFAULTS = 'instances=-1,cores=-1,ram_mb=-1';

export async function startCloud(opts: CloudOptions): Promise<TestCloud> {
  const data = tempDir('kumo-cloud-');
  const authz = opts.natsAuthz
    ? writeCloudAuthz(join(data.path, 'nats-auth'), {
        computes: opts.computes.map((c) => ({ name: c.name, hosts: computeHostNames({ ...defaultConfig().compute, name: c.name, hosts: c.hosts }) })),
      })
    : undefined;
  let nats: TestNats;
  try {
    nats = await startTestNats(authz ? { configFile: authz.configFile, logFile: join(data.path, 'nats-server.log') } : {});
  } catch (err) {
    data.remove();
    throw err;
  }
  const env = { ...opts.env, KUMO_NATS_URL: nats.url, KUMO_DATA_DIR: data.path, KUMO_LOG_LEVEL: opts.logLevel ?? 'warn' };
  /** Environment of one process: its NATS credential (with natsAuthz) and its kind's extras. */
  const envFor = (kind: keyof NonNullable<CloudOptions['envOf']>, user: string, base: Record<string, string> = env): Record<string, string> => ({
    ...base,
    ...opts.envOf?.[kind],
    ...(authz ? { KUMO_NATS_CREDS: authz.creds[user]! } : {}),
  });
  const processes: ChildService[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(processes.map((p) => p.stop()));
    await nats.cleanup();
    data.remove();
  };
  try {
    for (let i = 0; i < (opts.conductors ?? 1); i++) {
      const quotaDefaults = opts.quotaDefaults ?? TEST_QUOTA_DEFAULTS;
      const conductorEnv = { ...env, KUMO_DATA_DIR: `${data.path}/c${i}`, ...(quotaDefaults ? { KUMO_QUOTA_DEFAULTS: quotaDefaults } : {}) };
      processes.push(await spawnService('kumo-conductor', { env: envFor('kumo-conductor', 'conductor', conductorEnv), label: `conductor-${i}` }));
    }
    for (let i = 0; i < (opts.schedulers ?? 1); i++) processes.push(await spawnService('kumo-scheduler', { env: envFor('kumo-scheduler', 'scheduler'), label: `scheduler-${i}` }));
    for (const c of opts.computes) {
      processes.push(
        await spawnService('kumo-compute', {
          env: envFor('kumo-compute', computeUser(c.name)),
          args: ['--name', c.name, '--hosts', String(c.hosts), ...(opts.computeArgs ?? []), ...(c.args ?? [])],
          label: `compute-${c.name}`,
        }),
      );
    }
    // noauth (Nova's noauth2): tests name their project and roles in metadata; test/integration/policy.test.ts runs token auth.
    const api = await spawnService('kumo-api', { env: envFor('kumo-api', 'api'), args: ['--port', '0', '--auth', opts.auth ?? 'noauth'] });
    processes.push(api);
    const endpoint = String(api.ready['endpoint']);
    const client = new KumoClient({ url: endpoint, ...opts.client });
    const hostCount = opts.computes.reduce((n, c) => n + c.hosts, 0);
    const until = Date.now() + 15_000;
    while ((await client.hypervisors.ListHypervisors({})).hypervisors.length < hostCount) {
      if (Date.now() > until) throw new Error('hosts did not report in 15 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    return {
      nats,
      dataDir: data.path,
      ...(authz ? { authz } : {}),
      client,
      endpoint,
      processes,
      allAlive: () => processes.every((p) => p.process.exitCode === null && p.process.signalCode === null),
      stop: async () => {
        client.close();
        await stop();
      },
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
