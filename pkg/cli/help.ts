// Help and usage text at each level (kumo, kumo <resource>, kumo <resource>
// <action>), generated from the command specs so they cannot drift.
import { GLOBAL_OPTIONS, type OptionSpec, type OptionSpecs, type PositionalSpec } from './args.js';
import type { Command, Group } from './command.js';
import { BUILTINS } from './registry.js';

const WIDTH = 100;

function metavar(name: string, o: OptionSpec): string {
  return o.metavar ?? `<${name}>`;
}

function optionUsage(name: string, o: OptionSpec): string {
  const flag = o.type === 'string' ? `--${name} ${metavar(name, o)}` : `--${name}`;
  if (o.required) return o.multiple ? `${flag} [${flag} ...]` : flag;
  return o.multiple ? `[${flag} ...]` : `[${flag}]`;
}

function positionalUsage(p: PositionalSpec): string {
  if (p.optional) return p.variadic ? `[<${p.name}> ...]` : `[<${p.name}>]`;
  return p.variadic ? `<${p.name}> [<${p.name}> ...]` : `<${p.name}>`;
}

/** Words wrapped to WIDTH, continuation lines indented under the first argument. */
function wrap(head: string, parts: readonly string[]): string {
  const indent = ' '.repeat(Math.min(head.length + 1, 30));
  const lines: string[] = [];
  let line = head;
  for (const p of parts) {
    if (line.length + 1 + p.length > WIDTH && line.trim()) {
      lines.push(line);
      line = indent + p;
    } else {
      line += ` ${p}`;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/** Two aligned columns: term, then its help. */
function columns(rows: ReadonlyArray<readonly [string, string]>): string {
  const w = Math.max(...rows.map(([t]) => t.length));
  return rows.map(([t, h]) => `  ${t.padEnd(w)}  ${h}`).join('\n');
}

function optionRows(options: OptionSpecs): Array<[string, string]> {
  return Object.entries(options).map(([name, o]) => {
    const long = o.type === 'string' ? `--${name} ${metavar(name, o)}` : `--${name}`;
    const flag = o.short ? `-${o.short}, ${long}` : long;
    const notes = [o.required ? 'required' : '', o.multiple ? 'repeatable' : ''].filter(Boolean).join(', ');
    return [flag, notes ? `${o.help} [${notes}]` : o.help];
  });
}

export function commandUsageLine(path: string, cmd: Command): string {
  const required = Object.entries(cmd.options).filter(([, o]) => o.required);
  const optional = Object.entries(cmd.options).filter(([, o]) => !o.required);
  return wrap(`Usage: kumo ${path}`, [
    ...required.map(([n, o]) => optionUsage(n, o)),
    ...optional.map(([n, o]) => optionUsage(n, o)),
    ...cmd.positionals.map(positionalUsage),
  ]);
}

/** Usage text printed with a usage error. */
export function commandUsage(path: string, cmd: Command): string {
  return `${commandUsageLine(path, cmd)}\nRun 'kumo ${path} --help' for details.`;
}

export function commandHelp(path: string, cmd: Command): string {
  const parts = [commandUsageLine(path, cmd), '', cmd.description];
  if (cmd.positionals.length) parts.push('', 'Arguments:', columns(cmd.positionals.map((p) => [`<${p.name}>`, p.help])));
  if (Object.keys(cmd.options).length) parts.push('', 'Options:', columns(optionRows(cmd.options)));
  parts.push('', "Global options: -f/--format table|json|yaml|value, -c/--column, --url, --project, --user, --debug, --timings, -h/--help (see 'kumo --help')");
  parts.push('', cmd.examples.length > 1 ? 'Examples:' : 'Example:', ...cmd.examples.map((e) => `  ${e}`));
  return `${parts.join('\n')}\n`;
}

export function groupUsage(group: Group): string {
  return `Usage: kumo ${group.name} <action> [<args>]\nActions: ${Object.keys(group.commands).join(', ')}\nRun 'kumo ${group.name} --help' for details.`;
}

export function groupHelp(group: Group): string {
  const parts = [`Usage: kumo ${group.name} <action> [<args>]`, '', group.summary, '', 'Actions:'];
  parts.push(columns(Object.entries(group.commands).map(([name, c]) => [name, c.summary])));
  // One example per action keeps the page short; `--help` on an action has them all.
  parts.push('', 'Examples:');
  for (const c of Object.values(group.commands)) parts.push(`  ${c.examples[0]}`);
  parts.push('', `Run 'kumo ${group.name} <action> --help' for the options of an action.`);
  return `${parts.join('\n')}\n`;
}

export function topUsage(groups: Readonly<Record<string, Group>>): string {
  return `Usage: kumo [global options] <resource> <action> [<args>]\nResources: ${Object.keys(groups).join(', ')}; also 'kumo up' and 'kumo help'\nRun 'kumo --help' for details.`;
}

export function topHelp(groups: Readonly<Record<string, Group>>): string {
  const rows: Array<[string, string]> = [];
  for (const g of Object.values(groups)) {
    for (const [name, c] of Object.entries(g.commands)) rows.push([`${g.name} ${name}`, c.summary]);
  }
  rows.push(['up', BUILTINS['up']!]);
  rows.push(['help [<command>]', BUILTINS['help']!]);
  const parts = [
    'Usage: kumo [global options] <resource> <action> [<args>]',
    '',
    'Command-line client for Kumo, an OpenStack Nova-style compute service.',
    '',
    'Commands:',
    columns(rows),
    '',
    'Global options (accepted anywhere on the line):',
    columns(optionRows(GLOBAL_OPTIONS)),
    '',
    'Environment:',
    columns([
      ['KUMO_URL', 'Kumo API address, as --url'],
      ['KUMO_CACERT', 'CA certificate to trust for TLS, as --cacert'],
      ['KUMO_CERT', 'client certificate for mTLS, as --cert'],
      ['KUMO_KEY', 'key of the client certificate, as --key'],
      ['KUMO_PROJECT', 'Project, as --project'],
      ['KUMO_USER', 'User, as --user'],
    ]),
    '',
    'Examples:',
    '  kumo flavor create --ram 512 --vcpus 1 --disk 1 m1.tiny',
    '  kumo server create --flavor m1.tiny --image cirros --wait vm1',
    '  kumo server list -f value -c ID -c Status',
    '  kumo server show vm1 -f yaml',
    '  source <(kumo completion bash)',
    '',
    "Run 'kumo <resource> <action> --help' for the options of a command.",
  ];
  return `${parts.join('\n')}\n`;
}
