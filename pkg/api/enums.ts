// Enum values arrive as names when the client sent a known value and as
// numbers when it sent one this server does not know: refuse those at the
// edge, naming the field, instead of treating them as "unset".
import { InvalidArgumentError } from '../actor/errors.js';

export function requireKnownEnum(value: unknown, values: Readonly<Record<string, string>>, field: string): void {
  if (typeof value === 'string' && Object.hasOwn(values, value)) return;
  throw InvalidArgumentError.field(field, `unknown value ${String(value)}; one of ${Object.keys(values).join(', ')}`);
}
