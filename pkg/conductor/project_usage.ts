// Each project's usage of what quotas count (instances, cores, RAM, group
// members), kept by the view in the transaction of every server change, so
// it is exact for the view's applied sequence and reading it costs one
// lookup, not a scan of the project's servers (issue 8's storm puts tens of
// thousands of servers in one project).
import type { ServerRecord__Output } from '../gen/types.js';
import { chargeOf } from '../quota/charge.js';
import type { Table } from '../store/store.js';

export interface ProjectUsageRow {
  instances: number;
  cores: number;
  ram_mb: number;
  /** Members of each server group. */
  members: Record<string, number>;
}

function emptyRow(): ProjectUsageRow {
  return { instances: 0, cores: 0, ram_mb: 0, members: {} };
}

export class ProjectUsage {
  /** The newest rows, changes of transactions not yet committed included: what the next change adds to. */
  private readonly cache = new Map<string, ProjectUsageRow>();

  constructor(private readonly table: Table<ProjectUsageRow>) {}

  /**
   * Keeps the rows in step with one server change; runs inside the view's
   * transaction. One write per change, and none when it changes nothing
   * counted (most changes: a host claimed the server, it became ACTIVE).
   */
  changed(before: ServerRecord__Output | undefined, after: ServerRecord__Output | undefined): void {
    const b = before?.server ? before : undefined;
    const a = after?.server ? after : undefined;
    if (b && a && b.server!.project_id === a.server!.project_id) this.add(a.server!.project_id, [b, -1], [a, 1]);
    else {
      if (b) this.add(b.server!.project_id, [b, -1]);
      if (a) this.add(a.server!.project_id, [a, 1]);
    }
  }

  private add(projectId: string, ...changes: Array<[ServerRecord__Output, 1 | -1]>): void {
    let instances = 0;
    let cores = 0;
    let ram = 0;
    const members = new Map<string, number>();
    for (const [record, sign] of changes) {
      const c = chargeOf(record);
      instances += sign;
      cores += sign * c.cores;
      ram += sign * c.ram_mb;
      const group = record.server!.server_groups?.[0];
      if (group) members.set(group, (members.get(group) ?? 0) + sign);
    }
    if (instances === 0 && cores === 0 && ram === 0 && [...members.values()].every((n) => n === 0)) return;
    const row = this.row(projectId);
    row.instances += instances;
    row.cores += cores;
    row.ram_mb += ram;
    for (const [group, d] of members) {
      const n = (row.members[group] ?? 0) + d;
      if (n > 0) row.members[group] = n;
      else delete row.members[group];
    }
    if (row.instances <= 0 && !Object.keys(row.members).length) {
      this.cache.delete(projectId);
      void this.table.remove(projectId);
    } else {
      void this.table.put(projectId, row);
    }
  }

  private row(projectId: string): ProjectUsageRow {
    let row = this.cache.get(projectId);
    if (!row) {
      const stored = this.table.get(projectId);
      row = stored ? { ...stored, members: { ...stored.members } } : emptyRow();
      this.cache.set(projectId, row);
    }
    return row;
  }

  /**
   * The project's usage as the view's committed state shows it (a copy):
   * read from LMDB, not from the rows a transaction is still changing, so it
   * agrees with the servers and summaries read beside it (quotas count a
   * reservation only when the view does not show its server).
   */
  get(projectId: string): ProjectUsageRow {
    const row = this.table.get(projectId) ?? emptyRow();
    return { ...row, members: { ...row.members } };
  }

  /** Projects with usage. */
  size(): number {
    return this.table.count();
  }

  /** Rebuilds the rows from the servers table (a view made before they existed); inside a transaction. */
  rebuild(servers: Iterable<ServerRecord__Output>): void {
    for (const r of servers) if (r.server) this.changed(undefined, r);
  }
}
