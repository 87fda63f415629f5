// What a command returns and its renderings (table, json, yaml, value), as
// cliff's formatters print them for python-openstackclient.
import { stringify as yamlStringify } from 'yaml';
import { CliError } from './errors.js';

/** One value in a list row or a show field. */
export type Cell = string | number | boolean | null | readonly string[] | Readonly<Record<string, string>>;

export type Output =
  /** Rows under column headers (list commands). */
  | { kind: 'list'; columns: readonly string[]; rows: ReadonlyArray<readonly Cell[]> }
  /** Field/value pairs of one resource (show commands). */
  | { kind: 'show'; fields: ReadonlyArray<readonly [string, Cell]> }
  /** Printed verbatim whatever the format (e.g. a generated private key). */
  | { kind: 'text'; text: string }
  /** A structured result: `json` prints `value`, the other formats print `text` (e.g. a placement explanation). */
  | { kind: 'document'; value: unknown; text: string }
  /**
   * Rows that keep coming (`server watch`): printed as they arrive, one line
   * each (json: one object per line; yaml: one sequence item each, so the
   * whole output stays one YAML list); the table format prints each row's
   * `text` (a table cannot grow), or the -c columns as `value` does.
   */
  | { kind: 'stream'; columns: readonly string[]; rows: AsyncIterable<StreamRow> }
  | { kind: 'none' };

export interface StreamRow {
  cells: readonly Cell[];
  /** The row as one line for people (the table format). */
  text: string;
}

export const FORMATS = ['table', 'json', 'yaml', 'value'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  format: Format;
  /** -c selections; empty means all. */
  columns: readonly string[];
}

function isList(c: Cell): c is readonly string[] {
  return Array.isArray(c);
}

/** A cell as text: dicts as k='v' pairs and lists comma-separated, like osc's format_dict/format_list. */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'True' : 'False';
  if (isList(c)) return c.join(', ');
  return Object.keys(c)
    .sort()
    .map((k) => `${k}='${c[k]}'`)
    .join(', ');
}

const normalize = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();

/**
 * Indices of the -c selections in `available`, in the order asked. Exact
 * names win; otherwise case, spaces and underscores are ignored so that
 * `-c task_state` finds "Task State".
 */
export function pickColumns(available: readonly string[], wanted: readonly string[]): number[] {
  if (!wanted.length) return available.map((_, i) => i);
  const picked: number[] = [];
  const unknown: string[] = [];
  for (const w of wanted) {
    let i = available.indexOf(w);
    if (i < 0) i = available.findIndex((a) => normalize(a) === normalize(w));
    if (i < 0) unknown.push(w);
    else if (!picked.includes(i)) picked.push(i);
  }
  if (unknown.length) {
    throw new CliError(`no column named ${unknown.map((u) => `'${u}'`).join(', ')}; the columns are: ${available.join(', ')}`);
  }
  return picked;
}

/** An ASCII table with +---+ borders; numeric columns right-aligned; multi-line cells supported. */
export function renderTable(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const numeric = header.map((_, j) => rows.length > 0 && rows.every((r) => r[j] === null || typeof r[j] === 'number'));
  const textRows = rows.map((r) => header.map((_, j) => cellText(r[j] ?? null).split('\n')));
  const widths = header.map((h, j) => Math.max(h.length, ...textRows.map((r) => Math.max(...r[j]!.map((l) => l.length)))));
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (cells: readonly string[], alignRight: readonly boolean[]): string =>
    `| ${cells.map((c, j) => (alignRight[j] ? c.padStart(widths[j]!) : c.padEnd(widths[j]!))).join(' | ')} |`;
  const out = [rule, line(header, header.map(() => false)), rule];
  for (const r of textRows) {
    const height = Math.max(...r.map((lines) => lines.length));
    for (let k = 0; k < height; k++) out.push(line(r.map((lines) => lines[k] ?? ''), numeric));
  }
  out.push(rule);
  return out.join('\n');
}

/**
 * YAML 1.1 (as PyYAML, and so cliff, reads and writes it): strings such as
 * "yes", "on" or "1.0" are quoted so they stay strings; long lines are not
 * folded; multi-line text is a literal block.
 */
export function toYaml(value: unknown): string {
  return yamlStringify(value, { version: '1.1', lineWidth: 0, minContentWidth: 0 });
}

/** A list's rows as objects keyed by column name (json and yaml). */
function rowObject(columns: readonly string[], row: readonly Cell[]): Record<string, Cell> {
  return Object.fromEntries(columns.map((c, j) => [c, row[j] ?? null]));
}

/** The text to print for an output; '' when nothing is to be printed. Streams go through `emit`. */
export function render(output: Output, opts: RenderOptions): string {
  switch (output.kind) {
    case 'none':
      return '';
    case 'stream':
      throw new Error('a stream is printed with emit(), as it arrives');
    case 'text':
      return output.text.endsWith('\n') ? output.text : `${output.text}\n`;
    case 'document': {
      // -c picks top-level fields of an object document.
      let value = output.value;
      if (opts.columns.length && value && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value);
        value = Object.fromEntries(pickColumns(keys, opts.columns).map((i) => [keys[i]!, (value as Record<string, unknown>)[keys[i]!]]));
      }
      if (opts.format === 'json') return `${JSON.stringify(value, null, 2)}\n`;
      if (opts.format === 'yaml') return toYaml(value);
      return output.text.endsWith('\n') ? output.text : `${output.text}\n`;
    }
    case 'list': {
      const idx = pickColumns(output.columns, opts.columns);
      const columns = idx.map((i) => output.columns[i]!);
      const rows = output.rows.map((r) => idx.map((i) => r[i] ?? null));
      if (opts.format === 'json') return `${JSON.stringify(rows.map((r) => rowObject(columns, r)), null, 2)}\n`;
      if (opts.format === 'yaml') return toYaml(rows.map((r) => rowObject(columns, r)));
      if (!rows.length) return ''; // cliff prints nothing for an empty list
      if (opts.format === 'value') return `${rows.map((r) => r.map(cellText).join(' ')).join('\n')}\n`;
      return `${renderTable(columns, rows)}\n`;
    }
    case 'show': {
      const idx = pickColumns(
        output.fields.map(([name]) => name),
        opts.columns,
      );
      const fields = idx.map((i) => output.fields[i]!);
      if (opts.format === 'json') return `${JSON.stringify(Object.fromEntries(fields), null, 2)}\n`;
      if (opts.format === 'yaml') return toYaml(Object.fromEntries(fields));
      if (opts.format === 'value') return fields.length ? `${fields.map(([, v]) => cellText(v)).join('\n')}\n` : '';
      return `${renderTable(['Field', 'Value'], fields)}\n`;
    }
  }
}

/** Show fields in alphabetical order, as openstackclient prints them. */
export function showOf(fields: Readonly<Record<string, Cell>>): Output {
  return { kind: 'show', fields: Object.keys(fields).sort().map((k) => [k, fields[k] ?? null] as const) };
}

/** One streamed row in the chosen format, with its newline. */
function streamLine(columns: readonly string[], idx: readonly number[], row: StreamRow, opts: RenderOptions): string {
  const cells = idx.map((i) => row.cells[i] ?? null);
  const picked = idx.map((i) => columns[i]!);
  switch (opts.format) {
    case 'json':
      return `${JSON.stringify(rowObject(picked, cells))}\n`;
    case 'yaml':
      return toYaml([rowObject(picked, cells)]);
    case 'table':
    case 'value':
      // -c in the table format prints the columns as value does: a table cannot grow.
      if (opts.format === 'table' && !opts.columns.length) return `${row.text}\n`;
      return `${cells.map(cellText).join(' ')}\n`;
  }
}

/** Prints an output: all at once, or a stream row by row as it arrives. */
export async function emit(output: Output, opts: RenderOptions, write: (text: string) => void): Promise<void> {
  if (output.kind !== 'stream') {
    const text = render(output, opts);
    if (text) write(text);
    return;
  }
  const idx = pickColumns(output.columns, opts.columns);
  for await (const row of output.rows) write(streamLine(output.columns, idx, row, opts));
}
