// Identity, policy and audit across real processes with token auth: every
// public RPC (enumerated from the service definitions the API serves) is
// called as a reader, a member and an admin of a project, and as a member
// of another project, and must be refused (PERMISSION_DENIED) or let
// through exactly as the policy table says; another project's server is
// NOT_FOUND; calls without a valid token are UNAUTHENTICATED; mutating and
// refused calls are in the audit log.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Client, credentials, Metadata, status, type MethodDefinition, type ServiceDefinition, type ServiceError } from '@grpc/grpc-js';
import { connect } from 'nats';
import { apiPackageDefinition, SERVICE_NAMES } from '../../pkg/api/proto.js';
import { KumoClient } from '../../pkg/client/client.js';
import type { Server__Output } from '../../pkg/gen/types.js';
import { effectiveRoles } from '../../pkg/identity/roles.js';
import { IdentityStore } from '../../pkg/identity/store.js';
import { issueToken } from '../../pkg/identity/token.js';
import { seedCatalog } from '../../pkg/cli/up.js';
import { RULE_BY_RPC } from '../../pkg/policy/defaults.js';
import { Policy } from '../../pkg/policy/policy.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { spawnService } from '../../pkg/util/children.js';
import { expectError, waitStatus } from '../support/expect.js';
import { tempDir } from '../support/nats.js';

const ADMIN_PASSWORD = randomBytes(12).toString('base64url');
const PASSWORD = 'policy-test-pw';

type Role = 'reader' | 'member' | 'admin' | 'other';
interface Caller {
  role: Role;
  token: string;
  projectId: string;
  roles: string[];
}

let cloud: TestCloud;
let dir: { path: string; remove(): void };
let auditFile = '';
let grpc: Client;
const callers = {} as Record<Role, Caller>;
let server: Server__Output;
const policy = new Policy();

/** Every public RPC with its definition. */
function publicRpcs(): Array<{ rpc: string; def: MethodDefinition<unknown, unknown> }> {
  const pkg = apiPackageDefinition();
  return SERVICE_NAMES.flatMap((name) =>
    Object.entries(pkg[name] as ServiceDefinition).map(([method, def]) => ({ rpc: `${name.split('.').pop()}.${method}`, def: def as MethodDefinition<unknown, unknown> })),
  );
}

type FieldInfo = { name: string; type: string; label: string };
const requestFields = (def: MethodDefinition<unknown, unknown>): FieldInfo[] =>
  (def as unknown as { requestType?: { type?: { field?: FieldInfo[] } } }).requestType?.type?.field ?? [];

/** The string fields of an RPC's request message. */
function stringFields(def: MethodDefinition<unknown, unknown>): Set<string> {
  return new Set(requestFields(def).filter((f) => f.type === 'TYPE_STRING' && f.label !== 'LABEL_REPEATED').map((f) => f.name));
}

/** Targets a server: its request names one by id. */
const targetsServer = (rpc: string, fields: Set<string>): boolean => rpc.startsWith('ServerService.') && (fields.has('id') || fields.has('server_id'));

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/**
 * A request for any RPC: every id-like string field set, nothing else. A
 * server's RPCs name `serverId` (p1's server, for another project's
 * member, who must get NOT_FOUND), else an id that names nothing, so that
 * an allowed delete or action changes nothing.
 */
function probeRequest(rpc: string, def: MethodDefinition<unknown, unknown>, serverId = NO_SUCH_ID): Record<string, string | string[]> {
  const fields = stringFields(def);
  const lists = new Set(requestFields(def).filter((f) => f.type === 'TYPE_STRING' && f.label === 'LABEL_REPEATED').map((f) => f.name));
  const values: Record<string, string> = {
    // Fresh each time: a request id is also an idempotency key.
    request_id: `req-${randomUUID()}`,
    flavor_id: '1',
    id: targetsServer(rpc, fields) ? serverId : NO_SUCH_ID,
    server_id: serverId,
    name: `probe-${rpc.split('.')[1]!.toLowerCase()}`,
    hypervisor_hostname: 'no-such-host',
    host: '',
    username: 'nobody',
    password: 'wrong-password',
    project: 'no-such-project',
    user: 'nobody',
    role: 'reader',
    token: 'no-such-token',
  };
  return {
    ...Object.fromEntries(Object.entries(values).filter(([k]) => fields.has(k))),
    ...Object.fromEntries(['keys', 'tags'].filter((k) => lists.has(k)).map((k) => [k, ['probe']])),
  };
}

function metadataFor(token: string | undefined): Metadata {
  const md = new Metadata();
  if (token) md.set('authorization', `Bearer ${token}`);
  return md;
}

/** Calls any RPC (unary or streaming) and resolves with its gRPC status code. */
function callCode(def: MethodDefinition<unknown, unknown>, request: unknown, token: string | undefined): Promise<{ code: number; details: string }> {
  const md = metadataFor(token);
  // A stream that is let through may stay open with nothing to say (a watch): its deadline ends it, DEADLINE_EXCEEDED (allowed).
  const deadline = Date.now() + (def.responseStream ? 2_000 : 15_000);
  return new Promise((resolve) => {
    const done = (err: ServiceError | null): void => resolve({ code: err ? err.code : status.OK, details: err?.details ?? '' });
    if (!def.requestStream && !def.responseStream) {
      grpc.makeUnaryRequest(def.path, def.requestSerialize, def.responseDeserialize, request, md, { deadline }, (err) => done(err));
    } else if (def.requestStream && !def.responseStream) {
      const call = grpc.makeClientStreamRequest(def.path, def.requestSerialize, def.responseDeserialize, md, { deadline }, (err) => done(err));
      call.end();
    } else {
      const call = def.requestStream
        ? grpc.makeBidiStreamRequest(def.path, def.requestSerialize, def.responseDeserialize, md, { deadline })
        : grpc.makeServerStreamRequest(def.path, def.requestSerialize, def.responseDeserialize, request, md, { deadline });
      let settled = false;
      const settle = (code: number, details = ''): void => {
        if (settled) return;
        settled = true;
        resolve({ code, details });
        call.cancel();
      };
      call.on('data', () => settle(status.OK));
      call.on('error', (err: ServiceError) => settle(err.code, err.details));
      call.on('end', () => settle(status.OK));
      if (def.requestStream) (call as unknown as { end(): void }).end();
    }
  });
}

/** Audit lines of the file, parsed. */
function auditLines(): Array<Record<string, unknown>> {
  let text = '';
  try {
    text = readFileSync(auditFile, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function waitAudit(match: (l: Record<string, unknown>) => boolean, what: string): Promise<Record<string, unknown>> {
  const until = Date.now() + 10_000;
  for (;;) {
    const found = auditLines().find(match);
    if (found) return found;
    if (Date.now() > until) assert.fail(`no audit line for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('identity, policy and audit (token auth)', { timeout: 300_000 }, () => {
  before(async () => {
    dir = tempDir('kumo-policy-');
    auditFile = join(dir.path, 'audit.log');
    cloud = await startCloud({
      computes: [{ name: 'pol', hosts: 1 }],
      auth: 'token',
      envOf: { 'kumo-api': { KUMO_BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD, KUMO_AUDIT_LOG: auditFile } },
      client: { auth: { username: 'admin', password: ADMIN_PASSWORD, project: 'admin' } },
    });
    grpc = new Client(cloud.endpoint, credentials.createInsecure());
    const admin = cloud.client;
    await seedCatalog(admin);
    const p1 = await admin.identity.createProject('p1');
    const p2 = await admin.identity.createProject('p2');
    await admin.identity.createUser({ name: 'reader1', password: PASSWORD, project: 'p1', role: 'reader' });
    await admin.identity.createUser({ name: 'member1', password: PASSWORD, project: 'p1' });
    await admin.identity.createUser({ name: 'member2', password: PASSWORD, project: 'p2', role: 'member' });
    const issue = async (role: Role, username: string, password: string, project: string, projectId: string): Promise<void> => {
      const t = await admin.identity.issueToken({ username, password, project });
      assert.equal(t.project?.id, projectId);
      callers[role] = { role, token: t.token, projectId, roles: t.roles };
    };
    await issue('reader', 'reader1', PASSWORD, 'p1', p1.id);
    await issue('member', 'member1', PASSWORD, 'p1', p1.id);
    await issue('other', 'member2', PASSWORD, 'p2', p2.id);
    const adminProject = (await admin.identity.projects()).find((p) => p.name === 'admin')!;
    await issue('admin', 'admin', ADMIN_PASSWORD, 'admin', adminProject.id);
    // p1's server, made by its member through the SDK's own token handling.
    const member = new KumoClient({ url: cloud.endpoint, auth: { username: 'member1', password: PASSWORD, project: 'p1' } });
    try {
      const image = (await member.images.ListImages({})).images.find((i) => i.name === 'cirros')!;
      const created = await member.servers.create({ name: 'p1-server', flavor_id: '1', image_id: image.id });
      server = await waitStatus(member, created.id, 'SERVER_STATUS_ACTIVE', 30_000);
      assert.equal(server.project_id, p1.id, 'the token decides the project');
    } finally {
      member.close();
    }
  });

  after(async () => {
    grpc?.close();
    await cloud?.stop();
    dir?.remove();
  });

  test('tokens carry implied roles; wrong passwords and projects without a role are refused alike', async () => {
    assert.deepEqual(callers.reader.roles, ['reader']);
    assert.deepEqual(callers.member.roles, ['reader', 'member']);
    assert.deepEqual(callers.admin.roles, ['reader', 'member', 'admin']);
    const admin = cloud.client;
    for (const [username, password, project] of [
      ['member1', 'not-the-password', 'p1'],
      ['member1', PASSWORD, 'p2'],
      ['no-such-user', PASSWORD, 'p1'],
      ['member1', PASSWORD, 'no-such-project'],
    ] as const) {
      const err = await expectError(admin.identity.issueToken({ username, password, project }), 'UNAUTHENTICATED');
      assert.equal(err.reason, 'INVALID_CREDENTIALS');
    }
    await expectError(admin.identity.createUser({ name: 'member1', password: PASSWORD }), 'ALREADY_EXISTS');
    await expectError(admin.identity.createProject('p1'), 'ALREADY_EXISTS');
    await expectError(admin.identity.createUser({ name: 'x', password: 'short' }), 'INVALID_ARGUMENT', 'password');
    await expectError(admin.identity.addRole({ user: 'member1', project: 'p1', role: 'owner' }), 'INVALID_ARGUMENT', 'role');
    const assignments = await admin.identity.roleAssignments({ project: 'p1' });
    assert.deepEqual(assignments.map((a) => [a.user_name, a.roles]), [['member1', ['member']], ['reader1', ['reader']]]);
  });

  test('every RPC, as reader, member, admin and another project\'s member, is allowed or refused as the policy table says', async () => {
    const rpcs = publicRpcs();
    assert.ok(rpcs.length > 80, `${rpcs.length} RPCs`);
    const wrong: string[] = [];
    for (const { rpc, def } of rpcs) {
      const rule = RULE_BY_RPC.get(rpc);
      if (!rule) {
        wrong.push(`${rpc}: no policy rule`);
        continue;
      }
      for (const role of ['reader', 'member', 'other', 'admin'] as const) {
        const c = callers[role];
        const request = probeRequest(rpc, def, role === 'other' ? server.id : undefined);
        const allowed = policy.allowed(rule.name, { projectId: c.projectId, roles: effectiveRoles(c.roles) }, request);
        const { code, details } = await callCode(def, request, c.token);
        const got = `${status[code]}${details ? ` (${details})` : ''}`;
        if (rpc === 'IdentityService.IssueToken') {
          // Anyone may try; the probe's password is wrong.
          if (code !== status.UNAUTHENTICATED) wrong.push(`${rpc} as ${role}: ${got}, wanted UNAUTHENTICATED`);
        } else if (!allowed) {
          if (code !== status.PERMISSION_DENIED) wrong.push(`${rpc} as ${role}: ${got}, wanted PERMISSION_DENIED (${rule.name})`);
        } else if (code === status.PERMISSION_DENIED || code === status.UNAUTHENTICATED) {
          wrong.push(`${rpc} as ${role}: ${got}, wanted allowed by ${rule.name}`);
        } else if (role === 'other' && targetsServer(rpc, stringFields(def)) && code !== status.NOT_FOUND) {
          wrong.push(`${rpc} as ${role} on p1's server: ${got}, wanted NOT_FOUND`);
        }
      }
    }
    assert.deepEqual(wrong, []);
    // The probes as another project's member changed nothing of p1's server.
    const after = await cloud.client.servers.get(server.id);
    assert.equal(after.status, 'SERVER_STATUS_ACTIVE');
  });

  test('no token, a garbage token, a forged and an expired token are UNAUTHENTICATED on every RPC but IssueToken', async () => {
    const nc = await connect({ servers: cloud.nats.url });
    let key: Buffer;
    try {
      const store = new IdentityStore(nc);
      await store.start();
      key = await store.signingKey();
    } finally {
      await nc.close();
    }
    const c = callers.admin;
    const claims = { userId: 'u', userName: 'admin', projectId: c.projectId, projectName: 'admin', roles: ['admin'], issuedAt: Date.now() - 7_200_000 };
    const tokens: Array<[string, string | undefined]> = [
      ['none', undefined],
      ['garbage', 'not-a-token'],
      ['forged', issueToken(randomBytes(32), { ...claims, expiresAt: Date.now() + 3_600_000 })],
      ['expired', issueToken(key, { ...claims, expiresAt: Date.now() - 1000 })],
    ];
    const wrong: string[] = [];
    for (const { rpc, def } of publicRpcs()) {
      if (rpc === 'IdentityService.IssueToken') continue;
      for (const [what, token] of tokens) {
        const { code } = await callCode(def, probeRequest(rpc, def), token);
        if (code !== status.UNAUTHENTICATED) wrong.push(`${rpc} with ${what} token: ${status[code]}`);
      }
    }
    assert.deepEqual(wrong, []);
    // The right key and a live token work (the expired one was refused for its expiry alone).
    const { code } = await callCode(publicRpcs().find((r) => r.rpc === 'FlavorService.ListFlavors')!.def, {}, issueToken(key, { ...claims, expiresAt: Date.now() + 60_000 }));
    assert.equal(code, status.OK);
  });

  test('admins see every project (all_tenants, by id); others only their own; headers do not widen a token', async () => {
    const as = (role: Role, roles?: string[]) =>
      new KumoClient({ url: cloud.endpoint, token: callers[role].token, ...(roles ? { project: 'p2', roles } : {}) });
    const admin = as('admin');
    const member = as('member');
    const other = as('other', ['admin']);
    try {
      assert.equal((await admin.servers.get(server.id)).id, server.id);
      // The listing index may lag the create by a moment.
      const until = Date.now() + 15_000;
      while (!(await admin.servers.list({ all_tenants: true }).toArray()).some((s) => s.id === server.id)) {
        if (Date.now() > until) assert.fail('all_tenants does not list p1\'s server');
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.deepEqual((await admin.servers.list({ all_tenants: true, project_id: callers.other.projectId }).toArray()).map((s) => s.id), []);
      assert.deepEqual((await admin.servers.list().toArray()).map((s) => s.id), [], 'without all_tenants: the admin project only');
      assert.deepEqual((await member.servers.list().toArray()).map((s) => s.id), [server.id]);
      const denied = await expectError(member.servers.list({ all_tenants: true }).toArray(), 'PERMISSION_DENIED');
      assert.equal(denied.reason, 'ADMIN_REQUIRED');
      await expectError(member.servers.list({ project_id: callers.other.projectId }).toArray(), 'INVALID_ARGUMENT', 'project_id');
      // x-kumo-roles and x-kumo-project are noauth's: with a token they change nothing.
      await expectError(other.servers.get(server.id), 'NOT_FOUND');
      await expectError(other.flavors.CreateFlavor({ flavor: { id: 'x', name: 'x', vcpus: 1, ram_mb: 64, disk_gb: 1 } }), 'PERMISSION_DENIED');
      assert.deepEqual((await other.identity.projects()).map((p) => p.name), ['p2'], 'a member sees its own project');
    } finally {
      for (const c of [admin, member, other]) c.close();
    }
  });

  test('the SDK issues its token from a password and issues a new one when it expires (a second API replica, 2 s tokens)', async () => {
    const shortAudit = join(dir.path, 'audit-short.log');
    const api2 = await spawnService('kumo-api', {
      env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn', KUMO_AUDIT_LOG: shortAudit },
      args: ['--port', '0', '--auth', 'token', '--token-ttl', '2'],
      label: 'api-short-tokens',
    });
    cloud.processes.push(api2);
    const member = new KumoClient({ url: String(api2.ready['endpoint']), auth: { username: 'member1', password: PASSWORD, project: 'p1' } });
    try {
      // The replica shares the signing key (state log): the first API's token works here too.
      const { code } = await callCode(publicRpcs().find((r) => r.rpc === 'FlavorService.ListFlavors')!.def, {}, callers.member.token);
      assert.equal(code, status.OK);
      assert.equal((await member.servers.get(server.id)).id, server.id);
      await new Promise((r) => setTimeout(r, 2_500));
      assert.equal((await member.servers.get(server.id)).id, server.id, 'answered after the first token expired');
      const issued = () => readFileSync(shortAudit, 'utf8').split('\n').filter((l) => l.includes('"rpc":"IdentityService.IssueToken"') && l.includes('"code":0'));
      const until = Date.now() + 5_000;
      while (issued().length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      assert.equal(issued().length, 2, 'one token at the first call, one after it expired');
    } finally {
      member.close();
    }
  });

  test('mutating and refused calls are audited: who, what, which project, request id, result', async () => {
    const member = new KumoClient({ url: cloud.endpoint, token: callers.member.token });
    const reader = new KumoClient({ url: cloud.endpoint, token: callers.reader.token });
    try {
      await member.keypairs.CreateKeypair({ name: 'audited-key', public_key: '' });
      await expectError(reader.keypairs.CreateKeypair({ name: 'refused-key', public_key: '' }), 'PERMISSION_DENIED');
    } finally {
      member.close();
      reader.close();
    }
    const created = await waitAudit((l) => l['rpc'] === 'KeypairService.CreateKeypair' && l['target'] === 'audited-key', 'the create');
    assert.equal(created['audit'], true);
    assert.equal(created['user_name'], 'member1');
    assert.equal(created['project_id'], callers.member.projectId);
    assert.equal(created['rule'], 'compute:keypairs:create');
    assert.equal(created['result'], 'OK');
    assert.match(String(created['req']), /^req-/);
    const refused = await waitAudit((l) => l['rpc'] === 'KeypairService.CreateKeypair' && l['target'] === 'refused-key', 'the refusal');
    assert.equal(refused['user_name'], 'reader1');
    assert.equal(refused['code'], status.PERMISSION_DENIED);
    assert.equal(refused['result'], 'PERMISSION_DENIED');
    // The server create of the setup, with the new server's id; and no read was audited.
    await waitAudit((l) => l['rpc'] === 'ServerService.CreateServer' && l['target'] === server.id && l['user_name'] === 'member1', 'the server create');
    assert.ok(!auditLines().some((l) => l['rpc'] === 'FlavorService.ListFlavors' && l['code'] === 0), 'reads that succeed are not audited');
    // Secrets never reach the log.
    assert.ok(!readFileSync(auditFile, 'utf8').includes(PASSWORD));
  });
});
