// kumo console log show | url show | connection show
import type { Group } from '../command.js';
import { isoTime } from '../display.js';
import { UsageError } from '../errors.js';
import { showOf } from '../format.js';
import { findServer } from './server.js';

const SERVER = [{ name: 'server', help: 'Server (name or ID)' }] as const;

/**
 * The token of `console connection show`: as given, or taken out of a
 * console URL (`...vnc_lite.html?path=%3Ftoken%3D<token>`, or `?token=`).
 */
export function consoleToken(text: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`'${text}' is neither a console token nor a console URL`);
  }
  const direct = url.searchParams.get('token');
  if (direct) return direct;
  // noVNC carries the proxy's query in its `path` parameter: "?token=<token>".
  const path = url.searchParams.get('path');
  const nested = path ? new URLSearchParams(path.replace(/^[^?]*\?/, '')).get('token') : null;
  if (nested) return nested;
  throw new UsageError(`console URL '${text}' has no token in it`);
}

export const consoleCommands: Group = {
  name: 'console',
  summary: "Server consoles: the console log, a browser console's URL, and what a console token opens.",
  commands: {
    'log show': {
      summary: "Show a server's console log",
      description: "Print a server's console log (the whole log, or its last --lines lines).",
      options: { lines: { type: 'string', metavar: '<num-lines>', help: 'Show only this many lines from the end' } },
      positionals: SERVER,
      examples: ['kumo console log show vm1', 'kumo console log show --lines 20 vm1'],
      rpcs: ['ServerService.GetConsoleOutput'],
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
      rpcs: ['ServerService.CreateRemoteConsole'],
      async run(ctx, args) {
        const client = ctx.client();
        const s = await findServer(client, args.positionals[0]!);
        const c = await client.servers.remoteConsole(s.id);
        return showOf({ protocol: c.protocol, type: c.type, url: c.url, expires_at: isoTime(c.expire_time) });
      },
    },
    'connection show': {
      summary: 'Show which console a console token opens (admin)',
      description:
        'Show the server, host and port a console token opens, as a console proxy asks (Nova\'s console-auth tokens; admins\n' +
        "only). Takes the token or the whole URL from 'kumo console url show'. Tokens are one-time: this uses it up.",
      options: {},
      positionals: [{ name: 'token', help: 'Console token, or a console URL holding one' }],
      examples: ['kumo console connection show 1d6a3f1e-8a5c-4c9e-b1f0-3e2d7c9a5b41', "kumo console connection show 'http://127.0.0.1:6080/vnc_lite.html?path=%3Ftoken%3D1d6a3f1e'"],
      rpcs: ['ConsoleAuthService.ValidateConsoleToken'],
      async run(ctx, args) {
        const token = consoleToken(args.positionals[0]!);
        const c = await ctx.client().consoleAuth.ValidateConsoleToken({ token });
        return showOf({ instance_uuid: c.instance_id, host: c.host, port: c.port, internal_access_path: c.internal_access_path, console_type: c.console_type });
      },
    },
  },
};
