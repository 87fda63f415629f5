// Periodic tasks that start at a random point of their period, as Nova's
// periodic_fuzzy_delay: hosts started together (a compute process running
// many hosts, a fleet restarted after an outage) would otherwise heartbeat,
// digest and sync in step, and every service would take all of that work in
// the same moment, once per period (bench:storm saw throughput halve for a
// second every 30 s when 1,000 hosts published their digests together).

export interface Periodic {
  stop(): void;
}

/**
 * Runs `task` every `periodMs`, the first time after a random delay in
 * [0, periodMs). Timers are unref'd: a periodic task never keeps a process up.
 */
export function fuzzyPeriodic(task: () => void, periodMs: number, random: () => number = Math.random): Periodic {
  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    interval = setInterval(task, periodMs);
    interval.unref();
    task();
  }, Math.floor(random() * periodMs));
  first.unref();
  return {
    stop(): void {
      clearTimeout(first);
      if (interval) clearInterval(interval);
    },
  };
}
