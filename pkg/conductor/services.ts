// Compute services, as Nova's os-services for nova-compute: one service per
// compute host, listed with its zone, whether it is enabled and whether it
// is up; admins disable one (with a reason) to stop scheduling to it, or
// force it down (it is then down whatever its heartbeats say, which is what
// lets an evacuation start before service_down_time has passed).
//
// Two kinds of state, two sources:
// - up or down: heartbeats (host reports), judged on this conductor's own
//   monotonic clock by the HypervisorTable (hypervisors.ts);
// - disabled, disabled_reason, forced_down: the admin's record, a catalog
//   entry like an aggregate (kind `service`, key the host name) written to
//   the state log by UpdateComputeService and applied by every conductor's
//   view, and followed by the schedulers (ComputeFilter).
//
// A host that never had a record is enabled and not forced down. Records
// are never deleted: re-enabling writes a new generation.
import { InvalidArgumentError, KumoError, type FieldViolation } from '../actor/errors.js';
import type * as g from '../gen/types.js';
import type { StateLog } from '../statelog/statelog.js';
import { nowTimestamp } from '../util/timestamp.js';
import { DEFAULT_ZONE } from './availability_zones.js';
import { SerialLane, writeEntry } from './entries.js';
import type { HypervisorTable } from './hypervisors.js';
import { serviceCodec, type ConductorView } from './view.js';

/** The binary every compute service reports as (Nova's "nova-compute"). */
export const COMPUTE_BINARY = 'kumo-compute';
/** Nova's limit on disabled_reason. */
export const DISABLED_REASON_MAX = 255;

/** What evacuate (and anything else deciding on a host's health) needs to know. */
export interface ServiceStatus {
  /** The host reported to this conductor, or an admin record names it. */
  known: boolean;
  /** A heartbeat arrived within service_down_time (this conductor's clock) and it is not forced down. */
  up: boolean;
  forcedDown: boolean;
  disabled: boolean;
}

/**
 * The checks of UpdateComputeService that need no state; the API edge runs
 * them before forwarding and the conductor again before writing.
 */
export function validateServiceUpdate(req: g.UpdateComputeServiceRequest__Output): void {
  const v: FieldViolation[] = [];
  if (!req.host) v.push({ field: 'host', description: 'required' });
  else if (/\s/.test(req.host)) v.push({ field: 'host', description: 'must not contain whitespace' });
  if (req.disabled_reason.length > DISABLED_REASON_MAX) {
    v.push({ field: 'disabled_reason', description: `must be at most ${DISABLED_REASON_MAX} characters, got ${req.disabled_reason.length}` });
  } else if (req.disabled_reason && req.enabled !== false) {
    // Nova 2.53: "Specifying 'disabled_reason' with status 'enabled' is invalid."
    v.push({ field: 'disabled_reason', description: 'may only be given with enabled = false' });
  }
  if (req.enabled === undefined && req.forced_down === undefined) {
    v.push({ field: 'enabled', description: 'nothing to update: set enabled and/or forced_down' });
  }
  if (v.length) throw new InvalidArgumentError(v);
}

export class ComputeServices {
  private view?: ConductorView;
  private stateLog?: StateLog;
  private hypervisors?: HypervisorTable;
  private readonly lane = new SerialLane();

  /** Connects the services to the conductor's view, state log and host table (at conductor start). */
  bind(view: ConductorView, stateLog: StateLog, hypervisors: HypervisorTable): void {
    this.view = view;
    this.stateLog = stateLog;
    this.hypervisors = hypervisors;
    hypervisors.useServiceRecords((host) => view.live(view.services, host));
  }

  /** The service of `host` as this conductor sees it now. Unknown before the conductor started. */
  status(host: string): ServiceStatus {
    if (!this.hypervisors) return { known: false, up: false, forcedDown: false, disabled: false };
    const j = this.hypervisors.judge(host);
    return { known: j.known, up: j.up, forcedDown: j.forcedDown, disabled: j.disabled };
  }

  /** Every compute service (reporting hosts and hosts with a record), by host; or only `req.host`. */
  list(req: g.ListComputeServicesRequest__Output): g.ListComputeServicesResponse__Output {
    const { view, hypervisors } = this.deps();
    const hosts = new Set(hypervisors.reportingHosts());
    for (const r of view.liveValues(view.services)) hosts.add(r.host);
    const zones = aggregateZones(view);
    const names = [...hosts].filter((h) => !req.host || h === req.host).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { services: names.map((h) => this.describe(h, zones)) };
  }

  /** Enables, disables or forces down the service of `req.host`; answers once this conductor's view applied it. */
  async update(req: g.UpdateComputeServiceRequest__Output): Promise<g.ComputeService__Output> {
    validateServiceUpdate(req);
    const { view, stateLog, hypervisors } = this.deps();
    return this.lane.run(async () => {
      const known = view.live(view.services, req.host);
      if (!known && !hypervisors.has(req.host)) {
        throw new KumoError('NOT_FOUND', `compute service ${req.host} not found: no such host has reported`, {
          reason: 'SERVICE_NOT_FOUND',
          metadata: { kind: 'service', id: req.host },
        });
      }
      const record: g.ComputeService__Output = known
        ? { ...known }
        : { id: req.host, binary: COMPUTE_BINARY, host: req.host, zone: '', status: 'enabled', state: '', disabled_reason: '', forced_down: false, update_time: null };
      if (req.enabled === true) {
        record.status = 'enabled';
        record.disabled_reason = '';
      } else if (req.enabled === false) {
        record.status = 'disabled';
        record.disabled_reason = req.disabled_reason;
      }
      if (req.forced_down !== undefined) record.forced_down = req.forced_down;
      // The record holds only what an admin sets; zone, state and update_time are derived when read.
      record.zone = '';
      record.state = '';
      record.update_time = nowTimestamp();
      await writeEntry(view, stateLog, view.services, 'service', req.host, 'put', serviceCodec.encode(record));
      return this.describe(req.host, aggregateZones(view));
    });
  }

  private describe(host: string, zones: Map<string, string>): g.ComputeService__Output {
    const j = this.deps().hypervisors.judge(host);
    return {
      id: host,
      binary: COMPUTE_BINARY,
      host,
      zone: zones.get(host) ?? (j.report?.availability_zone || DEFAULT_ZONE),
      status: j.disabled ? 'disabled' : 'enabled',
      state: j.up ? 'up' : 'down',
      disabled_reason: j.disabledReason,
      forced_down: j.forcedDown,
      update_time: j.heardWallMs === undefined ? null : nowTimestamp(j.heardWallMs),
    };
  }

  private deps(): { view: ConductorView; stateLog: StateLog; hypervisors: HypervisorTable } {
    if (!this.view || !this.stateLog || !this.hypervisors) throw new Error('compute services used before the conductor started');
    return { view: this.view, stateLog: this.stateLog, hypervisors: this.hypervisors };
  }
}

/** host -> the zone of the zoned aggregate holding it (as availability_zones.ts). */
function aggregateZones(view: ConductorView): Map<string, string> {
  const zones = new Map<string, string>();
  for (const a of view.liveValues(view.aggregates)) {
    if (!a.availability_zone) continue;
    for (const h of a.hosts) zones.set(h, a.availability_zone);
  }
  return zones;
}
