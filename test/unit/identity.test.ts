// Tokens (HMAC-SHA256, expiring), scrypt passwords, implied roles, and the
// CLI's credentials: what a token carries, and what is refused.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Metadata } from '@grpc/grpc-js';
import { NoAuthAuthenticator, TokenAuthenticator } from '../../pkg/api/auth.js';
import { cloudEntry, cloudsPath, saveCloudEntry } from '../../pkg/cli/clouds.js';
import { clientCredentials } from '../../pkg/cli/credentials.js';
import type { GlobalOptions } from '../../pkg/cli/args.js';
import { InvalidTokenError } from '../../pkg/identity/errors.js';
import { hashPassword, verifyPassword } from '../../pkg/identity/password.js';
import { effectiveRoles } from '../../pkg/identity/roles.js';
import { issueToken, signingKeyFromFile, verifyToken, type TokenClaims } from '../../pkg/identity/token.js';

const key = randomBytes(32);
const claims = (over: Partial<TokenClaims> = {}): TokenClaims => ({ userId: 'u1', userName: 'alice', projectId: 'p1', projectName: 'demo', roles: ['member', 'reader'], issuedAt: Date.now(), expiresAt: Date.now() + 60_000, ...over });
const why = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    assert.ok(err instanceof InvalidTokenError);
    assert.equal(err.code, 'UNAUTHENTICATED');
    return err.metadata['why']!;
  }
  return assert.fail('accepted');
};

describe('tokens', () => {
  test('a token carries user, project, roles and expiry; tampering, another key and expiry are refused', async () => {
    const t = issueToken(key, claims());
    const c = verifyToken(key, t);
    assert.deepEqual([c.userId, c.userName, c.projectId, c.projectName, c.roles], ['u1', 'alice', 'p1', 'demo', ['member', 'reader']]);
    assert.equal(why(() => verifyToken(randomBytes(32), t)), 'bad signature');
    const [prefix, payload, sig] = t.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), r: ['admin'] })).toString('base64url');
    assert.equal(why(() => verifyToken(key, `${prefix}.${forged}.${sig}`)), 'bad signature');
    assert.equal(why(() => verifyToken(key, issueToken(key, claims({ expiresAt: Date.now() - 1 })))), 'expired');
    for (const bad of ['', 'abc', 'kumo1.x', 'kumo2.a.b', `kumo1..${sig}`]) assert.equal(why(() => verifyToken(key, bad)), 'malformed', bad);
    // Signed, but not a payload of ours.
    const body = `kumo1.${Buffer.from('{"u":1}').toString('base64url')}`;
    const { createHmac } = await import('node:crypto');
    assert.equal(why(() => verifyToken(key, `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`)), 'malformed');
  });

  test('the token authenticator reads authorization: Bearer; noauth reads x-kumo-* metadata', () => {
    const auth = new TokenAuthenticator(key);
    const md = new Metadata();
    assert.equal(why(() => auth.authenticate(md)), 'missing');
    md.set('authorization', 'Basic xyz');
    assert.equal(why(() => auth.authenticate(md)), 'malformed');
    md.set('authorization', `Bearer ${issueToken(key, claims())}`);
    // Headers do not count when tokens are on.
    md.set('x-kumo-project', 'other');
    md.set('x-kumo-roles', 'admin');
    const id = auth.authenticate(md);
    assert.deepEqual([id.projectId, id.userId, id.roles], ['p1', 'u1', ['member', 'reader']]);
    const noauth = new NoAuthAuthenticator().authenticate(md);
    assert.deepEqual([noauth.projectId, noauth.roles], ['other', ['reader', 'member', 'admin']]);
    const dflt = new NoAuthAuthenticator().authenticate(new Metadata());
    assert.deepEqual([dflt.projectId, dflt.userId, dflt.roles], ['default', 'default', ['reader', 'member', 'admin']]);
  });

  test('a key file needs 32 bytes or more', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kumo-key-'));
    try {
      writeFileSync(join(dir, 'short'), 'secret');
      assert.throws(() => signingKeyFromFile(join(dir, 'short')), /at least 32/);
      writeFileSync(join(dir, 'good'), key);
      assert.deepEqual(signingKeyFromFile(join(dir, 'good')), key);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('implied roles: admin > member > reader; service stands alone', () => {
    assert.deepEqual(effectiveRoles(['admin']), ['reader', 'member', 'admin']);
    assert.deepEqual(effectiveRoles(['member']), ['reader', 'member']);
    assert.deepEqual(effectiveRoles(['service']), ['service']);
    assert.deepEqual(effectiveRoles(['custom', 'reader']), ['reader', 'custom']);
  });
});

describe('passwords', () => {
  test('scrypt with a random salt; the right password verifies, another does not', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    assert.notDeepEqual(a.salt, b.salt);
    assert.notDeepEqual(a.hash, b.hash, 'salted');
    assert.equal(a.hash.length, 32);
    assert.ok(await verifyPassword('correct horse', a));
    assert.ok(!(await verifyPassword('correct horsf', a)));
    assert.ok(!(await verifyPassword('', a)));
  });
});

describe('CLI credentials and clouds.yaml', () => {
  const g = (over: Partial<GlobalOptions> = {}): GlobalOptions => ({ format: 'table', columns: [], url: '127.0.0.1:9999', debug: false, timings: false, help: false, ...over });

  test('flags first, then the endpoint\'s clouds.yaml entry (a valid stored token, else its password)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kumo-clouds-'));
    const env = { KUMO_CONFIG_DIR: dir };
    try {
      assert.equal(cloudsPath(env), join(dir, 'clouds.yaml'));
      assert.equal(cloudsPath({ XDG_CONFIG_HOME: '/x' }), '/x/kumo/clouds.yaml');
      assert.deepEqual(clientCredentials(g(), env), {}, 'no entry: no credentials (noauth)');
      assert.deepEqual(clientCredentials(g({ osToken: 'tok' }), env), { token: 'tok' });
      assert.deepEqual(clientCredentials(g({ osUsername: 'a', osPassword: 'b', osProjectName: 'c' }), env), { auth: { username: 'a', password: 'b', project: 'c' } });
      assert.throws(() => clientCredentials(g({ osUsername: 'a' }), env), /go together/);
      const path = saveCloudEntry('127.0.0.1:9999', { auth: { username: 'admin', password: 'pw', project_name: 'admin' } }, env);
      assert.equal(statSync(path).mode & 0o777, 0o600);
      assert.match(readFileSync(path, 'utf8'), /127\.0\.0\.1:9999/);
      assert.deepEqual(clientCredentials(g(), env), { auth: { username: 'admin', password: 'pw', project: 'admin' } });
      assert.deepEqual(clientCredentials(g({ url: '127.0.0.1:1' }), env), {}, 'entries are per endpoint');
      saveCloudEntry('https://127.0.0.1:9999', { token: 'stored', token_expires_at: new Date(Date.now() + 3_600_000).toISOString() }, env);
      assert.equal(cloudEntry('127.0.0.1:9999', env)?.auth?.username, 'admin', 'a scheme does not make another entry; the merge keeps auth');
      assert.deepEqual(clientCredentials(g(), env), { token: 'stored' });
      saveCloudEntry('127.0.0.1:9999', { token_expires_at: new Date(Date.now() + 10_000).toISOString() }, env);
      assert.deepEqual(clientCredentials(g(), env), { auth: { username: 'admin', password: 'pw', project: 'admin' } }, 'a token about to expire is not used');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
