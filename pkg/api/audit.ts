// The audit log: one structured line per mutating call (allowed or not)
// and per refused call of any kind, saying who (user id and name), what
// (RPC, policy rule, target id), in which project, the request id, and the
// result (gRPC code). Written to its own file (--audit-log) or, by
// default, to the process log as lines with "audit":true.
import { status as Status } from '@grpc/grpc-js';
import { pino, type Logger } from 'pino';
import type { ApiIdentity } from './identity.js';

export interface AuditEntry {
  rpc: string;
  rule: string;
  requestId: string;
  identity: ApiIdentity | undefined;
  target: string;
  /** gRPC status code. */
  code: number;
  ms: number;
}

const CODE_NAMES: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(Status).filter(([, v]) => typeof v === 'number').map(([k, v]) => [v, k]));

export class AuditLog {
  constructor(private readonly log: Logger) {}

  /** Audit lines in `file` (appended) when given, else in the process log. */
  static open(processLog: Logger, file: string | undefined): AuditLog {
    if (!file) return new AuditLog(processLog.child({ audit: true }));
    return new AuditLog(pino({ base: { audit: true, pid: process.pid } }, pino.destination({ dest: file, mkdir: true, sync: false })));
  }

  record(e: AuditEntry): void {
    this.log.info(
      {
        rpc: e.rpc,
        rule: e.rule,
        req: e.requestId,
        user_id: e.identity?.userId ?? '',
        user_name: e.identity?.userName ?? '',
        project_id: e.identity?.projectId ?? '',
        roles: e.identity?.roles ?? [],
        target: e.target,
        code: e.code,
        result: CODE_NAMES[e.code] ?? String(e.code),
        ms: e.ms,
      },
      'audit',
    );
  }

  flush(): void {
    this.log.flush();
  }
}

/** Request fields naming what a call acts on, by preference: ids first, then what a create names. */
const ID_FIELDS = ['id', 'server_id'] as const;
const NAME_FIELDS = ['name', 'hypervisor_hostname', 'host', 'project_id', 'user', 'username', 'project'] as const;

function firstId(o: unknown): string {
  if (typeof o !== 'object' || o === null) return '';
  const rec = o as Record<string, unknown>;
  if (typeof rec['id'] === 'string' && rec['id']) return rec['id'];
  for (const v of Object.values(rec)) {
    if (Array.isArray(v) && v.length && typeof v[0] === 'object' && v[0] !== null && typeof (v[0] as Record<string, unknown>)['id'] === 'string') return (v[0] as Record<string, string>)['id']!;
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Record<string, unknown>)['id'] === 'string') return (v as Record<string, string>)['id']!;
  }
  return '';
}

/** What a call acted on: the request's id, else the id of what the answer created, else the name (host, user, ...) the request gives. Never a secret. */
export function auditTarget(request: unknown, response: unknown): string {
  const rec = typeof request === 'object' && request !== null ? (request as Record<string, unknown>) : {};
  const field = (names: readonly string[]): string => {
    for (const f of names) {
      const v = rec[f];
      if (typeof v === 'string' && v) return v.slice(0, 255);
    }
    return '';
  };
  return field(ID_FIELDS) || firstId(response) || field(NAME_FIELDS);
}
