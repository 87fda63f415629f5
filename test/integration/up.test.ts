// `kumo up` and the CLI, as a user runs them: the all-in-one cloud in the
// foreground, a few CLI commands against it, then Ctrl-C stops everything.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort, portInUse } from '../../pkg/util/net.js';
import { tempDir } from '../support/nats.js';

const kumo = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'cmd', 'kumo', 'main.js');
const run = promisify(execFile);

test('kumo up serves a seeded cloud, the CLI drives it, SIGINT stops every child', { timeout: 90_000 }, async () => {
  const dir = tempDir('kumo-up-');
  const port = await freePort();
  const up = spawn(process.execPath, [kumo, 'up', '--hosts', '2', '--port', String(port), '--data-dir', dir.path], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // clouds.yaml goes to a temp config dir, never the user's ~/.config.
    env: { ...process.env, KUMO_NATS_URL: '', KUMO_CONFIG_DIR: join(dir.path, 'config') },
  });
  let out = '';
  up.stdout.on('data', (d: Buffer) => (out += d.toString()));
  up.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => up.once('exit', (code) => resolve(code)));
  try {
    const until = Date.now() + 60_000;
    while (!out.includes('Press Ctrl-C to stop.')) {
      if (up.exitCode !== null) assert.fail(`kumo up exited: ${out}`);
      if (Date.now() > until) assert.fail(`kumo up did not come up: ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(out, new RegExp(`gRPC endpoint 127\\.0\\.0\\.1:${port}`));
    const natsPort = Number(/NATS nats:\/\/127\.0\.0\.1:(\d+)/.exec(out)![1]);
    const cliIn = (configDir: string, ...args: string[]) =>
      run(process.execPath, [kumo, '--url', `127.0.0.1:${port}`, ...args], { env: { ...process.env, KUMO_CONFIG_DIR: configDir, KUMO_TOKEN: '', OS_USERNAME: '', OS_PASSWORD: '' } });
    // As the admin kumo up wrote to clouds.yaml.
    const cli = (...args: string[]) => cliIn(join(dir.path, 'config'), ...args);

    const flavors = JSON.parse((await cli('flavor', 'list', '-f', 'json')).stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(flavors.map((f) => f['Name']), ['m1.tiny', 'm1.small', 'm1.medium', 'm1.large', 'm1.xlarge']);
    const created = await cli('server', 'create', '--flavor', 'm1.tiny', '--image', 'cirros', '--wait', '-f', 'json', 'first');
    const server = JSON.parse(created.stdout) as Record<string, string>;
    assert.equal(server['status'], 'ACTIVE');
    assert.equal(server['name'], 'first');

    await cli('server', 'stop', '--wait', 'first');
    const shown = JSON.parse((await cli('server', 'show', 'first', '-f', 'json')).stdout) as Record<string, string>;
    assert.equal(shown['status'], 'SHUTOFF');
    const hv = (await cli('hypervisor', 'list', '-f', 'value', '-c', 'Running VMs')).stdout.trim().split('\n').map(Number);
    assert.equal(hv.reduce((a, b) => a + b, 0), 1);

    // One clear line and a non-zero exit for an error from the server.
    const bad = await cli('server', 'start', 'nope').then(
      () => assert.fail('expected failure'),
      (e: { code: number; stderr: string }) => e,
    );
    assert.equal(bad.code, 1);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
    assert.match(bad.stderr, /No server with a name or ID of 'nope' exists/);

    // Identity: no credentials is UNAUTHENTICATED; the demo member logs in and sees its own project only.
    const anonymous = await cliIn(join(dir.path, 'nowhere'), 'flavor', 'list').then(
      () => assert.fail('expected UNAUTHENTICATED'),
      (e: { code: number; stderr: string }) => e,
    );
    assert.match(anonymous.stderr, /UNAUTHENTICATED/);
    const demoPassword = /kumo login --username demo --password (\S+) --project demo/.exec(out)?.[1];
    assert.ok(demoPassword, out);
    const demoDir = join(dir.path, 'demo-config');
    assert.match((await cliIn(demoDir, 'login', '--username', 'demo', '--password', demoPassword, '--project', 'demo')).stdout, /Logged in .* as demo in project demo/);
    assert.deepEqual(JSON.parse((await cliIn(demoDir, 'server', 'list', '-f', 'json')).stdout), [], "the admin's server is not the demo project's");
    const denied = await cliIn(demoDir, 'hypervisor', 'list').then(
      () => assert.fail('expected PERMISSION_DENIED'),
      (e: { code: number; stderr: string }) => e,
    );
    assert.match(denied.stderr, /PERMISSION_DENIED/);

    up.kill('SIGINT');
    assert.equal(await exited, 0, out);
    assert.equal(await portInUse(port), false, 'the API is gone');
    assert.equal(await portInUse(natsPort), false, 'nats-server is gone');
  } finally {
    if (up.exitCode === null) {
      // SIGINT first so `kumo up` stops its nats-server and services; SIGKILL only if it hangs.
      up.kill('SIGINT');
      const killer = setTimeout(() => up.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    }
    dir.remove();
  }
});
