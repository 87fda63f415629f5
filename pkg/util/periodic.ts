// Periodic tasks that start at a random point of their period, as Nova's
// periodic_fuzzy_delay: hosts started together (a compute process running
// many hosts, a fleet restarted after an outage) would otherwise heartbeat,
// digest and sync in step, and every service would take all of that work in
// the same moment, once per period (bench:storm at 250 creates/s saw a whole
// second with nothing reaching ACTIVE when its 1,000 hosts did so).

export interface Periodic {
  stop(): void;
}

/**
 * First runs land on a grid of SLOT_MS of the wall clock: the tasks of one
 * process that fall in a slot run in one event-loop turn, and so share its
 * writes (one NATS write, one LMDB transaction); spread one per
 * millisecond, 1,000 hosts' timers cost their compute process ~10% more CPU
 * in bench:storm.
 */
export const SLOT_MS = 250;

/**
 * Runs `task` every `periodMs`, the first time after a random delay in
 * [0, periodMs) rounded up to the next slot of the wall clock. Timers are
 * unref'd: a periodic task never keeps a process up.
 */
export function fuzzyPeriodic(task: () => void, periodMs: number, random: () => number = Math.random, now: () => number = Date.now): Periodic {
  let interval: NodeJS.Timeout | undefined;
  const t = now();
  const slot = Math.min(SLOT_MS, periodMs);
  const delay = Math.ceil((t + Math.floor(random() * periodMs)) / slot) * slot - t;
  const first = setTimeout(() => {
    interval = setInterval(task, periodMs);
    interval.unref();
    task();
  }, delay);
  first.unref();
  return {
    stop(): void {
      clearTimeout(first);
      if (interval) clearInterval(interval);
    },
  };
}
