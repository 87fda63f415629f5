// Command-line parsing on node:util parseArgs: the global options (accepted
// anywhere on the line), the command words, each command's options and
// positionals, and typed access to the parsed values.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean, UsageError } from './errors.js';
import { FORMATS, type Format } from './format.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Shown in usage, e.g. '<flavor>'; defaults to '<name-of-option>'. */
  metavar?: string;
  required?: boolean;
  /** The values shell completion offers (the command still checks what it is given). */
  choices?: readonly string[];
  help: string;
}
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface PositionalSpec {
  name: string;
  help: string;
  /** One or more (e.g. several servers to delete). */
  variadic?: boolean;
  /** May be left out (the last positional only). */
  optional?: boolean;
}

export const DEFAULT_URL = '127.0.0.1:8774';

export const GLOBAL_OPTIONS: OptionSpecs = {
  format: { type: 'string', short: 'f', metavar: '<format>', choices: ['table', 'json', 'yaml', 'value'], help: 'Output format: table, json, yaml or value (default: table)' },
  column: { type: 'string', short: 'c', multiple: true, metavar: '<column>', help: 'Show only this column or field; repeat for more' },
  url: { type: 'string', metavar: '<host:port>', help: `Kumo API address, https://host:port for TLS (env KUMO_URL; default ${DEFAULT_URL})` },
  cacert: { type: 'string', metavar: '<file>', help: 'CA certificate to trust for TLS; implies TLS (env KUMO_CACERT)' },
  cert: { type: 'string', metavar: '<file>', help: 'Client certificate, for an API that requires mTLS (env KUMO_CERT)' },
  key: { type: 'string', metavar: '<file>', help: 'Key of the client certificate (env KUMO_KEY)' },
  project: { type: 'string', metavar: '<project>', help: 'Project to act in (env KUMO_PROJECT)' },
  user: { type: 'string', metavar: '<user>', help: 'User to act as (env KUMO_USER)' },
  'os-username': { type: 'string', metavar: '<name>', help: 'Sign in as this user (env OS_USERNAME); with --os-password and --os-project-name' },
  'os-password': { type: 'string', metavar: '<password>', help: 'Password of --os-username (env OS_PASSWORD)' },
  'os-project-name': { type: 'string', metavar: '<project>', help: 'Project to scope the token to (env OS_PROJECT_NAME)' },
  'os-token': { type: 'string', metavar: '<token>', help: 'Bearer token to send (env KUMO_TOKEN); default: from kumo login or clouds.yaml' },
  debug: { type: 'boolean', help: 'Log each API call; on failure print the stack and full error details' },
  timings: { type: 'boolean', help: 'Print the time of each API call and of the whole command to stderr' },
  help: { type: 'boolean', short: 'h', help: 'Show help and exit' },
};

export interface GlobalOptions {
  format: Format;
  columns: string[];
  url: string;
  /** TLS: CA to trust, client certificate and key (file paths). */
  cacert?: string;
  cert?: string;
  key?: string;
  project?: string;
  user?: string;
  /** Credentials (pkg/cli/credentials.ts): password sign-in, or a token. */
  osUsername?: string;
  osPassword?: string;
  osProjectName?: string;
  osToken?: string;
  debug: boolean;
  timings: boolean;
  help: boolean;
}

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;

/** Parsed options and positionals of one command line, with typed getters. */
export class Args {
  constructor(
    private readonly values: Values,
    readonly positionals: readonly string[],
  ) {}

  string(name: string): string | undefined {
    const v = this.values[name];
    return typeof v === 'string' ? v : undefined;
  }

  flag(name: string): boolean {
    return this.values[name] === true;
  }

  list(name: string): string[] {
    const v = this.values[name];
    if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
    return typeof v === 'string' ? [v] : [];
  }

  int(name: string, min = 0): number | undefined {
    const v = this.string(name);
    return v === undefined ? undefined : parseInteger(`--${name}`, v, min);
  }

  /** Repeated --name k=v options as a map. */
  properties(name: string): Record<string, string> {
    return Object.fromEntries(this.list(name).map((p) => parseProperty(`--${name}`, p)));
  }
}

export function parseInteger(option: string, text: string, min = 0): number {
  if (!/^-?\d+$/.test(text.trim())) throw new UsageError(`${option}: invalid integer '${text}'`);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n > 2 ** 31 - 1) throw new UsageError(`${option}: ${text} is too large`);
  if (n < min) throw new UsageError(`${option}: must be at least ${min}, got ${n}`);
  return n;
}

/** "k=v" -> [k, v]; the value may itself contain '=' (as osc's KeyValueAction). */
export function parseProperty(option: string, text: string): [string, string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`${option}: expected 'key=value', got '${text}'`);
  return [text.slice(0, eq), text.slice(eq + 1)];
}

export interface Word {
  token: string;
  index: number;
}

/**
 * The leading non-option words of argv (the command path and what follows
 * it), skipping global options and their values wherever they are. Scanning
 * stops at '--' or at the first option that is not global, because from
 * there on a bare word may be that option's value.
 */
export function scanWords(argv: readonly string[]): { words: Word[]; stoppedAt?: string } {
  const valued = new Set<string>();
  const flags = new Set<string>();
  for (const [name, o] of Object.entries(GLOBAL_OPTIONS)) {
    const set = o.type === 'string' ? valued : flags;
    set.add(`--${name}`);
    if (o.short) set.add(`-${o.short}`);
  }
  const words: Word[] = [];
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i]!;
    if (t === '--') return { words };
    if (t.startsWith('-') && t !== '-') {
      if (flags.has(t)) continue;
      if (valued.has(t)) {
        i++; // its value
        continue;
      }
      if (t.startsWith('--') && t.includes('=') && valued.has(t.slice(0, t.indexOf('=')))) continue;
      if (!t.startsWith('--') && valued.has(t.slice(0, 2))) continue; // -fjson
      return { words, stoppedAt: t };
    }
    words.push({ token: t, index: i });
  }
  return { words };
}

/** parseArgs' config for a set of specs; keys left out rather than undefined, which parseArgs rejects. */
function parseArgsOptions(specs: OptionSpecs): NonNullable<ParseArgsConfig['options']> {
  const out: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, o] of Object.entries(specs)) {
    out[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  return out;
}

interface NodeError extends Error {
  code?: string;
}

/** Parses a command's arguments together with the global options. Throws UsageError. */
export function parseCommandArgs(argv: readonly string[], options: OptionSpecs): Args {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: parseArgsOptions({ ...GLOBAL_OPTIONS, ...options }),
      allowPositionals: true,
      strict: true,
    });
    return new Args(values as Values, positionals);
  } catch (err) {
    const e = err as NodeError;
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      // parseArgs' message suggests '--' for positionals, which is rarely what was meant.
      const name = /'([^']+)'/.exec(e.message)?.[1] ?? e.message;
      const known = Object.keys({ ...GLOBAL_OPTIONS, ...options }).map((n) => `--${n}`);
      throw new UsageError(`unrecognized option '${name}'${name.startsWith('--') ? didYouMean(name, known) : ''}`);
    }
    const missing = /^Option '(.+) <value>' argument missing/.exec(e.message);
    if (missing) throw new UsageError(`option ${missing[1]!.replace(', ', '/')} requires a value`);
    const ambiguous = /^Option '(.+)' argument is ambiguous/.exec(e.message);
    if (ambiguous) {
      const long = ambiguous[1]!.split(', ').find((n) => n.startsWith('--'));
      const hint = long ? ` (for one starting with '-', write ${long}=-value)` : '';
      throw new UsageError(`option ${ambiguous[1]!.replace(', ', '/')} requires a value${hint}`);
    }
    if (e.code?.startsWith('ERR_PARSE_ARGS_')) throw new UsageError(e.message.replace(/\s*\n\s*/g, ' '));
    throw err;
  }
}

/** Checks required options and the positional count against the spec. */
export function checkArgs(args: Args, options: OptionSpecs, positionals: readonly PositionalSpec[]): void {
  for (const [name, o] of Object.entries(options)) {
    if (o.required && (o.type === 'string' ? args.list(name).length === 0 : !args.flag(name))) {
      throw new UsageError(`missing required option --${name}`);
    }
  }
  const given = args.positionals;
  for (let i = 0; i < positionals.length; i++) {
    if (given[i] === undefined && !positionals[i]!.optional) throw new UsageError(`missing argument <${positionals[i]!.name}>`);
  }
  const last = positionals[positionals.length - 1];
  if (!last?.variadic && given.length > positionals.length) {
    throw new UsageError(`unexpected argument '${given[positionals.length]}'`);
  }
}

/** Global option values, falling back to the environment. Throws UsageError on a bad --format. */
export function globalOptions(args: Args, env: Readonly<Record<string, string | undefined>>): GlobalOptions {
  const format = args.string('format') ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`-f/--format: invalid choice '${format}' (choose from ${FORMATS.join(', ')})${didYouMean(format, FORMATS)}`);
  }
  const project = args.string('project') ?? env['KUMO_PROJECT'];
  const user = args.string('user') ?? env['KUMO_USER'];
  return {
    format: format as Format,
    columns: args.list('column'),
    url: args.string('url') ?? (env['KUMO_URL'] || DEFAULT_URL),
    ...Object.fromEntries((['cacert', 'cert', 'key'] as const).flatMap((k) => {
      const v = args.string(k) ?? env[`KUMO_${k.toUpperCase()}`];
      return v ? [[k, v]] : [];
    })),
    ...(project ? { project } : {}),
    ...(user ? { user } : {}),
    ...Object.fromEntries(([['osUsername', 'os-username', 'OS_USERNAME'], ['osPassword', 'os-password', 'OS_PASSWORD'], ['osProjectName', 'os-project-name', 'OS_PROJECT_NAME'], ['osToken', 'os-token', 'KUMO_TOKEN']] as const).flatMap(([k, flag, envName]) => {
      const v = args.string(flag) ?? env[envName];
      return v ? [[k, v]] : [];
    })),
    debug: args.flag('debug'),
    timings: args.flag('timings'),
    help: args.flag('help'),
  };
}
