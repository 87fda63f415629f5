// Table tests for the pure parts of the kumo CLI: argument parsing and
// dispatch, output formatting, name-or-id resolution and error lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInteger, parseProperty, scanWords } from '../../pkg/cli/args.js';
import { parseStatus } from '../../pkg/cli/commands/server.js';
import { addressesText, isoTime, powerStateName } from '../../pkg/cli/display.js';
import { apiErrorLine, CliError, UsageError } from '../../pkg/cli/errors.js';
import { cellText, pickColumns, render, showOf, type Format, type Output } from '../../pkg/cli/format.js';
import { resolveInvocation, type Invocation } from '../../pkg/cli/main.js';
import { findResource } from '../../pkg/cli/resolve.js';
import { progressText, stateText } from '../../pkg/cli/wait.js';

function run(inv: Invocation): Extract<Invocation, { kind: 'run' }> {
  assert.equal(inv.kind, 'run');
  return inv as Extract<Invocation, { kind: 'run' }>;
}

test('scanWords finds command words around global options', () => {
  const cases: Array<{ argv: string[]; words: string[]; stoppedAt?: string }> = [
    { argv: ['server', 'list'], words: ['server', 'list'] },
    { argv: ['-f', 'json', 'server', 'list'], words: ['server', 'list'] },
    { argv: ['--format=json', '-cID', 'server', 'show', 'vm'], words: ['server', 'show', 'vm'] },
    { argv: ['server', '--debug', 'delete', 'a', 'b'], words: ['server', 'delete', 'a', 'b'] },
    { argv: ['server', 'create', '--flavor', 'f', 'vm'], words: ['server', 'create'], stoppedAt: '--flavor' },
    { argv: ['--url', 'h:1', 'up', '--hosts', '2'], words: ['up'], stoppedAt: '--hosts' },
    { argv: ['server', '--', 'list'], words: ['server'] },
    { argv: [], words: [] },
  ];
  for (const c of cases) {
    const r = scanWords(c.argv);
    assert.deepEqual(r.words.map((w) => w.token), c.words, c.argv.join(' '));
    assert.equal(r.stoppedAt, c.stoppedAt, c.argv.join(' '));
  }
});

test('resolveInvocation: commands, global options anywhere, environment', () => {
  const cases: Array<{ argv: string[]; env?: Record<string, string>; path: string; check: (r: Extract<Invocation, { kind: 'run' }>) => void }> = [
    {
      argv: ['server', 'list'],
      path: 'server list',
      check: (r) => {
        assert.equal(r.globals.format, 'table');
        assert.equal(r.globals.url, '127.0.0.1:8774');
        assert.deepEqual(r.globals.columns, []);
        assert.equal(r.globals.debug, false);
      },
    },
    {
      argv: ['-f', 'json', 'server', '-c', 'ID', 'list', '--column', 'Name', '--timings'],
      path: 'server list',
      check: (r) => {
        assert.equal(r.globals.format, 'json');
        assert.deepEqual(r.globals.columns, ['ID', 'Name']);
        assert.equal(r.globals.timings, true);
      },
    },
    {
      argv: ['server', 'show', 'vm1', '--url=10.0.0.1:9'],
      env: { KUMO_URL: 'env:1', KUMO_PROJECT: 'p1', KUMO_USER: 'u1' },
      path: 'server show',
      check: (r) => {
        assert.equal(r.globals.url, '10.0.0.1:9');
        assert.equal(r.globals.project, 'p1');
        assert.equal(r.globals.user, 'u1');
        assert.deepEqual(r.args.positionals, ['vm1']);
      },
    },
    {
      argv: ['--project', 'p2', 'flavor', 'list'],
      env: { KUMO_URL: 'env:1', KUMO_PROJECT: 'p1' },
      path: 'flavor list',
      check: (r) => {
        assert.equal(r.globals.url, 'env:1');
        assert.equal(r.globals.project, 'p2');
        assert.equal(r.globals.user, undefined);
      },
    },
    {
      argv: ['server', 'create', '--flavor', 'm1.tiny', '--image', 'cirros', '--property', 'a=b', '--property', 'c=d=e', '--max', '3', '--wait', 'vm'],
      path: 'server create',
      check: (r) => {
        assert.equal(r.args.string('flavor'), 'm1.tiny');
        assert.deepEqual(r.args.properties('property'), { a: 'b', c: 'd=e' });
        assert.equal(r.args.int('max', 1), 3);
        assert.equal(r.args.int('min', 1), undefined);
        assert.equal(r.args.flag('wait'), true);
        assert.deepEqual(r.args.positionals, ['vm']);
      },
    },
    {
      argv: ['server', 'delete', 'a', 'b', 'c', '--wait'],
      path: 'server delete',
      check: (r) => assert.deepEqual(r.args.positionals, ['a', 'b', 'c']),
    },
    {
      argv: ['server', 'reboot', '--hard', 'vm'],
      path: 'server reboot',
      check: (r) => assert.equal(r.args.flag('hard'), true),
    },
  ];
  for (const c of cases) {
    const r = run(resolveInvocation(c.argv, c.env ?? {}));
    assert.equal(r.path, c.path, c.argv.join(' '));
    c.check(r);
  }
});

test('resolveInvocation: help at every level and kumo up', () => {
  const cases: Array<{ argv: string[]; contains: string[] }> = [
    { argv: ['-h'], contains: ['Usage: kumo [global options]', 'server create', 'hypervisor list', 'KUMO_URL'] },
    { argv: ['help'], contains: ['Usage: kumo [global options]'] },
    { argv: ['server', '--help'], contains: ['Usage: kumo server <action>', 'reboot', 'kumo server reboot vm1'] },
    { argv: ['server', 'reboot', '--help'], contains: ['kumo server reboot --hard --wait vm1'] },
    { argv: ['help', 'flavor'], contains: ['Usage: kumo flavor <action>'] },
    { argv: ['server', 'create', '-h'], contains: ['Usage: kumo server create --flavor <flavor> --image <image>', '--user-data <file>', 'Example'] },
    // Help wins over missing required arguments.
    { argv: ['help', 'keypair', 'create'], contains: ['Usage: kumo keypair create [--public-key <file>] <name>'] },
    { argv: ['hypervisor', 'show', '--help'], contains: ['Usage: kumo hypervisor show <hypervisor>', 'kumo hypervisor show'] },
  ];
  for (const c of cases) {
    const inv = resolveInvocation(c.argv);
    assert.equal(inv.kind, 'help', c.argv.join(' '));
    for (const s of c.contains) assert.ok(inv.kind === 'help' && inv.text.includes(s), `${c.argv.join(' ')}: expected ${s}`);
  }
  assert.deepEqual(resolveInvocation(['up', '--hosts', '3', '-h']), { kind: 'up', argv: ['--hosts', '3', '-h'] });
  assert.deepEqual(resolveInvocation(['help', 'up']), { kind: 'up', argv: ['--help'] });
});

test('resolveInvocation: usage errors say what is wrong and carry the right usage', () => {
  const cases: Array<{ argv: string[]; message: RegExp; usage: RegExp }> = [
    { argv: [], message: /no command given/, usage: /^Usage: kumo \[global options\]/ },
    { argv: ['servr', 'list'], message: /'servr' is not a kumo command/, usage: /^Usage: kumo \[global options\]/ },
    { argv: ['constructor'], message: /'constructor' is not a kumo command/, usage: /^Usage: kumo/ },
    { argv: ['server'], message: /missing action for 'server'/, usage: /^Usage: kumo server <action>/ },
    { argv: ['server', 'frobnicate'], message: /'frobnicate' is not a 'server' action/, usage: /Actions: create, list/ },
    { argv: ['server', 'list', '--bogus'], message: /unrecognized option '--bogus'/, usage: /^Usage: kumo server list/ },
    { argv: ['server', 'show'], message: /missing argument <server>/, usage: /^Usage: kumo server show <server>/ },
    { argv: ['server', 'show', 'a', 'b'], message: /unexpected argument 'b'/, usage: /^Usage: kumo server show/ },
    { argv: ['server', 'delete'], message: /missing argument <server>/, usage: /<server> \[<server> \.\.\.\]/ },
    { argv: ['server', 'create', '--image', 'i', 'vm'], message: /missing required option --flavor/, usage: /^Usage: kumo server create/ },
    { argv: ['flavor', 'create', '--ram', '1', '--vcpus', '1', 'x'], message: /missing required option --disk/, usage: /^Usage: kumo flavor create/ },
    { argv: ['-f', 'xml', 'server', 'list'], message: /invalid choice 'xml' \(choose from table, json, yaml, value\)/, usage: /^Usage: kumo server list/ },
    { argv: ['server', 'list', '-c'], message: /option -c\/--column requires a value/, usage: /^Usage: kumo server list/ },
    { argv: ['server', 'list', '--flavor', '--image', 'x'], message: /option --flavor requires a value/, usage: /^Usage: kumo server list/ },
    { argv: ['server', 'stop', '--wait=yes', 'vm'], message: /does not take an argument/, usage: /^Usage: kumo server stop/ },
  ];
  for (const c of cases) {
    assert.throws(
      () => resolveInvocation(c.argv),
      (err: unknown) => {
        assert.ok(err instanceof UsageError, c.argv.join(' '));
        assert.equal(err.exitCode, 2);
        assert.match(err.message, c.message, c.argv.join(' '));
        assert.doesNotMatch(err.message, /\n/, 'one line');
        assert.match(err.usage ?? '', c.usage, c.argv.join(' '));
        return true;
      },
    );
  }
});

test('integer, property and status arguments', () => {
  const ints: Array<[string, number, number | RegExp]> = [
    ['512', 0, 512],
    [' 7 ', 0, 7],
    ['0', 0, 0],
    ['0', 1, /must be at least 1/],
    ['-1', 0, /must be at least 0/],
    ['abc', 0, /invalid integer 'abc'/],
    ['1.5', 0, /invalid integer/],
    ['99999999999', 0, /too large/],
  ];
  for (const [text, min, want] of ints) {
    if (typeof want === 'number') assert.equal(parseInteger('--ram', text, min), want);
    else assert.throws(() => parseInteger('--ram', text, min), (e: unknown) => e instanceof UsageError && want.test(e.message));
  }
  const props: Array<[string, [string, string] | null]> = [
    ['a=b', ['a', 'b']],
    ['a=', ['a', '']],
    ['url=http://x/?q=1', ['url', 'http://x/?q=1']],
    ['novalue', null],
    ['=v', null],
  ];
  for (const [text, want] of props) {
    if (want) assert.deepEqual(parseProperty('--property', text), want);
    else assert.throws(() => parseProperty('--property', text), UsageError);
  }
  const statuses: Array<[string, string | null]> = [
    ['ACTIVE', 'SERVER_STATUS_ACTIVE'],
    ['shutoff', 'SERVER_STATUS_SHUTOFF'],
    ['hard-reboot', 'SERVER_STATUS_HARD_REBOOT'],
    ['HARD_REBOOT', 'SERVER_STATUS_HARD_REBOOT'],
    ['unspecified', null],
    ['bogus', null],
  ];
  for (const [text, want] of statuses) {
    if (want) assert.equal(parseStatus(text), want);
    else assert.throws(() => parseStatus(text), UsageError);
  }
});

const LIST: Output = {
  kind: 'list',
  columns: ['ID', 'Name', 'Status', 'Task State', 'RAM'],
  rows: [
    ['a1', 'vm1', 'ACTIVE', 'none', 512],
    ['b2', 'web-server', 'BUILD', 'spawning', 2048],
  ],
};
const SHOW: Output = showOf({ name: 'vm1', id: 'a1', status: 'ACTIVE', properties: { role: 'web', a: '1' }, is_public: true, vcpus: 2, addresses: null });

test('render: table, json and value, with and without -c', () => {
  const cases: Array<{ output: Output; format: Format; columns: string[]; want: string }> = [
    {
      output: LIST,
      format: 'table',
      columns: [],
      want: [
        '+----+------------+--------+------------+------+',
        '| ID | Name       | Status | Task State | RAM  |',
        '+----+------------+--------+------------+------+',
        '| a1 | vm1        | ACTIVE | none       |  512 |',
        '| b2 | web-server | BUILD  | spawning   | 2048 |',
        '+----+------------+--------+------------+------+',
        '',
      ].join('\n'),
    },
    { output: LIST, format: 'value', columns: [], want: 'a1 vm1 ACTIVE none 512\nb2 web-server BUILD spawning 2048\n' },
    { output: LIST, format: 'value', columns: ['Name', 'ID'], want: 'vm1 a1\nweb-server b2\n' },
    // -c ignores case and accepts snake_case for "Task State".
    { output: LIST, format: 'value', columns: ['task_state', 'id'], want: 'none a1\nspawning b2\n' },
    { output: LIST, format: 'json', columns: ['ID', 'RAM'], want: '[\n  {\n    "ID": "a1",\n    "RAM": 512\n  },\n  {\n    "ID": "b2",\n    "RAM": 2048\n  }\n]\n' },
    {
      output: LIST,
      format: 'table',
      columns: ['Name'],
      want: ['+------------+', '| Name       |', '+------------+', '| vm1        |', '| web-server |', '+------------+', ''].join('\n'),
    },
    { output: { kind: 'list', columns: ['ID'], rows: [] }, format: 'table', columns: [], want: '' },
    { output: { kind: 'list', columns: ['ID'], rows: [] }, format: 'json', columns: [], want: '[]\n' },
    { output: { kind: 'list', columns: ['ID'], rows: [] }, format: 'value', columns: [], want: '' },
    {
      output: SHOW,
      format: 'table',
      columns: [],
      want: [
        '+------------+-------------------+',
        '| Field      | Value             |',
        '+------------+-------------------+',
        '| addresses  |                   |',
        '| id         | a1                |',
        '| is_public  | True              |',
        '| name       | vm1               |',
        "| properties | a='1', role='web' |",
        '| status     | ACTIVE            |',
        '| vcpus      | 2                 |',
        '+------------+-------------------+',
        '',
      ].join('\n'),
    },
    { output: SHOW, format: 'value', columns: ['status', 'name'], want: 'ACTIVE\nvm1\n' },
    { output: SHOW, format: 'value', columns: ['properties'], want: "a='1', role='web'\n" },
    { output: SHOW, format: 'json', columns: ['id', 'properties', 'is_public', 'addresses'], want: '{\n  "id": "a1",\n  "properties": {\n    "role": "web",\n    "a": "1"\n  },\n  "is_public": true,\n  "addresses": null\n}\n' },
    {
      output: showOf({ fault: 'No valid host', fault_details: 'RamFilter: 3\nDiskFilter: 0' }),
      format: 'table',
      columns: [],
      want: [
        '+---------------+---------------+',
        '| Field         | Value         |',
        '+---------------+---------------+',
        '| fault         | No valid host |',
        '| fault_details | RamFilter: 3  |',
        '|               | DiskFilter: 0 |',
        '+---------------+---------------+',
        '',
      ].join('\n'),
    },
    // Raw text (a generated private key) ignores format and columns.
    { output: { kind: 'text', text: '-----BEGIN KEY-----' }, format: 'json', columns: ['x'], want: '-----BEGIN KEY-----\n' },
    { output: { kind: 'none' }, format: 'table', columns: [], want: '' },
  ];
  for (const [i, c] of cases.entries()) {
    assert.equal(render(c.output, { format: c.format, columns: c.columns }), c.want, `case ${i} (${c.format} ${c.columns.join(',')})`);
  }
});

test('render: unknown -c columns fail with the list of columns', () => {
  assert.throws(
    () => render(LIST, { format: 'table', columns: ['ID', 'Nope'] }),
    (e: unknown) => e instanceof CliError && e.exitCode === 1 && /no column named 'Nope'; the columns are: ID, Name/.test(e.message),
  );
  assert.deepEqual(pickColumns(['ID', 'Name'], ['name', 'Name', 'ID']), [1, 0]);
});

test('cell text', () => {
  const cases: Array<[Parameters<typeof cellText>[0], string]> = [
    [null, ''],
    ['x', 'x'],
    [0, '0'],
    [false, 'False'],
    [['a', 'b'], 'a, b'],
    [{ b: '2', a: '1' }, "a='1', b='2'"],
    [{}, ''],
  ];
  for (const [cell, want] of cases) assert.equal(cellText(cell), want);
});

interface Fake {
  id: string;
  name: string;
}

function notFound(what: string): Error {
  return Object.assign(new Error(`${what} not found`), { codeName: 'NOT_FOUND' });
}

test('findResource: id first, then exactly one exact name', async () => {
  const items: Fake[] = [
    { id: 'id-1', name: 'vm1' },
    { id: 'id-2', name: 'dup' },
    { id: 'id-3', name: 'dup' },
    { id: 'id-4', name: 'vm10' },
    { id: 'id-5', name: 'id-1' },
  ];
  let listed = 0;
  const finder = {
    get: async (id: string): Promise<Fake> => {
      const hit = items.find((i) => i.id === id);
      if (!hit) throw notFound(`server ${id}`);
      return hit;
    },
    list: async (): Promise<readonly Fake[]> => {
      listed++;
      return items;
    },
    name: (i: Fake) => i.name,
  };
  const cases: Array<{ key: string; want: string | RegExp; lists: number }> = [
    { key: 'id-2', want: 'id-2', lists: 0 },
    // An id wins over a resource that has that id as its name.
    { key: 'id-1', want: 'id-1', lists: 0 },
    { key: 'vm1', want: 'id-1', lists: 1 },
    { key: 'vm', want: /^No server with a name or ID of 'vm' exists\.$/, lists: 1 },
    { key: 'dup', want: /^More than one server exists with the name 'dup'\.$/, lists: 1 },
  ];
  for (const c of cases) {
    listed = 0;
    if (typeof c.want === 'string') {
      assert.equal((await findResource('server', c.key, finder)).id, c.want, c.key);
    } else {
      const want = c.want;
      await assert.rejects(findResource('server', c.key, finder), (e: unknown) => e instanceof CliError && e.exitCode === 1 && want.test(e.message));
    }
    assert.equal(listed, c.lists, `${c.key}: list calls`);
  }
});

test('findResource: other errors from get are not hidden by a name lookup', async () => {
  const unavailable = Object.assign(new Error('no connection'), { codeName: 'UNAVAILABLE' });
  const finder = {
    get: async (): Promise<Fake> => {
      throw unavailable;
    },
    list: async (): Promise<readonly Fake[]> => assert.fail('must not list'),
    name: (i: Fake) => i.name,
  };
  await assert.rejects(findResource('flavor', 'm1', finder), (e: unknown) => e === unavailable);
  // An id the API rejects as malformed is still looked up as a name.
  const invalid = { ...finder, get: async (): Promise<Fake> => Promise.reject(Object.assign(new Error('bad id'), { codeName: 'INVALID_ARGUMENT' })), list: async () => [{ id: '7', name: 'm1' }] };
  assert.equal((await findResource('flavor', 'm1', invalid)).id, '7');
});

test('error lines', () => {
  const base = { reason: '', fieldViolations: [] };
  const cases: Array<[Parameters<typeof apiErrorLine>[0], string]> = [
    [{ ...base, codeName: 'INVALID_ARGUMENT', message: 'name: required', reason: 'INVALID_ARGUMENT', fieldViolations: [{ field: 'name', description: 'required' }] }, 'INVALID_ARGUMENT: name: required (field name)'],
    [
      { ...base, codeName: 'INVALID_ARGUMENT', message: 'a: x; b: y', fieldViolations: [{ field: 'a', description: 'x' }, { field: 'b', description: 'y' }] },
      'INVALID_ARGUMENT: a: x; b: y (fields a, b)',
    ],
    [
      { ...base, codeName: 'FAILED_PRECONDITION', message: 'cannot stop server s1 while vm_state is stopped and task_state is none', reason: 'INSTANCE_INVALID_STATE' },
      'FAILED_PRECONDITION: cannot stop server s1 while vm_state is stopped and task_state is none [INSTANCE_INVALID_STATE]',
    ],
    [{ ...base, codeName: 'INTERNAL', message: 'internal error', reason: 'INTERNAL' }, 'INTERNAL: internal error'],
    [{ ...base, codeName: 'UNAVAILABLE', message: 'No connection established' }, 'cannot reach Kumo at h:1: is `kumo up` running?'],
    // UNAVAILABLE sent by a reachable kumo-api (it has a reason) is reported as such.
    [{ ...base, codeName: 'UNAVAILABLE', message: 'no conductor answered', reason: 'NO_RESPONDERS' }, 'UNAVAILABLE: no conductor answered [NO_RESPONDERS]'],
  ];
  for (const [e, want] of cases) assert.equal(apiErrorLine(e, 'h:1'), want);
});

test('display of states, times, addresses and wait progress', () => {
  assert.equal(powerStateName('POWER_STATE_RUNNING'), 'Running');
  assert.equal(powerStateName('POWER_STATE_SHUTDOWN'), 'Shutdown');
  assert.equal(powerStateName('POWER_STATE_UNSPECIFIED'), 'NOSTATE');
  assert.equal(isoTime({ seconds: 1_700_000_000, nanos: 123_000_000 }), '2023-11-14T22:13:20Z');
  assert.equal(isoTime(null), '');
  assert.equal(
    addressesText([
      { network: 'private', address: '10.0.0.3', version: 4, type: 'fixed', mac_address: '' },
      { network: 'private', address: '10.0.0.4', version: 4, type: 'fixed', mac_address: '' },
      { network: 'public', address: '1.2.3.4', version: 4, type: 'floating', mac_address: '' },
    ]),
    'private=10.0.0.3, 10.0.0.4; public=1.2.3.4',
  );
  assert.equal(stateText({ status: 'SERVER_STATUS_BUILD', task_state: 'TASK_STATE_SPAWNING' }), 'BUILD (spawning)');
  assert.equal(stateText({ status: 'SERVER_STATUS_ACTIVE', task_state: 'TASK_STATE_POWERING_OFF' }), 'ACTIVE (powering-off)');
  assert.equal(stateText({ status: 'SERVER_STATUS_ACTIVE', task_state: 'TASK_STATE_UNSPECIFIED' }), 'ACTIVE');
  const cases: Array<[Parameters<typeof progressText>[0], string]> = [
    [[{ name: 'vm', state: 'BUILD (spawning)', done: false }], 'waiting for vm: BUILD (spawning)...'],
    [[{ name: 'vm', state: 'ACTIVE', done: true }], 'waiting for vm: ACTIVE'],
    [
      [
        { name: 'web-1', state: 'ACTIVE', done: true },
        { name: 'web-2', state: 'BUILD (scheduling)', done: false },
      ],
      'waiting for 2 servers: web-1 ACTIVE, web-2 BUILD (scheduling)...',
    ],
  ];
  for (const [entries, want] of cases) assert.equal(progressText(entries), want);
});
