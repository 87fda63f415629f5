// What a flavor takes from a host, counted the same way by the host's
// resource tracker (which decides) and the scheduler (which predicts).

/** Disk in GiB: root + ephemeral + swap (MiB) rounded up to whole GiB. */
export function flavorDiskGb(f: { disk_gb: number; ephemeral_gb: number; swap_mb: number }): number {
  return f.disk_gb + f.ephemeral_gb + Math.ceil(f.swap_mb / 1024);
}
