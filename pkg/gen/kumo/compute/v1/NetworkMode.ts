// Original file: proto/kumo/compute/v1/server_service.proto

/**
 * NetworkMode says what a server without explicit networks is attached to
 * (Nova's networks "auto" and "none").
 */
export const NetworkMode = {
  /**
   * As AUTO.
   */
  NETWORK_MODE_UNSPECIFIED: 'NETWORK_MODE_UNSPECIFIED',
  /**
   * The project's only usable network (its own or a shared one), or a
   * default network created for it; several usable networks is an error.
   */
  NETWORK_MODE_AUTO: 'NETWORK_MODE_AUTO',
  /**
   * No network: the server has no ports and no addresses.
   */
  NETWORK_MODE_NONE: 'NETWORK_MODE_NONE',
} as const;

/**
 * NetworkMode says what a server without explicit networks is attached to
 * (Nova's networks "auto" and "none").
 */
export type NetworkMode =
  /**
   * As AUTO.
   */
  | 'NETWORK_MODE_UNSPECIFIED'
  | 0
  /**
   * The project's only usable network (its own or a shared one), or a
   * default network created for it; several usable networks is an error.
   */
  | 'NETWORK_MODE_AUTO'
  | 1
  /**
   * No network: the server has no ports and no addresses.
   */
  | 'NETWORK_MODE_NONE'
  | 2

/**
 * NetworkMode says what a server without explicit networks is attached to
 * (Nova's networks "auto" and "none").
 */
export type NetworkMode__Output = typeof NetworkMode[keyof typeof NetworkMode]
