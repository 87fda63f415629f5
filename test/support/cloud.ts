// A whole cloud as separate OS processes over one private nats-server:
// conductor, scheduler, compute process(es) and api.
import { KumoClient } from '../../pkg/client/client.js';
import { spawnService, type ChildService } from '../../pkg/util/children.js';
import { startTestNats, tempDir, type TestNats } from './nats.js';

export interface CloudOptions {
  computes: Array<{ name: string; hosts: number; args?: string[] }>;
  conductors?: number;
  schedulers?: number;
  computeArgs?: string[];
  logLevel?: string;
  /** More environment for every process (e.g. KUMO_METRICS_PORT). */
  env?: Record<string, string>;
}

export interface TestCloud {
  nats: TestNats;
  dataDir: string;
  client: KumoClient;
  endpoint: string;
  processes: ChildService[];
  /** Every process still running (none crashed). */
  allAlive(): boolean;
  stop(): Promise<void>;
}

export async function startCloud(opts: CloudOptions): Promise<TestCloud> {
  const nats = await startTestNats();
  const data = tempDir('kumo-cloud-');
  const env = { ...opts.env, KUMO_NATS_URL: nats.url, KUMO_DATA_DIR: data.path, KUMO_LOG_LEVEL: opts.logLevel ?? 'warn' };
  const processes: ChildService[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(processes.map((p) => p.stop()));
    await nats.cleanup();
    data.remove();
  };
  try {
    for (let i = 0; i < (opts.conductors ?? 1); i++) {
      processes.push(await spawnService('kumo-conductor', { env: { ...env, KUMO_DATA_DIR: `${data.path}/c${i}` }, label: `conductor-${i}` }));
    }
    for (let i = 0; i < (opts.schedulers ?? 1); i++) processes.push(await spawnService('kumo-scheduler', { env, label: `scheduler-${i}` }));
    for (const c of opts.computes) {
      processes.push(
        await spawnService('kumo-compute', {
          env,
          args: ['--name', c.name, '--hosts', String(c.hosts), ...(opts.computeArgs ?? []), ...(c.args ?? [])],
          label: `compute-${c.name}`,
        }),
      );
    }
    const api = await spawnService('kumo-api', { env, args: ['--port', '0'] });
    processes.push(api);
    const endpoint = String(api.ready['endpoint']);
    const client = new KumoClient({ url: endpoint });
    const hostCount = opts.computes.reduce((n, c) => n + c.hosts, 0);
    const until = Date.now() + 15_000;
    while ((await client.hypervisors.ListHypervisors({})).hypervisors.length < hostCount) {
      if (Date.now() > until) throw new Error('hosts did not report in 15 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    return {
      nats,
      dataDir: data.path,
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
