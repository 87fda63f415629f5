// The log's sequences a view waits for: the newest entry there is, not the
// stream's last sequence, which still names entries deleted from the end.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { connect, type NatsConnection } from 'nats';
import { STATE_STREAM } from '../../pkg/actor/subjects.js';
import { ensureStateStream, StateLog } from '../../pkg/statelog/statelog.js';
import { startTestNats, type TestNats } from '../support/nats.js';

let nats: TestNats;
let nc: NatsConnection;

before(async () => {
  nats = await startTestNats();
  nc = await connect({ servers: nats.url });
  await ensureStateStream(nc);
});

after(async () => {
  await nc?.close();
  await nats?.cleanup();
});

test('lastSequence steps back over entries deleted from the end; highWaterSequence does not', async () => {
  const log = new StateLog(nc);
  assert.equal(await log.lastSequence(), 0, 'an empty log');
  for (const id of ['a', 'b', 'c', 'd']) await log.append('flavor', id, 1, 'put', new Uint8Array([1]));
  assert.equal(await log.lastSequence(), 4);
  const jsm = await nc.jetstreamManager();
  await jsm.streams.deleteMessage(STATE_STREAM, 4);
  await jsm.streams.deleteMessage(STATE_STREAM, 3);
  assert.equal(await log.lastSequence(), 2, 'the newest entry still there');
  assert.equal(await log.highWaterSequence(), 4, "the stream's last sequence, deleted entries included");
  // An entry deleted from the middle changes nothing.
  await jsm.streams.deleteMessage(STATE_STREAM, 1);
  assert.equal(await log.lastSequence(), 2);
  await log.append('flavor', 'e', 1, 'put', new Uint8Array([1]));
  assert.equal(await log.lastSequence(), 5);
});
