// Lifecycle settings of a compute host, named after Nova's options.
import type { TaskState } from '../lifecycle/states.js';

export interface LifecycleOptions {
  /** reclaim_instance_interval: > 0 turns delete into soft delete, reclaimed after this long. */
  reclaimInstanceIntervalMs: number;
  /** resize_confirm_window: > 0 confirms a resize automatically after this long. */
  resizeConfirmWindowMs: number;
  /** shelved_offload_time: -1 never offloads, 0 offloads at once, > 0 after this long. */
  shelvedOffloadTimeMs: number;
  /** How long a console token is accepted (Nova's token_ttl). */
  consoleTokenTtlMs: number;
  /** Base URL of the noVNC console proxy (Nova's novncproxy_base_url). */
  consoleBaseUrl: string;
  /** instance_build_timeout: bound of a build (spawning, unshelving, rebuilding). */
  instanceBuildTimeoutMs: number;
  /** Bound of a move (resize, migrations). */
  migrationTimeoutMs: number;
  /** Bound of every other task. */
  taskTimeoutMs: number;
}

export const DEFAULT_LIFECYCLE: LifecycleOptions = {
  reclaimInstanceIntervalMs: 0,
  resizeConfirmWindowMs: 0,
  shelvedOffloadTimeMs: 0,
  consoleTokenTtlMs: 600_000,
  consoleBaseUrl: 'http://127.0.0.1:6080',
  instanceBuildTimeoutMs: 600_000,
  migrationTimeoutMs: 1_800_000,
  taskTimeoutMs: 600_000,
};

const BUILD_TASKS: ReadonlySet<TaskState> = new Set<TaskState>(['TASK_STATE_SPAWNING', 'TASK_STATE_UNSHELVING', 'TASK_STATE_REBUILDING', 'TASK_STATE_REBUILD_SPAWNING']);
const MOVE_TASKS: ReadonlySet<TaskState> = new Set<TaskState>([
  'TASK_STATE_RESIZE_PREP',
  'TASK_STATE_RESIZE_MIGRATING',
  'TASK_STATE_RESIZE_MIGRATED',
  'TASK_STATE_RESIZE_FINISH',
  'TASK_STATE_RESIZE_REVERTING',
  'TASK_STATE_MIGRATING',
]);

export class LifecycleConfig implements LifecycleOptions {
  readonly reclaimInstanceIntervalMs: number;
  readonly resizeConfirmWindowMs: number;
  readonly shelvedOffloadTimeMs: number;
  readonly consoleTokenTtlMs: number;
  readonly consoleBaseUrl: string;
  readonly instanceBuildTimeoutMs: number;
  readonly migrationTimeoutMs: number;
  readonly taskTimeoutMs: number;

  constructor(o: Partial<LifecycleOptions> = {}) {
    const v = { ...DEFAULT_LIFECYCLE, ...o };
    this.reclaimInstanceIntervalMs = v.reclaimInstanceIntervalMs;
    this.resizeConfirmWindowMs = v.resizeConfirmWindowMs;
    this.shelvedOffloadTimeMs = v.shelvedOffloadTimeMs;
    this.consoleTokenTtlMs = v.consoleTokenTtlMs;
    this.consoleBaseUrl = v.consoleBaseUrl;
    this.instanceBuildTimeoutMs = v.instanceBuildTimeoutMs;
    this.migrationTimeoutMs = v.migrationTimeoutMs;
    this.taskTimeoutMs = v.taskTimeoutMs;
  }

  /** The bound of a task: no task_state may outlive it. */
  boundOf(task: TaskState): number {
    if (BUILD_TASKS.has(task)) return this.instanceBuildTimeoutMs;
    if (MOVE_TASKS.has(task)) return this.migrationTimeoutMs;
    return this.taskTimeoutMs;
  }
}
