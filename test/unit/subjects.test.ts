import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeToken, InvalidSubjectTokenError, parseStateSubject, subjects } from '../../pkg/actor/subjects.js';

test('subjects are built from validated tokens', () => {
  assert.equal(subjects.host('compute-1'), 'kumo.v1.rpc.host.compute-1');
  assert.equal(subjects.instance('6e3f4812-024a-43ef-ba2c-7da4b7e91c98'), 'kumo.v1.rpc.inst.6e3f4812-024a-43ef-ba2c-7da4b7e91c98');
  assert.equal(subjects.state('server', 'abc'), 'kumo.v1.state.server.abc');
  assert.equal(subjects.notify('instance.create.start'), 'kumo.v1.notify.instance.create.start');
  for (const bad of ['', 'a.b', 'a*', '>', 'a b', 'tab\t']) {
    assert.throws(() => subjects.host(bad), InvalidSubjectTokenError, bad);
  }
});

test('free text becomes a subject-safe token', () => {
  for (const text of ['my key', 'a.b.c', '*', 'ключ']) {
    const t = encodeToken(text);
    assert.doesNotThrow(() => subjects.state('keypair', t));
    assert.equal(Buffer.from(t, 'base64url').toString(), text);
  }
});

test('state subjects parse back', () => {
  assert.deepEqual(parseStateSubject('kumo.v1.state.flavor.Mg'), { kind: 'flavor', id: 'Mg' });
  assert.equal(parseStateSubject('kumo.v1.state.bogus.x'), undefined);
  assert.equal(parseStateSubject('kumo.v1.rpc.host.x'), undefined);
});
