// Original file: proto/kumo/compute/v1/floating_ip.proto


/**
 * CreateFloatingIpRequest allocates a floating IP from a pool.
 */
export interface CreateFloatingIpRequest {
  /**
   * The pool: the name or id of an external network.
   */
  'pool'?: (string);
  /**
   * Free text, at most 255 characters.
   */
  'description'?: (string);
}

/**
 * CreateFloatingIpRequest allocates a floating IP from a pool.
 */
export interface CreateFloatingIpRequest__Output {
  /**
   * The pool: the name or id of an external network.
   */
  'pool': (string);
  /**
   * Free text, at most 255 characters.
   */
  'description': (string);
}
