// Original file: proto/kumo/compute/v1/server_group.proto

/**
 * ServerGroupPolicy says how the members of a group are placed.
 */
export const ServerGroupPolicy = {
  /**
   * Not set.
   */
  SERVER_GROUP_POLICY_UNSPECIFIED: 'SERVER_GROUP_POLICY_UNSPECIFIED',
  /**
   * Every member on the same host (a hard rule).
   */
  SERVER_GROUP_POLICY_AFFINITY: 'SERVER_GROUP_POLICY_AFFINITY',
  /**
   * Every member on a different host, or at most max_server_per_host per host (a hard rule).
   */
  SERVER_GROUP_POLICY_ANTI_AFFINITY: 'SERVER_GROUP_POLICY_ANTI_AFFINITY',
  /**
   * Prefer hosts that already run members.
   */
  SERVER_GROUP_POLICY_SOFT_AFFINITY: 'SERVER_GROUP_POLICY_SOFT_AFFINITY',
  /**
   * Prefer hosts that run the fewest members.
   */
  SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY: 'SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY',
} as const;

/**
 * ServerGroupPolicy says how the members of a group are placed.
 */
export type ServerGroupPolicy =
  /**
   * Not set.
   */
  | 'SERVER_GROUP_POLICY_UNSPECIFIED'
  | 0
  /**
   * Every member on the same host (a hard rule).
   */
  | 'SERVER_GROUP_POLICY_AFFINITY'
  | 1
  /**
   * Every member on a different host, or at most max_server_per_host per host (a hard rule).
   */
  | 'SERVER_GROUP_POLICY_ANTI_AFFINITY'
  | 2
  /**
   * Prefer hosts that already run members.
   */
  | 'SERVER_GROUP_POLICY_SOFT_AFFINITY'
  | 3
  /**
   * Prefer hosts that run the fewest members.
   */
  | 'SERVER_GROUP_POLICY_SOFT_ANTI_AFFINITY'
  | 4

/**
 * ServerGroupPolicy says how the members of a group are placed.
 */
export type ServerGroupPolicy__Output = typeof ServerGroupPolicy[keyof typeof ServerGroupPolicy]
