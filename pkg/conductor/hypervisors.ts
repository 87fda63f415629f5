// The conductor's table of hosts, from their reports (kumo.v1.evt.host.*),
// and the one judgement of whether each compute service is up.
//
// Up or down is judged on this conductor's own monotonic clock: the time a
// report *arrived* (performance.now()), never the report_time_ms the host
// wrote into it. A host whose clock runs hours ahead or behind therefore
// neither flips down nor stays up after it went silent, and a conductor's
// wall clock being stepped (NTP) changes nothing either. Nova judges
// service_down_time against the heartbeat the database stamped (its
// servicegroup driver's updated_at); here the observer is the stamp.
//
// The admin's records (disabled with a reason, forced down) live in the
// state log and the view (services.ts); this table reads them through the
// lookup `useServiceRecords` installs, so Hypervisor.state/status, the
// compute service list, zone availability and evacuate all share one
// judgement.
import type { NatsConnection, Subscription } from 'nats';
import type { Logger } from 'pino';
import { NotFoundError } from '../actor/errors.js';
import { subjects } from '../actor/subjects.js';
import { followHostReports } from '../compute/report.js';
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

/** A monotonic clock in milliseconds (performance.now() unless a test injects one). */
export type Clock = () => number;

/** The judgement of one compute service. */
export interface ServiceJudgement {
  /** It reported to this conductor or an admin record names it. */
  known: boolean;
  /** Its latest report, if it reported since this conductor started. */
  report?: g.HostReport__Output;
  /** A report arrived within service_down_time, on this conductor's clock. */
  fresh: boolean;
  /** An admin declared it down. */
  forcedDown: boolean;
  /** fresh and not forced down. */
  up: boolean;
  /** Disabled by an admin (or by the host's own report). */
  disabled: boolean;
  disabledReason: string;
  /** This conductor's wall clock when the latest report arrived (for display only). */
  heardWallMs?: number;
}

interface Heard {
  report: g.HostReport__Output;
  /** The clock when it arrived: what up/down is judged on. */
  heardAtMs: number;
  /** Date.now() when it arrived: shown as update_time, never compared. */
  heardWallMs: number;
}

export type ServiceRecordLookup = (host: string) => g.ComputeService__Output | undefined;

export class HypervisorTable {
  private readonly heard = new Map<string, Heard>();
  private records: ServiceRecordLookup = () => undefined;
  private sub?: Subscription;
  private beatSub?: Subscription;

  constructor(
    private readonly serviceDownTimeMs: number,
    private readonly clock: Clock = () => performance.now(),
  ) {}

  start(nc: NatsConnection, log?: Logger): void {
    this.sub = followHostReports(nc, 'report', (r) => this.observe(r), log);
    this.beatSub = followHostReports(nc, 'beat', (b) => this.beat(b), log);
    nc.publish(subjects.hostResync());
  }

  /**
   * A host's beat between its full reports: it is alive, and what it last
   * reported still holds. Counts only when it matches the report held
   * (same boot, same claim generation); otherwise the next full report does.
   */
  beat(b: g.HostReport__Output): void {
    const h = this.heard.get(b.host);
    if (!h || h.report.boot_id !== b.boot_id || h.report.generation !== b.generation) return;
    h.heardAtMs = this.clock();
    h.heardWallMs = Date.now();
  }

  /**
   * Takes a report as it arrives. The latest arrival wins: core NATS keeps
   * one publisher's order, and the host's report_time_ms is not trusted for
   * anything (a clock stepped back would otherwise pin an old report).
   */
  observe(r: g.HostReport__Output): void {
    this.heard.set(r.host, { report: r, heardAtMs: this.clock(), heardWallMs: Date.now() });
  }

  /** Where the admin's service records come from (the conductor's view; services.ts). */
  useServiceRecords(lookup: ServiceRecordLookup): void {
    this.records = lookup;
  }

  get downTimeMs(): number {
    return this.serviceDownTimeMs;
  }

  /** Whether `host` is up, enabled, forced down: the one judgement everything here uses. */
  judge(host: string): ServiceJudgement {
    const h = this.heard.get(host);
    const record = this.records(host);
    const fresh = h !== undefined && this.clock() - h.heardAtMs <= this.serviceDownTimeMs;
    const forcedDown = record?.forced_down ?? false;
    const recordDisabled = record?.status === 'disabled';
    const disabled = recordDisabled || (h !== undefined && !h.report.enabled);
    return {
      known: h !== undefined || record !== undefined,
      report: h?.report,
      fresh,
      forcedDown,
      up: fresh && !forcedDown,
      disabled,
      disabledReason: recordDisabled ? record!.disabled_reason : '',
      heardWallMs: h?.heardWallMs,
    };
  }

  list(req: g.ListHypervisorsRequest__Output): g.ListHypervisorsResponse {
    const all = this.reportingHosts().map((host) => this.toHypervisor(host));
    const page = pageOf(all, (h) => h.hypervisor_hostname, req.page_size || all.length || 1, req.page_token);
    return { hypervisors: page.items, next_page_token: page.nextPageToken };
  }

  get(name: string): g.Hypervisor__Output {
    if (!this.heard.has(name)) throw new NotFoundError('hypervisor', name);
    return this.toHypervisor(name);
  }

  /** Whether this host has reported (a known compute host). */
  has(host: string): boolean {
    return this.heard.has(host);
  }

  /** Every host that reported since this conductor started, by name. */
  reportingHosts(): string[] {
    return [...this.heard.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Every known host with the zone its own report names and whether it can take instances. */
  hostStates(): HostState[] {
    return [...this.heard.values()].map(({ report: r }) => {
      const j = this.judge(r.host);
      return { host: r.host, availabilityZone: r.availability_zone, up: j.up, enabled: !j.disabled };
    });
  }

  /**
   * Nova's os-hypervisors/statistics: resources and usage summed over every
   * host that reported, up or down, enabled or not.
   */
  statistics(): g.GetHypervisorStatisticsResponse__Output {
    const s: g.GetHypervisorStatisticsResponse__Output = {
      count: 0,
      vcpus: 0,
      vcpus_used: 0,
      memory_mb: 0,
      memory_mb_used: 0,
      free_ram_mb: 0,
      local_gb: 0,
      local_gb_used: 0,
      free_disk_gb: 0,
      running_vms: 0,
    };
    for (const { report: r } of this.heard.values()) {
      s.count++;
      s.vcpus += r.vcpus;
      s.vcpus_used += r.vcpus_used;
      s.memory_mb += r.memory_mb;
      s.memory_mb_used += r.memory_mb_used;
      s.free_ram_mb += r.memory_mb - r.memory_mb_used;
      s.local_gb += r.local_gb;
      s.local_gb_used += r.local_gb_used;
      s.free_disk_gb += r.local_gb - r.local_gb_used;
      s.running_vms += r.running_vms;
    }
    return s;
  }

  private toHypervisor(host: string): g.Hypervisor__Output {
    const j = this.judge(host);
    const r = j.report!;
    return {
      hypervisor_hostname: r.hypervisor_hostname,
      host: r.host,
      state: j.up ? 'up' : 'down',
      status: j.disabled ? 'disabled' : 'enabled',
      hypervisor_type: r.hypervisor_type,
      vcpus: r.vcpus,
      vcpus_used: r.vcpus_used,
      memory_mb: r.memory_mb,
      memory_mb_used: r.memory_mb_used,
      local_gb: r.local_gb,
      local_gb_used: r.local_gb_used,
      running_vms: r.running_vms,
      availability_zone: r.availability_zone,
      update_time: nowTimestamp(j.heardWallMs),
    };
  }

  stop(): void {
    if (this.sub && !this.sub.isClosed()) this.sub.unsubscribe();
    if (this.beatSub && !this.beatSub.isClosed()) this.beatSub.unsubscribe();
  }
}
