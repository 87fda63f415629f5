// Table tests for the CLI of aggregates, server groups, zones and scheduler
// hints: --hint parsing, the multi-word commands ("server group create",
// "aggregate add host", "availability zone list"), their help and usage
// errors, and the checks a command makes before it calls the API.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Io } from '../../pkg/cli/command.js';
import { parsePolicy, policyName } from '../../pkg/cli/commands/server_group.js';
import { UsageError } from '../../pkg/cli/errors.js';
import { parseHints, toSchedulerHints } from '../../pkg/cli/hints.js';
import { main, resolveInvocation, type Invocation } from '../../pkg/cli/main.js';

function run(inv: Invocation): Extract<Invocation, { kind: 'run' }> {
  assert.equal(inv.kind, 'run');
  return inv as Extract<Invocation, { kind: 'run' }>;
}

test('parseHints: every hint key, repeatable ones collected', () => {
  const cases: Array<{ texts: string[]; want: ReturnType<typeof parseHints> }> = [
    { texts: [], want: {} },
    { texts: ['group=web'], want: { group: 'web' } },
    { texts: ['same_host=a', 'same_host=b'], want: { same_host: ['a', 'b'] } },
    { texts: ['different_host=a', 'group=g', 'different_host=b'], want: { different_host: ['a', 'b'], group: 'g' } },
    { texts: ['query=[">=","$free_ram_mb",1024]'], want: { query: '[">=","$free_ram_mb",1024]' } },
    { texts: ['cidr=/24', 'build_near_host_ip=10.0.0.1'], want: { cidr: '/24', build_near_host_ip: '10.0.0.1' } },
    { texts: ['target_host=cA-1'], want: { target_host: 'cA-1' } },
    // The value may itself contain '='.
    { texts: ['query=["=","$host","a=b"]'], want: { query: '["=","$host","a=b"]' } },
  ];
  for (const c of cases) assert.deepEqual(parseHints(c.texts), c.want, c.texts.join(' '));
});

test('parseHints: unknown keys and malformed hints are usage errors', () => {
  const cases: Array<[string[], RegExp]> = [
    [['colour=blue'], /unknown hint 'colour' \(choose from group, query, cidr, build_near_host_ip, target_host, same_host, different_host\)/],
    [['group'], /expected 'key=value', got 'group'/],
    [['=x'], /expected 'key=value'/],
    [['group='], /--hint group: needs a value/],
    [['group=a', 'group=b'], /--hint group: given more than once/],
    [['target_host=a', 'target_host=b'], /target_host: given more than once/],
    [['cidr=/24'], /cidr and build_near_host_ip go together/],
    [['build_near_host_ip=10.0.0.1'], /cidr and build_near_host_ip go together/],
  ];
  for (const [texts, want] of cases) {
    assert.throws(
      () => parseHints(texts),
      (e: unknown) => e instanceof UsageError && e.exitCode === 2 && want.test(e.message),
      texts.join(' '),
    );
  }
});

test('toSchedulerHints: only when a hint was given', () => {
  assert.equal(toSchedulerHints({}), undefined);
  assert.deepEqual(toSchedulerHints({ group: 'g', same_host: ['a'] }), { group: 'g', same_host: ['a'] });
});

test('server group policies by their Nova names', () => {
  assert.equal(parsePolicy('affinity'), 'SERVER_GROUP_POLICY_AFFINITY');
  assert.equal(parsePolicy('anti-affinity'), 'SERVER_GROUP_POLICY_ANTI_AFFINITY');
  assert.equal(parsePolicy('soft_anti_affinity'), 'SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY');
  assert.equal(parsePolicy('Soft-Affinity'), 'SERVER_GROUP_POLICY_SOFT_AFFINITY');
  assert.throws(() => parsePolicy('spread'), (e: unknown) => e instanceof UsageError && /--policy: invalid choice 'spread'/.test(e.message));
  assert.throws(() => parsePolicy('constructor'), UsageError);
  assert.equal(policyName('SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY'), 'soft-anti-affinity');
  assert.equal(policyName('SERVER_GROUP_POLICY_UNSPECIFIED'), '');
});

test('resolveInvocation: multi-word resources and actions, and --hint', () => {
  const cases: Array<{ argv: string[]; path: string; check?: (r: Extract<Invocation, { kind: 'run' }>) => void }> = [
    {
      argv: ['server', 'create', '--flavor', 'f', '--image', 'i', '--hint', 'group=web', '--hint', 'same_host=vm1', '--hint', 'same_host=vm2', 'vm'],
      path: 'server create',
      check: (r) => {
        assert.deepEqual(r.args.list('hint'), ['group=web', 'same_host=vm1', 'same_host=vm2']);
        assert.deepEqual(parseHints(r.args.list('hint')), { group: 'web', same_host: ['vm1', 'vm2'] });
        assert.deepEqual(r.args.positionals, ['vm']);
      },
    },
    {
      argv: ['server', 'group', 'create', '--policy', 'anti-affinity', '--max-server-per-host', '2', 'web'],
      path: 'server group create',
      check: (r) => {
        assert.equal(r.args.string('policy'), 'anti-affinity');
        assert.equal(r.args.int('max-server-per-host', 1), 2);
        assert.deepEqual(r.args.positionals, ['web']);
      },
    },
    // Global options may sit between the words.
    { argv: ['-f', 'json', 'server', '--debug', 'group', 'list'], path: 'server group list', check: (r) => assert.equal(r.globals.format, 'json') },
    { argv: ['server', 'group', 'delete', 'a', 'b'], path: 'server group delete', check: (r) => assert.deepEqual(r.args.positionals, ['a', 'b']) },
    // A server named "group" is still a server.
    { argv: ['server', 'show', 'group'], path: 'server show', check: (r) => assert.deepEqual(r.args.positionals, ['group']) },
    { argv: ['aggregate', 'add', 'host', 'rack1', 'cA-1'], path: 'aggregate add host', check: (r) => assert.deepEqual(r.args.positionals, ['rack1', 'cA-1']) },
    { argv: ['aggregate', 'remove', 'host', 'rack1', 'cA-1'], path: 'aggregate remove host', check: (r) => assert.deepEqual(r.args.positionals, ['rack1', 'cA-1']) },
    // An aggregate named "add" is still an aggregate.
    { argv: ['aggregate', 'show', 'add'], path: 'aggregate show', check: (r) => assert.deepEqual(r.args.positionals, ['add']) },
    {
      argv: ['aggregate', 'create', '--zone', 'az1', '--property', 'ssd=true', '--property', 'a=b', 'rack1'],
      path: 'aggregate create',
      check: (r) => {
        assert.equal(r.args.string('zone'), 'az1');
        assert.deepEqual(r.args.properties('property'), { ssd: 'true', a: 'b' });
      },
    },
    {
      argv: ['aggregate', 'set', '--property', 'k=v', '--no-property', 'rack1'],
      path: 'aggregate set',
      check: (r) => {
        assert.equal(r.args.flag('no-property'), true);
        assert.deepEqual(r.args.properties('property'), { k: 'v' });
      },
    },
    { argv: ['aggregate', 'unset', '--property', 'k', '--property', 'j', 'rack1'], path: 'aggregate unset', check: (r) => assert.deepEqual(r.args.list('property'), ['k', 'j']) },
    { argv: ['availability', 'zone', 'list'], path: 'availability zone list' },
  ];
  for (const c of cases) {
    const r = run(resolveInvocation(c.argv));
    assert.equal(r.path, c.path, c.argv.join(' '));
    c.check?.(r);
  }
});

test('resolveInvocation: help for the new commands', () => {
  const cases: Array<{ argv: string[]; contains: string[] }> = [
    { argv: ['-h'], contains: ['server group create', 'aggregate add host', 'availability zone list'] },
    { argv: ['server', 'group', '--help'], contains: ['Usage: kumo server group <action>', 'kumo server group create --policy anti-affinity web'] },
    { argv: ['help', 'server', 'group', 'create'], contains: ['Usage: kumo server group create --policy <policy> [--max-server-per-host <count>] <name>'] },
    { argv: ['aggregate', 'add', 'host', '-h'], contains: ['Usage: kumo aggregate add host <aggregate> <host>', 'kumo aggregate add host rack1 compute-1'] },
    { argv: ['help', 'aggregate'], contains: ['Actions:', 'add host', 'remove host', 'unset'] },
    { argv: ['help', 'availability', 'zone'], contains: ['Usage: kumo availability zone <action>'] },
    { argv: ['server', 'create', '--help'], contains: ['[--hint <key=value> ...]', 'group=<server group> joins the group', '--hint group=web-group'] },
  ];
  for (const c of cases) {
    const inv = resolveInvocation(c.argv);
    assert.equal(inv.kind, 'help', c.argv.join(' '));
    for (const s of c.contains) assert.ok(inv.kind === 'help' && inv.text.includes(s), `${c.argv.join(' ')}: expected ${s}`);
  }
});

test('resolveInvocation: usage errors of the new commands', () => {
  const cases: Array<{ argv: string[]; message: RegExp; usage: RegExp }> = [
    { argv: ['availability', 'list'], message: /'availability' is not a kumo command; did you mean 'kumo availability zone'\?/, usage: /^Usage: kumo \[global options\]/ },
    { argv: ['server', 'group'], message: /missing action for 'server group'/, usage: /^Usage: kumo server group <action>/ },
    { argv: ['server', 'group', 'frob'], message: /'frob' is not a 'server group' action/, usage: /Actions: create, list, show, delete/ },
    { argv: ['aggregate', 'add', 'rack1', 'h'], message: /'add' is not an 'aggregate' action; did you mean 'kumo aggregate add host'\?/, usage: /^Usage: kumo aggregate <action>/ },
    { argv: ['server', 'group', 'create', 'g'], message: /missing required option --policy/, usage: /^Usage: kumo server group create/ },
    { argv: ['aggregate', 'add', 'host', 'rack1'], message: /missing argument <host>/, usage: /^Usage: kumo aggregate add host <aggregate> <host>/ },
    { argv: ['aggregate', 'unset', 'rack1'], message: /missing required option --property/, usage: /^Usage: kumo aggregate unset/ },
    { argv: ['availability', 'zone', 'list', 'x'], message: /unexpected argument 'x'/, usage: /^Usage: kumo availability zone list/ },
    { argv: ['help', 'aggregate', 'add'], message: /no help for 'aggregate add'/, usage: /^Usage: kumo aggregate <action>/ },
    { argv: ['help', 'availability'], message: /did you mean 'kumo availability zone'/, usage: /^Usage: kumo/ },
  ];
  for (const c of cases) {
    assert.throws(
      () => resolveInvocation(c.argv),
      (err: unknown) => {
        assert.ok(err instanceof UsageError, c.argv.join(' '));
        assert.equal(err.exitCode, 2);
        assert.match(err.message, c.message, c.argv.join(' '));
        assert.match(err.usage ?? '', c.usage, c.argv.join(' '));
        return true;
      },
    );
  }
});

test('commands refuse bad arguments before calling the API (exit 2 with the usage)', async () => {
  const cases: Array<{ argv: string[]; err: RegExp }> = [
    { argv: ['server', 'create', '--flavor', 'f', '--image', 'i', '--hint', 'colour=blue', 'vm'], err: /unknown hint 'colour'[\s\S]*Usage: kumo server create/ },
    { argv: ['server', 'create', '--flavor', 'f', '--image', 'i', '--hint', 'group', 'vm'], err: /--hint: expected 'key=value', got 'group'/ },
    { argv: ['server', 'group', 'create', '--policy', 'spread', 'g'], err: /--policy: invalid choice 'spread'/ },
    { argv: ['server', 'group', 'create', '--policy', 'affinity', '--max-server-per-host', '2', 'g'], err: /only allowed with --policy anti-affinity/ },
    { argv: ['server', 'group', 'create', '--policy', 'anti-affinity', '--max-server-per-host', '0', 'g'], err: /must be at least 1/ },
    { argv: ['aggregate', 'set', 'rack1'], err: /nothing to set[\s\S]*Usage: kumo aggregate set/ },
    { argv: ['aggregate', 'set', '--property', 'availability_zone=az1', 'rack1'], err: /set the zone with --zone/ },
  ];
  for (const c of cases) {
    let out = '';
    let err = '';
    const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
    // An address nothing listens on: any API call would fail with exit 1, not 2.
    const code = await main(['--url', '127.0.0.1:9', ...c.argv], io, {});
    assert.equal(code, 2, `${c.argv.join(' ')}: ${err}`);
    assert.equal(out, '');
    assert.match(err, c.err, c.argv.join(' '));
  }
});
