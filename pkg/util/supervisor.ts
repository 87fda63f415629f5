// Children that outlive a killed supervisor would hold ports and data dirs.
/**
 * A supervisor (kumo up, a test) that is SIGKILLed cannot stop its children;
 * spawnService names it in KUMO_PARENT_PID and the child stops itself once it
 * has been re-parented. Processes an operator starts by hand are not affected.
 */
export function watchSupervisor(onGone: () => void): void {
  const parent = Number(process.env.KUMO_PARENT_PID);
  if (!(parent > 0)) return;
  setInterval(() => {
    if (process.ppid !== parent) onGone();
  }, 1000).unref();
}
