// `kumo up`: the all-in-one cloud in the foreground. Uses the NATS at
// KUMO_NATS_URL or starts a private nats-server; starts conductor,
// scheduler, one compute process with N fake hosts and the API as child
// processes; seeds Nova's flavors and a cirros image; stops everything
// cleanly on SIGINT/SIGTERM.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KumoClient } from '../client/client.js';
import { KumoApiError } from '../client/errors.js';
import { spawnService, type ChildService } from '../util/children.js';
import { startNatsServer, type NatsServerHandle } from '../util/nats_server.js';
import { portInUse } from '../util/net.js';

export const UP_USAGE = `usage: kumo up [--hosts N] [--data-dir DIR] [--port PORT] [--host ADDR]

Runs an all-in-one Kumo cloud in the foreground until Ctrl-C:
a nats-server with JetStream (unless KUMO_NATS_URL is set), kumo-conductor,
kumo-scheduler, kumo-compute with N fake hosts, and kumo-api.

  --hosts N        fake hypervisor hosts (default 4)
  --data-dir DIR   LMDB, NATS store and logs (default ./.kumo)
  --port PORT      gRPC port (default 8774)
  --host ADDR      gRPC listen address (default 127.0.0.1)

Example:
  kumo up --hosts 8`;

/** The options of `kumo up` (also completed by `kumo completion bash`). */
export const UP_OPTIONS = {
  hosts: { type: 'string', default: '4' },
  'data-dir': { type: 'string', default: './.kumo' },
  port: { type: 'string', default: '8774' },
  host: { type: 'string', default: '127.0.0.1' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Nova's default flavors (ids 1-5). */
export const SEED_FLAVORS = [
  { id: '1', name: 'm1.tiny', vcpus: 1, ram_mb: 512, disk_gb: 1 },
  { id: '2', name: 'm1.small', vcpus: 1, ram_mb: 2048, disk_gb: 20 },
  { id: '3', name: 'm1.medium', vcpus: 2, ram_mb: 4096, disk_gb: 40 },
  { id: '4', name: 'm1.large', vcpus: 4, ram_mb: 8192, disk_gb: 80 },
  { id: '5', name: 'm1.xlarge', vcpus: 8, ram_mb: 16384, disk_gb: 160 },
];

export const SEED_IMAGE = {
  name: 'cirros',
  disk_format: 'qcow2',
  container_format: 'bare',
  min_ram_mb: 64,
  visibility: 'public',
  properties: { architecture: 'x86_64', os_distro: 'cirros' },
};

/** Creates the seed flavors and image unless they exist (so a restart keeps its data). */
export async function seedCatalog(client: KumoClient): Promise<void> {
  for (const f of SEED_FLAVORS) {
    try {
      await client.flavors.GetFlavor({ id: f.id });
    } catch (err) {
      if (!(err instanceof KumoApiError && err.codeName === 'NOT_FOUND')) throw err;
      await client.flavors.CreateFlavor({ flavor: { ...f, is_public: true } });
    }
  }
  const images = await client.images.ListImages({});
  if (!images.images.some((i) => i.name === SEED_IMAGE.name)) await client.images.CreateImage({ image: SEED_IMAGE });
}

export async function runUp(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: UP_OPTIONS,
    }));
  } catch (err) {
    process.stderr.write(`kumo up: ${(err as Error).message}\n${UP_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${UP_USAGE}\n`);
    return 0;
  }
  const hosts = Number(values.hosts);
  const port = Number(values.port);
  if (!Number.isInteger(hosts) || hosts < 1) {
    process.stderr.write(`kumo up: --hosts must be a positive integer\n`);
    return 2;
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    process.stderr.write(`kumo up: --port must be a TCP port\n`);
    return 2;
  }
  if (await portInUse(port, values.host)) {
    process.stderr.write(`kumo up: port ${port} is already in use (another kumo up?); pass --port\n`);
    return 1;
  }
  const dataDir = resolve(values['data-dir']!);
  const logDir = join(dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });

  let nats: NatsServerHandle | undefined;
  const children: ChildService[] = [];
  let stopping = false;
  const stopAll = async (): Promise<void> => {
    stopping = true;
    // API first so no new work comes in; conductor last of the services; NATS at the very end.
    for (const c of [...children].reverse()) await c.stop();
    await nats?.stop();
  };

  try {
    let natsUrl = process.env['KUMO_NATS_URL'];
    if (!natsUrl) {
      nats = await startNatsServer({ storeDir: join(dataDir, 'nats'), logFile: join(logDir, 'nats-server.log') });
      natsUrl = nats.url;
    }
    const env = { KUMO_NATS_URL: natsUrl, KUMO_DATA_DIR: dataDir };
    const start = async (name: Parameters<typeof spawnService>[0], args: string[] = []): Promise<ChildService> => {
      const child = await spawnService(name, { args, env, logFile: join(logDir, `${name}.log`) });
      children.push(child);
      child.process.once('exit', (code, signal) => {
        if (stopping) return;
        process.stderr.write(`kumo up: ${name} exited (${signal ?? code}); see ${join(logDir, `${name}.log`)}. Stopping.\n`);
        void stopAll().then(() => process.exit(1));
      });
      return child;
    };
    await start('kumo-conductor');
    await start('kumo-scheduler');
    await start('kumo-compute', ['--name', 'compute', '--hosts', String(hosts)]);
    const api = await start('kumo-api', ['--host', values.host!, '--port', String(port)]);
    const endpoint = String(api.ready['endpoint']);

    const client = new KumoClient({ url: endpoint });
    try {
      await seedCatalog(client);
      const until = Date.now() + 15_000;
      while ((await client.hypervisors.ListHypervisors({})).hypervisors.length < hosts) {
        if (Date.now() > until) throw new Error(`only some of the ${hosts} hosts reported in 15 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      client.close();
    }
    const urlHint = port === 8774 && values.host === '127.0.0.1' ? '' : `KUMO_URL=${endpoint} `;
    process.stdout.write(
      [
        `Kumo is up: gRPC endpoint ${endpoint}, ${hosts} fake host(s), NATS ${natsUrl}`,
        `Data and logs: ${dataDir}`,
        '',
        'Try:',
        `  ${urlHint}npx kumo server create --flavor m1.tiny --image cirros --wait my-first-server`,
        `  ${urlHint}npx kumo server list`,
        `  ${urlHint}npx kumo hypervisor list`,
        '',
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  } catch (err) {
    process.stderr.write(`kumo up: ${(err as Error).message}\n`);
    await stopAll();
    return 1;
  }

  return new Promise<number>((resolveExit) => {
    const onSignal = (signal: string): void => {
      if (stopping) return;
      process.stdout.write(`\nkumo up: ${signal}, stopping...\n`);
      void stopAll().then(() => {
        process.stdout.write('kumo up: stopped.\n');
        resolveExit(0);
      });
    };
    process.on('SIGINT', () => onSignal('SIGINT'));
    process.on('SIGTERM', () => onSignal('SIGTERM'));
  });
}
