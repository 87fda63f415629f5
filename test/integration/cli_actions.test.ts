// The server actions end to end, as a user types them: the kumo binary
// (dist/cmd/kumo/main.js, one process per command) against a cloud of real
// processes (api, conductor, scheduler, a compute process with two hosts).
// One server goes through create, pause, lock, properties and tags, rebuild,
// resize and confirm, its console, a snapshot, shelve and unshelve, delete.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startCloud, type TestCloud } from '../support/cloud.js';

const KUMO = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'cmd', 'kumo', 'main.js');

let cloud: TestCloud;

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the kumo binary against the test cloud. */
function kumo(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [KUMO, '--url', cloud.endpoint, ...args], { timeout: 150_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, out: stdout, err: stderr });
    });
  });
}

/** Runs kumo and expects success. */
async function ok(...args: string[]): Promise<Run> {
  const r = await kumo(...args);
  assert.equal(r.code, 0, `kumo ${args.join(' ')} failed (${r.code}): ${r.err}`);
  return r;
}

async function json<T = Record<string, unknown>>(...args: string[]): Promise<T> {
  return JSON.parse((await ok(...args, '-f', 'json')).out) as T;
}

const show = (): Promise<Record<string, unknown>> => json('server', 'show', 'vm1');

/** Fails with exit code 1 and exactly one line on stderr, which is returned. */
async function fails(...args: string[]): Promise<string> {
  const r = await kumo(...args);
  assert.equal(r.code, 1, `kumo ${args.join(' ')}: expected exit 1, got ${r.code}; stdout ${r.out} stderr ${r.err}`);
  const lines = r.err.trimEnd().split('\n');
  assert.equal(lines.length, 1, `kumo ${args.join(' ')}: more than one line on stderr: ${r.err}`);
  return lines[0]!;
}

describe('server actions through the kumo CLI', { timeout: 300_000 }, () => {
  before(async () => {
    cloud = await startCloud({ computes: [{ name: 'cA', hosts: 2 }] });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: '1', name: 'm1.tiny', vcpus: 1, ram_mb: 512, disk_gb: 1 } });
    await cloud.client.flavors.CreateFlavor({ flavor: { id: '2', name: 'm1.small', vcpus: 1, ram_mb: 2048, disk_gb: 20 } });
    await cloud.client.images.CreateImage({ image: { name: 'cirros' } });
  });

  after(async () => {
    await cloud?.stop();
  });

  test('create --wait', async () => {
    const s = await json('server', 'create', '--flavor', 'm1.tiny', '--image', 'cirros', '--wait', 'vm1');
    assert.equal(s['status'], 'ACTIVE');
    assert.equal(s['locked'], false);
    assert.deepEqual(s['tags'], []);
  });

  test('pause --wait, unpause; a refused action is one line with the reason', async () => {
    await ok('server', 'pause', '--wait', 'vm1');
    const paused = await show();
    assert.equal(paused['status'], 'PAUSED');
    assert.equal(paused['power_state'], 'Paused');
    const refused = await fails('server', 'pause', 'vm1');
    assert.match(refused, /^Error: FAILED_PRECONDITION: cannot pause server [0-9a-f-]{36} while vm_state is paused and task_state is none \[INSTANCE_INVALID_STATE\]$/);
    await ok('server', 'unpause', '--wait', 'vm1');
    assert.equal((await show())['status'], 'ACTIVE');
  });

  test('lock --reason, set --property/--tag, show, unset, unlock', async () => {
    await ok('server', 'lock', '--reason', 'maintenance window', 'vm1');
    await ok('server', 'set', '--property', 'role=web', '--property', 'tier=1', '--tag', 'prod', '--tag', 'web', 'vm1');
    const shown = await show();
    assert.equal(shown['locked'], true);
    assert.equal(shown['locked_reason'], 'maintenance window');
    assert.deepEqual(shown['properties'], { role: 'web', tier: '1' });
    assert.deepEqual([...(shown['tags'] as string[])].sort(), ['prod', 'web']);
    // The table shows them too.
    const table = (await ok('server', 'show', 'vm1')).out;
    assert.match(table, /\| locked +\| True +\|/);
    assert.match(table, /\| properties +\| role='web', tier='1' +\|/);

    await ok('server', 'unset', '--property', 'tier', '--tag', 'web', 'vm1');
    const unset = await show();
    assert.deepEqual(unset['properties'], { role: 'web' });
    assert.deepEqual(unset['tags'], ['prod']);
    const missing = await fails('server', 'unset', '--property', 'nope', 'vm1');
    assert.match(missing, /^Error: [A-Z_]+: .*nope/);

    await ok('server', 'unlock', 'vm1');
    const unlocked = await show();
    assert.equal(unlocked['locked'], false);
    assert.equal(unlocked['locked_reason'], '');
  });

  test('rebuild --wait prints the rebuilt server', async () => {
    const rebuilt = await json('server', 'rebuild', '--wait', 'vm1');
    assert.equal(rebuilt['status'], 'ACTIVE');
    assert.equal(rebuilt['name'], 'vm1');
    assert.match(String(rebuilt['image']), /^cirros \(/);
  });

  test('resize --flavor --wait, then resize confirm', async () => {
    await ok('server', 'resize', '--flavor', 'm1.small', '--wait', 'vm1');
    const resized = await show();
    assert.equal(resized['status'], 'VERIFY_RESIZE');
    assert.match(String(resized['flavor']), /^m1\.small /);
    await ok('server', 'resize', 'confirm', '--wait', 'vm1');
    const confirmed = await show();
    assert.equal(confirmed['status'], 'ACTIVE');
    assert.match(String(confirmed['flavor']), /^m1\.small /);
  });

  test('console log show, console url show', async () => {
    const log = (await ok('console', 'log', 'show', 'vm1')).out;
    assert.ok(log.trim().length > 0, 'empty console log');
    const tail = (await ok('console', 'log', 'show', '--lines', '2', 'vm1')).out;
    assert.ok(tail.trimEnd().split('\n').length <= 2, `--lines 2 printed: ${tail}`);
    assert.ok(log.trimEnd().endsWith(tail.trimEnd()), 'the tail is the end of the log');

    const url = (await ok('console', 'url', 'show', '-f', 'value', '-c', 'url', 'vm1')).out.trim();
    assert.match(url, /^https?:\/\/\S+token\S+$/);
    const remote = await json('console', 'url', 'show', 'vm1');
    assert.equal(remote['type'], 'novnc');
    assert.equal(remote['protocol'], 'vnc');
    assert.notEqual(remote['url'], url, 'each console URL has a fresh token');
  });

  test('server image create --name --wait', async () => {
    const image = await json('server', 'image', 'create', '--name', 'vm1-snap', '--wait', 'vm1');
    assert.equal(image['name'], 'vm1-snap');
    assert.equal(image['status'], 'active');
    const listed = await json<Array<Record<string, unknown>>>('image', 'list');
    assert.ok(listed.some((i) => i['Name'] === 'vm1-snap' && i['Status'] === 'active'), JSON.stringify(listed));
    const server = await show();
    assert.equal(server['status'], 'ACTIVE');
    assert.equal(server['task_state'], 'none');
  });

  test('shelve --wait, unshelve --wait', async () => {
    await ok('server', 'shelve', '--wait', 'vm1');
    const shelved = await show();
    assert.equal(shelved['status'], 'SHELVED_OFFLOADED');
    assert.equal(shelved['host'], '');
    await ok('server', 'unshelve', '--wait', 'vm1');
    const unshelved = await show();
    assert.equal(unshelved['status'], 'ACTIVE');
    assert.notEqual(unshelved['host'], '');
    assert.deepEqual(unshelved['properties'], { role: 'web' }, 'properties survive shelving');
    assert.deepEqual(unshelved['tags'], ['prod'], 'tags survive shelving');
  });

  test('delete --wait', async () => {
    await ok('server', 'delete', '--wait', 'vm1');
    assert.equal((await ok('server', 'list', '-f', 'value', '-c', 'Name')).out, '');
    assert.equal(await fails('server', 'show', 'vm1'), "Error: No server with a name or ID of 'vm1' exists.");
  });
});
