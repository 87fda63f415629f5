// Original file: proto/kumo/compute/v1/security_group.proto


/**
 * ListSecurityGroupsRequest pages through the caller's groups.
 */
export interface ListSecurityGroupsRequest {
  /**
   * Maximum groups to return; 0 means the default (1000).
   */
  'page_size'?: (number);
  /**
   * Token from a previous response.
   */
  'page_token'?: (string);
  /**
   * Only groups with exactly this name.
   */
  'name'?: (string);
}

/**
 * ListSecurityGroupsRequest pages through the caller's groups.
 */
export interface ListSecurityGroupsRequest__Output {
  /**
   * Maximum groups to return; 0 means the default (1000).
   */
  'page_size': (number);
  /**
   * Token from a previous response.
   */
  'page_token': (string);
  /**
   * Only groups with exactly this name.
   */
  'name': (string);
}
