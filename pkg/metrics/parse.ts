// A strict reader of the text exposition format (0.0.4), for tests and
// benchmarks that scrape Kumo processes: it throws on any line the format
// does not allow, so a test that parses a scrape also checks its syntax.

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  samples: Sample[];
  /** TYPE of each family. */
  types: Map<string, string>;
  /** HELP of each family (unescaped). */
  help: Map<string, string>;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

export class ExpositionError extends Error {
  constructor(line: number, text: string, why: string) {
    super(`line ${line}: ${why}: ${JSON.stringify(text)}`);
    this.name = 'ExpositionError';
  }
}

function parseValue(raw: string): number {
  if (raw === '+Inf') return Infinity;
  if (raw === '-Inf') return -Infinity;
  if (raw === 'NaN') return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) throw new Error(`bad value ${raw}`);
  return Number(raw);
}

export function parseExposition(text: string): Exposition {
  const out: Exposition = { samples: [], types: new Map(), help: new Map() };
  if (text !== '' && !text.endsWith('\n')) throw new ExpositionError(0, text.slice(-40), 'the exposition must end with a line feed');
  const lines = text.split('\n');
  lines.pop();
  lines.forEach((line, i) => {
    const n = i + 1;
    const fail = (why: string): never => {
      throw new ExpositionError(n, line, why);
    };
    if (line.trim() === '') return;
    if (line.startsWith('#')) {
      const m = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
      if (!m) return; // another comment
      if (m[1] === 'TYPE') {
        if (!TYPES.has(m[3]!)) fail('unknown TYPE');
        if (out.types.has(m[2]!)) fail('a second TYPE line for one family');
        out.types.set(m[2]!, m[3]!);
      } else {
        let help = '';
        const raw = m[3]!;
        for (let j = 0; j < raw.length; j++) {
          if (raw[j] !== '\\') {
            help += raw[j];
            continue;
          }
          const e = raw[++j];
          if (e === '\\') help += '\\';
          else if (e === 'n') help += '\n';
          else fail('bad escape in HELP');
        }
        out.help.set(m[2]!, help);
      }
      return;
    }
    const nm = NAME.exec(line);
    if (!nm) fail('no metric name');
    let rest = line.slice(nm![0].length);
    const labels: Record<string, string> = {};
    if (rest.startsWith('{')) {
      rest = rest.slice(1);
      while (!rest.startsWith('}')) {
        const lm = LABEL.exec(rest);
        if (!lm) fail('bad label name');
        const lname = lm![0];
        rest = rest.slice(lname.length);
        if (!rest.startsWith('="')) fail('expected =" after a label name');
        rest = rest.slice(2);
        let value = '';
        for (;;) {
          const c = rest[0];
          if (c === undefined) fail('unterminated label value');
          if (c === '"') break;
          if (c === '\n') fail('raw line feed in a label value');
          if (c === '\\') {
            const e = rest[1];
            if (e === '\\') value += '\\';
            else if (e === '"') value += '"';
            else if (e === 'n') value += '\n';
            else fail('bad escape in a label value');
            rest = rest.slice(2);
          } else {
            value += c;
            rest = rest.slice(1);
          }
        }
        rest = rest.slice(1);
        if (Object.hasOwn(labels, lname)) fail(`label ${lname} twice`);
        labels[lname] = value;
        if (rest.startsWith(',')) rest = rest.slice(1);
        else if (!rest.startsWith('}')) fail('expected , or } after a label');
      }
      rest = rest.slice(1);
    }
    const parts = rest.split(' ');
    if (parts[0] !== '' || parts.length < 2 || parts.length > 3) fail('expected one space, a value and an optional timestamp');
    let value = 0;
    try {
      value = parseValue(parts[1]!);
      if (parts[2] !== undefined && !/^-?\d+$/.test(parts[2])) fail('bad timestamp');
    } catch (err) {
      if (err instanceof ExpositionError) throw err;
      fail((err as Error).message);
    }
    out.samples.push({ name: nm![0], labels, value });
  });
  return out;
}

/** The value of the sample `name` whose labels include `labels` (the only one, or the sum when several match); undefined when none does. */
export function sampleValue(exp: Exposition, name: string, labels: Record<string, string> = {}): number | undefined {
  let found: number | undefined;
  for (const s of exp.samples) {
    if (s.name !== name) continue;
    if (!Object.entries(labels).every(([k, v]) => s.labels[k] === v)) continue;
    found = (found ?? 0) + s.value;
  }
  return found;
}
