// JSON logs with pino; every line names the process, and actor handlers add
// the request id and subject.
import pino, { type Logger } from 'pino';

export function newLogger(name: string, level: string): Logger {
  return pino({ name, level, base: { svc: name, pid: process.pid } });
}
