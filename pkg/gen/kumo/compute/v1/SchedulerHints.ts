// Original file: proto/kumo/compute/v1/server_service.proto


/**
 * SchedulerHints steer placement, as Nova's os:scheduler_hints.
 */
export interface SchedulerHints {
  /**
   * Server group id to join; its policy applies (ServerGroupAffinity/AntiAffinity filters, soft weighers).
   */
  'group'?: (string);
  /**
   * Place on the host of one of these servers (SameHostFilter).
   */
  'same_host'?: (string)[];
  /**
   * Place away from the hosts of these servers (DifferentHostFilter).
   */
  'different_host'?: (string)[];
  /**
   * JSON query over host state for the JsonFilter, e.g. [">=","$free_ram_mb",1024].
   */
  'query'?: (string);
  /**
   * With build_near_host_ip: the prefix length (e.g. "/24") for SimpleCIDRAffinityFilter.
   */
  'cidr'?: (string);
  /**
   * With cidr: place on a host whose IP is in build_near_host_ip/cidr.
   */
  'build_near_host_ip'?: (string);
  /**
   * Admins only: place on this host, skipping the filters.
   */
  'target_host'?: (string);
}

/**
 * SchedulerHints steer placement, as Nova's os:scheduler_hints.
 */
export interface SchedulerHints__Output {
  /**
   * Server group id to join; its policy applies (ServerGroupAffinity/AntiAffinity filters, soft weighers).
   */
  'group': (string);
  /**
   * Place on the host of one of these servers (SameHostFilter).
   */
  'same_host': (string)[];
  /**
   * Place away from the hosts of these servers (DifferentHostFilter).
   */
  'different_host': (string)[];
  /**
   * JSON query over host state for the JsonFilter, e.g. [">=","$free_ram_mb",1024].
   */
  'query': (string);
  /**
   * With build_near_host_ip: the prefix length (e.g. "/24") for SimpleCIDRAffinityFilter.
   */
  'cidr': (string);
  /**
   * With cidr: place on a host whose IP is in build_near_host_ip/cidr.
   */
  'build_near_host_ip': (string);
  /**
   * Admins only: place on this host, skipping the filters.
   */
  'target_host': (string);
}
