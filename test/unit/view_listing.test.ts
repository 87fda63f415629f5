// ListServers from the view's listing index (pkg/conductor/server_index.ts,
// server_listing.ts) on a real LMDB: keyset pages in every sort, filters,
// tokens stable while servers are added, refusals naming the field; and
// the guard on user regular expressions (pkg/util/safe_regex.ts).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { InvalidArgumentError } from '../../pkg/actor/errors.js';
import type { CallContext } from '../../pkg/actor/runtime.js';
import { codec } from '../../pkg/actor/codec.js';
import { listServers } from '../../pkg/conductor/server_listing.js';
import { encodeServerPage } from '../../pkg/conductor/server_wire.js';
import { ConductorView } from '../../pkg/conductor/view.js';
import type { ListServersRequest__Output, ListServersResponse, ListServersResponse__Output, ServerRecord__Output, Server__Output } from '../../pkg/gen/types.js';
import { Store } from '../../pkg/store/store.js';
import { safeRegExp } from '../../pkg/util/safe_regex.js';
import { tempDir } from '../support/nats.js';

const dir = tempDir('kumo-listing-');
let store: Store;
let view: ConductorView;
const T0 = 1_700_000_000_000;
const STATUSES = ['SERVER_STATUS_ACTIVE', 'SERVER_STATUS_SHUTOFF', 'SERVER_STATUS_ERROR'] as const;

function ts(ms: number): { seconds: number; nanos: number } {
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 };
}

function record(i: number, project: string, patch: Partial<Server__Output> = {}): ServerRecord__Output {
  const server = {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `vm-${String((i * 7919) % 1000).padStart(3, '0')}`,
    project_id: project,
    status: STATUSES[i % 3],
    host: `h${i % 4}`,
    image_id: 'img',
    flavor: { id: `f${i % 2}` },
    reservation_id: `r${Math.floor(i / 10)}`,
    create_time: ts(T0 + i * 1000),
    update_time: ts(T0 + i * 1000 + 500),
    metadata: {},
    addresses: [],
    key_name: '',
    fault: null,
    ...patch,
  } as unknown as Server__Output;
  return { server, generation: 1 } as unknown as ServerRecord__Output;
}

const ctx = (projectId: string): CallContext => ({ projectId, userId: 'u', roles: [], method: 'ListServers', requestId: 'r', deadline: 0, traceparent: '', log: pino({ level: 'silent' }), subject: '' });

function req(r: Partial<ListServersRequest__Output>): ListServersRequest__Output {
  return { page_size: 0, page_token: '', status: 'SERVER_STATUS_UNSPECIFIED', name: '', host: '', flavor_id: '', image_id: '', reservation_id: '', all_tenants: false, project_id: '', sort_key: '', sort_dir: '', changes_since: null, ...r } as ListServersRequest__Output;
}

const responseCodec = codec<ListServersResponse, ListServersResponse__Output>('kumo.compute.v1.ListServersResponse');

/** One page as a client gets it: written from the stored bytes (server_wire.ts), decoded as the public response. */
function listPage(r: ListServersRequest__Output, c: CallContext): ListServersResponse__Output {
  const page = listServers(view, r, c);
  const encoded = encodeServerPage(page.servers, page.nextPageToken);
  assert.equal(encoded.typeName, 'kumo.compute.v1.ListServersResponse');
  return responseCodec.decode(encoded.bytes);
}

/** Every page of a listing, following tokens; asserts pages are at most `size`. */
function all(r: Partial<ListServersRequest__Output>, project: string, size = 100): Server__Output[] {
  const out: Server__Output[] = [];
  let token = '';
  for (let pages = 0; pages < 10_000; pages++) {
    const page = listPage(req({ ...r, page_size: size, page_token: token }), ctx(project));
    assert.ok(page.servers!.length <= size);
    out.push(...(page.servers as Server__Output[]));
    token = page.next_page_token ?? '';
    if (!token) return out;
  }
  assert.fail('too many pages');
}

describe('listing from the view index', () => {
  before(async () => {
    store = Store.open(dir.path);
    view = new ConductorView(store, pino({ level: 'silent' }));
    for (let i = 0; i < 1000; i++) await view.repairServer(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, 'put', record(i, i % 2 ? 'p1' : 'p2'));
  });
  after(async () => {
    await store.close();
    dir.remove();
  });

  test('default: the caller project only, newest first, every server once across pages', () => {
    const got = all({}, 'p1');
    assert.equal(got.length, 500);
    assert.equal(new Set(got.map((s) => s.id)).size, 500);
    assert.ok(got.every((s) => s.project_id === 'p1'));
    for (let i = 1; i < got.length; i++) assert.ok(got[i - 1]!.create_time!.seconds >= got[i]!.create_time!.seconds);
  });

  test('every project (scope "") and each sort key in both directions', () => {
    assert.equal(all({}, '').length, 1000);
    for (const sort_key of ['created_at', 'updated_at', 'name', 'status']) {
      for (const sort_dir of ['asc', 'desc']) {
        const got = all({ sort_key, sort_dir }, 'p2', 77);
        assert.equal(got.length, 500, `${sort_key} ${sort_dir}`);
        const val = (s: Server__Output): string => (sort_key === 'name' ? s.name : sort_key === 'status' ? s.status : String(sort_key === 'created_at' ? s.create_time!.seconds : s.update_time!.seconds).padStart(12, '0'));
        for (let i = 1; i < got.length; i++) {
          const [a, b] = [val(got[i - 1]!), val(got[i]!)];
          assert.ok(sort_dir === 'asc' ? a <= b : a >= b, `${sort_key} ${sort_dir}: ${a} then ${b}`);
        }
      }
    }
  });

  test('filters: status, host, flavor, image, reservation, name regex, changes-since', () => {
    assert.ok(all({ status: 'SERVER_STATUS_SHUTOFF' }, 'p1').every((s) => s.status === 'SERVER_STATUS_SHUTOFF'));
    assert.equal(all({ status: 'SERVER_STATUS_SHUTOFF' }, '').length, 333);
    assert.equal(all({ host: 'h1' }, 'p1').length, 250);
    assert.equal(all({ host: 'h1' }, 'p2').length, 0);
    assert.equal(all({ flavor_id: 'f0', image_id: 'img' }, 'p2').length, 500);
    assert.equal(all({ reservation_id: 'r3' }, '').length, 10);
    const re = all({ name: '^vm-00[0-4]' }, '');
    assert.ok(re.length > 0 && re.every((s) => /^vm-00[0-4]/.test(s.name)));
    const since = ts(T0 + 900 * 1000);
    for (const sort_key of ['updated_at', 'created_at']) {
      const recent = all({ changes_since: since, sort_key }, '');
      assert.equal(recent.length, 100, sort_key);
    }
  });

  test('a token stays valid while servers are added: the next pages go on where the first stopped', async () => {
    const first = listPage(req({ page_size: 50, sort_dir: 'asc' }), ctx('p1'));
    for (let i = 1000; i < 1040; i++) await view.repairServer(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, 'put', record(i, 'p1', { create_time: ts(T0 - 100_000 + i) }));
    const rest: Server__Output[] = [];
    let token = first.next_page_token!;
    while (token) {
      const page = listPage(req({ page_size: 50, sort_dir: 'asc', page_token: token }), ctx('p1'));
      rest.push(...(page.servers as Server__Output[]));
      token = page.next_page_token!;
    }
    const ids = [...(first.servers as Server__Output[]), ...rest].map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length, 'no server twice');
    assert.equal(ids.length, 500, 'the older servers inserted meanwhile sort before the token, the rest all came');
  });

  test('a deleted server leaves the index', async () => {
    const victim = all({ reservation_id: 'r5' }, '')[0]!;
    await view.repairServer(victim.id, 'delete', { server: victim, generation: 9 } as unknown as ServerRecord__Output);
    assert.ok(!all({ reservation_id: 'r5' }, '').some((s) => s.id === victim.id));
  });

  test('refusals name the field', () => {
    const refused = (r: Partial<ListServersRequest__Output>, project: string): string => {
      try {
        listServers(view, req(r), ctx(project));
      } catch (err) {
        assert.ok(err instanceof InvalidArgumentError);
        return err.fieldViolations[0]!.field;
      }
      return assert.fail('not refused');
    };
    assert.equal(refused({ sort_key: 'flavor' }, 'p1'), 'sort_key');
    assert.equal(refused({ sort_dir: 'up' }, 'p1'), 'sort_dir');
    assert.equal(refused({ page_token: 'garbage!' }, 'p1'), 'page_token');
    const token = listPage(req({ page_size: 10 }), ctx('p1')).next_page_token!;
    assert.equal(refused({ page_token: token }, 'p2'), 'page_token');
    assert.equal(refused({ page_token: token, sort_key: 'name' }, 'p1'), 'page_token');
    assert.equal(refused({ name: '(a+)+$' }, 'p1'), 'name');
    assert.equal(refused({ name: '(' }, 'p1'), 'name');
  });
});

test('safeRegExp: one quantifier at most; back-references, lookarounds, long or invalid patterns are refused', () => {
  for (const ok of ['web', '^vm-[0-9]+$', 'a.*b', '(ab)+', '(foo|bar)', '[(+*]x', 'x{2,3}', '(?:ab)+', 'a+?b']) assert.ok(safeRegExp(ok) instanceof RegExp, ok);
  for (const bad of ['(a+)+', '(a*)*b', 'a*a*b', '.*a.*b', 'a?a?a?', 'x{1,9}y{2}', '(x)\\1', '(?=a)', '(?<!a)b', 'a'.repeat(256), '[']) assert.equal(typeof safeRegExp(bad), 'string', bad);
  // What is accepted stays fast on the longest name, however adversarial.
  for (const p of ['a*b', '.*x', '[a-z]*1']) {
    const re = safeRegExp(p) as RegExp;
    const started = performance.now();
    re.test('a'.repeat(255));
    assert.ok(performance.now() - started < 20, p);
  }
});
