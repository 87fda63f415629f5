// Process and Node.js runtime metrics under the standard names (those of
// the Prometheus client libraries: process_*, nodejs_*). Everything is read
// at scrape time except the event-loop delay histogram (perf_hooks, a libuv
// timer every 10 ms) and GC pauses (a PerformanceObserver).
import { readdirSync } from 'node:fs';
import { constants as perfConstants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import type { Registry } from './registry.js';

const GC_KINDS: Record<number, string> = {
  [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [perfConstants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/** Interval of the event-loop delay sampler (as prom-client's default). */
const RESOLUTION_MS = 10;

/** Registers the process metrics; returns a function that stops their sampling. */
export function registerProcessMetrics(registry: Registry): () => void {
  const cpuUser = registry.counter({ name: 'process_cpu_user_seconds_total', help: 'User CPU time spent in seconds.' });
  const cpuSystem = registry.counter({ name: 'process_cpu_system_seconds_total', help: 'System CPU time spent in seconds.' });
  const cpuTotal = registry.counter({ name: 'process_cpu_seconds_total', help: 'Total user and system CPU time spent in seconds.' });
  const start = registry.gauge({ name: 'process_start_time_seconds', help: 'Start time of the process since unix epoch in seconds.' });
  const rss = registry.gauge({ name: 'process_resident_memory_bytes', help: 'Resident memory size in bytes.' });
  const fds = registry.gauge({ name: 'process_open_fds', help: 'Number of open file descriptors.' });
  const heapTotal = registry.gauge({ name: 'nodejs_heap_size_total_bytes', help: 'Process heap size from Node.js in bytes.' });
  const heapUsed = registry.gauge({ name: 'nodejs_heap_size_used_bytes', help: 'Process heap size used from Node.js in bytes.' });
  const external = registry.gauge({ name: 'nodejs_external_memory_bytes', help: 'Node.js external memory size in bytes.' });
  const spaceUsed = registry.gauge({ name: 'nodejs_heap_space_size_used_bytes', help: 'Used size of each V8 heap space in bytes.', labelNames: ['space'] });
  const version = registry.gauge({ name: 'nodejs_version_info', help: 'Node.js version info.', labelNames: ['version', 'major', 'minor', 'patch'] });
  const lag = {
    min: registry.gauge({ name: 'nodejs_eventloop_lag_min_seconds', help: 'The minimum recorded event loop delay since the last scrape.' }),
    max: registry.gauge({ name: 'nodejs_eventloop_lag_max_seconds', help: 'The maximum recorded event loop delay since the last scrape.' }),
    mean: registry.gauge({ name: 'nodejs_eventloop_lag_mean_seconds', help: 'The mean of the recorded event loop delays since the last scrape.' }),
    stddev: registry.gauge({ name: 'nodejs_eventloop_lag_stddev_seconds', help: 'The standard deviation of the recorded event loop delays since the last scrape.' }),
    p50: registry.gauge({ name: 'nodejs_eventloop_lag_p50_seconds', help: 'The 50th percentile of the recorded event loop delays since the last scrape.' }),
    p90: registry.gauge({ name: 'nodejs_eventloop_lag_p90_seconds', help: 'The 90th percentile of the recorded event loop delays since the last scrape.' }),
    p99: registry.gauge({ name: 'nodejs_eventloop_lag_p99_seconds', help: 'The 99th percentile of the recorded event loop delays since the last scrape.' }),
  };
  const gc = registry.histogram({
    name: 'nodejs_gc_duration_seconds',
    help: 'Garbage collection duration by kind (major, minor, incremental, weakcb).',
    labelNames: ['kind'],
    buckets: [0.001, 0.01, 0.1, 1, 2, 5],
  });

  start.set(Math.round(performance.timeOrigin) / 1000);
  const [major = '', minor = '', patch = ''] = process.versions.node.split('.');
  version.labels(process.version, major, minor, patch).set(1);

  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const detail = (e as PerformanceEntry & { detail?: { kind?: number } }).detail;
      const kind = GC_KINDS[detail?.kind ?? -1] ?? 'other';
      gc.labels(kind).observe(e.duration / 1000);
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });

  const removeCollector = registry.addCollector(() => {
    const cpu = process.cpuUsage();
    cpuUser.labels().setTotal(cpu.user / 1e6);
    cpuSystem.labels().setTotal(cpu.system / 1e6);
    cpuTotal.labels().setTotal((cpu.user + cpu.system) / 1e6);
    const mem = process.memoryUsage();
    rss.set(mem.rss);
    heapTotal.set(mem.heapTotal);
    heapUsed.set(mem.heapUsed);
    external.set(mem.external);
    for (const s of getHeapSpaceStatistics()) spaceUsed.labels(s.space_name).set(s.space_used_size);
    try {
      fds.set(readdirSync('/proc/self/fd').length - 1); // less the descriptor readdir itself opened
    } catch {
      // not Linux: no /proc
    }
    // The histogram holds the time between two runs of its timer, in
    // nanoseconds: the delay is what exceeds the timer's interval. With no
    // sample yet min is huge and mean NaN: the gauges keep their values.
    if (delay.count > 0) {
      const seconds = (ns: number): number => Math.max(0, ns / 1e9 - RESOLUTION_MS / 1000);
      lag.min.set(seconds(delay.min));
      lag.max.set(seconds(delay.max));
      lag.mean.set(seconds(delay.mean));
      lag.stddev.set(delay.stddev / 1e9);
      lag.p50.set(seconds(delay.percentile(50)));
      lag.p90.set(seconds(delay.percentile(90)));
      lag.p99.set(seconds(delay.percentile(99)));
    }
    delay.reset();
  });
  return () => {
    removeCollector();
    delay.disable();
    gcObserver.disconnect();
  };
}
