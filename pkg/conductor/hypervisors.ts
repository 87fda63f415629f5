// The conductor's table of hosts, from their reports (kumo.v1.evt.host.*).
import type { NatsConnection, Subscription } from 'nats';
import { NotFoundError } from '../actor/errors.js';
import { subjects } from '../actor/subjects.js';
import { hostReportCodec } from '../compute/report.js';
import type * as g from '../gen/types.js';
import { nowTimestamp } from '../util/timestamp.js';
import { pageOf } from './paging.js';

/** What zone listing needs to know of a host. */
export interface HostState {
  host: string;
  /** The zone the host's own report names (its default when no zoned aggregate holds it). */
  availabilityZone: string;
  up: boolean;
  enabled: boolean;
}

export class HypervisorTable {
  private readonly reports = new Map<string, g.HostReport__Output>();
  private sub?: Subscription;

  constructor(private readonly serviceDownTimeMs: number) {}

  start(nc: NatsConnection): void {
    this.sub = nc.subscribe(subjects.allHostEvents(), {
      callback: (err, msg) => {
        if (err) return;
        try {
          const r = hostReportCodec.decode(msg.data);
          const known = this.reports.get(r.host);
          if (!known || r.report_time_ms >= known.report_time_ms) this.reports.set(r.host, r);
        } catch {
          // a malformed report is ignored; the next heartbeat replaces it
        }
      },
    });
    nc.publish(subjects.hostResync());
  }

  list(req: g.ListHypervisorsRequest__Output): g.ListHypervisorsResponse {
    const all = [...this.reports.values()].sort((a, b) => a.host.localeCompare(b.host)).map((r) => this.toHypervisor(r));
    const page = pageOf(all, (h) => h.hypervisor_hostname, req.page_size || all.length || 1, req.page_token);
    return { hypervisors: page.items, next_page_token: page.nextPageToken };
  }

  get(name: string): g.Hypervisor__Output {
    const r = this.reports.get(name);
    if (!r) throw new NotFoundError('hypervisor', name);
    return this.toHypervisor(r);
  }

  /** Whether this host has reported (a known compute host). */
  has(host: string): boolean {
    return this.reports.has(host);
  }

  /** Every known host with the zone its own report names and whether it can take instances. */
  hostStates(): HostState[] {
    return [...this.reports.values()].map((r) => ({
      host: r.host,
      availabilityZone: r.availability_zone,
      up: !this.isDown(r),
      enabled: r.enabled,
    }));
  }

  private isDown(r: g.HostReport__Output): boolean {
    return Date.now() - r.report_time_ms > this.serviceDownTimeMs;
  }

  private toHypervisor(r: g.HostReport__Output): g.Hypervisor__Output {
    return {
      hypervisor_hostname: r.hypervisor_hostname,
      host: r.host,
      state: this.isDown(r) ? 'down' : 'up',
      status: r.enabled ? 'enabled' : 'disabled',
      hypervisor_type: r.hypervisor_type,
      vcpus: r.vcpus,
      vcpus_used: r.vcpus_used,
      memory_mb: r.memory_mb,
      memory_mb_used: r.memory_mb_used,
      local_gb: r.local_gb,
      local_gb_used: r.local_gb_used,
      running_vms: r.running_vms,
      availability_zone: r.availability_zone,
      update_time: nowTimestamp(r.report_time_ms),
    };
  }

  stop(): void {
    if (this.sub && !this.sub.isClosed()) this.sub.unsubscribe();
  }
}
