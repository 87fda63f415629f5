// The policy table and its check language: every public RPC has a rule,
// the defaults give readers reads, members their project's changes and
// admins the admin RPCs, and a policy file overrides rules by name.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { ServiceDefinition } from '@grpc/grpc-js';
import { apiPackageDefinition, SERVICE_NAMES } from '../../pkg/api/proto.js';
import { parseCheck, PolicySyntaxError } from '../../pkg/policy/check.js';
import { RPC_RULES, RULE_BY_RPC } from '../../pkg/policy/defaults.js';
import { PolicyDeniedError } from '../../pkg/policy/errors.js';
import { Policy, PolicyFileError } from '../../pkg/policy/policy.js';
import { ACTION_RULES } from '../../pkg/lifecycle/actions.js';

/** Every public RPC as "Service.Method", from the service definitions the API serves. */
export function publicRpcs(): string[] {
  const pkg = apiPackageDefinition();
  return SERVICE_NAMES.flatMap((name) => Object.keys(pkg[name] as ServiceDefinition).map((m) => `${name.split('.').pop()}.${m}`));
}

const subject = (roles: string[], projectId = 'p1') => ({ projectId, roles });

describe('policy table', () => {
  test('every public RPC has a rule, and every rule names a real RPC', () => {
    const rpcs = publicRpcs();
    const missing = rpcs.filter((r) => !RULE_BY_RPC.has(r));
    assert.deepEqual(missing, [], 'RPCs without a policy rule (add them to pkg/policy/defaults.ts)');
    const stale = RPC_RULES.map((r) => r.rpc).filter((r) => !rpcs.includes(r));
    assert.deepEqual(stale, [], 'rules for RPCs that do not exist');
    assert.equal(new Set(RPC_RULES.map((r) => r.name)).size, RPC_RULES.length, 'rule names are unique');
  });

  test('the defaults: readers read, members change, admins administer', () => {
    const p = new Policy();
    const cases: Array<[rpc: string, reader: boolean, member: boolean, admin: boolean]> = [
      ['ServerService.GetServer', true, true, true],
      ['ServerService.ListServers', true, true, true],
      ['ServerService.CreateServer', false, true, true],
      ['ServerService.DeleteServer', false, true, true],
      ['ServerService.MigrateServer', false, false, true],
      ['ServerService.LiveMigrateServer', false, false, true],
      ['ServerService.EvacuateServer', false, false, true],
      ['FlavorService.ListFlavors', true, true, true],
      ['FlavorService.CreateFlavor', false, false, true],
      ['HypervisorService.ListHypervisors', false, false, true],
      ['HypervisorService.ListComputeServices', false, false, true],
      ['AggregateService.ListAggregates', false, false, true],
      ['PlacementService.ExplainPlacement', false, false, true],
      ['KeypairService.CreateKeypair', false, true, true],
      ['IdentityService.CreateUser', false, false, true],
      ['IdentityService.IssueToken', true, true, true],
      ['QuotaService.UpdateQuota', false, false, true],
      ['QuotaService.GetLimits', true, true, true],
    ];
    for (const [rpc, reader, member, admin] of cases) {
      assert.equal(p.allowed(p.ruleOf(rpc), subject(['reader'])), reader, `${rpc} as reader`);
      assert.equal(p.allowed(p.ruleOf(rpc), subject(['member'])), member, `${rpc} as member`);
      assert.equal(p.allowed(p.ruleOf(rpc), subject(['admin'])), admin, `${rpc} as admin`);
      assert.equal(p.allowed(p.ruleOf(rpc), subject([])), rpc === 'IdentityService.IssueToken', `${rpc} with no role`);
    }
    // The console proxy's role.
    assert.ok(p.allowed(p.ruleOf('ConsoleAuthService.ValidateConsoleToken'), subject(['service'])));
    assert.ok(!p.allowed(p.ruleOf('ConsoleAuthService.ValidateConsoleToken'), subject(['member'])));
    // Another project's quota: its readers and admins only.
    const quota = p.ruleOf('QuotaService.GetQuota');
    assert.ok(p.allowed(quota, subject(['reader']), { project_id: 'p1' }));
    assert.ok(p.allowed(quota, subject(['reader']), { project_id: '' }));
    assert.ok(!p.allowed(quota, subject(['member']), { project_id: 'p2' }));
    assert.ok(p.allowed(quota, subject(['admin']), { project_id: 'p2' }));
  });

  test("the lifecycle's admin-only actions are admin-only in the table too", () => {
    const p = new Policy();
    const rpcOf: Record<string, string> = { migrate: 'ServerService.MigrateServer', live_migrate: 'ServerService.LiveMigrateServer', evacuate: 'ServerService.EvacuateServer' };
    const adminOnly = Object.entries(ACTION_RULES).filter(([, r]) => r.adminOnly).map(([action]) => action);
    assert.deepEqual(adminOnly.sort(), Object.keys(rpcOf).sort());
    for (const action of adminOnly) {
      const rule = p.ruleOf(rpcOf[action]!);
      assert.ok(!p.allowed(rule, subject(['member'])) && p.allowed(rule, subject(['admin'])), `${action}: ${rule}`);
    }
  });

  test('a refusal says whether admin would do (ADMIN_REQUIRED) or not (POLICY_DENIED)', () => {
    const p = new Policy({ 'compute:servers:create': '!' });
    assert.throws(
      () => p.enforceRpc('FlavorService.CreateFlavor', subject(['member'])),
      (err: unknown) => err instanceof PolicyDeniedError && err.reason === 'ADMIN_REQUIRED' && err.code === 'PERMISSION_DENIED',
    );
    try {
      p.enforceRpc('ServerService.CreateServer', subject(['admin']));
      assert.fail('denied for everyone');
    } catch (err) {
      assert.equal((err as PolicyDeniedError).reason, 'POLICY_DENIED');
      assert.equal((err as PolicyDeniedError).metadata['rule'], 'compute:servers:create');
    }
  });
});

describe('policy checks', () => {
  test('the check language', () => {
    const p = new Policy({
      a: 'role:reader and not role:member',
      b: '(role:x or role:y) and rule:a',
      c: '',
      d: '!',
      e: 'rule:e',
    });
    assert.ok(p.allowed('a', subject(['reader'])));
    assert.ok(!p.allowed('a', subject(['member'])), 'member implies reader, and is excluded');
    assert.ok(p.allowed('b', subject(['reader', 'y'])));
    assert.ok(!p.allowed('b', subject(['y'])));
    assert.ok(p.allowed('c', subject([])), 'empty: always');
    assert.ok(!p.allowed('d', subject(['admin'])));
    assert.ok(!p.allowed('e', subject(['admin'])), 'a rule that refers to itself holds nothing');
    assert.ok(!p.allowed('no-such-rule', subject(['member'])), 'an unknown rule is admin-only');
    assert.ok(p.allowed('no-such-rule', subject(['admin'])));
    for (const bad of ['role:', 'rule', '(role:a', 'role:a or', 'project_id:x', 'foo:bar', 'role:a )']) {
      assert.throws(() => parseCheck(bad), PolicySyntaxError, bad);
    }
    assert.throws(() => new Policy({ x: 'rule:nowhere' }), /unknown rule nowhere/);
  });

  test('a policy file (YAML or JSON) overrides rules by name; a bad one fails the start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kumo-policy-'));
    try {
      const yaml = join(dir, 'policy.yaml');
      writeFileSync(yaml, '# readers may create keypairs here\n"compute:keypairs:create": "rule:project_reader_or_admin"\n"compute:flavors:index": "rule:admin"\n');
      const p = Policy.load(yaml);
      assert.ok(p.allowed(p.ruleOf('KeypairService.CreateKeypair'), subject(['reader'])));
      assert.ok(!p.allowed(p.ruleOf('FlavorService.ListFlavors'), subject(['member'])));
      assert.ok(p.allowed(p.ruleOf('ServerService.CreateServer'), subject(['member'])), 'the others keep their defaults');
      const json = join(dir, 'policy.json');
      writeFileSync(json, JSON.stringify({ 'compute:servers:create': 'role:admin' }));
      assert.ok(!Policy.load(json).allowed('compute:servers:create', subject(['member'])));
      writeFileSync(json, JSON.stringify({ 'compute:servers:create': 'role:' }));
      assert.throws(() => Policy.load(json), PolicyFileError);
      writeFileSync(json, JSON.stringify(['not', 'a', 'map']));
      assert.throws(() => Policy.load(json), PolicyFileError);
      assert.throws(() => Policy.load(join(dir, 'missing.yaml')), PolicyFileError);
      assert.ok(Policy.load('').allowed('compute:servers:create', subject(['member'])));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
