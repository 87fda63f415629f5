// TLS and mutual TLS on the public gRPC API: a private CA (pkg/security/pki.ts),
// kumo-api processes serving with --tls-cert/--tls-key (and --tls-client-ca),
// and the SDK and CLI reaching them with --cacert/--cert/--key.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { KumoClient, type ClientOptions } from '../../pkg/client/client.js';
import { KumoApiError } from '../../pkg/client/errors.js';
import { ConfigError, loadConfig } from '../../pkg/config/config.js';
import { ensureCa, issueCert, type Ca, type CertFiles } from '../../pkg/security/pki.js';
import { channelCredentials, parseApiUrl, TlsConfigError } from '../../pkg/security/tls.js';
import { spawnService, type ChildService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { tempDir } from '../support/nats.js';
import { freePort } from '../../pkg/util/net.js';

const kumo = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'cmd', 'kumo', 'main.js');
const run = promisify(execFile);

let cloud: TestCloud;
let dir: { path: string; remove(): void };
let ca: Ca;
let rogue: Ca;
let server: CertFiles;
let alice: CertFiles;
let mallory: CertFiles;
let tlsApi: ChildService;
let mtlsApi: ChildService;

before(async () => {
  dir = tempDir('kumo-tls-');
  ca = await ensureCa(join(dir.path, 'ca'));
  rogue = await ensureCa(join(dir.path, 'rogue'), 'Not the Kumo CA');
  server = await issueCert(ca, 'api', 'server');
  alice = await issueCert(ca, 'alice', 'client');
  mallory = await issueCert(rogue, 'mallory', 'client');
  cloud = await startCloud({ computes: [{ name: 'tls', hosts: 1 }] });
  const env = { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' };
  tlsApi = await spawnService('kumo-api', { env, args: ['--port', '0', '--auth', 'noauth', '--tls-cert', server.cert, '--tls-key', server.key], label: 'api-tls' });
  mtlsApi = await spawnService('kumo-api', {
    env,
    args: ['--port', '0', '--auth', 'noauth', '--tls-cert', server.cert, '--tls-key', server.key, '--tls-client-ca', ca.cert],
    label: 'api-mtls',
  });
});

after(async () => {
  await Promise.all([tlsApi?.stop(), mtlsApi?.stop()]);
  await cloud?.stop();
  dir?.remove();
});

/** Lists hypervisors once (no retries, short deadline): the answer, or the API error. */
async function tryList(opts: ClientOptions): Promise<{ hosts: string[] } | KumoApiError> {
  const client = new KumoClient({ retry: false, timeoutMs: 5_000, ...opts });
  try {
    const res = await client.hypervisors.ListHypervisors({});
    return { hosts: res.hypervisors.map((h) => h.hypervisor_hostname) };
  } catch (err) {
    if (err instanceof KumoApiError) return err;
    throw err;
  } finally {
    client.close();
  }
}

function refused(r: { hosts: string[] } | KumoApiError): KumoApiError {
  assert.ok(r instanceof KumoApiError, `expected a refusal, got ${JSON.stringify(r)}`);
  return r;
}

test('the CA and keys are files, keys readable by their owner only', () => {
  for (const key of [ca.key, server.key, alice.key]) assert.equal(statSync(key).mode & 0o777, 0o600, key);
});

test('TLS API: the ready line says https, and a client trusting the CA is served', async () => {
  assert.equal(tlsApi.ready['tls'], true);
  const endpoint = String(tlsApi.ready['endpoint']);
  assert.match(endpoint, /^https:\/\/127\.0\.0\.1:\d+$/);
  assert.deepEqual(await tryList({ url: endpoint, caCert: ca.cert }), { hosts: ['tls'] });
  // grpcs:// and a bare host:port with a CA (implies TLS) reach it too.
  const hostPort = parseApiUrl(endpoint).target;
  assert.deepEqual(await tryList({ url: `grpcs://${hostPort}`, caCert: ca.cert }), { hosts: ['tls'] });
  assert.deepEqual(await tryList({ url: hostPort, caCert: ca.cert }), { hosts: ['tls'] });
});

test('TLS API: a plain-text client and a client that does not trust the CA are refused', async () => {
  const hostPort = parseApiUrl(String(tlsApi.ready['endpoint'])).target;
  assert.equal(refused(await tryList({ url: hostPort })).codeName, 'UNAVAILABLE');
  // https:// with the system's roots only: the private CA is not among them.
  assert.equal(refused(await tryList({ url: `https://${hostPort}` })).codeName, 'UNAVAILABLE');
  // A server certificate from another CA does not pass either.
  assert.equal(refused(await tryList({ url: `https://${hostPort}`, caCert: rogue.cert })).codeName, 'UNAVAILABLE');
});

test('mTLS API: no client certificate, or one from another CA, is refused; a CA-signed one is served', async () => {
  assert.equal(mtlsApi.ready['mtls'], true);
  const endpoint = String(mtlsApi.ready['endpoint']);
  assert.equal(refused(await tryList({ url: endpoint, caCert: ca.cert })).codeName, 'UNAVAILABLE');
  assert.equal(refused(await tryList({ url: endpoint, caCert: ca.cert, cert: mallory.cert, key: mallory.key })).codeName, 'UNAVAILABLE');
  assert.deepEqual(await tryList({ url: endpoint, caCert: ca.cert, cert: alice.cert, key: alice.key }), { hosts: ['tls'] });
});

test('the CLI takes --cacert/--cert/--key and KUMO_CACERT/KUMO_CERT/KUMO_KEY', async () => {
  const tlsUrl = String(tlsApi.ready['endpoint']);
  const mtlsUrl = String(mtlsApi.ready['endpoint']);
  const cli = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, [kumo, ...args, 'hypervisor', 'list', '-f', 'value', '-c', 'Hypervisor Hostname'], { env: { ...process.env, ...env } });
  assert.equal((await cli(['--url', tlsUrl, '--cacert', ca.cert])).stdout.trim(), 'tls');
  assert.equal((await cli(['--url', mtlsUrl], { KUMO_CACERT: ca.cert, KUMO_CERT: alice.cert, KUMO_KEY: alice.key })).stdout.trim(), 'tls');
  const failed = await cli(['--url', mtlsUrl, '--cacert', ca.cert]).then(
    () => assert.fail('expected the mTLS API to refuse a client without a certificate'),
    (e: { code: number; stderr: string }) => e,
  );
  assert.notEqual(failed.code, 0);
  assert.equal(failed.stderr.trim().split('\n').length, 1, failed.stderr);
  assert.match(failed.stderr, /over TLS: .*check --cacert, --cert and --key/);
});

test('bad TLS settings fail at start with a message naming the flag', () => {
  assert.throws(() => loadConfig(['--tls-cert', server.cert], {}), (e: unknown) => e instanceof ConfigError && /--tls-key/.test(e.message));
  assert.throws(() => loadConfig(['--tls-client-ca', ca.cert], {}), ConfigError);
  assert.throws(() => channelCredentials('http://127.0.0.1:1', { caCert: ca.cert }), TlsConfigError);
  assert.throws(() => channelCredentials('https://127.0.0.1:1', { cert: alice.cert }), TlsConfigError);
  assert.throws(() => channelCredentials('https://127.0.0.1:1', { caCert: join(dir.path, 'missing.pem') }), /missing\.pem/);
  const loaded = loadConfig([], { KUMO_TLS_CERT: server.cert, KUMO_TLS_KEY: server.key, KUMO_TLS_CLIENT_CA: ca.cert });
  assert.deepEqual(loaded.config.api.tls, { cert: server.cert, key: server.key, clientCa: ca.cert });
});

test('kumo up --tls: an https endpoint, a private CA the CLI knows from clouds.yaml, NATS credentials 0600', { timeout: 120_000 }, async () => {
  const upDir = tempDir('kumo-up-tls-');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, KUMO_NATS_URL: '', KUMO_CONFIG_DIR: join(upDir.path, 'config') };
  for (const name of ['KUMO_URL', 'KUMO_CACERT', 'KUMO_CERT', 'KUMO_KEY', 'KUMO_TOKEN']) delete env[name];
  const data = join(upDir.path, 'data');
  const up = spawn(process.execPath, [kumo, 'up', '--tls', '--hosts', '1', '--port', String(port), '--data-dir', data], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let out = '';
  up.stdout.on('data', (d: Buffer) => (out += d.toString()));
  up.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => up.once('exit', (code) => resolve(code)));
  try {
    const until = Date.now() + 90_000;
    while (!out.includes('Press Ctrl-C to stop.')) {
      if (up.exitCode !== null) assert.fail(`kumo up exited: ${out}`);
      if (Date.now() > until) assert.fail(`kumo up did not come up: ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const url = `https://127.0.0.1:${port}`;
    assert.ok(out.includes(`gRPC endpoint ${url} (TLS, CA ${join(data, 'tls', 'ca.pem')})`), out);
    assert.match(out, /NATS nats:\/\/127\.0\.0\.1:\d+ \(with authorization\)/);
    const list = (args: string[], e: NodeJS.ProcessEnv = env) => run(process.execPath, [kumo, ...args, 'hypervisor', 'list', '-f', 'value', '-c', 'Hypervisor Hostname'], { env: e });
    // No TLS flag: the endpoint's clouds.yaml entry holds the CA (and the admin's credentials).
    assert.equal((await list(['--url', url])).stdout.trim(), 'compute');
    // Without that entry, plain text to the TLS port gets nowhere.
    const plain = await list(['--url', `127.0.0.1:${port}`], { ...env, KUMO_CONFIG_DIR: join(upDir.path, 'empty') }).then(
      () => assert.fail('plain text reached a TLS API'),
      (e: { code: number; stderr: string }) => e,
    );
    assert.match(plain.stderr, /cannot reach Kumo/);
    const auth = join(data, 'nats-auth');
    const files = [join(auth, 'nats-authz.conf'), ...readdirSync(join(auth, 'creds')).map((f) => join(auth, 'creds', f))];
    assert.deepEqual(readdirSync(join(auth, 'creds')).sort(), ['api.json', 'compute-compute.json', 'conductor.json', 'scheduler.json']);
    for (const f of [...files, join(data, 'tls', 'ca-key.pem'), join(data, 'tls', 'api-key.pem')]) assert.equal(statSync(f).mode & 0o777, 0o600, f);
    up.kill('SIGINT');
    assert.equal(await exited, 0, out);
  } finally {
    if (up.exitCode === null) {
      up.kill('SIGKILL');
      await exited;
    }
    upDir.remove();
  }
});
