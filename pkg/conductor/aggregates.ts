// Host aggregates (admin): named sets of compute hosts with metadata, as
// Nova's. An `availability_zone` makes the aggregate a zone; it is kept both
// in the field and under the metadata key `availability_zone`, as Nova does.
// A host may be in several aggregates but not in two different zones.
//
// Writes are checked against this conductor's view, appended to the state
// log and answered once the view applied them. They run one at a time in
// this conductor (a SerialLane). Names are unique across conductors by a
// compare-and-set claim on the log (name_claims.ts, as flavor names), and
// so is a host's zone: a host in a zoned aggregate holds a claim
// (`hostzone/<host>`, owner: the zone), so two conductors putting one host
// in two zones at once cannot both succeed.
import { randomUUID } from 'node:crypto';
import { AlreadyExistsError, InvalidArgumentError, KumoError, NotFoundError, registerErrorClass, type FieldViolation } from '../actor/errors.js';
import type * as g from '../gen/types.js';
import type { StateLog } from '../statelog/statelog.js';
import { nowTimestamp } from '../util/timestamp.js';
import { SerialLane, writeEntry } from './entries.js';
import { NameClaims } from './name_claims.js';
import type { HypervisorTable } from './hypervisors.js';
import { aggregateCodec, type ConductorView } from './view.js';

export const AZ_METADATA_KEY = 'availability_zone';
/** Nova's internal_service_availability_zone: no aggregate may claim it. */
export const INTERNAL_ZONE = 'internal';

const NAME_MAX = 255;
/** Name-claim scope of a host's availability zone. */
const HOST_ZONE_SCOPE = 'hostzone';
// Nova's aggregate metadata key pattern.
const METADATA_KEY = /^[A-Za-z0-9_.: -]{1,255}$/;
const METADATA_VALUE_MAX = 255;

/** A host cannot join, or an aggregate take, a zone other than the host's zone of another aggregate. */
export class AggregateZoneConflictError extends KumoError {
  constructor(message: string, metadata: Record<string, string>) {
    super('FAILED_PRECONDITION', message, { reason: 'AGGREGATE_ZONE_CONFLICT', metadata });
  }
}
registerErrorClass(AggregateZoneConflictError);

/** The zone name checks shared by create and set-metadata; undefined when valid. */
function zoneProblem(zone: string): string | undefined {
  if (!zone.trim() || zone.length > NAME_MAX) return `must be 1 to ${NAME_MAX} characters`;
  if (zone !== zone.trim()) return 'must not begin or end with whitespace';
  if (zone.includes(':')) return "must not contain ':' (zone:host names a host)";
  if (zone === INTERNAL_ZONE) return `'${INTERNAL_ZONE}' is the internal services' zone`;
  return undefined;
}

export class Aggregates {
  private readonly lane = new SerialLane();
  private readonly names: NameClaims;

  constructor(
    private readonly view: ConductorView,
    private readonly stateLog: StateLog,
    private readonly hypervisors: HypervisorTable,
  ) {
    this.names = new NameClaims(view, stateLog);
  }

  async create(req: g.CreateAggregateRequest__Output): Promise<g.Aggregate__Output> {
    const v: FieldViolation[] = [];
    const name = req.name.trim();
    if (!name || name.length > NAME_MAX) v.push({ field: 'name', description: `must be 1 to ${NAME_MAX} characters` });
    const zone = req.availability_zone;
    const bad = zone ? zoneProblem(zone) : undefined;
    if (bad) v.push({ field: 'availability_zone', description: bad });
    if (v.length) throw new InvalidArgumentError(v);
    return this.lane.run(async () => {
      // Fast path (and aggregates written before names were claimed): a name this view already shows taken.
      for (const other of this.all()) {
        if (other.name === name) throw new AlreadyExistsError('aggregate', name);
      }
      const id = randomUUID();
      await this.names.claim('aggregate', name, id, (owner) => this.state(owner));
      const now = nowTimestamp();
      const aggregate: g.Aggregate__Output = {
        id,
        name,
        availability_zone: zone,
        hosts: [],
        metadata: zone ? { [AZ_METADATA_KEY]: zone } : {},
        create_time: now,
        update_time: now,
      };
      try {
        await this.put(aggregate);
      } catch (err) {
        await this.names.release('aggregate', name, id).catch(() => undefined);
        throw err;
      }
      return aggregate;
    });
  }

  get(id: string): g.Aggregate__Output {
    const a = this.view.live(this.view.aggregates, id);
    if (!a) throw new NotFoundError('aggregate', id);
    return a;
  }

  /** Every aggregate, ordered by name. */
  list(): g.Aggregate__Output[] {
    return this.all().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  }

  /** As Nova, an aggregate that still has hosts cannot be deleted. */
  async delete(id: string): Promise<void> {
    return this.lane.run(async () => {
      const a = this.get(id);
      if (a.hosts.length) {
        throw new KumoError('FAILED_PRECONDITION', `cannot delete aggregate ${a.name} (${id}): it still has hosts ${a.hosts.join(', ')}; remove them first`, {
          reason: 'AGGREGATE_NOT_EMPTY',
          metadata: { aggregate: id, hosts: a.hosts.join(',') },
        });
      }
      await writeEntry(this.view, this.stateLog, this.view.aggregates, 'aggregate', id, 'delete', aggregateCodec.encode({ ...a, update_time: nowTimestamp() }));
      // A release lost here (a crash) is harmless: the next claim finds the holder deleted and takes the name over.
      await this.names.release('aggregate', a.name, id);
    });
  }

  async addHost(req: g.AddAggregateHostRequest__Output): Promise<g.Aggregate__Output> {
    const host = req.host;
    if (!host) throw InvalidArgumentError.field('host', 'required');
    return this.lane.run(async () => {
      const a = this.get(req.id);
      if (!this.hypervisors.has(host)) throw new NotFoundError('host', host);
      if (a.hosts.includes(host)) {
        throw new KumoError('ALREADY_EXISTS', `host ${host} is already in aggregate ${a.name} (${a.id})`, {
          reason: 'AGGREGATE_HOST_EXISTS',
          metadata: { aggregate: a.id, host },
        });
      }
      if (a.availability_zone) {
        this.checkZone(a, a.availability_zone, [host], 'add host to');
        await this.claimZone(a, a.availability_zone, [host], 'add host to');
      }
      const next = { ...a, hosts: [...a.hosts, host].sort(), update_time: nowTimestamp() };
      try {
        await this.put(next);
      } catch (err) {
        if (a.availability_zone) await this.releaseZone(a.availability_zone, [host], a.id);
        throw err;
      }
      return next;
    });
  }

  /** A host that is not in the aggregate is NOT_FOUND; the host need not be reporting. */
  async removeHost(req: g.RemoveAggregateHostRequest__Output): Promise<g.Aggregate__Output> {
    if (!req.host) throw InvalidArgumentError.field('host', 'required');
    return this.lane.run(async () => {
      const a = this.get(req.id);
      if (!a.hosts.includes(req.host)) {
        throw new KumoError('NOT_FOUND', `host ${req.host} is not in aggregate ${a.name} (${a.id})`, {
          reason: 'AGGREGATE_HOST_NOT_FOUND',
          metadata: { aggregate: a.id, host: req.host },
        });
      }
      const next = { ...a, hosts: a.hosts.filter((h) => h !== req.host), update_time: nowTimestamp() };
      await this.put(next);
      if (a.availability_zone) await this.releaseZone(a.availability_zone, [req.host], a.id);
      return next;
    });
  }

  /**
   * Sets the keys of `metadata` and removes those in `unset` (an absent key
   * is ignored, as Nova). Setting `availability_zone` moves the aggregate to
   * that zone, which every one of its hosts must be free to join; unsetting
   * it leaves the aggregate without a zone.
   */
  async setMetadata(req: g.SetAggregateMetadataRequest__Output): Promise<g.Aggregate__Output> {
    const v: FieldViolation[] = [];
    for (const [key, value] of Object.entries(req.metadata)) {
      if (!METADATA_KEY.test(key)) v.push({ field: `metadata[${key}]`, description: `key must be 1 to 255 letters, digits, spaces or "_", "-", ".", ":"` });
      else if (key === AZ_METADATA_KEY) {
        const bad = zoneProblem(value);
        if (bad) v.push({ field: `metadata[${AZ_METADATA_KEY}]`, description: bad });
      } else if (value.length > METADATA_VALUE_MAX) v.push({ field: `metadata[${key}]`, description: `value must be at most ${METADATA_VALUE_MAX} characters` });
    }
    req.unset.forEach((key, i) => {
      if (!key) v.push({ field: `unset[${i}]`, description: 'must not be empty' });
      else if (Object.hasOwn(req.metadata, key)) v.push({ field: `unset[${i}]`, description: `key ${key} is both set and unset` });
    });
    if (v.length) throw new InvalidArgumentError(v);
    return this.lane.run(async () => {
      const a = this.get(req.id);
      const metadata = { ...a.metadata, ...req.metadata };
      for (const key of req.unset) delete metadata[key];
      const zone = metadata[AZ_METADATA_KEY] ?? '';
      const moved = zone !== a.availability_zone;
      if (zone && moved) {
        this.checkZone(a, zone, a.hosts, 'update metadata of');
        await this.claimZone(a, zone, a.hosts, 'update metadata of');
      }
      const next = { ...a, metadata, availability_zone: zone, update_time: nowTimestamp() };
      try {
        await this.put(next);
      } catch (err) {
        if (zone && moved) await this.releaseZone(zone, a.hosts, a.id);
        throw err;
      }
      if (moved && a.availability_zone) await this.releaseZone(a.availability_zone, a.hosts, a.id);
      return next;
    });
  }

  /**
   * Nova's is_safe_to_update_az: none of `hosts` may be in another
   * aggregate whose zone differs from `zone`.
   */
  private checkZone(a: g.Aggregate__Output, zone: string, hosts: readonly string[], action: string): void {
    for (const other of this.all()) {
      if (other.id === a.id || !other.availability_zone || other.availability_zone === zone) continue;
      const shared = hosts.filter((h) => other.hosts.includes(h));
      if (!shared.length) continue;
      throw new AggregateZoneConflictError(
        `Cannot ${action} aggregate ${a.name} (${a.id}): host ${shared.join(', ')} is in availability zone ${other.availability_zone} ` +
          `of aggregate ${other.name} (${other.id}), in conflict with zone ${zone}`,
        { aggregate: a.id, host: shared.join(','), conflicting_aggregate: other.id, conflicting_zone: other.availability_zone, zone },
      );
    }
  }

  /**
   * Claims `zone` for each of `hosts` on the log. A host held by another
   * zone that the view shows it in, or that another conductor claimed
   * within the claim grace (its aggregate write may not be applied yet), is
   * a zone conflict; a claim no aggregate backs any more is taken over.
   */
  private async claimZone(a: g.Aggregate__Output, zone: string, hosts: readonly string[], action: string): Promise<void> {
    const claimed: string[] = [];
    for (const host of hosts) {
      try {
        await this.names.claim(HOST_ZONE_SCOPE, host, zone, (other) => this.zoneBacking(host, other, a));
        claimed.push(host);
      } catch (err) {
        await this.releaseZone(zone, claimed, a.id);
        if (!(err instanceof AlreadyExistsError)) throw err;
        const other = this.names.holder(HOST_ZONE_SCOPE, host)?.owner_id ?? '';
        throw new AggregateZoneConflictError(
          `Cannot ${action} aggregate ${a.name} (${a.id}): host ${host} is being put in availability zone ${other} by another request, in conflict with zone ${zone}`,
          { aggregate: a.id, host, conflicting_zone: other, zone },
        );
      }
    }
  }

  /** Gives back `zone`'s claim of each host no other aggregate of that zone holds (`except`: the aggregate it leaves). */
  private async releaseZone(zone: string, hosts: readonly string[], except: string): Promise<void> {
    for (const host of hosts) {
      if (this.zonesOf(host, except).has(zone)) continue;
      // A release lost here is harmless: a later claim finds no aggregate backing it and takes it over.
      await this.names.release(HOST_ZONE_SCOPE, host, zone).catch(() => undefined);
    }
  }

  /**
   * Whether a claim of `zone` on `host` is backed: by another aggregate the
   * view shows (live), by `a` alone, which is leaving that zone (deleted:
   * free), or by nothing this view shows yet (unknown: young, it is another
   * request's in flight).
   */
  private zoneBacking(host: string, zone: string, a: g.Aggregate__Output): 'live' | 'deleted' | 'unknown' {
    if (this.zonesOf(host, a.id).has(zone)) return 'live';
    return a.availability_zone === zone && a.hosts.includes(host) ? 'deleted' : 'unknown';
  }

  /** The zones of the aggregates (but `except`) that `host` is in, as this view shows them. */
  private zonesOf(host: string, except = ''): Set<string> {
    const zones = new Set<string>();
    for (const other of this.all()) if (other.id !== except && other.availability_zone && other.hosts.includes(host)) zones.add(other.availability_zone);
    return zones;
  }

  private state(id: string): 'live' | 'deleted' | 'unknown' {
    const e = this.view.aggregates.get(id);
    return !e ? 'unknown' : e.deleted ? 'deleted' : 'live';
  }

  private all(): g.Aggregate__Output[] {
    return [...this.view.liveValues(this.view.aggregates)];
  }

  private put(a: g.Aggregate__Output): Promise<void> {
    return writeEntry(this.view, this.stateLog, this.view.aggregates, 'aggregate', a.id, 'put', aggregateCodec.encode(a));
  }
}
