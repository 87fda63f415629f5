// The resource tracker of one host: usage is the sum of the flavors of the
// instances the host holds. A claim that would pass a limit (total times
// allocation ratio) is refused here, the one place that decides, so racing
// schedulers can never over-commit a host.
import type { Flavor__Output } from '../gen/types.js';
import { flavorDiskGb } from '../lifecycle/flavor.js';

export interface HostResources {
  vcpus: number;
  memoryMb: number;
  localGb: number;
  cpuAllocationRatio: number;
  ramAllocationRatio: number;
  diskAllocationRatio: number;
}

export interface Usage {
  vcpus: number;
  memoryMb: number;
  localGb: number;
  instances: number;
}

export class ResourceTracker {
  private readonly claims = new Map<string, Flavor__Output>();
  readonly used: Usage = { vcpus: 0, memoryMb: 0, localGb: 0, instances: 0 };
  /** Increases on every claim change; reports carry it so stale ones are ignored. */
  generation = 0;

  constructor(readonly resources: HostResources) {}

  /** Why the flavor does not fit, or undefined when it does. */
  check(f: Flavor__Output): string | undefined {
    const r = this.resources;
    if (f.vcpus > r.vcpus) return `${f.vcpus} vCPUs exceed the host's ${r.vcpus}`;
    if (this.used.vcpus + f.vcpus > r.vcpus * r.cpuAllocationRatio) return `vCPUs: ${this.used.vcpus} used + ${f.vcpus} > ${r.vcpus * r.cpuAllocationRatio}`;
    if (this.used.memoryMb + f.ram_mb > r.memoryMb * r.ramAllocationRatio) return `RAM: ${this.used.memoryMb} MB used + ${f.ram_mb} > ${r.memoryMb * r.ramAllocationRatio}`;
    const disk = flavorDiskGb(f);
    if (this.used.localGb + disk > r.localGb * r.diskAllocationRatio) return `disk: ${this.used.localGb} GB used + ${disk} > ${r.localGb * r.diskAllocationRatio}`;
    return undefined;
  }

  /** Records a claim (used on restart too, without a check). */
  claim(id: string, f: Flavor__Output): void {
    if (this.claims.has(id)) return;
    this.claims.set(id, f);
    this.used.vcpus += f.vcpus;
    this.used.memoryMb += f.ram_mb;
    this.used.localGb += flavorDiskGb(f);
    this.used.instances += 1;
    this.generation++;
  }

  release(id: string): void {
    const f = this.claims.get(id);
    if (!f) return;
    this.claims.delete(id);
    this.used.vcpus -= f.vcpus;
    this.used.memoryMb -= f.ram_mb;
    this.used.localGb -= flavorDiskGb(f);
    this.used.instances -= 1;
    this.generation++;
  }

  has(id: string): boolean {
    return this.claims.has(id);
  }
}
