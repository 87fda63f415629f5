// What makes the CLI pleasant, checked: yaml output, one clear error line
// (field, filter summary, state) with exit 1, "did you mean" on usage errors
// with exit 2, `server watch` streaming changes (and reconnecting), Ctrl-C
// during --wait, `console connection show`, and the newer options.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach, describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { KumoError } from '../../pkg/actor/errors.js';
import type { Io } from '../../pkg/cli/command.js';
import { consoleToken } from '../../pkg/cli/commands/console.js';
import { apiErrorLine, closest, editDistance } from '../../pkg/cli/errors.js';
import { emit, render, showOf, toYaml, type Output, type StreamRow } from '../../pkg/cli/format.js';
import { main, type MainOptions } from '../../pkg/cli/main.js';
import { InstanceInvalidStateError } from '../../pkg/lifecycle/errors.js';
import { FakeKumoApi, SERVER_ID, serverFixture } from './cli_fake_api.js';

interface Result {
  code: number;
  out: string;
  err: string;
}

async function run(argv: readonly string[], opts: MainOptions = {}): Promise<Result> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
  const code = await main(argv, io, {}, opts);
  return { code, out, err };
}

test('yaml: show, list and documents as YAML 1.1 that reads back as the json', () => {
  const show = showOf({ name: 'yes', id: 'a1', ram: 512, is_public: true, properties: { 'hw:cpu_policy': 'on', version: '1.0' }, tags: ['a', 'b: c'], fault: null, log: 'line 1\nline 2\n' });
  const yaml = render(show, { format: 'yaml', columns: [] });
  assert.equal(
    yaml,
    [
      'fault: null',
      'id: a1',
      'is_public: true',
      'log: |',
      '  line 1',
      '  line 2',
      'name: "yes"',
      'properties:',
      '  hw:cpu_policy: "on"',
      '  version: "1.0"',
      'ram: 512',
      'tags:',
      '  - a',
      '  - "b: c"',
      '',
    ].join('\n'),
  );
  assert.deepEqual(parseYaml(yaml, { version: '1.1' }), JSON.parse(render(show, { format: 'json', columns: [] })));
  const list: Output = { kind: 'list', columns: ['ID', 'Task State', 'Created'], rows: [['a1', 'none', '2026-11-21T09:04:03Z']] };
  assert.equal(render(list, { format: 'yaml', columns: [] }), '- ID: a1\n  Task State: none\n  Created: "2026-11-21T09:04:03Z"\n');
  assert.equal(render(list, { format: 'yaml', columns: ['task_state'] }), '- Task State: none\n');
  assert.equal(render({ kind: 'list', columns: ['ID'], rows: [] }, { format: 'yaml', columns: [] }), '[]\n');
  assert.equal(render({ kind: 'document', value: { hosts: 4, selected: ['h1'] }, text: 'x' }, { format: 'yaml', columns: [] }), 'hosts: 4\nselected:\n  - h1\n');
  assert.equal(toYaml({ long: 'x'.repeat(200) }), `long: ${'x'.repeat(200)}\n`, 'long lines are not folded');
});

test('streams: one line per row in every format, -c picks columns', async () => {
  async function* rows(): AsyncGenerator<StreamRow> {
    yield { cells: ['t1', 'vm1', 'ACTIVE'], text: 'vm1 is ACTIVE' };
    yield { cells: ['t2', 'vm2', 'ERROR'], text: 'vm2 is ERROR' };
  }
  const cases: Array<[string, string[], string]> = [
    ['table', [], 'vm1 is ACTIVE\nvm2 is ERROR\n'],
    ['table', ['Name'], 'vm1\nvm2\n'],
    ['value', [], 't1 vm1 ACTIVE\nt2 vm2 ERROR\n'],
    ['json', ['name', 'status'], '{"Name":"vm1","Status":"ACTIVE"}\n{"Name":"vm2","Status":"ERROR"}\n'],
    ['yaml', ['Status'], '- Status: ACTIVE\n- Status: ERROR\n'],
  ];
  for (const [format, columns, want] of cases) {
    let out = '';
    await emit({ kind: 'stream', columns: ['Time', 'Name', 'Status'], rows: rows() }, { format: format as 'table', columns }, (t) => void (out += t));
    assert.equal(out, want, `${format} ${columns.join(',')}`);
  }
  // An unknown column fails before the stream is read.
  let read = false;
  async function* never(): AsyncGenerator<StreamRow> {
    read = true;
    yield { cells: [], text: '' };
  }
  await assert.rejects(emit({ kind: 'stream', columns: ['Name'], rows: never() }, { format: 'value', columns: ['Nope'] }, () => undefined), /no column named 'Nope'/);
  assert.equal(read, false);
});

test('error lines name the field, the filters that removed hosts, and the state', () => {
  const base = { reason: '', fieldViolations: [] };
  const cases: Array<[Parameters<typeof apiErrorLine>[0], string]> = [
    [
      { ...base, codeName: 'INVALID_ARGUMENT', message: 'invalid request', reason: 'INVALID_ARGUMENT', fieldViolations: [{ field: 'flavor.ram_mb', description: 'must be at least 1' }] },
      'INVALID_ARGUMENT: invalid request; flavor.ram_mb: must be at least 1 (field flavor.ram_mb)',
    ],
    // The scheduler's message already has the summary: nothing is repeated.
    [
      {
        ...base,
        codeName: 'FAILED_PRECONDITION',
        reason: 'NO_VALID_HOST',
        message: 'No valid host was found. 4 host(s) considered; RamFilter removed 4 of 4 hosts: not enough free RAM',
        metadata: { hosts_considered: '4', RamFilter: '4/4: not enough free RAM' },
      },
      'FAILED_PRECONDITION: No valid host was found. 4 host(s) considered; RamFilter removed 4 of 4 hosts: not enough free RAM [NO_VALID_HOST]',
    ],
    // A terse message: the summary comes from the metadata.
    [
      {
        ...base,
        codeName: 'FAILED_PRECONDITION',
        reason: 'NO_VALID_HOST',
        message: 'No valid host was found for the resize.',
        metadata: { hosts_considered: '3', ComputeFilter: '1/3: host is disabled', RamFilter: '2/2: not enough free RAM' },
      },
      'FAILED_PRECONDITION: No valid host was found for the resize. (3 host(s) considered; ComputeFilter removed 1 of 3 hosts: host is disabled; RamFilter removed 2 of 2 hosts: not enough free RAM) [NO_VALID_HOST]',
    ],
    [
      { ...base, codeName: 'FAILED_PRECONDITION', reason: 'NO_VALID_HOST', message: 'No valid host was found.', metadata: { attempt_1: 'h1: spawn failed', attempt_2: 'h2: disk full' } },
      'FAILED_PRECONDITION: No valid host was found. (last refusal: h2: disk full) [NO_VALID_HOST]',
    ],
    // The state from the metadata when the message does not say it.
    [
      { ...base, codeName: 'FAILED_PRECONDITION', reason: 'INSTANCE_INVALID_STATE', message: 'cannot pause server s1 now', metadata: { id: 's1', vm_state: 'stopped', task_state: 'none' } },
      'FAILED_PRECONDITION: cannot pause server s1 now (vm_state: stopped, task_state: none) [INSTANCE_INVALID_STATE]',
    ],
    [
      { ...base, codeName: 'RESOURCE_EXHAUSTED', reason: 'QUOTA_EXCEEDED', message: 'quota exceeded', quotaViolations: [{ subject: 'project:p1', description: 'instances: 10 of 10 used' }] },
      'RESOURCE_EXHAUSTED: quota exceeded (project:p1: instances: 10 of 10 used) [QUOTA_EXCEEDED]',
    ],
    // A multi-line message is still one line.
    [{ ...base, codeName: 'INTERNAL', message: 'boom\n  at x\n', reason: 'INTERNAL' }, 'INTERNAL: boom; at x'],
  ];
  for (const [e, want] of cases) assert.equal(apiErrorLine(e, 'h:1'), want);
});

test('closest: abbreviations, typos and transpositions', () => {
  assert.equal(editDistance('lsit', 'list'), 1);
  assert.equal(editDistance('server', 'servr'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.deepEqual(closest('ser', ['server', 'flavor', 'compute service']), ['server']);
  assert.deepEqual(closest('stp', ['start', 'stop', 'show']), ['stop']);
  assert.deepEqual(closest('--flavour', ['--flavor', '--image']), ['--flavor']);
  assert.deepEqual(closest('availabilty', ['availability zone', 'aggregate']), ['availability zone']);
  assert.deepEqual(closest('xyzzy', ['server', 'flavor']), []);
});

test('usage errors: one line, the closest command or option, exit 2', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['servr', 'list'], /^Error: 'servr' is not a kumo command; did you mean 'kumo server list'\?$/],
    [['ser', 'group', 'list'], /^Error: 'ser' is not a kumo command; did you mean 'kumo server group list'\?$/],
    [['flavr', 'list'], /did you mean 'kumo flavor list'\?$/],
    [['serve', 'lst'], /did you mean 'kumo server list'\?$/],
    [['flavr'], /did you mean 'kumo flavor'\?$/],
    [['availabilty', 'zone', 'list'], /did you mean 'kumo availability zone list'\?$/],
    [['server', 'lsit'], /^Error: 'lsit' is not a 'server' action; did you mean 'kumo server list'\?$/],
    [['server', 'pasue', 'vm1'], /did you mean 'kumo server pause'\?$/],
    [['server', 'grup', 'list'], /did you mean 'kumo server group'\?$/],
    [['server', 'resize', 'confrim', 'vm1'], /did you mean 'kumo server resize confirm'\?$/],
    [['aggregate', 'add', 'hots', 'rack1', 'h'], /did you mean 'kumo aggregate add host'\?$/],
    [['server', 'create', '--flavour', 'm1', '--image', 'i', 'vm'], /^Error: unrecognized option '--flavour'; did you mean '--flavor'\?$/],
    [['server', 'list', '--stauts', 'ACTIVE'], /did you mean '--status'\?$/],
    [['-f', 'jsno', 'flavor', 'list'], /invalid choice 'jsno' \(choose from table, json, yaml, value\); did you mean 'json'\?$/],
    [['help', 'server', 'pasue'], /no help for 'server pasue': 'pasue' is not a 'server' action; did you mean 'kumo server pause'\?$/],
    [['server', 'show'], /^Error: missing argument <server>$/],
    [['xyzzy'], /^Error: 'xyzzy' is not a kumo command$/],
  ];
  for (const [argv, want] of cases) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.out, '');
    const [first, ...usage] = r.err.trimEnd().split('\n');
    assert.match(first!, want, argv.join(' '));
    assert.match(usage[0] ?? '', /^Usage: kumo/, `${argv.join(' ')}: the usage follows`);
  }
});

const fake = new FakeKumoApi();
const kumo = (argv: readonly string[], opts: MainOptions = {}): Promise<Result> =>
  run(['--url', fake.url, ...argv], { wait: { intervalMs: 5, timeoutMs: 2000 }, ...opts });

/** Resolves once `cond` holds (checked every 5 ms). */
async function until(cond: () => boolean, what: string, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const at = (s: number): { seconds: number; nanos: number } => ({ seconds: 1_700_000_000 + s, nanos: 0 });

describe('against a fake kumo-api', { timeout: 60_000 }, () => {
  before(() => fake.start());
  after(() => fake.stop());
  beforeEach(() => fake.reset());

  test('API errors: one line with the reason and the state, exit 1', async () => {
    fake.failures['PauseServer'] = new InstanceInvalidStateError(SERVER_ID, 'pause', 'stopped', 'none');
    let r = await kumo(['server', 'pause', 'vm1']);
    assert.equal(r.code, 1);
    assert.equal(r.err, `Error: FAILED_PRECONDITION: cannot pause server ${SERVER_ID} while vm_state is stopped and task_state is none [INSTANCE_INVALID_STATE]\n`);
    fake.failures['ResizeServer'] = new KumoError('FAILED_PRECONDITION', 'No valid host was found for the resize.', {
      reason: 'NO_VALID_HOST',
      metadata: { hosts_considered: '4', RamFilter: '4/4: not enough free RAM' },
    });
    r = await kumo(['server', 'resize', '--flavor', 'm1.tiny', 'vm1']);
    assert.equal(r.code, 1);
    assert.equal(r.err, 'Error: FAILED_PRECONDITION: No valid host was found for the resize. (4 host(s) considered; RamFilter removed 4 of 4 hosts: not enough free RAM) [NO_VALID_HOST]\n');
    fake.failures['CreateFlavor'] = new KumoError('INVALID_ARGUMENT', 'flavor.vcpus: must be at least 1', { fieldViolations: [{ field: 'flavor.vcpus', description: 'must be at least 1' }] });
    r = await kumo(['flavor', 'create', '--ram', '1', '--vcpus', '0', '--disk', '0', 'f']);
    assert.equal(r.code, 1);
    assert.equal(r.err, 'Error: INVALID_ARGUMENT: flavor.vcpus: must be at least 1 (field flavor.vcpus)\n');
  });

  test('a server that goes to ERROR during --wait: its fault, with the filters that removed every host', async () => {
    const fault = 'No valid host was found. 4 host(s) considered; RamFilter removed 4 of 4 hosts: not enough free RAM';
    const r = kumo(['server', 'wait', '--status', 'SHUTOFF', 'vm1']);
    await until(() => fake.rpcs().includes('ServerService.WatchServer'), 'the wait to watch');
    fake.change({ ...serverFixture({ status: 'SERVER_STATUS_ERROR', vm_state: 'VM_STATE_ERROR' }), fault: { code: 500, message: fault }, update_time: at(50) });
    const res = await r;
    assert.equal(res.code, 1);
    assert.equal(res.err.trimEnd().split('\n').pop(), `Error: server 'vm1' (${SERVER_ID}) is in ERROR: ${fault}`);
  });

  test('Ctrl-C during --wait stops it with one line and exit 130', async () => {
    const controller = new AbortController();
    const r = kumo(['server', 'shelve', '--wait', 'vm1'], { signal: controller.signal });
    await until(() => fake.rpcs().includes('ServerService.WatchServer'), 'the wait to watch');
    // The fake's shelve ends in SHELVED; Kumo's in SHELVED_OFFLOADED, which --wait waits for.
    setTimeout(() => controller.abort(new Error('interrupted')), 20);
    const res = await r;
    assert.equal(res.code, 130);
    assert.match(res.err.trimEnd().split('\n').pop()!, /^Error: interrupted while waiting for server 'vm1' \(.+\) to become SHELVED_OFFLOADED; it is SHELVED$/);
  });

  test('server watch: every change as a line, with the state it left, until --duration', async () => {
    const r = kumo(['server', 'watch', '--host', 'compute-1', '--status', 'active', '--duration', '1']);
    await until(() => fake.openWatches > 0, 'the watch');
    assert.deepEqual(fake.calls.find((c) => c.rpc === 'ServerService.WatchServers')!.request, {
      status: 'SERVER_STATUS_ACTIVE',
      host: 'compute-1',
      reservation_id: '',
      name: '',
      include_initial: false,
    });
    const web = (patch: object, s: number): Record<string, unknown> => serverFixture({ id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'web-1', update_time: at(s), ...patch });
    fake.change(web({ status: 'SERVER_STATUS_BUILD', task_state: 'TASK_STATE_SPAWNING', host: 'compute-1' }, 1));
    fake.change(web({ metadata: { changed: 'yes' }, status: 'SERVER_STATUS_BUILD', task_state: 'TASK_STATE_SPAWNING', host: 'compute-1' }, 2)); // nothing shown changed
    fake.change(web({ status: 'SERVER_STATUS_ACTIVE', host: 'compute-1' }, 3));
    fake.change(web({}, 4), true);
    const res = await r;
    assert.equal(res.code, 0, res.err);
    assert.equal(
      res.out,
      [
        '22:13:21 web-1 (aaaaaaaa): BUILD (spawning) on compute-1',
        '22:13:23 web-1 (aaaaaaaa): BUILD (spawning) → ACTIVE on compute-1',
        '22:13:24 web-1 (aaaaaaaa): ACTIVE → deleted',
        '',
      ].join('\n'),
    );
  });

  test('server watch -f json: one object per line; --initial first prints every server', async () => {
    const r = kumo(['server', 'watch', '--initial', '-f', 'json', '-c', 'ID', '-c', 'Status', '-c', 'Deleted', '--duration', '1']);
    await until(() => fake.openWatches > 0, 'the watch');
    fake.change({ ...fake.server, status: 'SERVER_STATUS_SHUTOFF', update_time: at(5) });
    const res = await r;
    assert.equal(res.code, 0, res.err);
    const lines = res.out.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    assert.deepEqual(lines, [
      { ID: SERVER_ID, Status: 'ACTIVE', Deleted: false },
      { ID: SERVER_ID, Status: 'SHUTOFF', Deleted: false },
    ]);
  });

  test('server watch reconnects when the API goes away, printing only what changed meanwhile', async () => {
    const controller = new AbortController();
    const r = kumo(['server', 'watch'], { signal: controller.signal });
    await until(() => fake.openWatches > 0, 'the watch');
    fake.change({ ...fake.server, status: 'SERVER_STATUS_PAUSED', update_time: at(5) });
    await until(() => fake.openWatches === 1 && fake.calls.length >= 1, 'the first change');
    await new Promise((res) => setTimeout(res, 20));
    fake.breakWatches();
    await until(() => fake.calls.filter((c) => c.rpc === 'ServerService.WatchServers').length === 2 && fake.openWatches === 1, 'the watch to come back');
    const reopened = fake.calls.filter((c) => c.rpc === 'ServerService.WatchServers')[1]!;
    assert.equal(reopened.request['include_initial'], true, 'a re-opened watch asks for the current state');
    // What the re-opened watch replays (the server as it was) is not printed again; a new change is.
    fake.change({ ...fake.server, status: 'SERVER_STATUS_ACTIVE', update_time: at(9) });
    await new Promise((res) => setTimeout(res, 50));
    controller.abort();
    const res = await r;
    assert.equal(res.code, 0, res.err);
    assert.deepEqual(res.out.trimEnd().split('\n').map((l) => l.replace(/^\S+ /, '')), ['vm1 (6f1c1f9e): PAUSED on compute-1', 'vm1 (6f1c1f9e): PAUSED → ACTIVE on compute-1']);
    assert.match(res.err, /watch broken off; reconnecting\.\.\.\nwatch reconnected\n/);
  });

  test('server watch SERVER: that server until it is deleted (WatchServer)', async () => {
    const r = kumo(['server', 'watch', 'vm1', '-f', 'value', '-c', 'Status']);
    await until(() => fake.rpcs().includes('ServerService.WatchServer'), 'the watch');
    fake.change({ ...fake.server, status: 'SERVER_STATUS_SHUTOFF', update_time: at(5) });
    fake.change({ ...fake.server, update_time: at(6) }, true);
    const res = await r;
    assert.equal(res.code, 0, res.err);
    assert.equal(res.out, 'SHUTOFF\nDELETED\n');
    assert.ok(!fake.rpcs().includes('ServerService.WatchServers'));
    const bad = await kumo(['server', 'watch', '--status', 'ACTIVE', 'vm1']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^Error: --status filters the watch of every server: give it or servers, not both\n/);
  });

  test('the kumo binary: Ctrl-C ends a watch quietly (exit 0) and stops a wait with one line (exit 130)', async () => {
    const bin = fileURLToPath(new URL('../../cmd/kumo/main.js', import.meta.url));
    async function interrupt(argv: string[], started: () => boolean): Promise<Result> {
      const child = spawn(process.execPath, [bin, '--url', fake.url, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => void (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
      const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : -1))));
      await until(started, `kumo ${argv.join(' ')} to start`, 10_000);
      child.kill('SIGINT');
      return { code: await exited, out, err };
    }
    const watch = await interrupt(['server', 'watch'], () => fake.openWatches > 0);
    assert.equal(watch.code, 0, watch.err);
    assert.equal(watch.err, '');
    fake.reset();
    const wait = await interrupt(['server', 'shelve', '--wait', 'vm1'], () => fake.rpcs().includes('ServerService.WatchServer'));
    assert.equal(wait.code, 130);
    assert.match(wait.err.trimEnd().split('\n').pop()!, /^Error: interrupted while waiting for server 'vm1' .* to become SHELVED_OFFLOADED/);
  });

  test('console connection show: the token, or the one in a console URL', async () => {
    assert.equal(consoleToken('abc'), 'abc');
    assert.equal(consoleToken('http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3Dabc'), 'abc');
    assert.equal(consoleToken('http://proxy:6080/?token=xyz'), 'xyz');
    assert.throws(() => consoleToken('http://proxy:6080/vnc_auto.html'), /has no token in it/);
    const r = await kumo(['console', 'connection', 'show', '-f', 'json', 'http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3Dabc']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(fake.calls.find((c) => c.rpc === 'ConsoleAuthService.ValidateConsoleToken')!.request, { token: 'abc' });
    assert.deepEqual(JSON.parse(r.out), { console_type: 'novnc', host: 'compute-1', instance_uuid: SERVER_ID, internal_access_path: '', port: 5900 });
  });

  test('server list filters and --long; unset --all-tags; flavor create --description', async () => {
    let r = await kumo(['server', 'list', '--reservation-id', 'r-1a2b3c', '--host', 'compute-1', '--long', '-f', 'json']);
    assert.equal(r.code, 0, r.err);
    const req = fake.calls.find((c) => c.rpc === 'ServerService.ListServers')!.request;
    assert.equal(req['reservation_id'], 'r-1a2b3c');
    assert.equal(req['host'], 'compute-1');
    const [row] = JSON.parse(r.out) as Array<Record<string, unknown>>;
    assert.deepEqual(
      { Networks: row!['Networks'], Properties: row!['Properties'], Tags: row!['Tags'], Zone: row!['Availability Zone'] },
      { Networks: 'private=10.0.0.3', Properties: { role: 'web' }, Tags: ['prod'], Zone: 'nova' },
    );
    r = await kumo(['server', 'unset', '--all-tags', 'vm1']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(fake.calls.find((c) => c.rpc === 'ServerService.DeleteServerTags')!.request, { id: SERVER_ID, tags: [], all: true });
    r = await kumo(['flavor', 'create', '--ram', '512', '--vcpus', '1', '--disk', '1', '--description', 'tiny one', 'm1.x']);
    assert.equal(r.code, 0, r.err);
    assert.equal((fake.calls.find((c) => c.rpc === 'FlavorService.CreateFlavor')!.request['flavor'] as Record<string, unknown>)['description'], 'tiny one');
  });
});
