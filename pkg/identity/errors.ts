// Errors of identity: wrong credentials, bad or expired tokens, unknown
// users and projects. Mapped to gRPC status only at the API edge.
import { KumoError, registerErrorClass } from '../actor/errors.js';

/** Wrong user name or password, or no role on the project: one message for all, so names cannot be probed. */
export class InvalidCredentialsError extends KumoError {
  constructor() {
    super('UNAUTHENTICATED', 'the user name, password or project is not valid', { reason: 'INVALID_CREDENTIALS' });
  }
}

/** A bearer token that is missing, malformed, wrongly signed, expired or revoked. */
export class InvalidTokenError extends KumoError {
  constructor(why: 'missing' | 'malformed' | 'bad signature' | 'expired' | 'revoked') {
    const text = why === 'missing' ? 'no bearer token (authorization: Bearer <token>); run `kumo login` or set KUMO_TOKEN' : `the bearer token is ${why === 'bad signature' ? 'not valid' : why}`;
    const reason = why === 'expired' ? 'TOKEN_EXPIRED' : why === 'revoked' ? 'TOKEN_REVOKED' : why === 'missing' ? 'TOKEN_MISSING' : 'TOKEN_INVALID';
    super('UNAUTHENTICATED', text, { reason, metadata: { why } });
  }
}

registerErrorClass(InvalidCredentialsError);
registerErrorClass(InvalidTokenError);
