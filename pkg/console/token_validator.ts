// How the console proxy learns where a token leads: ConsoleAuthService's
// ValidateConsoleToken over the public gRPC API (as nova-novncproxy asks
// Nova's console-auth tokens), which consumes the one-time token.
import type { KumoClient } from '../client/client.js';
import { KumoApiError, NotFoundError } from '../client/errors.js';

/** Where a console is, as ConsoleAuthService answers. */
export interface ConsoleTarget {
  instanceId: string;
  host: string;
  port: number;
  internalAccessPath: string;
  consoleType: string;
}

/** Exchanges a one-time console token for its console; throws InvalidConsoleTokenError for an unknown, used or expired one. */
export interface TokenValidator {
  validate(token: string): Promise<ConsoleTarget>;
}

/** The token is unknown, used or expired (the proxy answers 403). */
export class InvalidConsoleTokenError extends Error {
  constructor() {
    super('the console token is invalid, used or expired');
    this.name = new.target.name;
  }
}

/** The console service could not be asked (the proxy answers 503). */
export class ConsoleAuthUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`cannot validate the console token: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = new.target.name;
  }
}

export class ApiTokenValidator implements TokenValidator {
  constructor(
    private readonly client: KumoClient,
    private readonly timeoutMs = 10_000,
  ) {}

  async validate(token: string): Promise<ConsoleTarget> {
    try {
      const r = await this.client.consoleAuth.validate(token, { timeoutMs: this.timeoutMs });
      return { instanceId: r.instance_id, host: r.host, port: r.port, internalAccessPath: r.internal_access_path, consoleType: r.console_type };
    } catch (err) {
      if (err instanceof NotFoundError) throw new InvalidConsoleTokenError();
      if (err instanceof KumoApiError) throw new ConsoleAuthUnavailableError(err);
      throw err;
    }
  }
}
