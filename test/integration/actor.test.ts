// The actor runtime against a real nats-server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { AlreadyExistsError, InvalidArgumentError, KumoError, NotFoundError } from '../../pkg/actor/errors.js';
import { ActorSystem } from '../../pkg/actor/runtime.js';
import { method } from '../../pkg/actor/protocol.js';
import type * as g from '../../pkg/gen/types.js';
import { InstanceInvalidStateError } from '../../pkg/lifecycle/errors.js';
import type { Server__Output } from '../../pkg/gen/types.js';
import { startTestNats, type TestNats } from '../support/nats.js';

const log = pino({ level: 'silent' });
const C = 'kumo.compute.v1.';
// A protocol over public messages, for exercising the runtime.
const InstanceProtocol = {
  GetServer: method<g.GetServerRequest, g.GetServerRequest__Output, g.GetServerResponse, g.GetServerResponse__Output>(`${C}GetServerRequest`, `${C}GetServerResponse`),
  StopServer: method<g.StopServerRequest, g.StopServerRequest__Output, g.StopServerResponse, g.StopServerResponse__Output>(`${C}StopServerRequest`, `${C}StopServerResponse`),
  StartServer: method<g.StartServerRequest, g.StartServerRequest__Output, g.StartServerResponse, g.StartServerResponse__Output>(`${C}StartServerRequest`, `${C}StartServerResponse`),
  RebootServer: method<g.RebootServerRequest, g.RebootServerRequest__Output, g.RebootServerResponse, g.RebootServerResponse__Output>(`${C}RebootServerRequest`, `${C}RebootServerResponse`),
  DeleteServer: method<g.DeleteServerRequest, g.DeleteServerRequest__Output, g.DeleteServerResponse, g.DeleteServerResponse__Output>(`${C}DeleteServerRequest`, `${C}DeleteServerResponse`),
};
let nats: TestNats;
let a: ActorSystem;
let b: ActorSystem;

function server(id: string, name: string): Server__Output {
  return {
    id, name, project_id: 'p', user_id: 'u', status: 'SERVER_STATUS_ACTIVE', vm_state: 'VM_STATE_ACTIVE', task_state: 'TASK_STATE_UNSPECIFIED',
    power_state: 'POWER_STATE_RUNNING', flavor: null, image_id: '', host: 'h', addresses: [], key_name: '', metadata: {}, fault: null,
    create_time: null, update_time: null, launch_time: null, availability_zone: '', reservation_id: '', launch_index: 0, hypervisor_hostname: '', server_groups: [],
    locked: false, locked_reason: '', locked_by: '', tags: [], progress: 0, deleted_time: null, security_groups: [],
  };
}

describe('actor runtime over NATS', { timeout: 60_000 }, () => {
  before(async () => {
    nats = await startTestNats();
    a = await ActorSystem.connect(nats.url, 'a', log);
    b = await ActorSystem.connect(nats.url, 'b', log);
  });
  after(async () => {
    await a?.drain();
    await b?.drain();
    await nats?.cleanup();
  });

  test('call carries the request, the envelope and the reply', async () => {
    const seen: Array<{ requestId: string; projectId: string; traceparent: string; deadline: number }> = [];
    const h = a.serve('kumo.v1.rpc.inst.t1', InstanceProtocol, {
      GetServer: async (req, ctx) => {
        seen.push({ requestId: ctx.requestId, projectId: ctx.projectId, traceparent: ctx.traceparent, deadline: ctx.deadline });
        return { server: server(req.id, 'hello') };
      },
      StopServer: async () => { throw new InvalidArgumentError([{ field: 'id', description: 'bad' }]); },
      StartServer: async (req) => { throw new InstanceInvalidStateError(req.id, 'start', 'active', 'none'); },
      RebootServer: async () => { throw new Error('driver exploded'); },
      DeleteServer: async () => { await new Promise((r) => setTimeout(r, 300)); return {}; },
    });
    // The SUB travels on a's connection and the call on b's: wait until the server has it.
    await a.nc.flush();
    try {
      const ref = b.ref('kumo.v1.rpc.inst.t1', InstanceProtocol);
      const res = await ref.call('GetServer', { id: 'x1' }, { identity: { projectId: 'proj', userId: 'u' }, requestId: 'req-42', timeoutMs: 5000 });
      assert.equal(res.server!.name, 'hello');
      assert.equal(res.server!.status, 'SERVER_STATUS_ACTIVE');
      assert.equal(seen[0]!.requestId, 'req-42');
      assert.equal(seen[0]!.projectId, 'proj');
      assert.match(seen[0]!.traceparent, /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      assert.ok(seen[0]!.deadline > Date.now());

      // Errors come back as the same typed error, with code, reason and details.
      await assert.rejects(ref.call('StopServer', { id: 'x' }), (e: unknown) => e instanceof InvalidArgumentError && e.fieldViolations[0]!.field === 'id');
      await assert.rejects(ref.call('StartServer', { id: 'x' }), (e: unknown) => e instanceof InstanceInvalidStateError && e.code === 'FAILED_PRECONDITION' && e.metadata['vm_state'] === 'active');
      await assert.rejects(ref.call('RebootServer', { id: 'x', type: 'REBOOT_TYPE_SOFT' }), (e: unknown) => e instanceof KumoError && e.code === 'INTERNAL');
      // A deadline shorter than the handler is DEADLINE_EXCEEDED.
      await assert.rejects(ref.call('DeleteServer', { id: 'x' }, { timeoutMs: 50 }), (e: unknown) => e instanceof KumoError && e.code === 'DEADLINE_EXCEEDED');
    } finally {
      await h.stop();
    }
  });

  test('nobody listening is UNAVAILABLE with reason NO_RESPONDERS', async () => {
    await assert.rejects(b.ref('kumo.v1.rpc.inst.nobody', InstanceProtocol).call('GetServer', { id: 'x' }), (e: unknown) => e instanceof KumoError && e.code === 'UNAVAILABLE' && e.reason === 'NO_RESPONDERS');
  });

  test('one actor runs its messages in order, one at a time; casts too', async () => {
    const order: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const h = a.serve('kumo.v1.rpc.inst.seq', InstanceProtocol, {
      GetServer: async (req) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 2));
        order.push(req.id);
        inFlight--;
        return { server: null };
      },
      StopServer: async () => ({ server: null }),
      StartServer: async () => ({ server: null }),
      RebootServer: async () => ({ server: null }),
      DeleteServer: async (req) => {
        order.push(`cast-${req.id}`);
        return {};
      },
    });
    await a.nc.flush();
    try {
      const ref = b.ref('kumo.v1.rpc.inst.seq', InstanceProtocol);
      ref.cast('DeleteServer', { id: '0' });
      await Promise.all(Array.from({ length: 20 }, (_, i) => ref.call('GetServer', { id: String(i + 1) })));
      assert.equal(maxInFlight, 1);
      assert.deepEqual(order, ['cast-0', ...Array.from({ length: 20 }, (_, i) => String(i + 1))]);
    } finally {
      await h.stop();
    }
  });

  test('a queue group spreads calls over its members', async () => {
    const served = new Map<string, number>();
    const member = (name: string) => ({
      GetServer: async () => {
        served.set(name, (served.get(name) ?? 0) + 1);
        return { server: null };
      },
      StopServer: async () => { throw new NotFoundError('server', 'x'); },
      StartServer: async () => { throw new AlreadyExistsError('server', 'x'); },
      RebootServer: async () => ({ server: null }),
      DeleteServer: async () => ({}),
    });
    const h1 = a.serve('kumo.v1.rpc.pool', InstanceProtocol, member('a'), { queue: 'pool', concurrency: 8 });
    const h2 = b.serve('kumo.v1.rpc.pool', InstanceProtocol, member('b'), { queue: 'pool', concurrency: 8 });
    await a.nc.flush();
    try {
      const ref = b.ref('kumo.v1.rpc.pool', InstanceProtocol);
      await Promise.all(Array.from({ length: 200 }, () => ref.call('GetServer', { id: 'x' })));
      assert.equal((served.get('a') ?? 0) + (served.get('b') ?? 0), 200);
      assert.ok((served.get('a') ?? 0) > 0 && (served.get('b') ?? 0) > 0, JSON.stringify([...served]));
      await assert.rejects(ref.call('StopServer', { id: 'x' }), NotFoundError);
    } finally {
      await h1.stop();
      await h2.stop();
    }
  });

  test('stop finishes what the mailbox holds (drain)', async () => {
    let finished = 0;
    const h = a.serve('kumo.v1.rpc.inst.drain', InstanceProtocol, {
      GetServer: async () => {
        await new Promise((r) => setTimeout(r, 20));
        finished++;
        return { server: null };
      },
      StopServer: async () => ({ server: null }),
      StartServer: async () => ({ server: null }),
      RebootServer: async () => ({ server: null }),
      DeleteServer: async () => ({}),
    });
    await a.nc.flush();
    const ref = b.ref('kumo.v1.rpc.inst.drain', InstanceProtocol);
    const calls = Array.from({ length: 5 }, () => ref.call('GetServer', { id: 'x' }));
    // Wait until all five are in the mailbox; stop must then finish every one.
    const until = Date.now() + 10_000;
    while (h.mailbox.depth + finished < 5) {
      if (Date.now() > until) assert.fail('the calls never reached the mailbox');
      await new Promise((r) => setTimeout(r, 2));
    }
    await h.stop();
    await Promise.all(calls);
    assert.equal(finished, 5);
  });
});

test('actors and refs reconnect when nats-server restarts', { timeout: 60_000 }, async () => {
  const { startNatsServer } = await import('../../pkg/util/nats_server.js');
  const { freePort } = await import('../../pkg/util/net.js');
  const { tempDir } = await import('../support/nats.js');
  const dir = tempDir('kumo-reconnect-');
  const port = await freePort();
  let natsSrv = await startNatsServer({ storeDir: dir.path, port });
  const s1 = await ActorSystem.connect(natsSrv.url, 's1', log);
  const s2 = await ActorSystem.connect(natsSrv.url, 's2', log);
  try {
    s1.serve('kumo.v1.rpc.inst.rc', InstanceProtocol, {
      GetServer: async (req) => ({ server: server(req.id, 'reconnected') }),
      StopServer: async () => ({ server: null }),
      StartServer: async () => ({ server: null }),
      RebootServer: async () => ({ server: null }),
      DeleteServer: async () => ({}),
    });
    await s1.nc.flush();
    const ref = s2.ref('kumo.v1.rpc.inst.rc', InstanceProtocol);
    assert.equal((await ref.call('GetServer', { id: 'one' })).server!.id, 'one');
    await natsSrv.stop();
    await assert.rejects(ref.call('GetServer', { id: 'down' }, { timeoutMs: 300 }));
    natsSrv = await startNatsServer({ storeDir: dir.path, port });
    const until = Date.now() + 20_000;
    for (;;) {
      try {
        assert.equal((await ref.call('GetServer', { id: 'two' }, { timeoutMs: 500 })).server!.id, 'two');
        break;
      } catch (err) {
        if (Date.now() > until) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await s1.drain();
    await s2.drain();
    await natsSrv.stop();
    dir.remove();
  }
});

