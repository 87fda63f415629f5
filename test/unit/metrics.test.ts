import assert from 'node:assert/strict';
import { request } from 'node:http';
import { test } from 'node:test';
import { loadConfig } from '../../pkg/config/config.js';
import { actorKind, registerActorGauges } from '../../pkg/metrics/actor.js';
import { grpcCodeName } from '../../pkg/metrics/kumo.js';
import { parseExposition, sampleValue } from '../../pkg/metrics/parse.js';
import { registerProcessMetrics } from '../../pkg/metrics/process.js';
import { CONTENT_TYPE, defaultRegistry, escapeLabelValue, formatValue, MetricsError, Registry } from '../../pkg/metrics/registry.js';
import { startMetricsServer } from '../../pkg/metrics/server.js';
import { liveBytesPerHost, serverIdAndStatus } from '../bench/storm_support.js';
import { serverRecordCodec } from '../../pkg/lifecycle/record.js';
import { Store } from '../../pkg/store/store.js';
import { tempDir } from '../support/nats.js';

test('counters, gauges and histograms render in the text exposition format', async () => {
  const r = new Registry();
  const c = r.counter({ name: 'jobs_total', help: 'Jobs done.', labelNames: ['kind', 'outcome'] });
  c.labels('a', 'ok').inc();
  c.labels('a', 'ok').inc(2);
  c.labels('b', 'error').inc();
  const g = r.gauge({ name: 'queue_depth', help: 'Queued now.' });
  g.set(5);
  g.dec(2);
  const h = r.histogram({ name: 'op_seconds', help: 'Op time.', labelNames: ['op'], buckets: [0.1, 1, 10] });
  h.labels('put').observe(0.05);
  h.labels('put').observe(1); // on a bound: counted in le="1" (upper bounds are inclusive)
  h.labels('put').observe(3);
  h.labels('put').observe(100);
  const plain = r.histogram({ name: 'plain_seconds', help: 'No labels.', buckets: [1] });
  plain.observe(0.5);
  assert.equal(
    await r.metrics(),
    [
      '# HELP jobs_total Jobs done.',
      '# TYPE jobs_total counter',
      'jobs_total{kind="a",outcome="ok"} 3',
      'jobs_total{kind="b",outcome="error"} 1',
      '# HELP queue_depth Queued now.',
      '# TYPE queue_depth gauge',
      'queue_depth 3',
      '# HELP op_seconds Op time.',
      '# TYPE op_seconds histogram',
      'op_seconds_bucket{op="put",le="0.1"} 1',
      'op_seconds_bucket{op="put",le="1"} 2',
      'op_seconds_bucket{op="put",le="10"} 3',
      'op_seconds_bucket{op="put",le="+Inf"} 4',
      'op_seconds_sum{op="put"} 104.05',
      'op_seconds_count{op="put"} 4',
      '# HELP plain_seconds No labels.',
      '# TYPE plain_seconds histogram',
      'plain_seconds_bucket{le="1"} 1',
      'plain_seconds_bucket{le="+Inf"} 1',
      'plain_seconds_sum 0.5',
      'plain_seconds_count 1',
      '',
    ].join('\n'),
  );
});

test('label values and HELP text are escaped, and read back unchanged', async () => {
  const r = new Registry();
  const nasty = 'back\\slash "quoted"\nnew line, {braces}=ünïcode';
  r.counter({ name: 'weird_total', help: 'Help with a \\ backslash\nand a second line.', labelNames: ['v'] }).labels(nasty).inc();
  const text = await r.metrics();
  assert.ok(text.includes('weird_total{v="back\\\\slash \\"quoted\\"\\nnew line, {braces}=ünïcode"} 1\n'), text);
  assert.ok(text.includes('# HELP weird_total Help with a \\\\ backslash\\nand a second line.\n'), text);
  assert.equal(text.split('\n').length, 4, 'no raw line feed may reach the output');
  const parsed = parseExposition(text);
  assert.deepEqual(parsed.samples, [{ name: 'weird_total', labels: { v: nasty }, value: 1 }]);
  assert.equal(parsed.help.get('weird_total'), 'Help with a \\ backslash\nand a second line.');
  assert.equal(escapeLabelValue('plain'), 'plain');
});

test('special values: +Inf, -Inf, NaN; histograms ignore NaN observations', async () => {
  assert.equal(formatValue(Infinity), '+Inf');
  assert.equal(formatValue(-Infinity), '-Inf');
  assert.equal(formatValue(NaN), 'NaN');
  assert.equal(formatValue(0.25), '0.25');
  assert.equal(formatValue(1e21), '1e+21');
  const r = new Registry();
  r.gauge({ name: 'g', help: 'x', labelNames: ['k'] }).labels('inf').set(-Infinity);
  const h = r.histogram({ name: 'h', help: 'x', buckets: [1] });
  h.observe(NaN);
  h.observe(Infinity);
  const parsed = parseExposition(await r.metrics());
  assert.equal(sampleValue(parsed, 'g', { k: 'inf' }), -Infinity);
  assert.equal(sampleValue(parsed, 'h_count'), 1);
  assert.equal(sampleValue(parsed, 'h_bucket', { le: '1' }), 0);
  assert.equal(sampleValue(parsed, 'h_bucket', { le: '+Inf' }), 1);
  assert.equal(sampleValue(parsed, 'h_sum'), Infinity);
});

test('histogram buckets: cumulative counts, inclusive upper bounds, default buckets', async () => {
  const r = new Registry();
  const h = r.histogram({ name: 'lat_seconds', help: 'x' });
  const values = [0.00001, 0.0001, 0.0003, 0.002, 0.002, 0.04, 0.7, 3, 9.99, 10, 11];
  for (const v of values) h.observe(v);
  const parsed = parseExposition(await r.metrics());
  const buckets = parsed.samples.filter((s) => s.name === 'lat_seconds_bucket');
  assert.deepEqual(
    buckets.map((b) => b.labels['le']),
    ['0.0001', '0.00025', '0.0005', '0.001', '0.0025', '0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf'],
  );
  for (const b of buckets) {
    const le = b.labels['le'] === '+Inf' ? Infinity : Number(b.labels['le']);
    assert.equal(b.value, values.filter((v) => v <= le).length, `le=${b.labels['le']}`);
  }
  assert.equal(sampleValue(parsed, 'lat_seconds_count'), values.length);
  assert.ok(Math.abs(sampleValue(parsed, 'lat_seconds_sum')! - values.reduce((a, b) => a + b, 0)) < 1e-9);
});

test('the registry refuses what the format cannot carry, and gives back the same family by name', () => {
  const r = new Registry();
  assert.throws(() => r.counter({ name: '1bad', help: 'x' }), MetricsError);
  assert.throws(() => r.counter({ name: 'bad-name', help: 'x' }), MetricsError);
  assert.throws(() => r.counter({ name: 'ok_total', help: 'x', labelNames: ['bad-label'] }), MetricsError);
  assert.throws(() => r.counter({ name: 'ok_total', help: 'x', labelNames: ['__reserved'] }), MetricsError);
  assert.throws(() => r.counter({ name: 'ok_total', help: 'x', labelNames: ['a', 'a'] }), MetricsError);
  assert.throws(() => r.histogram({ name: 'h_seconds', help: 'x', labelNames: ['le'] }), /reserved/);
  assert.throws(() => r.histogram({ name: 'h1_seconds', help: 'x', buckets: [1, 1] }), /increasing/);
  assert.throws(() => r.histogram({ name: 'h2_seconds', help: 'x', buckets: [2, 1] }), /increasing/);
  assert.throws(() => r.histogram({ name: 'h3_seconds', help: 'x', buckets: [] }), /at least one/);
  const c = r.counter({ name: 'calls_total', help: 'x', labelNames: ['m'] });
  assert.throws(() => c.labels(), /takes 1 label value/);
  assert.throws(() => c.labels('a', 'b'), /takes 1 label value/);
  assert.throws(() => c.labels('a').inc(-1), /only go up/);
  assert.strictEqual(r.counter({ name: 'calls_total', help: 'x', labelNames: ['m'] }), c);
  assert.throws(() => r.gauge({ name: 'calls_total', help: 'x', labelNames: ['m'] }), /already registered as a counter/);
  assert.throws(() => r.counter({ name: 'calls_total', help: 'x', labelNames: ['other'] }), /already registered with labels/);
  const h = r.histogram({ name: 'b_seconds', help: 'x', buckets: [1, 2] });
  assert.strictEqual(r.histogram({ name: 'b_seconds', help: 'x', buckets: [1, 2, Infinity] }), h);
  assert.throws(() => r.histogram({ name: 'b_seconds', help: 'x', buckets: [1, 3] }), /other buckets/);
  // The same label values give the same child; different ones a new child.
  assert.strictEqual(c.labels('x'), c.labels('x'));
  assert.notStrictEqual(c.labels('x'), c.labels('y'));
});

test('collectors run before each render; a failing or hanging one keeps its last values', async () => {
  const r = new Registry();
  let depth = 7;
  const g = r.gauge({ name: 'live_depth', help: 'x', collect: () => g.set(depth) });
  const slow = r.gauge({ name: 'slow_value', help: 'x' });
  let hang = false;
  r.addCollector(async () => {
    if (hang) return new Promise<void>(() => undefined);
    slow.set(42);
  });
  const broken = r.gauge({ name: 'broken_value', help: 'x' });
  let breaks = false;
  const remove = r.addCollector(() => {
    if (breaks) throw new Error('boom');
    broken.set(1);
  });
  let parsed = parseExposition(await r.metrics());
  assert.equal(sampleValue(parsed, 'live_depth'), 7);
  assert.equal(sampleValue(parsed, 'slow_value'), 42);
  assert.equal(sampleValue(parsed, 'broken_value'), 1);
  depth = 3;
  hang = true;
  breaks = true;
  const started = Date.now();
  parsed = parseExposition(await r.metrics(50));
  assert.ok(Date.now() - started < 1000, 'a hanging collector is not waited for');
  assert.equal(sampleValue(parsed, 'live_depth'), 3);
  assert.equal(sampleValue(parsed, 'slow_value'), 42);
  assert.equal(sampleValue(parsed, 'broken_value'), 1);
  remove();
  broken.set(2);
  assert.equal(sampleValue(parseExposition(await r.metrics(50)), 'broken_value'), 2);
});

test('the parser refuses malformed exposition lines', () => {
  assert.throws(() => parseExposition('a{b="c} 1\n'), /unterminated/);
  assert.throws(() => parseExposition('a{b="\\x"} 1\n'), /bad escape/);
  assert.throws(() => parseExposition('a 1'), /line feed/);
  assert.throws(() => parseExposition('a  1\n'), /bad value/);
  assert.throws(() => parseExposition('a 1 2 3\n'), /one space/);
  assert.throws(() => parseExposition('a one\n'), /bad value/);
  assert.throws(() => parseExposition('# TYPE a countr\n'), /unknown TYPE/);
  assert.throws(() => parseExposition('a{b="1",b="2"} 1\n'), /twice/);
  assert.deepEqual(parseExposition('# a comment\na{b="1",} 2 1700000000000\n').samples, [{ name: 'a', labels: { b: '1' }, value: 2 }]);
});

test('/metrics over HTTP: content type, HEAD, 404 and 405', async () => {
  const r = new Registry();
  r.counter({ name: 'hits_total', help: 'x' }).inc(3);
  const server = await startMetricsServer(r, '127.0.0.1', 0);
  const get = (path: string, method = 'GET'): Promise<{ status: number; type: string | undefined; body: string }> =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }));
      });
      req.on('error', reject);
      req.end();
    });
  try {
    assert.ok(server.port > 0);
    const ok = await get('/metrics');
    assert.equal(ok.status, 200);
    assert.equal(ok.type, CONTENT_TYPE);
    assert.equal(sampleValue(parseExposition(ok.body), 'hits_total'), 3);
    assert.equal((await get('/metrics?x=1')).status, 200);
    const head = await get('/metrics', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.equal((await get('/')).status, 404);
    assert.equal((await get('/metrics', 'POST')).status, 405);
    // ?gc=1 collects first, which only a process started with --expose-gc can: refused, not faked.
    const gc = (globalThis as { gc?: () => void }).gc;
    if (typeof gc === 'function') assert.equal((await get('/metrics?gc=1')).status, 200);
    else assert.match((await get('/metrics?gc=1')).body, /--expose-gc/);
  } finally {
    await server.close();
  }
});

test('bench:storm: bytes a scheduler keeps per host, from live-heap samples taken while hosts report', () => {
  const MB = 1024 * 1024;
  // 10 MB empty; the first 50 hosts bring 2 MB of one-time costs; then 1,500 bytes per host; samples at 1,000 hosts jitter.
  const at = (hosts: number, jitter = 0): { live: number; hosts: number } => ({ hosts, live: 10 * MB + (hosts ? 2 * MB : 0) + hosts * 1500 + jitter });
  const samples = [at(0), at(0), at(50), at(200), at(600), at(1000, 300_000), at(1000, -200_000), at(1000, 0)];
  assert.equal(liveBytesPerHost(samples, 1000), 1500, 'from the first sample past a tenth of the hosts to the median of the last');
  assert.equal(liveBytesPerHost([at(0), at(1000)], 1000), undefined, 'one usable sample is not a slope');
  assert.equal(liveBytesPerHost([at(1000), at(1000)], 1000), undefined);
});

test('actor kinds come from the rpc subject; gauges sum and max mailbox depths per kind', async () => {
  assert.equal(actorKind('kumo.v1.rpc.conductor'), 'conductor');
  assert.equal(actorKind('kumo.v1.rpc.host.h-1'), 'host');
  assert.equal(actorKind('kumo.v1.rpc.inst.0b5c'), 'inst');
  assert.equal(actorKind('test.echo'), 'other');
  const r = new Registry();
  let actors = [
    { subject: 'kumo.v1.rpc.inst.a', mailbox: { depth: 2 } },
    { subject: 'kumo.v1.rpc.inst.b', mailbox: { depth: 5 } },
    { subject: 'kumo.v1.rpc.inst.c', mailbox: { depth: 0 } },
    { subject: 'kumo.v1.rpc.host.h1', mailbox: { depth: 1 } },
  ];
  registerActorGauges(r, () => actors);
  let parsed = parseExposition(await r.metrics());
  assert.equal(sampleValue(parsed, 'kumo_actor_count', { actor: 'inst' }), 3);
  assert.equal(sampleValue(parsed, 'kumo_actor_mailbox_depth', { actor: 'inst' }), 7);
  assert.equal(sampleValue(parsed, 'kumo_actor_mailbox_depth_max', { actor: 'inst' }), 5);
  assert.equal(sampleValue(parsed, 'kumo_actor_count', { actor: 'host' }), 1);
  actors = [{ subject: 'kumo.v1.rpc.host.h1', mailbox: { depth: 0 } }];
  parsed = parseExposition(await r.metrics());
  assert.equal(sampleValue(parsed, 'kumo_actor_count', { actor: 'inst' }), 0, 'a kind with no actors left reads 0');
  assert.equal(sampleValue(parsed, 'kumo_actor_mailbox_depth', { actor: 'inst' }), 0);
});

test('process metrics: CPU, memory, heap, event-loop delay under their standard names', async () => {
  const r = new Registry();
  const stop = registerProcessMetrics(r);
  try {
    // Let the delay sampler's timer run once, then keep the loop busy for a moment.
    await new Promise((res) => setTimeout(res, 30));
    const until = Date.now() + 60;
    while (Date.now() < until) Math.sqrt(Math.random());
    await new Promise((res) => setTimeout(res, 30));
    const parsed = parseExposition(await r.metrics());
    for (const [name, type] of [
      ['process_cpu_seconds_total', 'counter'],
      ['process_cpu_user_seconds_total', 'counter'],
      ['process_resident_memory_bytes', 'gauge'],
      ['process_start_time_seconds', 'gauge'],
      ['nodejs_heap_size_used_bytes', 'gauge'],
      ['nodejs_heap_size_total_bytes', 'gauge'],
      ['nodejs_eventloop_lag_p99_seconds', 'gauge'],
      ['nodejs_gc_duration_seconds', 'histogram'],
    ] as const) {
      assert.equal(parsed.types.get(name), type, name);
    }
    assert.ok(sampleValue(parsed, 'process_cpu_seconds_total')! > 0);
    assert.ok(sampleValue(parsed, 'process_resident_memory_bytes')! > 1e6);
    assert.ok(sampleValue(parsed, 'nodejs_heap_size_used_bytes')! > 1e5);
    assert.ok(sampleValue(parsed, 'nodejs_eventloop_lag_max_seconds')! > 0.01, 'a 60 ms busy loop shows as event-loop delay');
    const start = sampleValue(parsed, 'process_start_time_seconds')!;
    assert.ok(start > Date.now() / 1000 - 3600 && start <= Date.now() / 1000);
    assert.equal(sampleValue(parsed, 'nodejs_version_info', { version: process.version }), 1);
  } finally {
    stop();
  }
});

test('LMDB commit time: writes alone are timed by table; a transaction is timed once, not its writes', async () => {
  const dir = tempDir('kumo-metrics-store-');
  const count = async (op: string, table: string): Promise<number> =>
    sampleValue(parseExposition(await defaultRegistry.metrics()), 'kumo_lmdb_commit_duration_seconds_count', { op, table }) ?? 0;
  try {
    const store = Store.open(dir.path);
    const t = store.table<number>('metrics_things');
    const puts = await count('put', 'metrics_things');
    const txns = await count('transaction', '');
    await t.put('a', 1);
    await Promise.all([t.put('b', 2), t.put('c', 3)]);
    await t.remove('a');
    await store.transaction(() => {
      void t.put('d', 4);
      void t.put('e', 5);
    });
    assert.equal(await count('put', 'metrics_things'), puts + 3);
    assert.equal(await count('remove', 'metrics_things'), 1);
    assert.equal(await count('transaction', ''), txns + 1);
    assert.deepEqual([...t.entries()].map((e) => e.key), ['b', 'c', 'd', 'e']);
    await store.close();
  } finally {
    dir.remove();
  }
});

test('config: --metrics-port / KUMO_METRICS_PORT (0 = any free port, absent = off), --metrics-host', () => {
  assert.deepEqual(loadConfig([], {}).config.metrics, { host: '127.0.0.1', port: null });
  assert.equal(loadConfig(['--metrics-port', '0'], {}).config.metrics.port, 0);
  assert.equal(loadConfig([], { KUMO_METRICS_PORT: '9101' }).config.metrics.port, 9101);
  assert.equal(loadConfig(['--metrics-port', '9102'], { KUMO_METRICS_PORT: '9101' }).config.metrics.port, 9102);
  assert.equal(loadConfig([], { KUMO_METRICS_PORT: '' }).config.metrics.port, null);
  assert.equal(loadConfig(['--metrics-host', '0.0.0.0'], {}).config.metrics.host, '0.0.0.0');
  assert.throws(() => loadConfig(['--metrics-port', '-1'], {}), /metrics-port/);
  assert.throws(() => loadConfig(['--metrics-port', 'x'], {}), /metrics-port/);
  assert.throws(() => loadConfig(['--metrics-port', '70000'], {}), /metrics-port/);
});

test('gRPC code names', () => {
  assert.equal(grpcCodeName(0), 'OK');
  assert.equal(grpcCodeName(5), 'NOT_FOUND');
  assert.equal(grpcCodeName(16), 'UNAUTHENTICATED');
  assert.equal(grpcCodeName(undefined), 'UNKNOWN');
  assert.equal(grpcCodeName(99), 'UNKNOWN');
});

test("bench:storm's light read of a server record: its id and status, whatever fields surround them", () => {
  const record = serverRecordCodec.encode({
    user_data: Buffer.from('#cloud-config'),
    generation: 7,
    server: { name: 'web-1', flavor: { id: 'f', name: 'm1' }, id: 'srv-1', metadata: { a: 'b' }, status: 'SERVER_STATUS_ERROR', fault: { code: 500, message: 'boom' } },
    tried_hosts: ['h1'],
  });
  const full = serverRecordCodec.decode(record).server!;
  const light = serverIdAndStatus(record)!;
  assert.equal(light.id, full.id);
  assert.equal(light.status, 15, 'SERVER_STATUS_ERROR');
  assert.equal(serverIdAndStatus(serverRecordCodec.encode({ generation: 1 })), undefined, 'no server');
});
