// Token ids and revocation events (pkg/identity/revocations.ts): tokens
// from before token ids still verify and can be revoked; an event revokes a
// token by id, or a user's tokens (one project or all) issued at or before
// its moment; events are written to and replayed from a real state log, and
// pruned from it once their tokens have expired. Also the policy's user_id
// check (Nova's keypair owner, Keystone's token subject).
import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Metadata } from '@grpc/grpc-js';
import { connect, type NatsConnection } from 'nats';
import { TokenAuthenticator } from '../../pkg/api/auth.js';
import { STATE_STREAM, subjects } from '../../pkg/actor/subjects.js';
import { InvalidTokenError } from '../../pkg/identity/errors.js';
import { Revocations } from '../../pkg/identity/revocations.js';
import { IdentityStore } from '../../pkg/identity/store.js';
import { issueToken, verifyToken, type TokenClaims } from '../../pkg/identity/token.js';
import { Policy } from '../../pkg/policy/policy.js';
import { startTestNats, type TestNats } from '../support/nats.js';

const key = randomBytes(32);
const claims = (over: Partial<TokenClaims> = {}): TokenClaims => ({ userId: 'u1', userName: 'alice', projectId: 'p1', projectName: 'demo', roles: ['member', 'reader'], issuedAt: Date.now(), expiresAt: Date.now() + 60_000, ...over });
const bearer = (t: string): Metadata => {
  const md = new Metadata();
  md.set('authorization', `Bearer ${t}`);
  return md;
};

describe('token ids', () => {
  test('every token gets a random id; a token from before ids verifies with one derived from its signature', () => {
    const a = verifyToken(key, issueToken(key, claims()));
    const b = verifyToken(key, issueToken(key, claims()));
    assert.match(a.tokenId, /^[0-9a-f]{32}$/);
    assert.notEqual(a.tokenId, b.tokenId);
    // The old format: the same payload without jti.
    const payload = { u: 'u1', un: 'alice', p: 'p1', pn: 'demo', r: ['reader'], iat: Date.now(), exp: Date.now() + 60_000 };
    const body = `kumo1.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    const old = `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
    const c = verifyToken(key, old);
    assert.equal(c.userId, 'u1');
    assert.match(c.tokenId, /^[0-9a-f]{32}$/);
    assert.equal(verifyToken(key, old).tokenId, c.tokenId, 'the same id every time');
  });
});

describe('revocation events against a real state log', () => {
  let nats: TestNats;
  let nc: NatsConnection;
  before(async () => {
    nats = await startTestNats();
    nc = await connect({ servers: nats.url });
  });
  after(async () => {
    await nc?.close();
    await nats?.cleanup();
  });

  test('by token id, by user and project, by user: only tokens issued at or before the event; replayed by a new follower', async () => {
    const store = new IdentityStore(nc);
    await store.start();
    const mine = new Revocations(nc);
    await mine.start();
    store.onRevocation = (e) => mine.note(e);
    const auth = new TokenAuthenticator(key, mine);
    const t1 = issueToken(key, claims());
    const t2 = issueToken(key, claims());
    const c1 = verifyToken(key, t1);
    await store.revokeToken(c1.tokenId, c1.expiresAt);
    assert.throws(() => auth.authenticate(bearer(t1)), (err: unknown) => err instanceof InvalidTokenError && err.reason === 'TOKEN_REVOKED');
    assert.equal(auth.authenticate(bearer(t2)).userId, 'u1');

    const before = Date.now() - 5;
    const onP2 = verifyToken(key, issueToken(key, claims({ projectId: 'p2', issuedAt: before })));
    const oldP1 = verifyToken(key, issueToken(key, claims({ issuedAt: before })));
    await store.revokeUser('u1', 'p1', 60_000);
    assert.ok(mine.isRevoked(oldP1));
    assert.ok(!mine.isRevoked(onP2), 'another project is untouched');
    assert.ok(!mine.isRevoked({ ...oldP1, userId: 'u2' }), 'another user is untouched');
    assert.ok(!mine.isRevoked({ ...oldP1, issuedAt: Date.now() + 1000 }), 'a token issued later is not revoked');
    await store.revokeUser('u1', '', 60_000);
    assert.ok(mine.isRevoked(onP2), 'every project');

    // A follower started now replays them all from the log.
    const later = new Revocations(nc);
    await later.start();
    try {
      assert.equal(later.size, 3);
      assert.ok(later.isRevoked(c1));
      assert.ok(later.isRevoked(oldP1));
      assert.ok(later.isRevoked(onP2));
      assert.ok(!later.isRevoked(verifyToken(key, issueToken(key, claims({ issuedAt: Date.now() + 1000 })))));
    } finally {
      await later.stop();
      await mine.stop();
    }
  });

  test('an event whose tokens have all expired is forgotten and purged from the log; a newer event on its subject stays', async () => {
    const store = new IdentityStore(nc);
    await store.start();
    const held = new Revocations(nc);
    await held.start();
    store.onRevocation = (e) => held.note(e);
    const jsm = await nc.jetstreamManager();
    const count = async (id: string): Promise<number> => (await jsm.streams.info(STATE_STREAM, { subjects_filter: subjects.state('revocation', id) })).state.messages;
    try {
      const c = verifyToken(key, issueToken(key, claims({ expiresAt: Date.now() + 1000 })));
      await store.revokeToken(c.tokenId, c.expiresAt);
      // Seen through the log (the sequence to purge up to), not only noted.
      const until = Date.now() + 5000;
      while ((await count(`t_${c.tokenId}`)) !== 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      await held.prune(Date.now());
      assert.ok(held.isRevoked(c), 'kept while it may matter');
      await held.prune(Date.now() + 120_000);
      assert.ok(!held.isRevoked(c), 'forgotten once expired');
      assert.equal(await count(`t_${c.tokenId}`), 0, 'purged from the log');
    } finally {
      await held.stop();
    }
  });
});

describe('policy user_id checks', () => {
  test("Nova's keypair owner and Keystone's token subject: empty or the caller, else admin", () => {
    const policy = new Policy();
    const member = { projectId: 'p1', userId: 'u1', roles: ['member'] };
    const admin = { projectId: 'p0', userId: 'u0', roles: ['admin'] };
    assert.ok(policy.allowed('compute:keypairs:show', member, {}));
    assert.ok(policy.allowed('compute:keypairs:show', member, { user_id: 'u1' }));
    assert.ok(!policy.allowed('compute:keypairs:show', member, { user_id: 'u2' }));
    assert.ok(!policy.allowed('compute:keypairs:delete', member, { user_id: 'u2' }));
    assert.ok(policy.allowed('compute:keypairs:delete', admin, { user_id: 'u2' }));
    assert.ok(policy.allowed('identity:revoke_token', member, { token_user_id: 'u1' }));
    assert.ok(!policy.allowed('identity:revoke_token', member, { token_user_id: 'u2' }));
    assert.ok(!policy.allowed('identity:revoke_token', { projectId: 'p1', roles: ['member'] }, { token_user_id: 'u1' }), 'no caller id: not the subject');
    assert.ok(policy.allowed('identity:revoke_token', admin, { token_user_id: 'u2' }));
    assert.throws(() => new Policy({ x: 'user_id:u1' }), /user_id takes %\(field\)s/);
  });
});
