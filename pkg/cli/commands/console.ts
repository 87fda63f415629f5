// kumo console log show | url show
import type { Group } from '../command.js';
import { isoTime } from '../display.js';
import { showOf } from '../format.js';
import { findServer } from './server.js';

const SERVER = [{ name: 'server', help: 'Server (name or ID)' }] as const;

export const consoleCommands: Group = {
  name: 'console',
  summary: "Server consoles: the console log and a browser console's URL.",
  commands: {
    'log show': {
      summary: "Show a server's console log",
      description: "Print a server's console log (the whole log, or its last --lines lines).",
      options: { lines: { type: 'string', metavar: '<num-lines>', help: 'Show only this many lines from the end' } },
      positionals: SERVER,
      examples: ['kumo console log show vm1', 'kumo console log show --lines 20 vm1'],
      async run(ctx, args) {
        const length = args.int('lines', 1);
        const client = ctx.client();
        const s = await findServer(client, args.positionals[0]!);
        const text = await client.servers.consoleOutput(s.id, length === undefined ? {} : { length });
        return text ? { kind: 'text', text } : { kind: 'none' };
      },
    },
    'url show': {
      summary: "Show a URL for a server's remote console",
      description: 'Create a noVNC console URL for a server; the URL carries a one-time token that expires.',
      options: {},
      positionals: SERVER,
      examples: ['kumo console url show vm1', 'kumo console url show -f value -c url vm1'],
      async run(ctx, args) {
        const client = ctx.client();
        const s = await findServer(client, args.positionals[0]!);
        const c = await client.servers.remoteConsole(s.id);
        return showOf({ protocol: c.protocol, type: c.type, url: c.url, expires_at: isoTime(c.expire_time) });
      },
    },
  },
};
