// Original file: proto/kumo/compute/v1/quota.proto

import type { Long } from '@grpc/proto-loader';

/**
 * UpdateQuotaRequest sets the given limits; unset fields keep their value.
 */
export interface UpdateQuotaRequest {
  /**
   * Project id (required).
   */
  'project_id'?: (string);
  /**
   * Servers; -1 unlimited.
   */
  'instances'?: (number | string | Long);
  /**
   * vCPUs; -1 unlimited.
   */
  'cores'?: (number | string | Long);
  /**
   * RAM in MiB; -1 unlimited.
   */
  'ram_mb'?: (number | string | Long);
  /**
   * Keypairs per user; -1 unlimited.
   */
  'keypairs'?: (number | string | Long);
  /**
   * Server groups; -1 unlimited.
   */
  'server_groups'?: (number | string | Long);
  /**
   * Servers per group; -1 unlimited.
   */
  'server_group_members'?: (number | string | Long);
  /**
   * Metadata items per server; -1 unlimited.
   */
  'metadata_items'?: (number | string | Long);
  /**
   * Floating IPs; -1 unlimited.
   */
  'floating_ips'?: (number | string | Long);
  /**
   * Security groups; -1 unlimited.
   */
  'security_groups'?: (number | string | Long);
  /**
   * Security group rules; -1 unlimited.
   */
  'security_group_rules'?: (number | string | Long);
  '_instances'?: "instances";
  '_cores'?: "cores";
  '_ram_mb'?: "ram_mb";
  '_keypairs'?: "keypairs";
  '_server_groups'?: "server_groups";
  '_server_group_members'?: "server_group_members";
  '_metadata_items'?: "metadata_items";
  '_floating_ips'?: "floating_ips";
  '_security_groups'?: "security_groups";
  '_security_group_rules'?: "security_group_rules";
}

/**
 * UpdateQuotaRequest sets the given limits; unset fields keep their value.
 */
export interface UpdateQuotaRequest__Output {
  /**
   * Project id (required).
   */
  'project_id': (string);
  /**
   * Servers; -1 unlimited.
   */
  'instances'?: (number);
  /**
   * vCPUs; -1 unlimited.
   */
  'cores'?: (number);
  /**
   * RAM in MiB; -1 unlimited.
   */
  'ram_mb'?: (number);
  /**
   * Keypairs per user; -1 unlimited.
   */
  'keypairs'?: (number);
  /**
   * Server groups; -1 unlimited.
   */
  'server_groups'?: (number);
  /**
   * Servers per group; -1 unlimited.
   */
  'server_group_members'?: (number);
  /**
   * Metadata items per server; -1 unlimited.
   */
  'metadata_items'?: (number);
  /**
   * Floating IPs; -1 unlimited.
   */
  'floating_ips'?: (number);
  /**
   * Security groups; -1 unlimited.
   */
  'security_groups'?: (number);
  /**
   * Security group rules; -1 unlimited.
   */
  'security_group_rules'?: (number);
  '_instances'?: "instances";
  '_cores'?: "cores";
  '_ram_mb'?: "ram_mb";
  '_keypairs'?: "keypairs";
  '_server_groups'?: "server_groups";
  '_server_group_members'?: "server_group_members";
  '_metadata_items'?: "metadata_items";
  '_floating_ips'?: "floating_ips";
  '_security_groups'?: "security_groups";
  '_security_group_rules'?: "security_group_rules";
}
