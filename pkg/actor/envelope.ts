// The envelope of an actor message lives in NATS headers; the body is the
// protobuf-encoded message alone.
import { headers as natsHeaders, type MsgHdrs } from 'nats';
import { randomUUID } from 'node:crypto';

export const HDR = {
  method: 'Kumo-Method',
  requestId: 'Kumo-Request-Id',
  deadline: 'Kumo-Deadline',
  traceparent: 'traceparent',
  project: 'Kumo-Project',
  user: 'Kumo-User',
  roles: 'Kumo-Roles',
  status: 'Kumo-Status',
  minSeq: 'Kumo-Min-Seq',
} as const;

/** Who is calling, carried from the API edge through every hop. */
export interface CallerIdentity {
  projectId: string;
  userId: string;
  /** Roles in the project, e.g. ["member"] or ["admin"]; empty for Kumo's own calls. */
  roles?: readonly string[];
}

export interface Envelope extends CallerIdentity {
  method: string;
  requestId: string;
  /** Absolute deadline, milliseconds since the epoch; 0 for none (casts). */
  deadline: number;
  traceparent: string;
  /** Read your writes: the state-log sequence the caller already wrote; views wait until they applied it (0: none). */
  minSeq?: number;
}

export function newRequestId(): string {
  return `req-${randomUUID()}`;
}

/** A W3C traceparent for a new trace, or a child span of the given one. */
export function childTraceparent(parent?: string): string {
  const span = randomUUID().replace(/-/g, '').slice(0, 16);
  const m = parent && /^00-([0-9a-f]{32})-[0-9a-f]{16}-([0-9a-f]{2})$/.exec(parent);
  if (m) return `00-${m[1]}-${span}-${m[2]}`;
  const trace = randomUUID().replace(/-/g, '');
  return `00-${trace}-${span}-01`;
}

export function writeEnvelope(env: Envelope): MsgHdrs {
  const h = natsHeaders();
  h.set(HDR.method, env.method);
  h.set(HDR.requestId, env.requestId);
  if (env.deadline) h.set(HDR.deadline, String(env.deadline));
  h.set(HDR.traceparent, env.traceparent);
  if (env.projectId) h.set(HDR.project, env.projectId);
  if (env.userId) h.set(HDR.user, env.userId);
  if (env.roles?.length) h.set(HDR.roles, env.roles.join(','));
  if (env.minSeq) h.set(HDR.minSeq, String(env.minSeq));
  return h;
}

export function readEnvelope(h: MsgHdrs | undefined): Envelope {
  const get = (k: string): string => h?.get(k) ?? '';
  return {
    method: get(HDR.method),
    requestId: get(HDR.requestId) || newRequestId(),
    deadline: Number(get(HDR.deadline)) || 0,
    traceparent: get(HDR.traceparent) || childTraceparent(),
    projectId: get(HDR.project),
    userId: get(HDR.user),
    roles: get(HDR.roles) ? get(HDR.roles).split(',') : [],
    minSeq: Number(get(HDR.minSeq)) || 0,
  };
}
