// kumo server event list | show: a server's instance actions and their
// events (openstackclient's `server event list/show`, Nova's os-instance-actions).
import type { KumoClient } from '../../client/client.js';
import type { InstanceAction__Output, InstanceActionEvent__Output } from '../../gen/types.js';
import type { Group } from '../command.js';
import { isoTime } from '../display.js';
import { CliError } from '../errors.js';
import { showOf, type Cell } from '../format.js';
import { findServer } from './server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The server's id: by name or id, or, as openstackclient does for a
 * deleted server (whose actions admins can still read), the id as given.
 */
async function serverId(client: KumoClient, nameOrId: string): Promise<string> {
  try {
    return (await findServer(client, nameOrId)).id;
  } catch (err) {
    if (err instanceof CliError && UUID.test(nameOrId)) return nameOrId;
    throw err;
  }
}

/** One event on one line, as osc formats a list of dicts: key='value' pairs in key order. */
export function eventLine(e: InstanceActionEvent__Output): string {
  const fields: Record<string, string> = {
    event: e.event,
    start_time: isoTime(e.start_time),
    finish_time: isoTime(e.finish_time),
    result: e.result,
    host: e.host,
  };
  if (e.details) fields['details'] = e.details;
  return Object.keys(fields)
    .sort()
    .map((k) => `${k}='${fields[k]}'`)
    .join(', ');
}

function actionShow(a: InstanceAction__Output): Record<string, Cell> {
  return {
    action: a.action,
    events: a.events.map(eventLine).join('\n'),
    finish_time: isoTime(a.finish_time),
    message: a.message,
    project_id: a.project_id,
    request_id: a.request_id,
    server_id: a.server_id,
    start_time: isoTime(a.start_time),
    user_id: a.user_id,
  };
}

export const serverEventCommands: Group = {
  name: 'server event',
  summary: "A server's actions (instance actions) and their events.",
  commands: {
    list: {
      summary: "List a server's actions, newest first",
      description:
        'List the actions done on a server (create, stop, resize, delete, ...), newest first. Message is "Error"\n' +
        'when a step of the action failed; `kumo server event show` shows the steps. Admins can list the actions\n' +
        'of a deleted server by its ID.',
      options: { long: { type: 'boolean', help: 'Also show finish time, project and user' } },
      positionals: [{ name: 'server', help: 'Server (name or ID)' }],
      examples: ['kumo server event list vm1', 'kumo server event list --long vm1'],
      rpcs: ['ServerService.ListInstanceActions'],
      async run(ctx, args) {
        const client = ctx.client();
        const actions = await client.servers.actions(await serverId(client, args.positionals[0]!));
        if (args.flag('long')) {
          return {
            kind: 'list',
            columns: ['Request ID', 'Action', 'Start Time', 'Finish Time', 'Message', 'Project ID', 'User ID'],
            rows: actions.map((a) => [a.request_id, a.action, isoTime(a.start_time), isoTime(a.finish_time), a.message, a.project_id, a.user_id]),
          };
        }
        return { kind: 'list', columns: ['Request ID', 'Action', 'Start Time', 'Message'], rows: actions.map((a) => [a.request_id, a.action, isoTime(a.start_time), a.message]) };
      },
    },
    show: {
      summary: 'Show one action of a server, with its events',
      description: 'Show one action of a server by its request ID (from `kumo server event list`), with its events in start order.',
      options: {},
      positionals: [
        { name: 'server', help: 'Server (name or ID)' },
        { name: 'request-id', help: 'Request ID of the action' },
      ],
      examples: ['kumo server event show vm1 req-3f0c8a54-4a0e-4d3b-9f5e-2b1c8f9d7e61'],
      rpcs: ['ServerService.GetInstanceAction'],
      async run(ctx, args) {
        const client = ctx.client();
        const action = await client.servers.action(await serverId(client, args.positionals[0]!), args.positionals[1]!);
        return showOf(actionShow(action));
      },
    },
  },
};
