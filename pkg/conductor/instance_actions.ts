// ListInstanceActions / GetInstanceAction (Nova's os-instance-actions),
// read from the view's instance action tables (pkg/events/action_table.ts).
import { KumoError, NotFoundError } from '../actor/errors.js';
import type { CallContext } from '../actor/runtime.js';
import type * as g from '../gen/types.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.js';
import type { ConductorView } from './view.js';

function isAdmin(ctx: CallContext): boolean {
  return ctx.roles?.includes('admin') ?? false;
}

export class InstanceActionReads {
  constructor(private readonly view: ConductorView) {}

  /**
   * Whether the caller may see the server's actions: a live server as
   * GetServer (another project's is NOT_FOUND); a deleted server's actions,
   * which the view keeps, to admins only.
   */
  private checkVisible(serverId: string, ctx: CallContext): void {
    const live = this.view.servers.get(serverId);
    if (live) {
      if (ctx.projectId && live.server!.project_id !== ctx.projectId) throw new NotFoundError('server', serverId);
      return;
    }
    if (isAdmin(ctx) && this.view.instanceActions.hasActions(serverId)) return;
    throw new NotFoundError('server', serverId);
  }

  list(req: g.ListInstanceActionsRequest__Output, ctx: CallContext): g.ListInstanceActionsResponse__Output {
    this.checkVisible(req.server_id, ctx);
    const size = Math.min(req.page_size > 0 ? req.page_size : DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const page = this.view.instanceActions.list(req.server_id, size, req.page_token);
    return { actions: page.actions, next_page_token: page.nextPageToken };
  }

  get(req: g.GetInstanceActionRequest__Output, ctx: CallContext): g.GetInstanceActionResponse__Output {
    this.checkVisible(req.server_id, ctx);
    const action = this.view.instanceActions.get(req.server_id, req.request_id);
    if (!action) {
      throw new KumoError('NOT_FOUND', `Action for request_id ${req.request_id} on server ${req.server_id} not found`, {
        reason: 'INSTANCE_ACTION_NOT_FOUND',
        metadata: { server_id: req.server_id, request_id: req.request_id },
      });
    }
    return { action };
  }
}
