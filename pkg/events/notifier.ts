// Versioned notifications, as Nova's: JSON on core NATS, subject
// kumo.v1.notify.<event_type> (e.g. kumo.v1.notify.instance.stop.start).
// The schema and its versioning rules are in docs/notifications.md; a change
// to any payload here must change that document and the payload's version.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { asKumoError } from '../actor/errors.js';
import { subjects } from '../actor/subjects.js';
import type { RequestSpec__Output, Server__Output } from '../gen/types.js';
import { statusName, taskStateName, vmStateName, type PowerState } from '../lifecycle/states.js';

export type Priority = 'INFO' | 'ERROR';

/** The envelope of every notification. */
export interface Notification<P = unknown> {
  /** e.g. "instance.stop.start"; also the subject's tail. */
  event_type: string;
  /** "<service>:<host>", e.g. "compute:c1-1", "conductor:node7". */
  publisher_id: string;
  priority: Priority;
  /** Unique per notification (UUID), for consumers that deduplicate. */
  message_id: string;
  /** ISO 8601 UTC, milliseconds. */
  timestamp: string;
  payload: P;
}

/** Every payload names its schema and the schema's version ("major.minor"). */
export interface VersionedPayload {
  schema: string;
  version: string;
}

export const INSTANCE_ACTION_PAYLOAD_VERSION = '1.0';
export const REQUEST_SPEC_PAYLOAD_VERSION = '1.0';

/** What went wrong, in instance.<action>.error. */
export interface ExceptionPayload {
  /** Canonical code (gRPC code name), e.g. "FAILED_PRECONDITION". */
  code: string;
  /** Machine-readable reason, e.g. "NO_VALID_HOST". */
  reason: string;
  message: string;
}

/** instance.<action>.start|end|error: InstanceActionPayload 1.0. */
export interface InstanceActionPayload extends VersionedPayload {
  schema: 'InstanceActionPayload';
  request_id: string;
  /** Nova's instance-action name: "create", "stop", "live-migration", ... */
  action: string;
  id: string;
  name: string;
  /** API status as Nova prints it: "ACTIVE", "SHUTOFF", "BUILD", ... */
  status: string;
  /** Nova's vm_state: "active", "stopped", "building", ... */
  vm_state: string;
  /** Nova's task_state: "powering-off", ... or null when none. */
  task_state: string | null;
  /** Nova's power_state name: "running", "shutdown", "pending" (nothing known yet), ... */
  power_state: string;
  /** Compute host; "" while none holds the server. */
  host: string;
  flavor_id: string;
  image_id: string;
  project_id: string;
  user_id: string;
  /** The server's fault (why it is in ERROR), or null. */
  fault: { code: number; message: string; details: string } | null;
  /** Only in instance.<action>.error: the failure that ended the action. */
  exception?: ExceptionPayload;
}

/** scheduler.select_destinations.start|end: RequestSpecPayload 1.0. */
export interface RequestSpecPayload extends VersionedPayload {
  schema: 'RequestSpecPayload';
  request_id: string;
  instance_ids: string[];
  num_instances: number;
  project_id: string;
  flavor_id: string;
  image_id: string;
  /** Requested zone; "" for any. */
  availability_zone: string;
}

// Nova's power_state names (nova/compute/power_state.py), lower-case as its notifications send them.
const POWER_STATES: Record<PowerState, string> = {
  POWER_STATE_UNSPECIFIED: 'pending',
  POWER_STATE_RUNNING: 'running',
  POWER_STATE_PAUSED: 'paused',
  POWER_STATE_SHUTDOWN: 'shutdown',
  POWER_STATE_CRASHED: 'crashed',
  POWER_STATE_SUSPENDED: 'suspended',
};

export function instanceActionPayload(server: Server__Output, action: string, requestId: string, error?: unknown): InstanceActionPayload {
  const payload: InstanceActionPayload = {
    schema: 'InstanceActionPayload',
    version: INSTANCE_ACTION_PAYLOAD_VERSION,
    request_id: requestId,
    action,
    id: server.id,
    name: server.name,
    status: statusName(server.status),
    vm_state: vmStateName(server.vm_state),
    task_state: server.task_state === 'TASK_STATE_UNSPECIFIED' ? null : taskStateName(server.task_state),
    power_state: POWER_STATES[server.power_state] ?? String(server.power_state),
    host: server.host,
    flavor_id: server.flavor?.id ?? '',
    image_id: server.image_id,
    project_id: server.project_id,
    user_id: server.user_id,
    fault: server.fault ? { code: server.fault.code, message: server.fault.message, details: server.fault.details } : null,
  };
  if (error !== undefined) {
    const e = asKumoError(error);
    payload.exception = { code: e.code, reason: e.reason, message: e.message };
  }
  return payload;
}

export function requestSpecPayload(spec: RequestSpec__Output, instanceIds: readonly string[], requestId: string): RequestSpecPayload {
  return {
    schema: 'RequestSpecPayload',
    version: REQUEST_SPEC_PAYLOAD_VERSION,
    request_id: requestId,
    instance_ids: [...instanceIds],
    num_instances: instanceIds.length,
    project_id: spec.project_id,
    flavor_id: spec.flavor?.id ?? '',
    image_id: spec.image?.id ?? '',
    availability_zone: spec.availability_zone,
  };
}

export interface NotifierOptions {
  /** Service part of publisher_id: "compute", "conductor", ... */
  service: string;
  /** Host part of publisher_id; default this machine's hostname. */
  host?: string;
}

/**
 * Publishes notifications on core NATS: at most once, never blocking the
 * caller (a publish only queues bytes on the connection; while reconnecting
 * nats.js buffers them). A notification nobody subscribes to is dropped by
 * NATS, as a notification without a listening queue is.
 */
export class Notifier {
  readonly service: string;
  readonly host: string;
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly nc: NatsConnection,
    private readonly log: Logger,
    opts: NotifierOptions,
  ) {
    this.service = opts.service;
    this.host = opts.host ?? hostname();
  }

  /** "<service>:<host>"; `host` overrides this process's host (a compute process runs several hosts). */
  publisherId(host?: string): string {
    return `${this.service}:${host || this.host}`;
  }

  publish<P extends VersionedPayload>(eventType: string, priority: Priority, payload: P, publisherId = this.publisherId()): void {
    const n: Notification<P> = {
      event_type: eventType,
      publisher_id: publisherId,
      priority,
      message_id: randomUUID(),
      timestamp: new Date().toISOString(),
      payload,
    };
    try {
      this.nc.publish(subjects.notify(eventType), this.encoder.encode(JSON.stringify(n)));
    } catch (err) {
      // Only a closed connection (shutting down) or an invalid event type gets here.
      this.log.error({ err, event_type: eventType }, 'cannot publish a notification');
    }
  }

  /** instance.<action>.<phase>: start and end are INFO, error is ERROR and carries the exception. */
  instanceAction(server: Server__Output, action: string, phase: 'start' | 'end' | 'error', requestId: string, error?: unknown, publisherId?: string): void {
    this.publish(`instance.${action}.${phase}`, phase === 'error' ? 'ERROR' : 'INFO', instanceActionPayload(server, action, requestId, phase === 'error' ? (error ?? new Error('failed')) : undefined), publisherId);
  }

  /** scheduler.select_destinations.start|end, around the conductor's call to the scheduler (as Nova's scheduler sends them). */
  selectDestinations(phase: 'start' | 'end', spec: RequestSpec__Output, instanceIds: readonly string[], requestId: string): void {
    this.publish(`scheduler.select_destinations.${phase}`, 'INFO', requestSpecPayload(spec, instanceIds, requestId));
  }
}
