// pkg/security without processes: API URL schemes, the generated NATS
// permissions of a compute process, the nats-server syntax they are written
// in, and the subject-versus-payload check of host messages.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { subjects } from '../../pkg/actor/subjects.js';
import { fromItsHost } from '../../pkg/security/host_identity.js';
import { authorizationBlock, cloudUsers, computePermissions, computeUser, servicePermissions, writeCloudAuthz } from '../../pkg/security/nats_authz.js';
import { natsCredsOf, readNatsCreds } from '../../pkg/security/nats_creds.js';
import { parseApiUrl } from '../../pkg/security/tls.js';

test('API URLs: the scheme says TLS or plain text; a bare host:port does not say', () => {
  const rows: Array<[string, { target: string; tls: boolean | undefined }]> = [
    ['https://api.example.com:8774', { target: 'api.example.com:8774', tls: true }],
    ['grpcs://127.0.0.1:8774/', { target: '127.0.0.1:8774', tls: true }],
    ['HTTP://127.0.0.1:8774', { target: '127.0.0.1:8774', tls: false }],
    ['grpc://127.0.0.1:8774', { target: '127.0.0.1:8774', tls: false }],
    ['127.0.0.1:8774', { target: '127.0.0.1:8774', tls: undefined }],
    ['dns:///kumo.internal:8774', { target: 'dns:///kumo.internal:8774', tls: undefined }],
  ];
  for (const [url, want] of rows) assert.deepEqual(parseApiUrl(url), want, url);
});

test('a compute process may publish on its own hosts’ subjects only, and serve only its hosts', () => {
  const p = computePermissions(computeUser('rack1'), ['rack1-1', 'rack1-2']);
  for (const h of ['rack1-1', 'rack1-2']) {
    assert.ok(p.publish.allow.includes(subjects.hostEvent(h)));
    assert.ok(p.publish.allow.includes(subjects.hostBeat(h)));
    assert.ok(p.publish.allow.includes(subjects.hostDigest(h)));
    assert.ok(p.publish.allow.includes(subjects.conductorForHost(h)));
    assert.ok(p.subscribe.allow.includes(subjects.host(h)));
  }
  // The conductor only on its own hosts' subjects, and no host actor at all (the conductor relays migration calls).
  for (const no of [subjects.conductor(), subjects.allConductorForHosts(), subjects.allHosts(), subjects.host('rack1-1')]) assert.ok(!p.publish.allow.includes(no), no);
  const everything = [...p.publish.allow, ...p.subscribe.allow];
  assert.ok(!everything.some((s) => s.includes('rack2')), 'no other host is named');
  // No wildcard over host reports or over the whole state log or JetStream API.
  for (const wide of ['>', subjects.allHostEvents(), subjects.allHostBeats(), subjects.allHostDigests(), subjects.allState(), '$JS.API.>']) assert.ok(!everything.includes(wide), wide);
  assert.ok(!p.publish.allow.includes(subjects.allStatesOf('flavor')));
  assert.ok(p.subscribe.allow.includes('_INBOX_compute-rack1.>'));
  assert.equal(p.allowResponses, true);
  assert.deepEqual(servicePermissions().publish.deny, [subjects.allHostEvents(), subjects.allHostBeats(), subjects.allHostDigests(), subjects.allConductorForHosts()]);
});

test('the authorization block is nats-server syntax with every user, and the files are 0600', () => {
  const users = cloudUsers({ computes: [{ name: 'a', hosts: ['a'] }] });
  assert.deepEqual(users.map((u) => u.user), ['conductor', 'scheduler', 'api', 'compute-a']);
  assert.equal(new Set(users.map((u) => u.password)).size, 4, 'a password per user');
  const block = authorizationBlock(users);
  assert.match(block, /^authorization \{\n {2}users = \[\n/);
  assert.match(block, /\{ user: "compute-a", password: "[A-Za-z0-9_-]{32}", permissions: \{ publish: \{ allow: \["kumo\.v1\.evt\.host\.a", /);
  assert.match(block, /allow_responses: true \} \}\n/);
  const dir = mkdtempSync(join(tmpdir(), 'kumo-authz-'));
  try {
    const written = writeCloudAuthz(join(dir, 'auth'), { computes: [{ name: 'a', hosts: ['a'] }] });
    assert.equal(statSync(written.configFile).mode & 0o777, 0o600);
    const creds = readNatsCreds(written.creds['compute-a']!);
    assert.equal(creds.user, 'compute-a');
    assert.ok(readFileSync(written.configFile, 'utf8').includes(JSON.stringify(creds.password)));
    assert.equal(natsCredsOf({ natsUser: '', natsPassword: '', natsCreds: written.creds['api']! })?.user, 'api');
    assert.equal(natsCredsOf({ natsUser: '', natsPassword: '', natsCreds: '' }), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a host message is from its host only when the payload names the subject’s host', () => {
  assert.equal(fromItsHost(subjects.hostEvent('a'), 'a', subjects.hostEvent), true);
  assert.equal(fromItsHost(subjects.hostEvent('a'), 'b', subjects.hostEvent), false);
  assert.equal(fromItsHost(subjects.hostEvent('a'), '', subjects.hostEvent), false);
  // Not even a valid token: no match, no throw.
  assert.equal(fromItsHost(subjects.hostEvent('a'), 'a.b', subjects.hostEvent), false);
  assert.equal(fromItsHost(subjects.hostEvent('a'), '*', subjects.hostEvent), false);
});
