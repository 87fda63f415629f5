// `kumo up`: the all-in-one cloud in the foreground. Uses the NATS at
// KUMO_NATS_URL or starts a private nats-server; starts conductor,
// scheduler, one compute process with N fake hosts and the API as child
// processes; seeds Nova's flavors and a cirros image; stops everything
// cleanly on SIGINT/SIGTERM.
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KumoClient } from '../client/client.js';
import { KumoApiError } from '../client/errors.js';
import { ADMIN, adminPassword, DEMO, ensureTokenKey, saveAdminEntry, seedDemo } from './up_identity.js';
import { spawnService, type ChildService } from '../util/children.js';
import { startNatsServer, type NatsServerHandle } from '../util/nats_server.js';
import { freePort, portInUse } from '../util/net.js';
import { computeHostNames, defaultConfig } from '../config/config.js';
import { computeUser, writeCloudAuthz, type WrittenAuthz } from '../security/nats_authz.js';
import { writeStateKeys, type WrittenStateKeys } from '../security/state_signing.js';
import { ensureCa, issueCert, LOCAL_SANS } from '../security/pki.js';
import { saveCloudEntry } from './clouds.js';
import { isIP } from 'node:net';

export const UP_USAGE = `usage: kumo up [--hosts N] [--data-dir DIR] [--port PORT] [--host ADDR] [--tls]

Runs an all-in-one Kumo cloud in the foreground until Ctrl-C:
a nats-server with JetStream (unless KUMO_NATS_URL is set), kumo-conductor,
kumo-scheduler, kumo-compute with N fake hosts, and kumo-api (token auth:
an admin user, a demo project with a member user; the admin's credentials
go to clouds.yaml in $KUMO_CONFIG_DIR, $XDG_CONFIG_HOME/kumo or ~/.config/kumo),
and kumo-novncproxy, the browser console proxy (port 6080, or a free one).

  --hosts N        fake hypervisor hosts (default 4)
  --driver D       fake (default) or qemu: real guests under QEMU (TCG); builds
                   the tiny test guest (scripts/build-guest-image.mjs) and
                   seeds it as image "kumo-guest" with flavor m1.nano
  --data-dir DIR   LMDB, NATS store and logs (default ./.kumo)
  --port PORT      gRPC port (default 8774)
  --host ADDR      gRPC listen address (default 127.0.0.1)
  --tls            serve the API over TLS with a private CA made in DIR/tls
                   (clients: KUMO_URL=https://HOST:PORT KUMO_CACERT=DIR/tls/ca.pem)

A nats-server it starts gets generated authorization: one user per service
and per compute process, each allowed only its own subjects (DIR/nats-auth).

Example:
  kumo up --hosts 8`;

/** The options of `kumo up` (also completed by `kumo completion bash`). */
export const UP_OPTIONS = {
  hosts: { type: 'string', default: '4' },
  driver: { type: 'string', default: 'fake' },
  'data-dir': { type: 'string', default: './.kumo' },
  port: { type: 'string', default: '8774' },
  host: { type: 'string', default: '127.0.0.1' },
  tls: { type: 'boolean' },
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

/** The API's TLS files for `kumo up --tls`: a private CA and a server certificate for localhost (and ADDR), kept across restarts. */
async function apiTls(dir: string, host: string): Promise<{ ca: string; cert: string; key: string }> {
  const ca = await ensureCa(dir);
  const local = ['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::'].includes(host);
  const server = await issueCert(ca, local ? 'api' : `api-${host.replace(/[^A-Za-z0-9_.-]/g, '_')}`, 'server', {
    sans: local ? LOCAL_SANS : [...LOCAL_SANS, `${isIP(host) ? 'IP' : 'DNS'}:${host}`],
  });
  return { ca: ca.cert, ...server };
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
  const driver = values.driver;
  if (driver !== 'fake' && driver !== 'qemu') {
    process.stderr.write(`kumo up: --driver must be fake or qemu\n`);
    return 2;
  }
  let guestImage: string | undefined;
  if (driver === 'qemu') {
    try {
      guestImage = buildGuestImage();
    } catch (err) {
      process.stderr.write(`kumo up: ${(err as Error).message}\n`);
      return 1;
    }
  }
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
    const computeName = 'compute';
    // Our own nats-server gets generated users and permissions (pkg/security/nats_authz.ts); a given one is the user's.
    let authz: WrittenAuthz | undefined;
    // With them, signed server and instance-action entries (pkg/security/state_signing.ts): for a new cloud, or one that has signed from its start.
    let stateKeys: WrittenStateKeys | undefined;
    if (!natsUrl) {
      const computeHosts = computeHostNames({ ...defaultConfig().compute, name: computeName, hosts });
      if (existsSync(join(dataDir, 'nats-auth', 'state.key')) || !existsSync(join(dataDir, 'nats'))) {
        stateKeys = writeStateKeys(join(dataDir, 'nats-auth'), [{ user: computeUser(computeName), hosts: computeHosts }]);
      }
      authz = writeCloudAuthz(join(dataDir, 'nats-auth'), { computes: [{ name: computeName, hosts: computeHosts }] });
      nats = await startNatsServer({ storeDir: join(dataDir, 'nats'), logFile: join(logDir, 'nats-server.log'), configFile: authz.configFile });
      natsUrl = nats.url;
    }
    const tls = values.tls ? await apiTls(join(dataDir, 'tls'), values.host!) : undefined;
    const env = { KUMO_NATS_URL: natsUrl, KUMO_DATA_DIR: dataDir };
    const start = async (name: Parameters<typeof spawnService>[0], args: string[] = [], natsUser = name.replace(/^kumo-/, ''), extraEnv: Record<string, string> = {}): Promise<ChildService> => {
      const creds: Record<string, string> = authz?.creds[natsUser] ? { KUMO_NATS_CREDS: authz.creds[natsUser] } : {};
      const child = await spawnService(name, { args, env: { ...env, ...creds, ...extraEnv }, logFile: join(logDir, `${name}.log`) });
      children.push(child);
      child.process.once('exit', (code, signal) => {
        if (stopping) return;
        process.stderr.write(`kumo up: ${name} exited (${signal ?? code}); see ${join(logDir, `${name}.log`)}. Stopping.\n`);
        void stopAll().then(() => process.exit(1));
      });
      return child;
    };
    await start('kumo-conductor', [], 'conductor', stateKeys ? { KUMO_STATE_KEY_FILE: stateKeys.stateKeyFile } : {});
    await start('kumo-scheduler');
    // The console proxy's port is fixed before compute starts, which builds console URLs on it (Nova's 6080 when free).
    const novncPort = (await portInUse(6080, values.host)) ? await freePort() : 6080;
    const novncBase = `http://${values.host!.includes(':') ? `[${values.host}]` : values.host}:${novncPort}`;
    const hostKeys = stateKeys?.hostKeysFiles[computeUser(computeName)];
    await start('kumo-compute', ['--name', computeName, '--hosts', String(hosts), '--driver', driver, '--novncproxy-base-url', novncBase], computeUser(computeName), hostKeys ? { KUMO_HOST_KEYS_FILE: hostKeys } : {});
    // Token auth with an admin bootstrapped from the environment (pkg/cli/up_identity.ts).
    const password = adminPassword(`${values.host}:${port}`, process.env);
    const identityArgs = ['--auth', 'token', '--token-key-file', ensureTokenKey(dataDir)];
    const api = await start('kumo-api', ['--host', values.host!, '--port', String(port), ...identityArgs, ...(tls ? ['--tls-cert', tls.cert, '--tls-key', tls.key] : [])], 'api', { KUMO_BOOTSTRAP_ADMIN_PASSWORD: password });
    const endpoint = String(api.ready['endpoint']);
    // The console proxy checks tokens with ConsoleAuthService as the admin (pkg/console); it needs no NATS.
    await start('kumo-novncproxy', ['--host', values.host!, '--port', String(novncPort), '--api-url', endpoint], 'novncproxy', {
      KUMO_USERNAME: ADMIN.username,
      KUMO_PASSWORD: password,
      KUMO_PROJECT: ADMIN.project,
      ...(tls ? { KUMO_CACERT: tls.ca } : {}),
    });

    const client = new KumoClient({ url: endpoint, caCert: tls?.ca, auth: { username: ADMIN.username, password, project: ADMIN.project } });
    let demoPassword: string | undefined;
    let cloudsFile: string;
    try {
      await seedCatalog(client);
      if (guestImage) await seedGuestImage(client, guestImage);
      demoPassword = await seedDemo(client);
      cloudsFile = saveAdminEntry(endpoint, password, process.env);
      // The CLI trusts this cloud's private CA with no flag; a plain-text run forgets an earlier one.
      saveCloudEntry(endpoint, { cacert: tls?.ca ?? '' }, process.env);
      const until = Date.now() + 15_000;
      while ((await client.hypervisors.ListHypervisors({})).hypervisors.length < hosts) {
        if (Date.now() > until) throw new Error(`only some of the ${hosts} hosts reported in 15 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      client.close();
    }
    const urlHint = (port === 8774 && values.host === '127.0.0.1' && !tls ? '' : `KUMO_URL=${endpoint} `) + (tls ? `KUMO_CACERT=${tls.ca} ` : '');
    process.stdout.write(
      [
        `Kumo is up: gRPC endpoint ${endpoint}${tls ? ` (TLS, CA ${tls.ca})` : ''}, ${hosts} ${driver === 'qemu' ? 'QEMU' : 'fake'} host(s), NATS ${natsUrl}${authz ? ' (with authorization)' : ''}`,
        `Data and logs: ${dataDir}`,
        '',
        'Try:',
        driver === 'qemu'
          ? `  ${urlHint}npx kumo server create --flavor m1.nano --image kumo-guest --wait my-first-vm && ${urlHint}npx kumo console log show my-first-vm`
          : `  ${urlHint}npx kumo server create --flavor m1.tiny --image cirros --wait my-first-server`,
        `  ${urlHint}npx kumo server list`,
        `  ${urlHint}npx kumo hypervisor list`,
        `  ${urlHint}npx kumo console url show <server>    (open the URL in a browser: noVNC via the console proxy at ${novncBase})`,
        '',
        `You are the admin (user ${ADMIN.username}, project ${ADMIN.project}): the CLI reads the password from ${cloudsFile}.`,
        demoPassword
          ? `Demo user (member of project ${DEMO.project}): ${urlHint}npx kumo login --username ${DEMO.username} --password ${demoPassword} --project ${DEMO.project}`
          : `Demo user ${DEMO.username} (project ${DEMO.project}) exists from an earlier run, with the password printed then.`,
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

/** The tiny real guest (`kumo up --driver qemu`): built from Debian packages, cached in ~/.cache/kumo/guest; returns its path. */
function buildGuestImage(): string {
  // dist/pkg/cli/up.js -> scripts/ at the package root.
  const script = fileURLToPath(new URL('../../../scripts/build-guest-image.mjs', import.meta.url));
  if (!existsSync(script)) throw new Error(`--driver qemu needs ${script} (a source checkout)`);
  const res = spawnSync(process.execPath, [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (res.status !== 0) throw new Error('building the guest image failed (is QEMU installed? npm run setup installs it as root)');
  return res.stdout.trim();
}

/** The guest image and a flavor it fits (Nova devstack's m1.nano), unless they exist. */
export async function seedGuestImage(client: KumoClient, path: string): Promise<void> {
  try {
    await client.flavors.GetFlavor({ id: '42' });
  } catch (err) {
    if (!(err instanceof KumoApiError && err.codeName === 'NOT_FOUND')) throw err;
    await client.flavors.CreateFlavor({ flavor: { id: '42', name: 'm1.nano', vcpus: 1, ram_mb: 128, disk_gb: 1, is_public: true } });
  }
  const images = await client.images.ListImages({});
  if (images.images.some((i) => i.name === 'kumo-guest' && i.status === 'IMAGE_STATUS_ACTIVE')) return;
  await client.images.createWithData(
    { name: 'kumo-guest', disk_format: 'qcow2', container_format: 'bare', min_ram_mb: 96, visibility: 'public', properties: { architecture: 'x86_64', os_distro: 'kumo-busybox' } },
    path,
  );
}
