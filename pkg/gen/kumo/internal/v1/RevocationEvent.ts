// Original file: proto/kumo/internal/v1/identity.proto

import type { Long } from '@grpc/proto-loader';

/**
 * RevocationEvent revokes tokens before they expire (Keystone's revocation
 * events): one token by its id, or every token of a user (on one project,
 * or on all) issued at or before a moment.
 */
export interface RevocationEvent {
  /**
   * The revoked token's id; empty for a user's tokens.
   */
  'token_id'?: (string);
  /**
   * The user whose tokens are revoked; empty with token_id.
   */
  'user_id'?: (string);
  /**
   * Only tokens scoped to this project; empty for every project.
   */
  'project_id'?: (string);
  /**
   * Tokens issued at or before this moment (epoch ms) are revoked.
   */
  'issued_before_ms'?: (number | string | Long);
  /**
   * When every token the event revokes has expired anyway (epoch ms): the event can go.
   */
  'expires_ms'?: (number | string | Long);
}

/**
 * RevocationEvent revokes tokens before they expire (Keystone's revocation
 * events): one token by its id, or every token of a user (on one project,
 * or on all) issued at or before a moment.
 */
export interface RevocationEvent__Output {
  /**
   * The revoked token's id; empty for a user's tokens.
   */
  'token_id': (string);
  /**
   * The user whose tokens are revoked; empty with token_id.
   */
  'user_id': (string);
  /**
   * Only tokens scoped to this project; empty for every project.
   */
  'project_id': (string);
  /**
   * Tokens issued at or before this moment (epoch ms) are revoked.
   */
  'issued_before_ms': (number);
  /**
   * When every token the event revokes has expired anyway (epoch ms): the event can go.
   */
  'expires_ms': (number);
}
