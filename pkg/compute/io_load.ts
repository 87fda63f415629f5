// Which instances count in their host's io_ops (Nova's num_io_ops, read by
// IoOpsFilter and IoOpsWeigher): builds and the tasks that move or copy disks.
import type { Server__Output } from '../gen/types.js';

const IO_TASKS: ReadonlySet<string> = new Set([
  'TASK_STATE_SPAWNING',
  'TASK_STATE_RESIZE_MIGRATING',
  'TASK_STATE_RESIZE_PREP',
  'TASK_STATE_REBUILDING',
  'TASK_STATE_IMAGE_SNAPSHOT',
  'TASK_STATE_IMAGE_UPLOADING',
  'TASK_STATE_SHELVING_OFFLOADING',
  'TASK_STATE_UNSHELVING',
  'TASK_STATE_MIGRATING',
]);

export function loadsIo(s: Server__Output): boolean {
  return s.vm_state === 'VM_STATE_BUILDING' || IO_TASKS.has(s.task_state);
}
