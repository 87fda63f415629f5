// Writes of a NATS connection coalesced per event-loop turn (pkg/actor/write_coalescing.ts):
// fewer socket writes, the same messages in the same order, nothing lost on close.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { connect, type NatsConnection } from 'nats';
import { coalesceWrites } from '../../pkg/actor/write_coalescing.js';
import { startTestNats, type TestNats } from '../support/nats.js';

let nats: TestNats;
let reader: NatsConnection;

before(async () => {
  nats = await startTestNats();
  reader = await connect({ servers: nats.url });
});

after(async () => {
  await reader?.close();
  await nats?.cleanup();
});

/** Counts the socket writes of a connection (the transport's sends). */
function countSends(nc: NatsConnection): () => number {
  const transport = (nc as unknown as { protocol: { transport: { send(frame: Uint8Array): void } } }).protocol.transport;
  const send = transport.send.bind(transport);
  let n = 0;
  transport.send = (frame) => {
    n++;
    send(frame);
  };
  return () => n;
}

/** Publishes `count` messages, each from its own promise continuation (as answers and appends leave a busy process), and returns what the reader got. */
async function publishApart(nc: NatsConnection, subject: string, count: number): Promise<string[]> {
  const sub = reader.subscribe(subject, { max: count });
  await reader.flush();
  const got: string[] = [];
  const done = (async () => {
    for await (const m of sub) got.push(new TextDecoder().decode(m.data));
  })();
  for (let i = 0; i < count; i++) {
    await Promise.resolve();
    nc.publish(subject, new TextEncoder().encode(String(i)));
  }
  await nc.flush();
  await Promise.race([done, new Promise((r) => setTimeout(r, 5_000))]);
  return got;
}

test('messages published from many continuations leave in a few writes, all of them, in order', async () => {
  const expected = Array.from({ length: 200 }, (_, i) => String(i));

  const plain = await connect({ servers: nats.url });
  const plainSends = countSends(plain);
  assert.deepEqual(await publishApart(plain, 'wc.plain', 200), expected);
  // nats.js alone: a write per continuation.
  assert.ok(plainSends() >= 150, `plain connection: ${plainSends()} writes`);
  await plain.close();

  const nc = await connect({ servers: nats.url });
  assert.equal(coalesceWrites(nc), true);
  const sends = countSends(nc);
  assert.deepEqual(await publishApart(nc, 'wc.coalesced', 200), expected);
  assert.ok(sends() <= 5, `coalesced connection: ${sends()} writes for 200 messages and a flush`);
  await nc.close();
});

test('what was published just before a drain, or a flush and close, is delivered', async () => {
  for (const end of ['drain', 'flush-close'] as const) {
    const nc = await connect({ servers: nats.url });
    coalesceWrites(nc);
    const sub = reader.subscribe(`wc.${end}`, { max: 3 });
    await reader.flush();
    for (const m of ['a', 'b', 'c']) nc.publish(`wc.${end}`, new TextEncoder().encode(m));
    if (end === 'drain') await nc.drain();
    else {
      await nc.flush();
      await nc.close();
    }
    const got: string[] = [];
    const done = (async () => {
      for await (const m of sub) got.push(new TextDecoder().decode(m.data));
    })();
    await Promise.race([done, new Promise((r) => setTimeout(r, 5_000))]);
    assert.deepEqual(got, ['a', 'b', 'c'], end);
  }
});
