// Token revocation (Keystone's revocation events) and admins reaching other
// projects' resources by id, across real processes with token auth: a
// revoked token is UNAUTHENTICATED on every API replica (one started later
// replays the events), other tokens of the user still work; removing a
// role or deleting a user revokes the user's tokens issued before; an admin
// reads and deletes another project's keypair (Nova's user_id), network,
// port, floating IP, security group and server group by id, while
// another project's member gets NOT_FOUND (or PERMISSION_DENIED for naming
// another user's keypairs, as Nova).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { seedCatalog } from '../../pkg/cli/up.js';
import { KumoClient } from '../../pkg/client/client.js';
import { spawnService, type ChildService } from '../../pkg/util/children.js';
import { startCloud, type TestCloud } from '../support/cloud.js';
import { expectError, waitStatus } from '../support/expect.js';

const ADMIN_PASSWORD = randomBytes(12).toString('base64url');
const PASSWORD = 'revocation-test-pw';

let cloud: TestCloud;
let api2: ChildService;
const clients: KumoClient[] = [];

/** A client sending `token` to `url` (the first API by default). */
function as(token: string, url = cloud.endpoint): KumoClient {
  const c = new KumoClient({ url, token, retry: { maxAttempts: 1 } });
  clients.push(c);
  return c;
}

async function tokenOf(username: string, project: string, password = PASSWORD): Promise<string> {
  return (await cloud.client.identity.issueToken({ username, password, project })).token;
}

/** Resolves once `call` is refused UNAUTHENTICATED (another replica learns a revocation as the log delivers it). */
async function refusedSoon(call: () => Promise<unknown>, what: string): Promise<void> {
  const until = Date.now() + 5_000;
  for (;;) {
    try {
      await call();
    } catch (err) {
      if ((err as { codeName?: string }).codeName === 'UNAUTHENTICATED') return;
      throw err;
    }
    if (Date.now() > until) assert.fail(`${what}: still accepted`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function startApi(label: string): Promise<ChildService> {
  const api = await spawnService('kumo-api', {
    env: { KUMO_NATS_URL: cloud.nats.url, KUMO_DATA_DIR: cloud.dataDir, KUMO_LOG_LEVEL: 'warn' },
    args: ['--port', '0', '--auth', 'token'],
    label,
  });
  cloud.processes.push(api);
  return api;
}

describe('token revocation and admin access by id (token auth, two API replicas)', { timeout: 180_000 }, () => {
  before(async () => {
    cloud = await startCloud({
      computes: [{ name: 'rev', hosts: 1 }],
      auth: 'token',
      envOf: { 'kumo-api': { KUMO_BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD } },
      client: { auth: { username: 'admin', password: ADMIN_PASSWORD, project: 'admin' } },
    });
    const admin = cloud.client;
    await seedCatalog(admin);
    await admin.identity.createProject('p1');
    await admin.identity.createProject('p2');
    await admin.identity.createUser({ name: 'alice', password: PASSWORD, project: 'p1' });
    await admin.identity.addRole({ user: 'alice', project: 'p2', role: 'member' });
    await admin.identity.createUser({ name: 'bob', password: PASSWORD, project: 'p1' });
    await admin.identity.createUser({ name: 'carol', password: PASSWORD, project: 'p2' });
    api2 = await startApi('api-2');
  });

  after(async () => {
    for (const c of clients) c.close();
    await cloud?.stop();
  });

  test('a user revokes its own token: refused on both replicas (TOKEN_REVOKED); its other tokens still work', async () => {
    const t1 = await tokenOf('alice', 'p1');
    const t2 = await tokenOf('alice', 'p1');
    assert.notEqual(t1, t2);
    const a1 = as(t1);
    const a1On2 = as(t1, String(api2.ready['endpoint']));
    await a1.flavors.ListFlavors({});
    await a1On2.flavors.ListFlavors({});
    await a1.identity.revokeToken();
    const err = await expectError(a1.flavors.ListFlavors({}), 'UNAUTHENTICATED');
    assert.equal(err.reason, 'TOKEN_REVOKED');
    await refusedSoon(() => a1On2.flavors.ListFlavors({}), 'the revoked token on the second replica');
    // The same user's other token is not revoked, on either replica.
    await as(t2).flavors.ListFlavors({});
    await as(t2, String(api2.ready['endpoint'])).flavors.ListFlavors({});
    // A revoked (or made up) token is not found again (Keystone's 404).
    await expectError(as(t2).identity.revokeToken(t1), 'NOT_FOUND');
    await expectError(as(t2).identity.revokeToken('kumo1.nothing.here'), 'NOT_FOUND');
    // A replica started after the revocation replays it from the log.
    const api3 = await startApi('api-3');
    await expectError(as(t1, String(api3.ready['endpoint'])).flavors.ListFlavors({}), 'UNAUTHENTICATED');
    await as(t2, String(api3.ready['endpoint'])).flavors.ListFlavors({});
  });

  test("a member cannot revoke another user's token; an admin can", async () => {
    const bobToken = await tokenOf('bob', 'p1');
    const alice = as(await tokenOf('alice', 'p1'));
    const denied = await expectError(alice.identity.revokeToken(bobToken), 'PERMISSION_DENIED');
    assert.match(denied.message, /identity:revoke_token/);
    await as(bobToken).flavors.ListFlavors({});
    await cloud.client.identity.revokeToken(bobToken);
    await expectError(as(bobToken).flavors.ListFlavors({}), 'UNAUTHENTICATED');
    await refusedSoon(() => as(bobToken, String(api2.ready['endpoint'])).flavors.ListFlavors({}), "bob's token on the second replica");
    // The admin's own token still works.
    await cloud.client.flavors.ListFlavors({});
  });

  test("removing a role revokes the user's tokens on that project issued before; a new token after re-adding works", async () => {
    const onP1 = await tokenOf('alice', 'p1');
    const onP2 = await tokenOf('alice', 'p2');
    await as(onP1).flavors.ListFlavors({});
    const left = await cloud.client.identity.removeRole({ user: 'alice', project: 'p1', role: 'member' });
    assert.deepEqual(left.roles, []);
    assert.ok(!(await cloud.client.identity.roleAssignments({ user: 'alice' })).some((a) => a.project_name === 'p1'));
    await expectError(as(onP1).flavors.ListFlavors({}), 'UNAUTHENTICATED');
    await refusedSoon(() => as(onP1, String(api2.ready['endpoint'])).flavors.ListFlavors({}), 'the p1 token on the second replica');
    // Tokens on another project are not touched.
    await as(onP2).flavors.ListFlavors({});
    // Without a role on p1 no token is issued there; a role given back gives a working token.
    const noRole = await expectError(tokenOf('alice', 'p1'), 'UNAUTHENTICATED');
    assert.equal(noRole.reason, 'INVALID_CREDENTIALS');
    await expectError(cloud.client.identity.removeRole({ user: 'alice', project: 'p1', role: 'member' }), 'NOT_FOUND');
    await cloud.client.identity.addRole({ user: 'alice', project: 'p1', role: 'member' });
    const fresh = await tokenOf('alice', 'p1');
    await as(fresh).flavors.ListFlavors({});
    await as(fresh, String(api2.ready['endpoint'])).flavors.ListFlavors({});
    await expectError(as(onP1).flavors.ListFlavors({}), 'UNAUTHENTICATED');
    // Taking one of two roles away revokes too (the tokens carry the old roles); the other role stays.
    await cloud.client.identity.addRole({ user: 'alice', project: 'p1', role: 'admin' });
    const asAdmin = await tokenOf('alice', 'p1');
    assert.deepEqual((await cloud.client.identity.removeRole({ user: 'alice', project: 'p1', role: 'admin' })).roles, ['member']);
    await expectError(as(asAdmin).flavors.ListFlavors({}), 'UNAUTHENTICATED');
    assert.deepEqual((await cloud.client.identity.issueToken({ username: 'alice', password: PASSWORD, project: 'p1' })).roles, ['reader', 'member']);
  });

  test("a deleted user's tokens are refused everywhere; its name can be used again", async () => {
    await cloud.client.identity.createUser({ name: 'dave', password: PASSWORD, project: 'p1' });
    const old = await tokenOf('dave', 'p1');
    await as(old).flavors.ListFlavors({});
    await expectError(as(old).identity.deleteUser('carol'), 'PERMISSION_DENIED');
    await cloud.client.identity.deleteUser('dave');
    await expectError(as(old).flavors.ListFlavors({}), 'UNAUTHENTICATED');
    await refusedSoon(() => as(old, String(api2.ready['endpoint'])).flavors.ListFlavors({}), "the deleted user's token on the second replica");
    assert.ok(!(await cloud.client.identity.users()).some((u) => u.name === 'dave'));
    assert.ok(!(await cloud.client.identity.roleAssignments({ project: 'p1' })).some((a) => a.user_name === 'dave'));
    await expectError(tokenOf('dave', 'p1'), 'UNAUTHENTICATED');
    await expectError(cloud.client.identity.deleteUser('dave'), 'NOT_FOUND');
    // A new dave is another user: its token works, the old one stays revoked.
    const again = await cloud.client.identity.createUser({ name: 'dave', password: PASSWORD, project: 'p1' });
    const fresh = await tokenOf('dave', 'p1');
    assert.equal((await cloud.client.identity.users()).find((u) => u.name === 'dave')?.id, again.id);
    await as(fresh).flavors.ListFlavors({});
    await expectError(as(old).flavors.ListFlavors({}), 'UNAUTHENTICATED');
    // An admin cannot delete itself (it would lose the cloud's last admin by accident).
    await expectError(cloud.client.identity.deleteUser('admin'), 'INVALID_ARGUMENT', 'user');
  });

  test("an admin reads and deletes another project's keypair, network, port, floating IP, security group and server group by id; another project's member gets NOT_FOUND", async () => {
    const bob = as(await tokenOf('bob', 'p1'));
    const carol = as(await tokenOf('carol', 'p2'));
    const admin = cloud.client;
    const bobId = (await admin.identity.users()).find((u) => u.name === 'bob')!.id;
    const pub = await admin.networks.create('public', ['203.0.113.0/24'], { external: true });
    // First, so that its port is on the project's default network (made for it), not on bobnet.
    const image = (await bob.images.ListImages({})).images.find((i) => i.name === 'cirros')!;
    const server = await bob.servers.create({ name: 'bobvm', flavor_id: '1', image_id: image.id });
    await waitStatus(bob, server.id, 'SERVER_STATUS_ACTIVE', 30_000);
    const [port] = (await bob.networks.ListPorts({ server_id: server.id })).ports;
    assert.ok(port, "bob's server has a port");
    await bob.keypairs.create('bobkey');
    const net = await bob.networks.create('bobnet', ['10.77.0.0/24']);
    const fip = await bob.floatingIps.create(pub.id);
    const sg = await bob.securityGroups.create('bobsg');
    const group = await bob.serverGroups.create('bobgroup', 'anti-affinity');

    // Another project's member: NOT_FOUND by id; naming another user's keypairs is an admin's (Nova's 403).
    await expectError(carol.keypairs.get('bobkey'), 'NOT_FOUND');
    await expectError(carol.keypairs.GetKeypair({ name: 'bobkey', user_id: bobId }), 'PERMISSION_DENIED');
    await expectError(carol.keypairs.DeleteKeypair({ name: 'bobkey', user_id: bobId }), 'PERMISSION_DENIED');
    await expectError(carol.keypairs.ListKeypairs({ user_id: bobId }), 'PERMISSION_DENIED');
    await expectError(carol.networks.get(net.id), 'NOT_FOUND');
    await expectError(carol.networks.DeleteNetwork({ id: net.id }), 'NOT_FOUND');
    await expectError(carol.networks.GetPort({ id: port.id }), 'NOT_FOUND');
    await expectError(carol.floatingIps.get(fip.id), 'NOT_FOUND');
    await expectError(carol.floatingIps.DeleteFloatingIp({ id: fip.id }), 'NOT_FOUND');
    await expectError(carol.securityGroups.get(sg.id), 'NOT_FOUND');
    await expectError(carol.securityGroups.DeleteSecurityGroup({ id: sg.id }), 'NOT_FOUND');
    await expectError(carol.serverGroups.get(group.id), 'NOT_FOUND');
    await expectError(carol.serverGroups.DeleteServerGroup({ id: group.id }), 'NOT_FOUND');

    // The admin (project admin): by id, and bob's keypairs by user_id.
    await expectError(admin.keypairs.get('bobkey'), 'NOT_FOUND');
    assert.equal((await admin.keypairs.GetKeypair({ name: 'bobkey', user_id: bobId })).keypair?.user_id, bobId);
    assert.deepEqual((await admin.keypairs.ListKeypairs({ user_id: bobId })).keypairs.map((k) => k.name), ['bobkey']);
    assert.equal((await admin.networks.get(net.id)).project_id, net.project_id);
    assert.equal((await admin.floatingIps.get(fip.id)).id, fip.id);
    assert.equal((await admin.networks.GetPort({ id: port.id })).port?.device_id, server.id);
    assert.equal((await admin.securityGroups.get(sg.id)).name, 'bobsg');
    assert.equal((await admin.serverGroups.get(group.id)).name, 'bobgroup');
    // Listings stay the admin's own project's.
    assert.ok(!(await admin.networks.list().toArray()).some((n) => n.id === net.id));

    await admin.keypairs.DeleteKeypair({ name: 'bobkey', user_id: bobId });
    await admin.networks.DeleteNetwork({ id: net.id });
    await admin.floatingIps.DeleteFloatingIp({ id: fip.id });
    await admin.securityGroups.DeleteSecurityGroup({ id: sg.id });
    await admin.serverGroups.DeleteServerGroup({ id: group.id });
    await expectError(bob.keypairs.get('bobkey'), 'NOT_FOUND');
    await expectError(bob.networks.get(net.id), 'NOT_FOUND');
    await expectError(bob.floatingIps.get(fip.id), 'NOT_FOUND');
    await expectError(bob.securityGroups.get(sg.id), 'NOT_FOUND');
    await expectError(bob.serverGroups.get(group.id), 'NOT_FOUND');
    // The project's default security group is still its own: not deletable, not even by an admin.
    const bobDefault = (await bob.securityGroups.list().toArray()).find((g) => g.name === 'default')!;
    await expectError(admin.securityGroups.DeleteSecurityGroup({ id: bobDefault.id }), 'FAILED_PRECONDITION');
  });
});
