// Helpers of bench:storm (test/bench/storm.ts): per-process CPU and memory
// from /proc, a private nats-server with its monitoring port (for /varz
// message counts), statistics, and the hand-written SVG chart.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { findNatsServer, NATS_INSTALL_HINT } from '../../pkg/util/nats_server.js';
import { freePort } from '../../pkg/util/net.js';
import protobuf from 'protobufjs';

const { Reader } = protobuf;

// ---------------------------------------------------------------- /proc

let clkTck = 0;
/** Clock ticks per second of /proc/<pid>/stat times (usually 100). */
export function clockTicks(): number {
  if (clkTck) return clkTck;
  try {
    clkTck = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    clkTck = 100;
  }
  return clkTck;
}

/** CPU seconds (user + system) a process has used so far, or undefined when it is gone. */
export function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(rest[11]);
    const stime = Number(rest[12]);
    return (utime + stime) / clockTicks();
  } catch {
    return undefined;
  }
}

/** VmRSS and VmHWM (peak RSS) of a process in MB, or undefined when it is gone. */
export function memoryMb(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number => {
      const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
      return m ? Number(m[1]) / 1024 : 0;
    };
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return undefined;
  }
}

/**
 * A process's live heap in bytes: its /metrics scraped with ?gc=1 (a full
 * collection first; the process runs with node --expose-gc), V8 heap used
 * plus memory outside it (typed arrays: the scheduler's host columns).
 */
export async function liveHeapBytes(metricsPort: number): Promise<{ live: number; hosts: number } | undefined> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics?gc=1`)).text();
    const value = (name: string): number => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    const live = value('nodejs_heap_size_used_bytes') + value('nodejs_external_memory_bytes');
    // The same scrape's host count (a scheduler's kumo_scheduler_hosts): the heap and the hosts it holds, together.
    return Number.isFinite(live) ? { live, hosts: value('kumo_scheduler_hosts') } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Bytes a scheduler keeps per host: the slope of its live heap over the
 * hosts it holds, from samples taken while the hosts report, between the
 * first sample holding at least a tenth of them and the median of those
 * holding the most. The first
 * reports also bring one-time costs (code compiled for the paths they
 * take, buffers): ~2 MB, which counted from an empty scheduler reads as
 * 2 KB per host at 1,000 hosts. Undefined without two such samples.
 */
export function liveBytesPerHost(samples: ReadonlyArray<{ live: number; hosts: number }>, hosts: number): number | undefined {
  const usable = samples.filter((x) => Number.isFinite(x.hosts) && x.hosts >= Math.max(1, hosts / 10));
  if (usable.length < 2) return undefined;
  const first = usable.reduce((a, b) => (b.hosts < a.hosts ? b : a));
  const most = Math.max(...usable.map((x) => x.hosts));
  // Samples at the same host count still differ by a few hundred KB (buffers in flight): their median.
  const full = usable.filter((x) => x.hosts === most).map((x) => x.live).sort((a, b) => a - b);
  const live = full[Math.floor(full.length / 2)]!;
  return most > first.hosts ? Math.round((live - first.live) / (most - first.hosts)) : undefined;
}

// ---------------------------------------------------------------- nats-server

export interface MonitoredNats {
  url: string;
  monitorUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** A private nats-server with JetStream and the HTTP monitoring port (-m), for /varz and /jsz. */
export async function startMonitoredNats(opts: { storeDir: string; logFile?: string }): Promise<MonitoredNats> {
  // A free port can be taken by another process before nats-server binds it: try again on new ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startMonitoredNatsOnce(opts);
    } catch (err) {
      if (attempt >= 3 || !/address already in use/.test(String(err))) throw err;
    }
  }
}

async function startMonitoredNatsOnce(opts: { storeDir: string; logFile?: string }): Promise<MonitoredNats> {
  const bin = findNatsServer();
  if (!bin) throw new Error(NATS_INSTALL_HINT);
  mkdirSync(opts.storeDir, { recursive: true });
  const port = await freePort();
  const mport = await freePort();
  const args = ['-a', '127.0.0.1', '-p', String(port), '-m', String(mport), '-js', '-sd', opts.storeDir];
  if (opts.logFile) args.push('-l', opts.logFile);
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.on('error', (err) => (out += `spawn error: ${err.message}\n`));
  child.stdout!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
  child.stderr!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const monitorUrl = `http://127.0.0.1:${mport}`;
  const until = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`nats-server exited with ${child.exitCode ?? child.signalCode}: ${out}`);
    try {
      const res = await fetch(`${monitorUrl}/healthz?js-enabled-only=true`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`nats-server did not answer on its monitoring port in 10 s: ${out}`);
    }
    await sleep(50);
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    monitorUrl,
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface Varz {
  in_msgs: number;
  out_msgs: number;
  in_bytes: number;
  out_bytes: number;
}

export async function varz(monitorUrl: string): Promise<Varz> {
  const res = await fetch(`${monitorUrl}/varz`, { signal: AbortSignal.timeout(5000) });
  const v = (await res.json()) as Varz;
  return { in_msgs: v.in_msgs, out_msgs: v.out_msgs, in_bytes: v.in_bytes, out_bytes: v.out_bytes };
}

/** Last sequence of a JetStream stream (entries ever appended), or undefined when /jsz does not say. */
export async function streamLastSeq(monitorUrl: string, stream: string): Promise<number | undefined> {
  try {
    const res = await fetch(`${monitorUrl}/jsz?streams=true`, { signal: AbortSignal.timeout(5000) });
    const j = (await res.json()) as { account_details?: Array<{ stream_detail?: Array<{ name: string; state?: { last_seq?: number } }> }> };
    for (const acc of j.account_details ?? []) for (const s of acc.stream_detail ?? []) if (s.name === stream) return s.state?.last_seq;
  } catch {
    // optional figure
  }
  return undefined;
}

// ---------------------------------------------------------------- statistics

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Completions per second after warm-up: the rate between the completion
 * that ends the first `skip` fraction and the one that starts the last
 * `skip` fraction (so the ramp-up and the tail are excluded).
 */
export function sustainedRate(sortedTimesMs: number[], skip = 0.1): number {
  const n = sortedTimesMs.length;
  if (n < 10) return 0;
  const lo = Math.floor(n * skip);
  const hi = Math.max(lo + 1, Math.ceil(n * (1 - skip)) - 1);
  const span = (sortedTimesMs[hi]! - sortedTimesMs[lo]!) / 1000;
  return span > 0 ? (hi - lo) / span : 0;
}

export interface SecondBucket {
  /** Seconds since the storm started (bucket start). */
  t: number;
  /** CreateServer calls started in this second. */
  created: number;
  /** Servers that reached ACTIVE in this second. */
  active: number;
  /** Create-to-ACTIVE latency of the servers that reached ACTIVE in this second. */
  p50_ms: number;
  p99_ms: number;
}

/** Per-second series: created (by call start) and ACTIVE (by arrival), with the latency percentiles of the arrivals. */
export function perSecond(createdAtMs: number[], completions: Array<{ at: number; latency: number }>, startMs: number): SecondBucket[] {
  let last = 0;
  for (const t of createdAtMs) last = Math.max(last, t - startMs);
  for (const c of completions) last = Math.max(last, c.at - startMs);
  const n = Math.floor(last / 1000) + 1;
  const created = new Array<number>(n).fill(0);
  const lat: number[][] = Array.from({ length: n }, () => []);
  for (const t of createdAtMs) created[Math.max(0, Math.floor((t - startMs) / 1000))]! += 1;
  for (const c of completions) lat[Math.max(0, Math.floor((c.at - startMs) / 1000))]!.push(c.latency);
  return lat.map((l, i) => {
    l.sort((a, b) => a - b);
    return { t: i, created: created[i]!, active: l.length, p50_ms: Math.round(percentile(l, 50)), p99_ms: Math.round(percentile(l, 99)) };
  });
}

// ---------------------------------------------------------------- SVG

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const mag = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * mag >= v) return m * mag;
  return 10 * mag;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Two panels over the same time axis: servers reaching ACTIVE per second
 * (bars) with CreateServer calls started per second (line), and the p50 and
 * p99 create-to-ACTIVE latency of each second's arrivals.
 */
export function chartSvg(series: SecondBucket[], title: string, sustained?: { from: number; to: number }): string {
  const W = 960;
  const left = 70;
  const right = 20;
  const plotW = W - left - right;
  const panelH = 220;
  const top1 = 64;
  const top2 = top1 + panelH + 60;
  const H = top2 + panelH + 60;
  const n = Math.max(1, series.length);
  const xOf = (t: number): number => left + (t / n) * plotW;
  const barW = Math.max(1, plotW / n - (n < 120 ? 1 : 0));
  const maxRate = niceMax(Math.max(1, ...series.map((s) => Math.max(s.active, s.created))));
  const maxLat = niceMax(Math.max(1, ...series.map((s) => s.p99_ms)));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  const [head, ...rest] = title.split(' — ');
  out.push(`<text x="${W / 2}" y="18" text-anchor="middle" font-size="15" font-weight="bold">${esc(head!)}</text>`);
  if (rest.length) out.push(`<text x="${W / 2}" y="34" text-anchor="middle" font-size="12">${esc(rest.join(' — '))}</text>`);

  const axes = (top: number, max: number, label: string): void => {
    for (let i = 0; i <= 4; i++) {
      const v = (max * i) / 4;
      const y = top + panelH - (panelH * i) / 4;
      out.push(`<line x1="${left}" y1="${y}" x2="${left + plotW}" y2="${y}" stroke="#ddd"/>`);
      out.push(`<text x="${left - 6}" y="${y + 4}" text-anchor="end">${Number.isInteger(v) ? v : v.toFixed(1)}</text>`);
    }
    out.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + panelH}" stroke="black"/>`);
    out.push(`<line x1="${left}" y1="${top + panelH}" x2="${left + plotW}" y2="${top + panelH}" stroke="black"/>`);
    const step = niceMax(n / 10);
    for (let t = 0; t <= n; t += step) {
      out.push(`<line x1="${xOf(t)}" y1="${top + panelH}" x2="${xOf(t)}" y2="${top + panelH + 4}" stroke="black"/>`);
      out.push(`<text x="${xOf(t)}" y="${top + panelH + 17}" text-anchor="middle">${t}</text>`);
    }
    out.push(`<text x="${left + plotW / 2}" y="${top + panelH + 34}" text-anchor="middle">seconds since the storm started</text>`);
    out.push(`<text x="16" y="${top + panelH / 2}" text-anchor="middle" transform="rotate(-90 16 ${top + panelH / 2})">${esc(label)}</text>`);
  };

  // Panel 1: throughput.
  axes(top1, maxRate, 'servers per second');
  if (sustained) {
    out.push(`<rect x="${xOf(sustained.from)}" y="${top1}" width="${Math.max(1, xOf(sustained.to) - xOf(sustained.from))}" height="${panelH}" fill="#eef6ee"/>`);
  }
  for (const s of series) {
    const h = (s.active / maxRate) * panelH;
    out.push(`<rect x="${xOf(s.t).toFixed(1)}" y="${(top1 + panelH - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="#4a7fc1"/>`);
  }
  const line = (values: Array<[number, number]>, top: number, max: number, color: string, dash = ''): void => {
    if (values.length === 0) return;
    const pts = values.map(([t, v]) => `${(xOf(t) + barW / 2).toFixed(1)},${(top + panelH - (Math.min(v, max) / max) * panelH).toFixed(1)}`).join(' ');
    out.push(`<polyline points="${pts}" fill="none" stroke="${color}" stroke-width="1.8"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
  };
  line(series.map((s) => [s.t, s.created]), top1, maxRate, '#e08a1e', '4 3');
  const legend = (x: number, y: number, color: string, text: string, kind: 'bar' | 'line' | 'dash'): void => {
    if (kind === 'bar') out.push(`<rect x="${x}" y="${y - 9}" width="14" height="10" fill="${color}"/>`);
    else out.push(`<line x1="${x}" y1="${y - 4}" x2="${x + 14}" y2="${y - 4}" stroke="${color}" stroke-width="2"${kind === 'dash' ? ' stroke-dasharray="4 3"' : ''}/>`);
    out.push(`<text x="${x + 19}" y="${y}">${esc(text)}</text>`);
  };
  legend(left + 10, top1 - 8, '#4a7fc1', 'reached ACTIVE / s', 'bar');
  legend(left + 170, top1 - 8, '#e08a1e', 'CreateServer calls started / s', 'dash');
  if (sustained) legend(left + 400, top1 - 8, '#cfe6cf', 'sustained window (10%–90% of completions)', 'bar');

  // Panel 2: latency.
  axes(top2, maxLat, 'create-to-ACTIVE ms');
  const withData = series.filter((s) => s.active > 0);
  line(withData.map((s) => [s.t, s.p50_ms]), top2, maxLat, '#2e8b57');
  line(withData.map((s) => [s.t, s.p99_ms]), top2, maxLat, '#c0392b');
  legend(left + 10, top2 - 8, '#2e8b57', 'p50 of the servers reaching ACTIVE in that second', 'line');
  legend(left + 360, top2 - 8, '#c0392b', 'p99', 'line');
  out.push('</svg>');
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- child processes

export type ProcKind = 'api' | 'conductor' | 'scheduler' | 'compute';

export interface Tracked {
  kind: ProcKind;
  label: string;
  process: ChildProcess;
  pid: number;
  logFile: string;
  /** Fields of the "ready" line once ready. */
  ready: Record<string, unknown>;
  /** Set when the process exited (code or signal). */
  exit?: string;
  stop(graceMs?: number): Promise<void>;
}

/**
 * Spawns a Kumo service (dist/cmd/<name>/main.js) and waits for its "ready"
 * line. Unlike pkg/util/children.ts it hands the process to `register` the
 * moment it exists, so a bench interrupted while a child is starting still
 * stops it, and it kills the child when it is not ready in time. Output goes
 * to `logFile`.
 */
export async function spawnTracked(
  entry: string,
  opts: { kind: ProcKind; label: string; args: string[]; nodeArgs?: string[]; env: Record<string, string>; logFile: string; readyTimeoutMs: number },
  register: (t: Tracked) => void,
): Promise<Tracked> {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), entry, ...opts.args], { env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(opts.logFile, { flags: 'a' });
  log.on('error', () => undefined); // a log file that cannot be written must not take the bench down
  child.on('error', (err) => write(`spawn error: ${err.message}\n`)); // e.g. EAGAIN; the exit handling below reports it
  const write = (d: string | Buffer): void => {
    if (!log.writableEnded) log.write(d);
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // 'close' comes after 'exit' once stdout and stderr are drained: only then may the log end.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const tracked: Tracked = {
    kind: opts.kind,
    label: opts.label,
    process: child,
    pid: child.pid ?? -1,
    logFile: opts.logFile,
    ready: {},
    stop: async (graceMs = 10_000) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      await Promise.race([closed, sleep(2000)]);
      if (!log.writableEnded) await new Promise<void>((r) => log.end(r));
    },
  };
  child.once('exit', (code, signal) => (tracked.exit = signal ?? String(code)));
  register(tracked);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
    write(d);
  });
  const lines = createInterface({ input: child.stdout! });
  let isReady = false;
  tracked.ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${opts.label} not ready in ${opts.readyTimeoutMs} ms: ${stderr.trim()}`));
    }, opts.readyTimeoutMs);
    lines.on('line', (line) => {
      write(line + '\n');
      if (isReady) return;
      try {
        const rec = JSON.parse(line) as Record<string, unknown>;
        if (rec['msg'] === 'ready') {
          isReady = true;
          clearTimeout(timer);
          resolve(rec);
        }
      } catch {
        // not a log line
      }
    });
    void exited.then(() => {
      if (isReady) return;
      clearTimeout(timer);
      reject(new Error(`${opts.label} exited with ${tracked.exit} before it was ready: ${stderr.trim()}`));
    });
  });
  return tracked;
}

/**
 * A server record's id and status, read from its protobuf without decoding
 * the rest (ServerRecord.server = 1; Server.id = 1, Server.status = 5): the
 * bench sees three ~2.5 KB records per boot and only needs these two.
 */
export function serverIdAndStatus(record: Uint8Array): { id: string; status: number } | undefined {
  const r = Reader.create(record);
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 !== 1 || (tag & 7) !== 2) {
      r.skipType(tag & 7);
      continue;
    }
    const end = r.uint32() + r.pos;
    let id = '';
    let status = 0;
    while (r.pos < end) {
      const t = r.uint32();
      if (t === ((1 << 3) | 2)) id = r.string();
      else if (t === ((5 << 3) | 0)) status = r.int32();
      else r.skipType(t & 7);
    }
    return { id, status };
  }
  return undefined;
}
