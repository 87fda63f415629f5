// kumo server wait SERVER --status S [--timeout SECONDS]: follows the server
// over WatchServer until it reaches the status; exit 1 with one line when it
// goes to ERROR, is deleted, or the timeout passes first.
import type { ServerStatus__Output } from '../../gen/types.js';
import type { Command } from '../command.js';
import { waitForDeleted, waitForStatus } from '../wait.js';
import { findServer, parseStatus } from './server.js';

export const serverWaitCommand: Command = {
  summary: 'Wait until a server reaches a status',
  description:
    'Wait until a server reaches a status (repeat --status to accept any of several), following its changes as they\n' +
    'happen. Fails (exit 1) if the server goes to ERROR (unless waited for), is deleted (unless --status DELETED),\n' +
    'or the timeout passes first. Progress goes to stderr.',
  options: {
    status: { type: 'string', multiple: true, required: true, metavar: '<status>', help: 'Status to wait for (e.g. ACTIVE, SHUTOFF, DELETED); repeatable' },
    timeout: { type: 'string', metavar: '<seconds>', help: 'Give up after this many seconds (default 120)' },
  },
  positionals: [{ name: 'server', help: 'Server (name or ID)' }],
  examples: ['kumo server wait vm1 --status ACTIVE', 'kumo server wait vm1 --status SHUTOFF --status ERROR --timeout 300'],
  async run(ctx, args) {
    const statuses: ServerStatus__Output[] = args.list('status').map(parseStatus);
    const seconds = args.int('timeout', 1);
    const server = await findServer(ctx.client(), args.positionals[0]!);
    const timeoutMs = seconds === undefined ? undefined : seconds * 1000;
    // Gone by the time the watch opens counts as deleted too.
    if (statuses.length === 1 && statuses[0] === 'SERVER_STATUS_DELETED') await waitForDeleted(ctx, [server], { timeoutMs });
    else await waitForStatus(ctx, [server], statuses, { timeoutMs, afterAction: false });
    return { kind: 'none' };
  },
};
