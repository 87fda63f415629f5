import assert from 'node:assert/strict';
import { createPrivateKey } from 'node:crypto';
import { test } from 'node:test';
import { fingerprint, generateKeypair, parsePublicKey } from '../../pkg/conductor/ssh_keys.js';

test('a generated pair parses back and its private key loads', () => {
  const g = generateKeypair('me');
  const parsed = parsePublicKey(g.publicKey);
  assert.ok(typeof parsed !== 'string', String(parsed));
  assert.equal(parsed.type, 'ssh-rsa');
  assert.equal(fingerprint(parsed.blob), fingerprint(g.blob));
  assert.equal(createPrivateKey(g.privateKey).asymmetricKeyType, 'rsa');
});

test('invalid public keys say why', () => {
  const cases: Array<[string, RegExp]> = [
    ['', /expected/],
    ['ssh-foo AAAA', /unsupported key type/],
    ['ssh-rsa !!!', /not base64/],
    ['ssh-ed25519 ' + Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa'), Buffer.alloc(8)]).toString('base64'), /does not match its type/],
  ];
  for (const [key, why] of cases) {
    const r = parsePublicKey(key);
    assert.equal(typeof r, 'string');
    assert.match(r as string, why);
  }
});
