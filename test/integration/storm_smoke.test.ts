// bench:storm at a tiny size: the real processes come up, every server
// boots, the figures are sane and the last line is the JSON summary.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const storm = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench', 'storm.js');

test('bench:storm smoke: 5 hosts, 50 servers', { timeout: 60_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'kumo-storm-smoke-'));
  try {
    const child = spawn(process.execPath, [storm, '--hosts', '5', '--servers', '50', '--concurrency', '8', '--computes', '2', '--duration-limit', '30', '--stall-timeout', '15', '--out-dir', out], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const killer = setTimeout(() => child.kill('SIGINT'), 45_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    clearTimeout(killer);
    assert.equal(code, 0, `storm exited with ${code}\n${stdout}\n${stderr}`);

    const lines = stdout.trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
    assert.equal(summary['bench'], 'storm');
    assert.equal(summary['hosts'], 5);
    assert.equal(summary['servers'], 50);
    assert.equal(summary['concurrency'], 8);
    assert.equal(summary['overcommitted_hosts'], 0);
    assert.equal(summary['errors'], 0);
    assert.equal(summary['active'], 50);
    for (const k of ['servers_per_s', 'servers_per_s_overall', 'p50_ms', 'p95_ms', 'p99_ms', 'nats_msgs_per_boot']) {
      assert.ok(typeof summary[k] === 'number' && (summary[k] as number) > 0, `${k} = ${summary[k]}`);
    }
    assert.ok((summary['p50_ms'] as number) <= (summary['p95_ms'] as number) && (summary['p95_ms'] as number) <= (summary['p99_ms'] as number));
    const cpu = summary['cpu_s_per_server'] as Record<string, number>;
    const rss = summary['peak_rss_mb'] as Record<string, number>;
    for (const k of ['api', 'conductor', 'scheduler', 'compute', 'nats']) {
      assert.ok(typeof cpu[k] === 'number' && cpu[k] >= 0 && cpu[k] < 1, `cpu ${k} = ${cpu[k]}`);
      assert.ok(typeof rss[k] === 'number' && rss[k] > 5, `rss ${k} = ${rss[k]}`);
    }

    // The results file and the chart next to it.
    const files = readdirSync(out);
    const json = files.find((f) => /^storm-.*\.json$/.test(f));
    assert.ok(json, `no results file in ${files.join(', ')}`);
    assert.ok(existsSync(join(out, json.replace(/\.json$/, '.svg'))));
    const result = JSON.parse(readFileSync(join(out, json), 'utf8')) as { series: unknown[]; processes: Array<{ kind: string }> };
    assert.ok(result.series.length > 0);
    assert.deepEqual([...new Set(result.processes.map((p) => p.kind))].sort(), ['api', 'compute', 'conductor', 'scheduler']);
    assert.equal(result.processes.filter((p) => p.kind === 'compute').length, 2);
    assert.match(readFileSync(join(out, json.replace(/\.json$/, '.svg')), 'utf8'), /^<svg [^>]*>[\s\S]*<\/svg>\n$/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
